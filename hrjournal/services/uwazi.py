"""Uwazi export: the journal's incidents as a ZIP that HURIDOCS' Uwazi imports into a template.

An organisation that keeps its documentation in Uwazi loads the template and thesauri shipped in
resources/uwazi/ once, then imports the ZIP: `import.csv` (one row per incident) and the
evidence files named in its `File` and `Attachments` columns. What the CSV says, and how, is
hrjournal.export.uwazi's; this module reads the journal for it, in the language asked for, and
writes the ZIP.

The share profile applies unless the caller asks for full: records pass through the same
`redact_incident` as the PDFs. Like every export, the ZIP is named in the export register
before its first byte, written to a partial file that is destroyed on any failure, and put in
place whole; the evidence is streamed into it, never held in memory all at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from hrjournal.domain.fields import utc_now
from hrjournal.errors import InputRejected
from hrjournal.export import uwazi as mapping
from hrjournal.export.profiles import Names, Profile
from hrjournal.export.uwazi import (
    COLUMNS,
    CSV_NAME,
    LANGUAGES,
    ME,
    Column,
    Shipped,
    UwaziImport,
    import_csv,
    property_name,
    template_rows,
    uwazi_import,
)
from hrjournal.services import demo, document_language, exports
from hrjournal.services.catalog import catalog
from hrjournal.store import attachments, contacts, incidents
from hrjournal.store import exports as export_store
from hrjournal.store.exports import ExportRecord
from hrjournal.store.transactions import transaction
from hrjournal.vault.journal import UnlockedJournal

__all__ = [
    "COLUMNS",
    "Column",
    "export_uwazi",
    "property_name",
    "resource_files",
    "template_rows",
    "thesaurus_rows",
]

Progress = Callable[[int, int], None]


def thesaurus_rows(thesaurus: str) -> list[list[str]]:
    """A thesaurus in Uwazi's thesaurus CSV form, in every language it is shipped in."""
    return mapping.thesaurus_rows(thesaurus, catalog(), document_language.translator)


def resource_files() -> dict[str, str]:
    """resources/uwazi/'s generated files, by path inside it: what the tests compare them to,
    and how to remake them when a vocabulary or a translation changes (its README says how)."""
    return mapping.resource_files(catalog(), document_language.translator)


def _language_code(language: str) -> str:
    code = re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower()
    if code not in LANGUAGES or not document_language.shipped(code):
        choices = ", ".join(c for c in LANGUAGES if document_language.shipped(c))
        raise InputRejected(f"An Uwazi export can be labelled in {choices}; not {language!r}.")
    return code


def _gather(journal: UnlockedJournal, profile: Profile) -> UwaziImport:
    connection, known = journal.connection, catalog()
    events = [
        incidents.get_incident(connection, known, uid)
        for uid in incidents.all_incident_uids(connection)
    ]
    linked = [uid for event in events for _, uid, _ in event.contact_references()]
    names = Names(profile, contacts.contact_names(connection, linked), me=ME)
    training = demo.is_training(journal) or demo.is_demo_folder(journal.files.directory)
    prefix = f"[{demo.WATERMARK}] " if training else ""
    return uwazi_import(events, known, profile, names, prefix)


_STORED = re.compile(r"(image|video|audio)/.*|application/(zip|gzip|x-7z-compressed)")


def _write_zip(
    journal: UnlockedJournal,
    sink: IO[bytes],
    table: bytes,
    files: Sequence[Shipped],
    progress: Progress | None,
) -> None:
    now = dt.datetime.now(dt.UTC)
    moment = (now.year, now.month, now.day, now.hour, now.minute, now.second)
    total, done = sum(f.size for f in files) + len(table), len(table)
    with zipfile.ZipFile(sink, "w") as archive:
        archive.writestr(_entry(CSV_NAME, moment, "text/csv"), table)
        if progress is not None:
            progress(done, total)
        for item in files:
            entry = _entry(item.name, moment, item.media_type)
            big = item.size >= zipfile.ZIP64_LIMIT // 2
            with archive.open(entry, "w", force_zip64=big) as out:
                for chunk in attachments.content(journal.connection, item.attachment):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
    if progress is not None:
        progress(total, total)


def _entry(
    name: str, moment: tuple[int, int, int, int, int, int], media_type: str
) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=moment)
    stored = _STORED.fullmatch(media_type)
    entry.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    entry.external_attr = 0o600 << 16
    return entry


def _digest(file: IO[bytes]) -> tuple[str, int]:
    file.seek(0)
    digest, size = hashlib.sha256(), 0
    while chunk := file.read(1024 * 1024):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def export_uwazi(
    journal: UnlockedJournal,
    path: Path,
    *,
    profile: Profile = Profile.SHARE,
    language: str = "en",
    progress: Progress | None = None,
    replace: bool = False,
) -> ExportRecord:
    """Write every incident, with its evidence, to the ZIP `path` for Uwazi's CSV import,
    recorded in the export register and in the custody log of each file it holds."""
    code = _language_code(language)
    path = exports.check_target(journal, path, replace=replace)  # before any work, not after
    export = _gather(journal, profile)
    if not export.rows:
        raise InputRejected("The journal has no incidents to export.")
    table = import_csv(export, catalog(), code, document_language.translator(code))

    def write(file: IO[bytes]) -> tuple[str, int]:
        _write_zip(journal, file, table, export.files, progress)
        file.flush()
        return _digest(file)

    sha256, size = exports.write_export_with(journal, path, write, replace=replace)
    return _record(journal, path, export, size, sha256)


def _record(
    journal: UnlockedJournal, path: Path, export: UwaziImport, size: int, sha256: str
) -> ExportRecord:
    now = utc_now()
    with transaction(journal.connection):
        record = export_store.record_export(
            journal.connection,
            path=str(path),
            kind="uwazi",
            profile=export.profile.value,
            protected=False,
            title=f"Uwazi export of {len(export.rows)} incident(s)",
            created_at=now,
            size=size,
            sha256=sha256,
        )
        for item in export.files:
            attachments.record_custody(
                journal.connection,
                item.attachment,
                "exported",
                now=now,
                note=f"Uwazi export {path.name}",
            )
    return record
