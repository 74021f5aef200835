"""The export register as the user sees it: every file made from the journal, written safely,
listed, deleted on request (overwritten, then unlinked), and expired after N days.

Each export is named in the plain register (vault/register.py) before a byte of it is
written, so the panic wipe can always find it; its details go into the encrypted journal.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO, TypeVar

from hrjournal.domain.fields import utc_now
from hrjournal.errors import InputRejected, JournalError, StorageFailed
from hrjournal.services.app_settings import app_settings
from hrjournal.store import exports as store
from hrjournal.store.exports import ExportRecord
from hrjournal.vault import register
from hrjournal.vault.journal import UnlockedJournal
from hrjournal.vault.shred import destroy_file

T = TypeVar("T")

__all__ = ["ExportRecord", "ListedExport", "delete_export", "expire_exports", "list_exports"]


@dataclass(frozen=True)
class ListedExport:
    record: ExportRecord
    present: bool  # still at its path


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def register_path(journal: UnlockedJournal, path: Path) -> None:
    """Name `path` in the plain register before anything is written there."""
    try:
        register.add_to_register(journal.files, _absolute(path))
    except OSError as error:
        raise StorageFailed(
            f"Could not record the export in the journal folder ({error.strerror}); "
            "nothing was exported."
        ) from None


def unregister_path(journal: UnlockedJournal, path: Path) -> None:
    with contextlib.suppress(OSError):  # a stale entry is harmless; the wipe skips it
        register.remove_from_register(journal.files, [_absolute(path)])


class WipedMeanwhile(JournalError):
    """A panic wipe started while an export was being written."""


def check_target(journal: UnlockedJournal, path: Path, *, replace: bool) -> Path:
    """The absolute path an export may be written to, or a one-sentence refusal."""
    path = _absolute(path)
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8, from a shell or an old disk
        raise InputRejected(
            "That file name holds bytes that are not text; choose a plain name."
        ) from None
    try:
        is_folder, exists, parent = path.is_dir(), os.path.lexists(path), path.parent.is_dir()
        inside = parent and os.path.samefile(path.parent, journal.files.directory)
    except OSError as error:
        raise InputRejected(f"That file name cannot be used here: {error.strerror}.") from None
    if is_folder:
        raise InputRejected(f"{path} is a folder; choose a file name.")
    if not parent:
        raise InputRejected(f"The folder {path.parent} does not exist.")
    if inside:
        # A name there could replace the key header or the register itself.
        raise InputRejected("Save exports outside the journal's own folder.")
    if exists and not replace:
        raise InputRejected(f"{path} already exists; choose another name.")
    return path


def write_export(journal: UnlockedJournal, path: Path, content: bytes, *, replace: bool) -> None:
    """Write `content` to `path` completely or not at all (see `write_export_with`)."""
    write_export_with(journal, path, lambda file: file.write(content), replace=replace)


def write_export_with(
    journal: UnlockedJournal, path: Path, write: Callable[[BinaryIO], T], *, replace: bool
) -> T:
    """Run `write` on a new private file and put it at `path` completely or not at all: the
    path is in the register before the first byte, a partial file never outlives a failure or
    an interruption, and a file replaced is overwritten, not merely unlinked. Returns what
    `write` returned (the file is open for reading too, for a digest)."""
    path = check_target(journal, path, replace=replace)
    register_path(journal, path)
    partial = register.partial_path(path)
    try:
        destroy_file(partial)  # ours, left by a crash
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(partial, flags, 0o600), "w+b") as file:
            result = write(file)
            file.flush()
            os.fsync(file.fileno())
        # Under the register's lock: a panic wipe that started meanwhile has either named this
        # path already, or left its marker, and then nothing is put in place.
        with register.locked(journal.files):
            if journal.files.wipe_marker.exists():
                raise WipedMeanwhile("The journal is being wiped; nothing was exported.")
            if replace:
                destroy_file(path)
            os.replace(partial, path)
    except BaseException as error:
        # Overwritten, not merely unlinked: what was written so far is in clear.
        with contextlib.suppress(OSError):
            destroy_file(partial)
        if not os.path.lexists(path):
            unregister_path(journal, path)
        if isinstance(error, OSError):
            raise StorageFailed(
                f"Could not write {path.name} to {path.parent} ({error.strerror}); "
                "no file was left there."
            ) from None
        raise
    return result


def write_whole(path: Path, content: bytes, *, replace: bool) -> int:
    """Write a file that holds nothing of any journal, whole or not at all; its size."""
    path = _absolute(path)
    if path.is_dir():
        raise InputRejected(f"{path} is a folder; choose a file name.")
    if path.exists() and not replace:
        raise InputRejected(f"{path} already exists; choose another name.")
    partial = register.partial_path(path)
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StorageFailed(
            f"Could not write {path.name} to {path.parent} ({error.strerror}); "
            "no file was left there."
        ) from None
    return len(content)


def record_export(
    journal: UnlockedJournal,
    path: Path,
    *,
    kind: str,
    title: str,
    size: int,
    profile: str | None = None,
    protected: bool = False,
    content: bytes | None = None,
) -> ExportRecord:
    # A path holds one file: a record of what it held before is now wrong.
    return store.record_export(
        journal.connection,
        path=str(_absolute(path)),
        kind=kind,
        profile=profile,
        protected=protected,
        title=title,
        created_at=utc_now(),
        size=size,
        sha256=hashlib.sha256(content).hexdigest() if content is not None else None,
    )


def list_exports(journal: UnlockedJournal) -> list[ListedExport]:
    return [
        ListedExport(record, os.path.lexists(record.path))
        for record in store.list_exports(journal.connection)
    ]


JSON_FOLDER_DEPTH = 2  # a JSON export's attachments: <name>.attachments/0001/<file>


def _destroy(path: Path, folder_depth: int = 0) -> None:
    for target in (path, register.partial_path(path)):
        destroy_file(target, folder_depth=folder_depth)


def delete_export(journal: UnlockedJournal, number: int) -> ExportRecord:
    """Overwrite and remove the export's file (and a JSON export's folder), then forget it."""
    record = store.get_export(journal.connection, number)
    if record is None:
        raise InputRejected("That export is no longer in the register.")
    path = Path(record.path)
    targets = [(path, 0)]
    if record.kind == "json":
        targets.append((path.with_name(path.stem + ".attachments"), JSON_FOLDER_DEPTH))
    try:
        for target, depth in targets:
            _destroy(target, depth)
    except OSError as error:
        raise StorageFailed(
            f"Could not delete {path.name} ({error.strerror}); it is still in the register."
        ) from None
    store.forget_exports(journal.connection, [number])
    for target, _ in targets:
        unregister_path(journal, target)
    return record


@dataclass(frozen=True)
class Expiry:
    deleted: list[ExportRecord]
    failed: list[tuple[ExportRecord, str]]  # and the one-sentence reason


def expire_exports(journal: UnlockedJournal, now: datetime | None = None) -> Expiry:
    """Delete every export older than the journal's expiry setting (none if it is 0)."""
    days = app_settings(journal).export_expiry_days
    if days <= 0:
        return Expiry([], [])
    moment = now or datetime.now(UTC)
    limit = (moment - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    deleted, failed = [], []
    for record in store.list_exports(journal.connection):
        if record.created_at < limit:
            try:
                deleted.append(delete_export(journal, record.id))
            except (InputRejected, StorageFailed) as error:
                failed.append((record, str(error)))
    return Expiry(deleted, failed)
