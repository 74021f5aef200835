"""A journal on disk: create it, unlock it, change its passphrase.

A journal is a directory with two files: the SQLCipher database and the key header. This is
the only module that handles the master key; it leaves here only inside an open connection.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from hrjournal.errors import (
    DeviceBindingUnavailable,
    InputRejected,
    JournalDamaged,
    JournalExists,
    JournalNotFound,
    RecoverySecretMistyped,
    StorageFailed,
    WrongPassphrase,
)
from hrjournal.vault import binding
from hrjournal.vault.database import (
    Connection,
    DatabaseError,
    check_integrity,
    open_encrypted,
    translate_error,
)
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.header import (
    FLAG_DEVICE_BOUND,
    JOURNAL_ID_BYTES,
    KeyHeader,
    create_header,
    read_header,
    rewrite_header,
)
from hrjournal.vault.kdf import (
    KEY_BYTES,
    SALT_BYTES,
    Argon2Params,
    argon2id,
    calibrate,
    cheap_kdf_requested,
    key_encryption_key,
)
from hrjournal.vault.keyslots import SLOT_COUNT, KeySlot, SlotRole
from hrjournal.vault.migrations import migrate
from hrjournal.vault.recovery import new_recovery_secret, read_recovery_secret

MINIMUM_PASSPHRASE_LENGTH = 8


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


def secret_bytes(text: str) -> bytes:
    """Passphrase text as the bytes that are stretched.

    NFC, because the same passphrase typed on two systems can arrive composed or decomposed.
    """
    return unicodedata.normalize("NFC", text).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MINIMUM_PASSPHRASE_LENGTH:
        raise InputRejected(
            f"The passphrase must be at least {MINIMUM_PASSPHRASE_LENGTH} characters long; "
            "a few unrelated words are easiest to remember."
        )
    if read_recovery_secret(passphrase).secret is not None:
        raise InputRejected("The passphrase cannot be a recovery secret; choose your own words.")


def create_journal(
    directory: Path,
    passphrase: str,
    *,
    params: Argon2Params | None = None,
    bind_device: bool = False,
) -> NewJournal:
    """Create a journal in `directory` (which may exist, but must not hold a journal)."""
    files = JournalFiles(directory)
    if any(path.exists() for path in files.all_files()):
        raise JournalExists(
            f"There is already a journal in {directory}; HR Journal will not overwrite it."
        )
    check_new_passphrase(passphrase)
    notices: list[str] = []
    if params is None and cheap_kdf_requested():
        params = Argon2Params.cheapest_for_tests()
        notices.append(
            "Test-only cheap key derivation was used; this journal is not protected against "
            "passphrase guessing."
        )
    params = params or calibrate()
    made_directory = not directory.exists()
    created: list[Path] = []
    journal_id = os.urandom(JOURNAL_ID_BYTES)
    binding_secret: bytes | None = None
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if bind_device:
            backend = binding.real_keyring()
            if backend is not None:
                binding_secret = binding.create_binding_secret(backend, journal_id)
            if binding_secret is None:
                notices.append(
                    "No system keyring could keep the device secret, so the journal is not "
                    "bound to this computer."
                )
        master_key = os.urandom(KEY_BYTES)
        recovery_text, recovery_raw = new_recovery_secret()
        header = KeyHeader(
            flags=FLAG_DEVICE_BOUND if binding_secret else 0,
            sequence=1,
            journal_id=journal_id,
            params=params,
            slots=tuple(KeySlot.unused() for _ in range(SLOT_COUNT)),
        )
        header = _sealed(
            header, SlotRole.PASSPHRASE, secret_bytes(passphrase), binding_secret, master_key
        )
        header = _sealed(header, SlotRole.RECOVERY, recovery_raw, None, master_key)
        created.append(files.database)
        connection = open_encrypted(files.database, master_key, create=True)
        created.extend(files.database_companions)
        try:
            migrate(connection)
        finally:
            connection.close()
        # The header goes last: a journal whose header exists is complete.
        created.append(files.header)
        create_header(files.header, header)
    except BaseException as error:
        for path in created:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if made_directory:
            with contextlib.suppress(OSError):
                directory.rmdir()
        if binding_secret is not None:
            binding.forget_binding_secret(journal_id)
        if isinstance(error, DatabaseError):
            raise translate_error(error, files.database) from None
        if isinstance(error, OSError):
            raise StorageFailed(
                f"Could not create the journal in {directory}: {error.strerror}."
            ) from None
        raise
    return NewJournal(recovery_text, binding_secret is not None, params, tuple(notices))


def _sealed(
    header: KeyHeader,
    role: SlotRole,
    secret: bytes,
    binding_secret: bytes | None,
    master_key: bytes,
) -> KeyHeader:
    salt = os.urandom(SALT_BYTES)
    kek = key_encryption_key(argon2id(secret, salt, header.params), binding_secret)
    slot = KeySlot.seal(kek, salt, master_key, header.slot_context(role))
    return header.with_slot(role, slot)


def _existing_files(directory: Path) -> JournalFiles:
    files = JournalFiles(directory)
    if not directory.is_dir():
        raise JournalNotFound(f"There is no journal in {directory}.")
    header, database = files.header.exists(), files.database.exists()
    if not header and not database:
        raise JournalNotFound(f"There is no journal in {directory}.")
    if not header:
        raise JournalDamaged(
            f"The journal in {directory} has lost its key header, so it cannot be opened; "
            "restore it from a backup."
        )
    if not database:
        raise JournalDamaged(f"The journal in {directory} has lost its database file.")
    return files


def _unseal(header: KeyHeader, secret: str) -> tuple[bytes, SlotRole]:
    """Find the slot `secret` opens: the recovery slot if it reads as a recovery secret, else
    the passphrase slot. Returns the master key and the role of the slot that opened."""
    recovery = read_recovery_secret(secret)
    if recovery.secret is not None:
        opened = _open_slot(header, SlotRole.RECOVERY, recovery.secret, None)
        if opened is not None:
            return opened, SlotRole.RECOVERY
    binding_secret = None
    if header.device_bound:
        binding_secret = binding.load_binding_secret(header.journal_id)
        if binding_secret is None:
            if recovery.mistyped_group is not None:
                raise _mistyped(recovery.mistyped_group)
            raise DeviceBindingUnavailable(
                "This journal is tied to this computer's keyring, which cannot give its secret "
                "now; unlock it with your recovery secret."
            )
    opened = _open_slot(header, SlotRole.PASSPHRASE, secret_bytes(secret), binding_secret)
    if opened is not None:
        return opened, SlotRole.PASSPHRASE
    if recovery.mistyped_group is not None:
        raise _mistyped(recovery.mistyped_group)
    raise WrongPassphrase("That passphrase does not open this journal.")


def _open_slot(
    header: KeyHeader, role: SlotRole, secret: bytes, binding_secret: bytes | None
) -> bytes | None:
    slot = header.slots[role]
    kek = key_encryption_key(argon2id(secret, slot.salt, header.params), binding_secret)
    return slot.open(kek, header.slot_context(role))


def _mistyped(group: int) -> RecoverySecretMistyped:
    return RecoverySecretMistyped(
        f"Group {group} of the recovery secret does not match its check character; compare it "
        "with your written copy."
    )


def unlock_journal(directory: Path, secret: str) -> UnlockedJournal:
    """Open the journal with its passphrase or recovery secret.

    Every failure (wrong secret, damaged header or database, newer format) leaves every file
    as it was. Only after a successful unlock is a damaged or stale header copy repaired.
    """
    files = _existing_files(directory)
    reading = read_header(files.header)
    master_key, role = _unseal(reading.header, secret)
    connection = open_encrypted(files.database, master_key)
    try:
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
    if role is SlotRole.RECOVERY:
        notices.append("Unlocked with the recovery secret; consider setting a new passphrase.")
    return UnlockedJournal(files, connection, role, notices)


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
    files = _existing_files(directory)
    reading = read_header(files.header)
    header = reading.header
    master_key, _ = _unseal(header, secret)
    notices: list[str] = []
    binding_secret = None
    flags = header.flags
    if header.device_bound:
        binding_secret = binding.load_binding_secret(header.journal_id)
        if binding_secret is None:
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
    updated = _sealed(
        updated, SlotRole.PASSPHRASE, secret_bytes(new_passphrase), binding_secret, master_key
    )
    rewrite_header(files.header, updated, first_copy=1 - reading.newest_copy)
    return tuple(notices)
