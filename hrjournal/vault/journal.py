"""A journal on disk: create it, unlock it, change its passphrase.

A journal is a directory with two files: the SQLCipher database and the key header. This is
the only module that handles the master key; it leaves here only inside an open connection.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from hrjournal.errors import (
    InputRejected,
    JournalDamaged,
    JournalExists,
    StorageFailed,
)
from hrjournal.vault import binding, duress, wal
from hrjournal.vault.database import (
    PAGE_BYTES,
    Connection,
    DatabaseError,
    check_integrity,
    open_encrypted,
    translate_error,
)
from hrjournal.vault.files import STAGING_MARK, JournalFiles
from hrjournal.vault.header import (
    FLAG_DEVICE_BOUND,
    KeyHeader,
    create_header,
    read_header,
    rewrite_header,
    sync_directory,
)
from hrjournal.vault.header_layout import JOURNAL_ID_BYTES
from hrjournal.vault.kdf import (
    KEY_BYTES,
    MINIMUM_MEMORY_KIB,
    Argon2Params,
    calibrate,
    cheap_kdf_requested,
)
from hrjournal.vault.keyslots import SLOT_COUNT, KeySlot, SlotRole
from hrjournal.vault.migrations import migrate
from hrjournal.vault.recovery import new_recovery_secret
from hrjournal.vault.unsealing import (
    DURESS_CLEARED_NOTICE,
    check_new_passphrase,
    existing_files,
    reseal_passphrase,
    sealed,
    secret_bytes,
    storage_errors,
    unseal,
)


@dataclass(frozen=True)
class NewJournal:
    """What creating a journal tells its owner, once."""

    recovery_secret: str
    device_bound: bool
    params: Argon2Params
    notices: tuple[str, ...] = ()


@dataclass
class UnlockedJournal:
    """An open journal. Closing it drops the connection, and with it the key."""

    files: JournalFiles
    connection: Connection
    unlocked_with: SlotRole
    notices: list[str] = field(default_factory=list)

    def check_integrity(self) -> None:
        check_integrity(self.connection, self.files.database)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> UnlockedJournal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def create_journal(
    directory: Path,
    passphrase: str,
    *,
    params: Argon2Params | None = None,
    bind_device: bool = False,
) -> NewJournal:
    """Create a journal in `directory`, which must not exist or be empty.

    The journal is built in a private folder beside it and renamed into place when complete,
    so an interrupted creation leaves no half-made journal that would block the next attempt.
    """
    with storage_errors(directory):
        if JournalFiles(directory).any_exist():
            raise JournalExists(
                f"There is already a journal in {directory}; HR Journal will not overwrite it."
            )
        if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
            raise InputRejected(
                f"{directory} already holds other files; choose a new or empty folder for the "
                "journal."
            )
    check_new_passphrase(passphrase)
    notices: list[str] = []
    if params is None and cheap_kdf_requested():
        params = Argon2Params.cheapest_for_tests()
        notices.append(WEAK_KDF_NOTICE)
    params = params or calibrate()
    journal_id = os.urandom(JOURNAL_ID_BYTES)
    binding_secret: bytes | None = None
    staging = directory.parent / f".{directory.name}{STAGING_MARK}{journal_id.hex()[:12]}"
    try:
        directory.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _remove_abandoned_staging(directory)
        staging.mkdir(mode=0o700)
        staging.chmod(0o700)  # mkdir's mode is masked by the umask
        if bind_device:
            backend = binding.real_keyring()
            if backend is not None:
                binding_secret = binding.create_binding_secret(backend, journal_id)
            if binding_secret is None:
                notices.append(
                    "No system keyring could keep the device secret, so the journal is not "
                    "bound to this computer."
                )
        recovery_text = _build(
            JournalFiles(staging), passphrase, params, journal_id, binding_secret
        )
        if directory.exists():
            directory.rmdir()  # empty, checked above; rename cannot replace it everywhere
        staging.rename(directory)
        sync_directory(directory.parent)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if binding_secret is not None:
            binding.forget_binding_secret(journal_id)
        if isinstance(error, DatabaseError):
            raise translate_error(error, staging / "journal.db") from None
        if isinstance(error, OSError):
            reason = error.strerror or "the system refused"
            raise StorageFailed(f"Could not create the journal in {directory}: {reason}.") from None
        raise
    return NewJournal(recovery_text, binding_secret is not None, params, tuple(notices))


def _build(
    files: JournalFiles,
    passphrase: str,
    params: Argon2Params,
    journal_id: bytes,
    binding_secret: bytes | None,
) -> str:
    """Write a complete new journal into `files`; return its recovery secret."""
    master_key = os.urandom(KEY_BYTES)
    recovery_text, recovery_raw = new_recovery_secret()
    header = KeyHeader(
        flags=FLAG_DEVICE_BOUND if binding_secret else 0,
        sequence=1,
        journal_id=journal_id,
        params=params,
        slots=tuple(KeySlot.unused() for _ in range(SLOT_COUNT)),
    )
    header = sealed(
        header, SlotRole.PASSPHRASE, secret_bytes(passphrase), binding_secret, master_key
    )
    header = sealed(header, SlotRole.RECOVERY, recovery_raw, None, master_key)
    connection = open_encrypted(files.database, master_key, create=True)
    try:
        migrate(connection)
    finally:
        connection.close()
    create_header(files.header, header)
    return recovery_text


def _remove_abandoned_staging(directory: Path) -> None:
    """Folders left by a creation that was interrupted hold only an empty journal."""
    for leftover in directory.parent.glob(f".{directory.name}{STAGING_MARK}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


WEAK_KDF_NOTICE = (
    "This journal uses test-only weak key derivation and is not protected against passphrase "
    "guessing; keep nothing real in it."
)


def _refuse_lost_changes(connection: Connection, database: Path) -> None:
    """Fail rather than open a journal whose last saved changes SQLite would silently drop
    from a damaged write-ahead log (vault/wal.py)."""
    log = database.with_name(database.name + "-wal")
    if wal.committed_frames(log, PAGE_BYTES) == 0:
        return
    accepted = int(connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1])
    if wal.lost_changes(log, database, accepted, PAGE_BYTES):
        raise JournalDamaged(
            f"The log of the journal's latest changes ({log.name}) is damaged, so the changes "
            f"saved last would be lost; restore a backup, or move {log.name} out of "
            f"{database.parent} to open the journal without them."
        )


def unlock_journal(directory: Path, secret: str) -> UnlockedJournal:
    """Open the journal with its passphrase or recovery secret.

    Every failure (wrong secret, damaged header or database, newer format) leaves every file
    as it was. Only after a successful unlock is a damaged or stale header copy repaired.
    """
    with storage_errors(directory):
        files = existing_files(directory)
        reading = read_header(files.header)
        unsealed = unseal(reading.header, secret)
        master_key = unsealed.master_key
        if unsealed.role is SlotRole.DURESS:
            master_key = duress.become_decoy(files, reading, unsealed)
            unsealed = replace(unsealed, master_key=master_key, role=SlotRole.PASSPHRASE)
            reading = read_header(files.header)
        connection = open_encrypted(files.database, master_key)
        try:
            _refuse_lost_changes(connection, files.database)
            migrate(connection)
            if reading.needs_repair:
                rewrite_header(files.header, reading.header, first_copy=1 - reading.newest_copy)
        except DatabaseError as error:
            connection.close()
            raise translate_error(error, files.database) from None
        except BaseException:
            connection.close()
            raise
    notices = []
    if unsealed.role is SlotRole.RECOVERY:
        notices.append("Unlocked with the recovery secret; consider setting a new passphrase.")
    if reading.header.params.memory_kib < MINIMUM_MEMORY_KIB:
        notices.append(WEAK_KDF_NOTICE)
    return UnlockedJournal(files, connection, unsealed.role, notices)


@contextlib.contextmanager
def unlocked(directory: Path, secret: str) -> Iterator[UnlockedJournal]:
    journal = unlock_journal(directory, secret)
    try:
        yield journal
    finally:
        journal.close()


def change_passphrase(directory: Path, secret: str, new_passphrase: str) -> tuple[str, ...]:
    """Reseal the master key under a new passphrase; the database is not touched.

    `secret` may be the current passphrase or the recovery secret. If the journal is bound to
    a keyring entry that is gone (the usual reason to use the recovery secret), it is bound
    afresh where a keyring exists, and unbound otherwise. Returns notices for the user.
    """
    check_new_passphrase(new_passphrase)
    with storage_errors(directory):
        files = existing_files(directory)
        reading = read_header(files.header)
        header = reading.header
        unsealed = unseal(header, secret)
        if unsealed.role is SlotRole.DURESS:  # coerced here too: the same as at the unlock
            duress.become_decoy(files, reading, unsealed)
            reading = read_header(files.header)
            header = reading.header
            unsealed = unseal(header, secret)
        notices: list[str] = []
        binding_secret = unsealed.binding_secret
        flags = header.flags
        if header.device_bound and binding_secret is None:
            binding_secret = binding.load_binding_secret(header.journal_id)
        if header.device_bound and binding_secret is None:
            backend = binding.real_keyring()
            if backend is not None:
                binding_secret = binding.create_binding_secret(backend, header.journal_id)
            if binding_secret is None:
                flags &= ~FLAG_DEVICE_BOUND
                notices.append(
                    "No system keyring is available, so the journal is no longer bound to "
                    "this computer."
                )
        updated = replace(header, flags=flags, sequence=header.sequence + 1)
        updated = reseal_passphrase(updated, new_passphrase, binding_secret, unsealed.master_key)
        rewrite_header(files.header, updated, first_copy=1 - reading.newest_copy)
    return (*notices, DURESS_CLEARED_NOTICE)


def install_restored(staging: Path, directory: Path, master_key: bytes, passphrase: str) -> str:
    """Give the database restored into `staging` a new key header (the new passphrase, a new
    recovery secret, key derivation calibrated on this computer) and move it into place as
    `directory`; its recovery secret. The database keeps the key it was restored with."""
    check_new_passphrase(passphrase)
    params = Argon2Params.cheapest_for_tests() if cheap_kdf_requested() else calibrate()
    recovery_text, recovery_raw = new_recovery_secret()
    header = KeyHeader(
        flags=0,
        sequence=1,
        journal_id=os.urandom(JOURNAL_ID_BYTES),
        params=params,
        slots=tuple(KeySlot.unused() for _ in range(SLOT_COUNT)),
    )
    header = sealed(header, SlotRole.PASSPHRASE, secret_bytes(passphrase), None, master_key)
    header = sealed(header, SlotRole.RECOVERY, recovery_raw, None, master_key)
    connection = open_encrypted(staging / "journal.db", master_key)
    try:
        migrate(connection)  # a backup from an older version comes up to date
    finally:
        connection.close()
    create_header(JournalFiles(staging).header, header)
    if directory.exists():
        directory.rmdir()  # empty, checked by the caller
    staging.rename(directory)
    sync_directory(directory.parent)
    return recovery_text
