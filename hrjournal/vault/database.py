"""Opening the SQLCipher database, fail-closed.

sqlcipher3 happily creates or reads a plain SQLite file when the key step is skipped or the
library is not really SQLCipher, so every open proves encryption is active before anything is
read or written, and refuses rather than repairs.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

from hrjournal.errors import JournalDamaged, JournalError, NotEncrypted, StorageFailed

__all__ = [
    "Connection",
    "DatabaseError",
    "IntegrityError",
    "check_integrity",
    "complete_statement",
    "database_path",
    "open_encrypted",
    "translate_error",
]

PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_BYTES = 16384
# Decrypted pages kept in memory. Every page read from disk costs a decryption and an HMAC
# check, so a cache that holds the records a person is browsing keeps moving between them at
# plain-SQLite speed. They are in this process's memory only while the journal is open.
CACHE_KIB = 32 * 1024
CIPHER_SETTINGS = (
    f"PRAGMA cipher_page_size = {PAGE_BYTES}",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA256",
)

if TYPE_CHECKING:
    # sqlcipher3 mirrors the standard sqlite3 module but ships no type information; its
    # classes are checked as their sqlite3 twins.
    from sqlite3 import Connection, DatabaseError, IntegrityError, complete_statement
else:
    Connection = dbapi2.Connection
    DatabaseError = dbapi2.DatabaseError
    IntegrityError = dbapi2.IntegrityError
    complete_statement = dbapi2.complete_statement


def starts_as_plain_sqlite(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(len(PLAIN_SQLITE_MAGIC)) == PLAIN_SQLITE_MAGIC


_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_FULL = 13
_LOW_SPACE_BYTES = 1024 * 1024


def translate_error(error: Exception, path: Path) -> JournalError:
    """The user-facing error for an exception raised by SQLCipher."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or (
        primary is None and "not a database" in str(error)
    ):
        return JournalDamaged(
            f"The journal database in {path.parent} is damaged or has been tampered with."
        )
    # SQLite often reports a full disk as a plain I/O error; the free space tells them apart.
    if primary == _SQLITE_FULL or _free_bytes(path.parent) < _LOW_SPACE_BYTES:
        return StorageFailed(f"The disk holding {path.parent} is full; nothing was saved.")
    return StorageFailed(f"The journal in {path.parent} could not be read or written.")


def _free_bytes(directory: Path) -> int:
    existing = next((p for p in (directory, *directory.parents) if p.exists()), directory)
    try:
        return shutil.disk_usage(existing).free
    except OSError:
        return _LOW_SPACE_BYTES


def database_path(connection: Connection) -> Path:
    """The file of the connection's main database."""
    for _, name, file in connection.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file)
    return Path("journal.db")


def open_encrypted(path: Path, master_key: bytes, *, create: bool = False) -> Connection:
    """An open connection keyed with `master_key`, with SQLCipher proven active.

    Without `create`, the file must already exist: SQLite is told to open, never to create,
    so an open error can never leave a fresh empty database behind.
    """
    if not create and starts_as_plain_sqlite(path):
        raise NotEncrypted(
            f"The database in {path.parent} is not encrypted, so HR Journal will not open it."
        )
    if create:
        # SQLite would create the file with the umask's permissions (often world-readable);
        # made here first, it is the owner's alone, and SQLite gives its -wal and -shm the same.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    uri = f"file:{quote(str(path.resolve()))}?mode=rw"
    try:
        connection: Connection = sqlcipher3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False
        )
    except DatabaseError as error:
        raise translate_error(error, path) from None
    try:
        _prove_and_configure(connection, master_key, path, create)
    except BaseException:
        connection.close()
        raise
    return connection


def _prove_and_configure(
    connection: Connection, master_key: bytes, path: Path, create: bool
) -> None:
    connection.enable_load_extension(False)
    # Hex only, so there is no quoting to get wrong; a raw key skips SQLCipher's own PBKDF2.
    connection.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
    # SQLCipher does not record these in the file; they are part of the journal format and
    # must be the same at every open. 16 KiB pages and HMAC-SHA256 (hardware-accelerated on
    # current processors) read evidence about twice as fast as the defaults, 4 KiB and
    # HMAC-SHA512, with the same AES-256 and a 256-bit page authentication key.
    for setting in CIPHER_SETTINGS:
        connection.execute(setting)
    version = connection.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise NotEncrypted("This installation's SQLite has no encryption, so it was not used.")
    connection.execute("PRAGMA cipher_log_level = NONE")
    try:
        # Reads and authenticates page 1. The key is already known to be right (its slot's
        # seal opened), so a failure here is damage, not a wrong passphrase.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        (schema,) = connection.execute("PRAGMA user_version").fetchone()
    except DatabaseError as error:
        raise translate_error(error, path) from None
    if schema == 0 and not create:
        # An emptied or replaced file reads as a blank database under any key; it must not
        # quietly become a new, empty journal.
        raise JournalDamaged(f"The journal database in {path.parent} is empty or was replaced.")
    for pragma in (
        "PRAGMA temp_store = MEMORY",
        f"PRAGMA cache_size = -{CACHE_KIB}",
        "PRAGMA secure_delete = ON",
        "PRAGMA foreign_keys = ON",
        "PRAGMA trusted_schema = OFF",
        "PRAGMA journal_mode = WAL",
    ):
        connection.execute(pragma)
    if starts_as_plain_sqlite(path):
        raise NotEncrypted("The database was written without encryption; it was not used.")


def check_integrity(connection: Connection, path: Path) -> None:
    """Read and authenticate every page (SQLCipher HMAC), then SQLite's own structure check."""
    try:
        cipher_problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        structure = connection.execute("PRAGMA quick_check").fetchall()
    except DatabaseError as error:
        raise translate_error(error, path) from None
    if cipher_problems or structure != [("ok",)]:
        raise JournalDamaged(
            f"The journal database in {path.parent} is damaged or has been tampered with."
        )
