"""The export register: where every file made from the journal was written.

The panic wipe must find every export with the journal locked, the passphrase unknown, or
the database damaged, so the register is a small plain file beside the journal. It holds
paths and nothing else: when, how big, what kind and the SHA-256 of each export are kept
inside the encrypted journal (the `exports` table). Someone who takes the laptop learns
where exports were saved, not what they hold, when, or a fingerprint that would tie a copy
found elsewhere to this laptop. SECURITY.md states the trade-off.

A path is added before the file is written and removed after it is destroyed, so a crash
between the two leaves an entry for a file that is not there (harmless), never a file that
no entry names. The file is rewritten whole (write, fsync, rename): it holds no key, so a
stale copy of it on the disk costs nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from hrjournal.vault.files import JournalFiles

FORMAT = "hrjournal-exports/1"


def partial_path(path: Path) -> Path:
    """Where an export is written before it is complete and renamed to `path`: a short name
    derived from it (a long file name plus a prefix would pass the system's limit)."""
    digest = hashlib.sha256(path.name.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return path.with_name(f".hrjournal-{digest}.partial")


def read_register(files: JournalFiles) -> list[Path]:
    """Every registered path. A damaged line is skipped, never fatal: the wipe reads this and
    must destroy everything it can name."""
    try:
        text = files.export_register.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    paths: list[Path] = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and _usable(entry.get("path")):
            path = Path(entry["path"])
            if path not in paths:
                paths.append(path)
    return paths


def _usable(path: object) -> bool:
    """An absolute path the system can take (no NUL, no half surrogate pair)."""
    if not isinstance(path, str) or not path or "\0" in path:
        return False
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return Path(path).is_absolute()


def _write_register(files: JournalFiles, paths: list[Path]) -> None:
    target = files.export_register
    if not paths:
        target.unlink(missing_ok=True)
        return
    staging = target.with_name(f".{target.name}.new")
    lines = [json.dumps({"format": FORMAT})]
    # ASCII: a path of bytes that are not UTF-8 survives as escaped surrogates.
    lines += [json.dumps({"path": str(path)}) for path in paths]
    try:
        descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(staging, target)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise


@contextlib.contextmanager
def locked(files: JournalFiles) -> Iterator[None]:
    """Hold the journal folder's lock while the register is read and rewritten, so an export
    from the app and one from the command line at the same moment both stay named."""
    try:
        import fcntl  # noqa: PLC0415 - not on Windows, where one program at a time is assumed
    except ImportError:
        yield
        return
    try:
        descriptor = os.open(files.directory, os.O_RDONLY)
    except OSError:  # no folder, no register to protect
        yield
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def add_to_register(files: JournalFiles, path: Path) -> None:
    """Name `path` (absolute) in the register; raises OSError if the register cannot be
    written, before anything is exported."""
    path = Path(os.path.abspath(path))
    with locked(files):
        paths = read_register(files)
        if path not in paths:
            _write_register(files, [*paths, path])


def remove_from_register(files: JournalFiles, removed: list[Path]) -> None:
    gone = {Path(os.path.abspath(p)) for p in removed}
    with locked(files):
        paths = read_register(files)
        kept = [p for p in paths if p not in gone]
        if kept != paths:
            _write_register(files, kept)
