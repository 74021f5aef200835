"""The hrjournal/1 JSON format: import all or nothing, export everything.

The format is documented in docs/json-format.md. An import is checked completely (every field,
every link, every attachment file) before anything is written, and then written in one
transaction, so any error leaves the journal exactly as it was. An export writes the JSON and a
folder of attachment files beside it; importing that into a new journal and exporting again
gives the same JSON.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.domain.contact import Contact, contact_from_json, contact_to_json
from hrjournal.domain.fields import utc_now
from hrjournal.domain.incident import Incident, incident_from_json, incident_to_json
from hrjournal.domain.safety_plan import SafetyPlan, plan_from_json, plan_to_json
from hrjournal.errors import InputRejected, InvalidRecord, StorageFailed
from hrjournal.services import exports
from hrjournal.services.catalog import catalog
from hrjournal.store import attachments, contacts, incidents, plans, settings
from hrjournal.store.records import row_ids
from hrjournal.store.transactions import transaction
from hrjournal.vault import register
from hrjournal.vault.journal import UnlockedJournal
from hrjournal.vault.shred import destroy_file

FORMAT = "hrjournal/1"
_SECTIONS = ("contacts", "incidents", "safety_plans")
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Summary:
    contacts: int
    incidents: int
    plans: int
    attachments: int
    attachment_bytes: int

    def sentence(self) -> str:
        return (
            f"{self.incidents} incident(s), {self.contacts} contact(s), {self.plans} safety "
            f"plan(s) and {self.attachments} attachment(s) "
            f"({attachments.human_size(self.attachment_bytes)})"
        )


@dataclass(frozen=True)
class _Incoming:
    contacts: list[Contact]
    incidents: list[Incident]
    plans: list[SafetyPlan]
    files: dict[str, Path]  # attachment id -> file
    total_bytes: int
    attachment_order: list[tuple[str, AttachmentInfo]]  # (incident id, attachment), originals first


class _Refused(ValueError):
    pass


def _shown(name: str, limit: int = 60) -> str:
    """A name from the file as a message can quote it: characters that are not text (half a
    surrogate pair) or that a terminal would act on (controls, escapes) written as `\\u…`
    escapes, and a long name cut short."""
    shown = "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii")
        for c in name[:limit]
    )
    return shown + ("…" if len(name) > limit else "")


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        repeated = next(key for key in keys if keys.count(key) > 1)
        raise _Refused(f'the field "{_shown(repeated)}" appears twice in one object')
    return dict(pairs)


def _no_special_numbers(name: str) -> Any:
    raise _Refused(f"{name} is not a number JSON allows")


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as file:
            data = json.load(
                file,
                object_pairs_hook=_no_repeated_keys,
                parse_constant=_no_special_numbers,
            )
    except FileNotFoundError:
        raise InputRejected(f"There is no file {path}.") from None
    except json.JSONDecodeError as error:
        raise InputRejected(
            f"{path.name} is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg.lower()})."
        ) from None
    except UnicodeDecodeError:
        raise InputRejected(f"{path.name} is not UTF-8 text.") from None
    except _Refused as problem:
        raise InputRejected(f"{path.name} cannot be imported: {problem}.") from None
    except RecursionError:
        raise InputRejected(f"{path.name} is nested too deeply to be a journal.") from None
    except ValueError as error:  # e.g. a number with thousands of digits
        raise InputRejected(f"{path.name} cannot be imported: {error}.") from None
    except OSError as error:
        raise StorageFailed(f"Could not read {path}: {error.strerror}.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputRejected(
            f'{path.name} is not an HR Journal file (its "format" is not {FORMAT}).'
        )
    unknown = sorted(set(data) - {"format", *_SECTIONS})
    if unknown:
        raise InputRejected(
            f"{path.name} has a section HR Journal does not know: {_shown(unknown[0])}."
        )
    for section in _SECTIONS:
        if not isinstance(data.get(section, []), list):
            raise InputRejected(f'In {path.name}, "{section}" must be a list.')
    return data


def _unique(records: Iterable[Contact | Incident | SafetyPlan], label: str) -> set[str]:
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            raise InvalidRecord(f"{label} {record.id}", "id", "is used by two records in the file")
        seen.add(record.id)
    return seen


def _read(journal: UnlockedJournal, path: Path) -> _Incoming:
    """Everything in the file, checked against itself and the journal; nothing written."""
    data = _load(path)
    known = catalog()
    people = [contact_from_json(c, known.vocabularies) for c in data.get("contacts", [])]
    events = [
        incident_from_json(i, known.vocabularies, known.country_codes)
        for i in data.get("incidents", [])
    ]
    plan_list = [plan_from_json(p, known.vocabularies) for p in data.get("safety_plans", [])]
    connection = journal.connection
    for records, label, table in (
        (people, "Contact", "contacts"),
        (events, "Incident", "incidents"),
        (plan_list, "Safety plan", "safety_plans"),
    ):
        ids = _unique(records, label)
        for uid in row_ids(connection, table, ids):
            raise InvalidRecord(f"{label} {uid}", "id", "the journal already has a record with it")
    references = [i.reference for i in events if i.reference]
    if len(set(references)) != len(references):
        twice = next(r for r in references if references.count(r) > 1)
        raise InputRejected(f"Two incidents in {path.name} have the reference {twice}.")

    contact_ids = {c.id for c in people}
    incident_ids = {i.id for i in events}
    for event in events:
        record = f"Incident {event.id}"
        links = [(f, uid) for f, uid, _ in event.contact_references()]
        _check_links(journal, record, links, contact_ids, "contacts")
        related = [(f"related[{n}].incident", r.incident) for n, r in enumerate(event.related)]
        _check_links(journal, record, related, incident_ids, "incidents")
    for plan in plan_list:
        _check_links(
            journal, f"Safety plan {plan.id}", plan.contact_references(), contact_ids, "contacts"
        )
    files, total = _attachment_files(journal, path, events)
    order = _originals_first(events)
    return _Incoming(people, events, plan_list, files, total, order)


def _originals_first(events: list[Incident]) -> list[tuple[str, AttachmentInfo]]:
    """Every attachment after the one it was derived from, wherever in the file that is."""
    pending = [(event.id, info) for event in events for info in event.attachments]
    in_file = {info.id for _, info in pending}
    placed: set[str] = set()
    order: list[tuple[str, AttachmentInfo]] = []
    while pending:
        ready = [
            (uid, info)
            for uid, info in pending
            if not info.derived_from
            or info.derived_from in placed
            or info.derived_from not in in_file  # already in the journal
        ]
        if not ready:
            uid, info = pending[0]
            raise InvalidRecord(
                f"Incident {uid}", f"attachment {info.id}.derived_from", "goes round in a circle"
            )
        order += ready
        placed |= {info.id for _, info in ready}
        pending = [item for item in pending if item not in ready]
    return order


def _check_links(
    journal: UnlockedJournal,
    record: str,
    links: list[tuple[str, str]],
    in_file: set[str],
    table: str,
) -> None:
    """Every link leads to a record in the file or already in the journal."""
    present = in_file | set(row_ids(journal.connection, table, (uid for _, uid in links)))
    what = "contact" if table == "contacts" else "incident"
    for field, uid in links:
        if uid not in present:
            raise InvalidRecord(record, field, f"links to {what} {uid}, which is nowhere")


def _attachment_files(
    journal: UnlockedJournal, path: Path, events: list[Incident]
) -> tuple[dict[str, Path], int]:
    """The file of every attachment: inside the JSON file's folder, present, small enough."""
    limit = settings.attachment_limit(journal.connection)
    base = path.parent.resolve()
    files: dict[str, Path] = {}
    total = 0
    for event in events:
        record = f"Incident {event.id}"
        for n, info in enumerate(event.attachments):
            field = f"attachments[{n}].path"
            if info.id in files or attachments_exist(journal, [info.id]):
                raise InvalidRecord(record, f"attachments[{n}].id", "is used twice")
            if info.path is None:
                raise InvalidRecord(record, field, "is missing: every attachment needs its file")
            file = (base / info.path).resolve()
            if not file.is_relative_to(base):
                raise InvalidRecord(record, field, "must be a path inside the folder of the file")
            if not file.is_file():
                raise InvalidRecord(record, field, f"there is no file at {info.path}")
            size = file.stat().st_size
            if size > limit:
                raise InvalidRecord(
                    record,
                    field,
                    f"{info.path} is {attachments.human_size(size)}, more than the "
                    f"{attachments.human_size(limit)} an attachment may be",
                )
            if info.size is not None and info.size != size:
                raise InvalidRecord(
                    record, f"attachments[{n}].size", f"is {info.size}, but the file has {size}"
                )
            files[info.id] = file
            total += size
    for event in events:
        for n, info in enumerate(event.attachments):
            original = info.derived_from
            if original and original not in files and not attachments_exist(journal, [original]):
                raise InvalidRecord(
                    f"Incident {event.id}",
                    f"attachments[{n}].derived_from",
                    f"links to attachment {original}, which is nowhere",
                )
    return files, total


def attachments_exist(journal: UnlockedJournal, uids: list[str]) -> bool:
    return bool(row_ids(journal.connection, "attachments", uids))


def import_json(journal: UnlockedJournal, path: Path, progress: Progress | None = None) -> Summary:
    """Add everything in an hrjournal/1 file to the journal, or nothing at all."""
    incoming = _read(journal, path)
    known = catalog()
    connection = journal.connection
    now = utc_now()
    records = len(incoming.contacts) + len(incoming.incidents) + len(incoming.plans)
    total = records + incoming.total_bytes
    done = 0

    def reach(value: int) -> None:
        nonlocal done
        done = value
        if progress:
            progress(done, total)

    limit = settings.attachment_limit(connection)
    with transaction(connection):
        for contact in incoming.contacts:
            contacts.save_contact(connection, known, contact, now=now, keep_timestamps=True)
            reach(done + 1)
        for event in incoming.incidents:
            incidents.save_incident(
                connection,
                known,
                replace(event, attachments=[]),
                now=now,
                keep_timestamps=True,
                link_related=False,
            )
            reach(done + 1)
        for event in incoming.incidents:
            incidents.link_related_incidents(connection, event)
        for incident_uid, info in incoming.attachment_order:

            def on_bytes(size: int, start: int = done) -> None:
                reach(start + size)

            with open(incoming.files[info.id], "rb") as source:
                incidents.attach(
                    connection,
                    incident_uid,
                    source,
                    info,
                    now=now,
                    max_bytes=limit,
                    record=f"Incident {incident_uid}",
                    progress=on_bytes,
                    reindex=False,
                )
        for uid in dict.fromkeys(uid for uid, _ in incoming.attachment_order):
            incidents.reindex_incident(connection, uid)
        for plan in incoming.plans:
            plans.save_plan(connection, known, plan, now=now, keep_timestamps=True)
            reach(done + 1)
    return Summary(
        len(incoming.contacts),
        len(incoming.incidents),
        len(incoming.plans),
        len(incoming.files),
        incoming.total_bytes,
    )


def _safe_name(filename: str) -> str:
    name = _UNSAFE_IN_NAMES.sub("_", filename).strip(" .")
    return name[:120] or "file"


def _private_file(path: Path, *, binary: bool) -> Any:
    """A new file only its owner can read: an export holds the journal in clear."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)  # fmt: skip
    return os.fdopen(descriptor, "wb") if binary else os.fdopen(descriptor, "w", encoding="utf-8")


def _record_json_export(
    journal: UnlockedJournal, path: Path, exported: list[AttachmentInfo], total: int
) -> None:
    """Into the export register, and into the custody log of every attachment it holds."""
    if not exported:
        exports.unregister_path(journal, attachments_folder(path))
    exports.record_export(
        journal, path, kind="json", title=f"JSON export {path.name}",
        size=path.stat().st_size + total,
    )  # fmt: skip
    now = utc_now()
    with transaction(journal.connection):
        for info in exported:
            attachments.record_custody(
                journal.connection, info.id, "exported", now=now, note=f"JSON export {path.name}"
            )


def attachments_folder(path: Path) -> Path:
    return path.with_name(path.stem + ".attachments")


def export_json(journal: UnlockedJournal, path: Path, progress: Progress | None = None) -> Summary:
    """Write the whole journal to `path`, in clear, with its attachments in a folder beside
    it. Only ever done at the user's request; each attachment's custody log records it."""
    path = exports.check_target(journal, path, replace=False)
    folder = attachments_folder(path)
    if os.path.lexists(folder):
        raise InputRejected(f"{folder} already exists; choose another name.")
    known = catalog()
    connection = journal.connection
    people = [
        contacts.get_contact(connection, known, uid)
        for uid in contacts.all_contact_uids(connection)
    ]
    events = [
        incidents.get_incident(connection, known, uid)
        for uid in incidents.all_incident_uids(connection)
    ]
    plan_list = [plans.get_plan(connection, known, uid) for uid in plans.all_plan_uids(connection)]
    total = sum(a.size or 0 for e in events for a in e.attachments)
    done = 0
    exported: list[AttachmentInfo] = []
    partial = register.partial_path(path)
    number = 0
    # Named in the register before the first byte, so the panic wipe finds even a half-done
    # export (vault/register.py).
    exports.register_path(journal, path)
    exports.register_path(journal, folder)
    try:
        if total or any(e.attachments for e in events):
            folder.mkdir(mode=0o700)
        for event in events:
            located = []
            for info in event.attachments:
                # Numbered folders: any id, and any two files with one name, fit on any disk.
                number += 1
                relative = f"{folder.name}/{number:04d}/{_safe_name(info.filename)}"
                target = path.parent / relative
                target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                with _private_file(target, binary=True) as sink:
                    for chunk in attachments.content(connection, info.id):
                        sink.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                located.append(replace(info, path=relative))
                exported.append(info)
            event.attachments = located
        document = {
            "format": FORMAT,
            "contacts": [contact_to_json(c) for c in people],
            "incidents": [incident_to_json(e) for e in events],
            "safety_plans": [plan_to_json(p) for p in plan_list],
        }
        with _private_file(partial, binary=False) as out:
            out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
            out.flush()
            os.fsync(out.fileno())
        partial.rename(path)
    except BaseException as error:
        # Overwritten, not merely unlinked: what was written so far is the journal in clear.
        # The register keeps naming whatever resisted, so the panic wipe still finds it.
        for target, depth in ((partial, 0), (folder, exports.JSON_FOLDER_DEPTH)):
            with contextlib.suppress(OSError):
                destroy_file(target, folder_depth=depth)
        for target in (path, folder):
            if not os.path.lexists(target):
                exports.unregister_path(journal, target)
        if isinstance(error, OSError):
            raise StorageFailed(
                f"Could not write the export to {path.parent}: {error.strerror}; nothing was kept."
            ) from None
        raise
    _record_json_export(journal, path, exported, total)
    return Summary(len(people), len(events), len(plan_list), len(exported), total)
