"""The panic wipe: make the journal and everything exported from it unrecoverable, now.

The order is what makes it safe to interrupt:

1. the key header is overwritten in place with random bytes and flushed to the disk: from
   this instant the journal cannot be opened, even with the passphrase or the recovery
   secret (its database is ciphertext under a key that no longer exists anywhere); then the
   device-binding secret is deleted from the keyring;
2. every export named in the register is overwritten, flushed, renamed and unlinked;
3. the database and its companions, the preferences and the register itself are destroyed
   the same way, and the journal folder removed if nothing else is in it.

It needs no passphrase and no open journal, keeps going past any failure, and can run again:
a wipe killed half-way is completed by the next one (the journal id, needed to find the
keyring entry once the header is gone, is kept in a small marker file until the end).
Nothing here imports Qt, reportlab or the cryptography: the first step must start at once.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hrjournal.vault.files import JournalFiles
from hrjournal.vault.header_layout import FILE_BYTES, journal_id_in
from hrjournal.vault.register import partial_path, read_register
from hrjournal.vault.shred import destroy_file

# destroy_file renames before unlinking; a wipe killed between the two leaves such a name.
_RENAMED = re.compile(r"[0-9a-f]{16}")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Step:
    what: str  # "key header", "keyring entry", "export", "journal file", ...
    path: str
    done: bool  # destroyed now (False: it could not be, see `problem`)
    problem: str = ""


@dataclass
class WipeReport:
    steps: list[Step] = field(default_factory=list)
    key_destroyed_at: float | None = None  # seconds after the wipe began
    seconds: float = 0.0

    @property
    def failures(self) -> list[Step]:
        return [s for s in self.steps if not s.done]

    def lines(self) -> list[str]:
        """The plain report: what was destroyed, and what could not be."""
        if self.key_destroyed_at is not None:
            lines = [
                f"The journal's key was destroyed after {self.key_destroyed_at:.2f} s: the "
                "journal can no longer be opened, not even with the passphrase or the recovery "
                "secret."
            ]
        else:
            lines = ["There was no key header to destroy here."]
        exports = [s for s in self.steps if s.what == "export"]
        if exports:
            done = sum(1 for s in exports if s.done)
            lines.append(f"Destroyed {done} of {len(exports)} exported file(s).")
        files = [s for s in self.steps if s.what == "journal file" and s.done]
        if files:
            lines.append(f"Destroyed {len(files)} file(s) of the journal.")
        lines += [f"Could not destroy {s.path}: {s.problem}." for s in self.failures]
        lines.append(f"The wipe took {self.seconds:.1f} s.")
        return lines


def _pending(files: JournalFiles) -> Path:
    return files.directory / "wipe.pending"


def _reason(error: OSError) -> str:
    return (error.strerror or "the system refused").lower()


def _destroy_key(files: JournalFiles, report: WipeReport, started: float) -> bytes | None:
    """Overwrite the header in place; return the journal id it held (or a previous, killed
    wipe noted)."""
    journal_id = None
    marker = _pending(files)
    with contextlib.suppress(OSError, ValueError):
        journal_id = bytes.fromhex(marker.read_text(encoding="ascii").strip())
    header = files.header
    try:
        descriptor = os.open(header, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return journal_id
    except OSError as error:
        report.steps.append(Step("key header", str(header), False, _reason(error)))
        return journal_id
    try:
        size = max(os.fstat(descriptor).st_size, FILE_BYTES)
        journal_id = journal_id or journal_id_in(os.pread(descriptor, FILE_BYTES, 0))
        if journal_id is not None:
            # Without it, only the keyring entry would be missed if this wipe were killed.
            with contextlib.suppress(OSError):
                marker.write_text(journal_id.hex(), encoding="ascii")
        os.pwrite(descriptor, os.urandom(size), 0)
        os.fsync(descriptor)
        report.key_destroyed_at = time.perf_counter() - started
        report.steps.append(Step("key header", str(header), True))
    except OSError as error:
        report.steps.append(Step("key header", str(header), False, _reason(error)))
    finally:
        os.close(descriptor)
    return journal_id


def _forget_keyring_entry(journal_id: bytes | None, report: WipeReport) -> None:
    if journal_id is None:
        return
    from hrjournal.vault import binding  # noqa: PLC0415 - keyring loads only after step 1

    try:
        if binding.forget_binding_secret(journal_id):
            report.steps.append(Step("keyring entry", binding.SERVICE, True))
    except Exception as error:  # a broken keyring must not stop the wipe
        report.steps.append(Step("keyring entry", binding.SERVICE, False, type(error).__name__))


def _destroy(what: str, path: Path, report: WipeReport) -> None:
    try:
        if destroy_file(path):
            report.steps.append(Step(what, str(path), True))
    except OSError as error:
        report.steps.append(Step(what, str(path), False, _reason(error)))


def journal_leftovers(files: JournalFiles) -> list[Path]:
    """Every file of ours in the journal folder, the register and the marker last (they are
    what a second run needs to finish an interrupted one)."""
    ours = [
        files.database,
        *files.database_companions,
        files.header,
        files.preferences,
    ]
    try:
        renamed = [p for p in files.directory.iterdir() if _RENAMED.fullmatch(p.name)]
    except OSError:
        renamed = []
    return [*ours, *sorted(renamed), files.export_register, _pending(files)]


def wipe_journal(directory: Path, progress: Progress | None = None) -> WipeReport:
    started = time.perf_counter()
    files = JournalFiles(directory)
    report = WipeReport()
    journal_id = _destroy_key(files, report, started)
    _forget_keyring_entry(journal_id, report)
    exports = read_register(files)
    for number, path in enumerate(exports, start=1):
        _destroy("export", path, report)
        _destroy("export", partial_path(path), report)
        if progress is not None:
            progress(number, len(exports) + 1)
    for path in journal_leftovers(files):
        _destroy("marker" if path == _pending(files) else "journal file", path, report)
    for folder in files.staging_leftovers():
        _destroy("journal file", folder, report)
    with contextlib.suppress(OSError):  # other files the user keeps there are not ours
        directory.rmdir()
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(1, 1)
    return report


@dataclass(frozen=True)
class Rehearsal:
    """What a wipe would destroy, found without touching anything."""

    journal_files: list[tuple[Path, int]]
    exports: list[tuple[Path, int | None]]  # None: not there any more
    keyring_entry: bool  # a journal id is known, so an entry would be looked for

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.journal_files) + sum(
            size or 0 for _, size in self.exports
        )


def _size(path: Path) -> int | None:
    try:
        return path.lstat().st_size if not path.is_dir() else _folder_size(path)
    except OSError:
        return None


def _folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file())


PROBE_BYTES = 16 * 1024 * 1024


def overwrite_speed(directory: Path) -> float:
    """Bytes per second this disk takes random bytes and flushes them, measured with a 16 MiB
    probe file in `directory` (removed at once); 0 if it could not be measured."""
    probe = directory / f".speed-probe-{os.getpid()}"
    started = time.perf_counter()
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            for _ in range(PROBE_BYTES // (1024 * 1024)):
                os.write(descriptor, os.urandom(1024 * 1024))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
            probe.unlink()
    except OSError:
        return 0.0
    return PROBE_BYTES / max(time.perf_counter() - started, 1e-6)


def rehearse(directory: Path) -> Rehearsal:
    files = JournalFiles(directory)
    found = [(p, _size(p)) for p in journal_leftovers(files)]
    try:
        header = files.header.read_bytes()
    except OSError:
        header = b""
    return Rehearsal(
        journal_files=[(p, size) for p, size in found if size is not None],
        exports=[(p, _size(p)) for p in read_register(files)],
        keyring_entry=journal_id_in(header) is not None,
    )
