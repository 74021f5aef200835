"""Backups: the whole journal in one encrypted file, and a journal rebuilt from one.

A backup file is, in order:

    offset   size   field
         0      n   the database, copied under the backup's own key with sqlcipher_export
                    (every record, the history, the search index and the attachments)
         n   8192   a key header (header.py) of its own, with the journal's id and Argon2
                    params:
                      slot 0  the backup's key under the backup passphrase (random if none)
                      slot 1  a copy of the journal's recovery slot (the journal's key under
                              the recovery secret)
                      slot 2  the backup's key under the journal's key
                      slot 3  random
    n+8192      8   n, big-endian
    n+8200      8   magic "HRJBKUP1"
    n+8208     32   HMAC-SHA256 of the header, the length and the magic, under a key derived
                    from the backup's key

The database comes first so that SQLCipher writes it straight into the file and it is never
written twice; the rest is found from the end.

So the recovery secret written down at creation opens every backup, and a backup passphrase,
if one is chosen, opens that backup alone. A flipped byte anywhere is found: in the trailer by
its HMAC, in the database by SQLCipher's HMAC of every page (every byte of a page, its number
and the backup's own key), which verify and restore check page by page before trusting any.
A second HMAC over the whole database would cost a full read of it for nothing more.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrjournal.errors import (
    InputRejected,
    JournalDamaged,
    JournalExists,
    StorageFailed,
    WrongPassphrase,
)
from hrjournal.vault.database import check_integrity, open_encrypted
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.header import KeyHeader, encode_file, read_header, read_header_bytes
from hrjournal.vault.header_layout import FILE_BYTES
from hrjournal.vault.kdf import KEY_BYTES, SALT_BYTES, key_encryption_key
from hrjournal.vault.keyslots import SLOT_COUNT, KeySlot, SlotRole
from hrjournal.vault.recovery import read_recovery_secret
from hrjournal.vault.unsealing import (
    existing_files,
    secret_bytes,
    storage_errors,
    stretch,
    unseal,
)

MAGIC = b"HRJBKUP1"
_LENGTH = struct.Struct(">Q")
MAC_BYTES = 32
_TRAILER = FILE_BYTES + _LENGTH.size + len(MAGIC) + MAC_BYTES  # after the database
CHUNK = 1024 * 1024
_WRAP_SLOT = 2  # the backup's key under the journal's key


def _derive(key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose).derive(key)


def _mac_key(backup_key: bytes) -> bytes:
    return _derive(backup_key, b"hrjournal backup mac v1")


def _wrap_key(master_key: bytes) -> bytes:
    return _derive(master_key, b"hrjournal backup key wrap v1")


@dataclass(frozen=True)
class BackupMade:
    size: int


def _export_database(directory: Path, master_key: bytes, target: Path, backup_key: bytes) -> None:
    files = existing_files(directory)
    connection = open_encrypted(files.database, master_key)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{backup_key.hex()}'\"",
                           (str(target),))  # fmt: skip
        connection.execute("PRAGMA backup.cipher_page_size = 16384")
        connection.execute("PRAGMA backup.cipher_hmac_algorithm = HMAC_SHA256")
        # A new file that is fsynced once complete (or thrown away): no rollback journal
        # and no flush per transaction are needed while it is written.
        connection.execute("PRAGMA backup.journal_mode = OFF")
        connection.execute("PRAGMA backup.synchronous = OFF")
        connection.execute("SELECT sqlcipher_export('backup')")
        connection.execute(f"PRAGMA backup.user_version = {version}")
        connection.execute("DETACH DATABASE backup")
    finally:
        connection.close()


def create_backup(
    directory: Path, secret: str, target: Path, backup_passphrase: str | None = None
) -> BackupMade:
    """Write a backup of the journal to `target`, whole or not at all."""
    with storage_errors(directory):
        files = existing_files(directory)
        header = read_header(files.header).header
        unsealed = unseal(header, secret)
        if unsealed.role not in (SlotRole.PASSPHRASE, SlotRole.RECOVERY):
            raise WrongPassphrase("That passphrase does not open this journal.")
        backup_key = os.urandom(KEY_BYTES)
        slots = [KeySlot.unused() for _ in range(SLOT_COUNT)]
        backup = KeyHeader(0, 1, header.journal_id, header.params, tuple(slots))
        if backup_passphrase:
            salt = os.urandom(SALT_BYTES)
            kek = key_encryption_key(stretch(backup, salt, secret_bytes(backup_passphrase)), None)
            backup = backup.with_slot(
                SlotRole.PASSPHRASE,
                KeySlot.seal(kek, salt, backup_key, backup.slot_context(SlotRole.PASSPHRASE)),
            )
        backup = backup.with_slot(SlotRole.RECOVERY, header.slots[SlotRole.RECOVERY])
        wrapped = KeySlot.seal(_wrap_key(unsealed.master_key), os.urandom(SALT_BYTES),
                               backup_key, backup.slot_context(_WRAP_SLOT))  # fmt: skip
        backup = backup.with_slot(_WRAP_SLOT, wrapped)
    partial = target.with_name(f".{target.name}.partial")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        _export_database(directory, unsealed.master_key, partial, backup_key)
        _append_trailer(partial, backup, backup_key)
        os.replace(partial, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(error, OSError):
            raise StorageFailed(
                f"Could not write the backup to {target.parent} ({error.strerror}); "
                "no file was left there."
            ) from None
        raise
    return BackupMade(target.stat().st_size)


def _append_trailer(path: Path, header: KeyHeader, backup_key: bytes) -> None:
    """After the database SQLCipher wrote: the header, the length, the magic, their HMAC."""
    tail = encode_file(header) + _LENGTH.pack(path.stat().st_size) + MAGIC
    mac = hmac.new(_mac_key(backup_key), tail, hashlib.sha256).digest()
    with open(path, "r+b") as file:
        file.seek(0, os.SEEK_END)
        file.write(tail + mac)
        file.flush()
        os.fsync(file.fileno())


@dataclass(frozen=True)
class _Opened:
    backup_key: bytes
    database_length: int


def _open_backup(path: Path, secret: str) -> _Opened:
    """The backup's key, after checking the trailer against its HMAC (the database's pages
    carry their own)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            file.seek(max(size - _TRAILER, 0))
            trailer = file.read(_TRAILER)
    except FileNotFoundError:
        raise InputRejected(f"There is no backup at {path}.") from None
    except OSError as error:
        raise InputRejected(f"The backup {path} cannot be read: {error.strerror}.") from None
    magic_at = FILE_BYTES + _LENGTH.size
    if len(trailer) < _TRAILER or trailer[magic_at : magic_at + len(MAGIC)] != MAGIC:
        raise InputRejected(f"{path} is not an HR Journal backup, or it is incomplete.")
    length = _LENGTH.unpack(trailer[FILE_BYTES:magic_at])[0]
    if length + _TRAILER != size:
        raise JournalDamaged(f"The backup {path.name} is damaged or incomplete.")
    header = _read_header_bytes(trailer[:FILE_BYTES], path)
    key = _backup_key(header, secret)
    mac = hmac.new(_mac_key(key), trailer[: _TRAILER - MAC_BYTES], hashlib.sha256).digest()
    if not hmac.compare_digest(mac, trailer[_TRAILER - MAC_BYTES :]):
        raise JournalDamaged(f"The backup {path.name} is damaged or has been changed.")
    return _Opened(key, length)


def _read_header_bytes(data: bytes, path: Path) -> KeyHeader:
    try:
        return read_header_bytes(data).header
    except JournalDamaged:
        raise JournalDamaged(f"The backup {path.name} is damaged or has been changed.") from None


def _backup_key(header: KeyHeader, secret: str) -> bytes:
    recovery = read_recovery_secret(secret)
    if recovery.secret is not None:
        slot = header.slots[SlotRole.RECOVERY]
        kek = key_encryption_key(stretch(header, slot.salt, recovery.secret), None)
        master = slot.open(kek, header.slot_context(SlotRole.RECOVERY))
        if master is not None:
            key = header.slots[_WRAP_SLOT].open(_wrap_key(master), header.slot_context(_WRAP_SLOT))
            if key is not None:
                return key
    slot = header.slots[SlotRole.PASSPHRASE]
    kek = key_encryption_key(stretch(header, slot.salt, secret_bytes(secret)), None)
    key = slot.open(kek, header.slot_context(SlotRole.PASSPHRASE))
    if key is None:
        raise WrongPassphrase(
            "That is neither the backup's passphrase nor the journal's recovery secret."
        )
    return key


def _database_of(path: Path, opened: _Opened, folder: Path) -> Path:
    """The backup's database (ciphertext) copied into `folder`."""
    database = folder / "journal.db"
    descriptor = os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out, open(path, "rb") as file:
        remaining = opened.database_length
        while remaining:
            chunk = file.read(min(CHUNK, remaining))
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return database


def verify_backup(path: Path, secret: str) -> None:
    """Check a backup without restoring it: its trailer's HMAC, then every page of its
    database."""
    opened = _open_backup(path, secret)
    with tempfile.TemporaryDirectory(prefix=".hrjournal-verify-") as work:
        database = _database_of(path, opened, Path(work))  # ciphertext, as in the file
        connection = open_encrypted(database, opened.backup_key)
        try:
            check_integrity(connection, database)
        finally:
            connection.close()


def restore_backup(path: Path, secret: str, directory: Path, new_passphrase: str) -> str:
    """Rebuild a journal in `directory` (new or empty) from a backup; its recovery secret."""
    from hrjournal.vault.journal import install_restored  # noqa: PLC0415 - no import cycle

    if JournalFiles(directory).any_exist() or (directory.exists() and any(directory.iterdir())):
        raise JournalExists(
            f"There is already something in {directory}; a backup is only restored into a new "
            "or empty folder."
        )
    opened = _open_backup(path, secret)
    staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.restoring-", dir=_parent(directory)))
    try:
        database = _database_of(path, opened, staging)
        connection = open_encrypted(database, opened.backup_key)
        try:
            check_integrity(connection, database)
        finally:
            connection.close()
        return install_restored(staging, directory, opened.backup_key, new_passphrase)
    except BaseException:
        import shutil  # noqa: PLC0415

        shutil.rmtree(staging, ignore_errors=True)
        raise


def _parent(directory: Path) -> Path:
    directory.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory.parent


__all__ = ["BackupMade", "create_backup", "restore_backup", "verify_backup"]
