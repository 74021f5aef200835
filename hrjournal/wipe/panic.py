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
import errno
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hrjournal.vault import register
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.header_layout import FILE_BYTES, JOURNAL_ID_BYTES, header_facts
from hrjournal.vault.register import partial_path, read_register
from hrjournal.vault.shred import RENAMED_PREFIX, destroy_file

JSON_FOLDER_DEPTH = 2  # <name>.attachments/0001/<file>

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Step:
    what: str  # "key header", "keyring entry", "export", "journal file", ...
    path: str
    done: bool  # destroyed now (False: it could not be, see `problem`)
    problem: str = ""
    # The problem as a code the app words in the user's language: the system's error name
    # ("EROFS", "EACCES"...) or one of REFUSALS; "" for anything else.
    code: str = ""


# Registered exports the wipe will not touch (see export_targets), by code.
REFUSALS = {
    "not_an_export_folder": "a folder that is not an export's",
    "another_users_file": "a file that belongs to another user",
}


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
        elif any(step.what == "key header" for step in self.failures):
            lines = [
                "The journal's key could not be destroyed (see below): the journal can still be "
                "opened with the passphrase."
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


def pending_marker(files: JournalFiles) -> Path:
    return files.wipe_marker


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return f"unexpected problem ({type(error).__name__})"


def _code(error: BaseException) -> str:
    if isinstance(error, OSError) and error.errno is not None:
        return errno.errorcode.get(error.errno, "")
    return ""


def _failed(what: str, path: object, error: BaseException) -> Step:
    return Step(what, str(path), False, _reason(error), _code(error))


def _read_at(descriptor: int, size: int) -> bytes:
    os.lseek(descriptor, 0, os.SEEK_SET)  # pread is not on every system
    return os.read(descriptor, size)


def _open_header(path: Path) -> int | None:
    """The header opened for overwriting, never through a link; made writable if it was
    read-only. None if there is none."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        return None
    except PermissionError:
        mode = os.lstat(path).st_mode
        if not stat.S_ISREG(mode):
            raise
        os.chmod(path, stat.S_IMODE(mode) | stat.S_IWUSR)
        descriptor = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(errno.EINVAL, "not a regular file")
    return descriptor


def _note_pending(files: JournalFiles, facts: tuple[bytes, bool] | None) -> None:
    """Write the marker (with the journal id and whether it is bound, for the keyring entry)
    and flush it: a wipe cut short from here on is finished by the next unlock or wipe."""
    text = f"{facts[0].hex()} {int(facts[1])}" if facts else "-"
    descriptor = os.open(pending_marker(files), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(descriptor, text.encode("ascii"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _noted(files: JournalFiles) -> tuple[bytes, bool] | None:
    with contextlib.suppress(OSError, ValueError):
        hexid, bound = pending_marker(files).read_text(encoding="ascii").split()
        journal_id = bytes.fromhex(hexid)
        if len(journal_id) == JOURNAL_ID_BYTES:
            return journal_id, bound == "1"
    return None


def _destroy_key(
    files: JournalFiles, report: WipeReport, started: float
) -> tuple[tuple[bytes, bool] | None, list[Path]]:
    """Note the wipe, read the register, then overwrite the header in place. Returns the
    journal id (and whether it is bound) and the registered exports."""
    header = files.header
    descriptor = None
    facts = None
    try:
        descriptor = _open_header(header)
        if descriptor is not None:
            facts = header_facts(_read_at(descriptor, FILE_BYTES))
    except OSError as error:
        report.steps.append(_failed("key header", header, error))
    # The header's own facts first; the marker's only when a killed wipe already destroyed it.
    facts = facts or _noted(files)
    # Under the register's lock: an export finishing now either is named in what is read here,
    # or sees the marker and destroys itself (services/exports.py).
    with register.locked(files):
        with contextlib.suppress(OSError):
            if files.directory.is_dir():
                _note_pending(files, facts)
        exports = register.read_register(files)
    if descriptor is None:
        return facts, exports
    try:
        size = max(os.fstat(descriptor).st_size, FILE_BYTES)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, os.urandom(size))
        os.fsync(descriptor)
        report.key_destroyed_at = time.perf_counter() - started
        report.steps.append(Step("key header", str(header), True))
    except OSError as error:
        report.steps.append(_failed("key header", header, error))
    finally:
        os.close(descriptor)
    return facts, exports


def _forget_keyring_entry(facts: tuple[bytes, bool] | None, report: WipeReport) -> None:
    if facts is None or not facts[1]:
        return  # not bound: no entry to look for (and no keyring to wake up)
    from hrjournal.vault import binding  # noqa: PLC0415 - keyring loads only after step 1

    try:
        if binding.forget_binding_secret(facts[0]):
            report.steps.append(Step("keyring entry", binding.SERVICE, True))
    except Exception as error:  # a broken keyring must not stop the wipe
        report.steps.append(_failed("keyring entry", binding.SERVICE, error))


def _destroy(what: str, path: Path, report: WipeReport, folder_depth: int = 0) -> None:
    try:
        if destroy_file(path, folder_depth=folder_depth):
            report.steps.append(Step(what, str(path), True))
    except Exception as error:  # one file that resists must not stop the wipe
        report.steps.append(_failed(what, path, error))


def export_targets(
    exports: list[Path], files: JournalFiles
) -> tuple[list[tuple[Path, int]], list[tuple[Path, str]]]:
    """What the wipe destroys of the registered exports, and what it refuses to touch (with
    the code of REFUSALS that says why).

    The register is a plain file, so a damaged or edited one must not turn the wipe against
    the user's own files: only regular files of this user are destroyed, and a folder only as
    a JSON export's attachments (two levels deep, its JSON file registered beside it), never a
    folder holding the journal or the home folder."""
    registered = set(exports)
    keep_out = {Path("/"), Path.home(), *files.directory.resolve().parents}
    targets: list[tuple[Path, int]] = []
    refused: list[tuple[Path, str]] = []
    for path in exports:
        try:
            status = os.lstat(path)
        except OSError:
            targets.append((path, 0))  # gone: only its partial file may be left
            continue
        if stat.S_ISDIR(status.st_mode):
            stem = path.name.removesuffix(".attachments")
            json_file = path.with_name(stem + ".json") if stem and stem != path.name else None
            if json_file is not None and json_file in registered and path not in keep_out:
                targets.append((path, JSON_FOLDER_DEPTH))
            else:
                refused.append((path, "not_an_export_folder"))
        elif hasattr(os, "geteuid") and status.st_uid != os.geteuid():
            refused.append((path, "another_users_file"))
        else:
            targets.append((path, 0))
    return targets, refused


def journal_leftovers(files: JournalFiles) -> list[Path]:
    """Every file of ours in the journal folder, the register and the marker last (they are
    what a second run needs to finish an interrupted one)."""
    ours = [files.database, *files.database_companions, files.header, files.preferences]
    try:
        extra = [
            p
            for p in files.directory.iterdir()
            if p.name.startswith((RENAMED_PREFIX, ".speed-probe-"))
            or p.name in (".exports.register.new", ".preferences.json.new")
        ]
    except OSError:
        extra = []
    return [*ours, *sorted(extra), files.export_register, pending_marker(files)]


def wipe_journal(directory: Path, progress: Progress | None = None) -> WipeReport:
    """Never raises: whatever resists is in the report."""
    started = time.perf_counter()
    files = JournalFiles(directory)
    report = WipeReport()
    facts, exports = _destroy_key(files, report, started)
    _forget_keyring_entry(facts, report)
    targets, refused = export_targets(exports, files)
    report.steps += [
        Step("export", str(p), False, f"not destroyed: {REFUSALS[code]}", code)
        for p, code in refused
    ]
    for number, (path, depth) in enumerate(targets, start=1):
        _destroy("export", path, report, depth)
        _destroy("export", partial_path(path), report)
        if progress is not None:
            progress(number, len(targets) + 1)
    for path in journal_leftovers(files):
        _destroy("marker" if path == pending_marker(files) else "journal file", path, report)
    for folder in files.staging_leftovers():
        _destroy("journal file", folder, report, folder_depth=1)
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
    keyring_entry: bool  # the journal is bound, so its keyring entry would be deleted
    refused: list[tuple[Path, str]] = field(default_factory=list)  # register entries left alone

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
        with open(files.header, "rb") as file:
            header = file.read(FILE_BYTES)
    except OSError:
        header = b""
    facts = header_facts(header) or _noted(files)
    targets, refused = export_targets(read_register(files), files)
    return Rehearsal(
        journal_files=[(p, size) for p, size in found if size is not None],
        exports=[(p, _size(p)) for p, _ in targets],
        keyring_entry=facts is not None and facts[1],
        refused=refused,
    )
