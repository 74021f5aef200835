"""The key header: an 8 KiB file beside the database holding the key slots.

Layout (documented for users in SECURITY.md). The file holds two copies of 512 bytes, at
offsets 0 and 4096, the rest zero; every integer is big-endian:

    offset size  field
         0    8  magic "HRJKEYHD"
         8    2  format version (1)
        10    2  flags (bit 0: the passphrase slot is bound to this device's keyring)
        12    8  sequence number, raised on every rewrite
        20   16  journal id (random; names the keyring entry)
        36    4  Argon2id memory in KiB
        40    4  Argon2id passes
        44    4  Argon2id lanes
        48  304  four key slots of 76 bytes (see keyslots.py), used or random
       352  128  reserved, zero
       480   32  SHA-256 of bytes 0-479 of this copy

Why it is written the way it is: key material must exist in exactly one place on disk, so
that overwriting this one file destroys the journal. The file is therefore rewritten in place
(never a temporary file and a rename, which would leave the old slots in a freed block), and
each copy is flushed to the disk before the other is touched, so a crash at any moment leaves
one complete copy. The copies sit 4096 bytes apart so that they never share a page of the
operating system's cache or a sector of a 4K-sector disk, where one torn write could hit both.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from hrjournal.errors import (
    NEWER_FORMAT_MESSAGE,
    HeaderDamaged,
    JournalNotFound,
    NewerFormat,
    StorageFailed,
)
from hrjournal.vault.header_layout import (
    COPIES,
    COPY_BYTES,
    COPY_STRIDE,
    FILE_BYTES,
    FLAG_DEVICE_BOUND,
    FLAGS_AT,
    JOURNAL_ID_AT,
    JOURNAL_ID_BYTES,
    MAGIC,
)
from hrjournal.vault.kdf import Argon2Params
from hrjournal.vault.keyslots import SLOT_BYTES, SLOT_COUNT, KeySlot

FORMAT_VERSION = 1
__all__ = [
    "FLAG_DEVICE_BOUND",
    "HeaderReading",
    "KeyHeader",
    "create_header",
    "encode_file",
    "read_header",
    "read_header_bytes",
    "rewrite_header",
    "sync_directory",
]

_FIXED = struct.Struct(">8sHHQ16sIII")
assert _FIXED.size - 12 - JOURNAL_ID_BYTES == JOURNAL_ID_AT  # the id follows magic..sequence
assert struct.calcsize(">8sH") == FLAGS_AT
_SLOTS_AT = _FIXED.size
_RESERVED_AT = _SLOTS_AT + SLOT_COUNT * SLOT_BYTES
_CHECKSUM_AT = COPY_BYTES - 32
_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class KeyHeader:
    flags: int
    sequence: int
    journal_id: bytes
    params: Argon2Params
    slots: tuple[KeySlot, ...]
    version: int = FORMAT_VERSION

    @property
    def device_bound(self) -> bool:
        return bool(self.flags & FLAG_DEVICE_BOUND)

    def slot_context(self, position: int) -> bytes:
        """The data each slot's seal is bound to: this journal, this format, this position."""
        return MAGIC + struct.pack(">H", self.version) + self.journal_id + bytes([position])

    def with_slot(self, position: int, slot: KeySlot) -> KeyHeader:
        slots = list(self.slots)
        slots[position] = slot
        return replace(self, slots=tuple(slots))

    def encode(self) -> bytes:
        fixed = _FIXED.pack(
            MAGIC,
            self.version,
            self.flags,
            self.sequence,
            self.journal_id,
            self.params.memory_kib,
            self.params.time_cost,
            self.params.parallelism,
        )
        body = fixed + b"".join(slot.encode() for slot in self.slots)
        body += bytes(_CHECKSUM_AT - len(body))
        return body + hashlib.sha256(body).digest()

    @classmethod
    def decode(cls, copy: bytes) -> KeyHeader | None:
        """The header in one copy, or None if the copy is damaged."""
        if len(copy) != COPY_BYTES:
            return None
        body, checksum = copy[:_CHECKSUM_AT], copy[_CHECKSUM_AT:]
        if hashlib.sha256(body).digest() != checksum:
            return None
        magic, version, flags, sequence, journal_id, memory, passes, lanes = _FIXED.unpack_from(
            body
        )
        if magic != MAGIC:
            return None
        if version > FORMAT_VERSION:
            raise NewerFormat(NEWER_FORMAT_MESSAGE)
        params = Argon2Params(memory_kib=memory, time_cost=passes, parallelism=lanes)
        if version < 1 or not params.is_valid():
            return None
        slots = tuple(
            KeySlot.decode(body[_SLOTS_AT + i * SLOT_BYTES : _SLOTS_AT + (i + 1) * SLOT_BYTES])
            for i in range(SLOT_COUNT)
        )
        return cls(flags, sequence, journal_id, params, slots, version)


@dataclass(frozen=True)
class HeaderReading:
    """The newest intact copy, and whether the file on disk differs from it (a damaged, stale
    or missing copy, or a wrong size) and so should be repaired once the journal unlocks."""

    header: KeyHeader
    newest_copy: int
    needs_repair: bool


def read_header(path: Path) -> HeaderReading:
    try:
        with open(path, "rb") as file:
            raw = file.read(FILE_BYTES + 1)
    except FileNotFoundError:
        raise JournalNotFound(f"There is no journal key header in {path.parent}.") from None
    except OSError as error:
        raise StorageFailed(f"Could not read {path}: {error.strerror}.") from None
    return read_header_bytes(raw)


def read_header_bytes(raw: bytes) -> HeaderReading:
    """The header in the bytes of a header file (a journal's, or the one inside a backup)."""
    copies = [raw[i * COPY_STRIDE : i * COPY_STRIDE + COPY_BYTES] for i in range(COPIES)]
    decoded = [KeyHeader.decode(copy) for copy in copies]
    intact = [(h.sequence, i, h) for i, h in enumerate(decoded) if h is not None]
    if not intact:
        raise HeaderDamaged(
            "The journal's key header is damaged in both copies, so the journal cannot be "
            "opened; restore it from a backup."
        )
    _, newest, header = max(intact, key=lambda item: (item[0], -item[1]))
    expected = header.encode()
    needs_repair = len(raw) != FILE_BYTES or any(copy != expected for copy in copies)
    return HeaderReading(header, newest, needs_repair)


def encode_file(header: KeyHeader) -> bytes:
    """The whole header file as it is when both copies hold `header`."""
    padded = header.encode().ljust(COPY_STRIDE, b"\0")
    return padded * COPIES


def create_header(path: Path, header: KeyHeader) -> None:
    """Write a new header file; fails if one exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
    try:
        _write_at(fd, encode_file(header), 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    sync_directory(path.parent)


def rewrite_header(path: Path, header: KeyHeader, first_copy: int) -> None:
    """Overwrite both copies in place with `header`, `first_copy` first, each flushed to disk
    before the other is touched. Whatever instant this is interrupted at, one copy is whole:
    either the previous header or this one."""
    copy = header.encode()
    try:
        fd = os.open(path, os.O_RDWR | _BINARY)
    except OSError as error:
        raise StorageFailed(f"Could not open {path} for writing: {error.strerror}.") from None
    try:
        for index in (first_copy, 1 - first_copy):
            _write_at(fd, copy, index * COPY_STRIDE)
            os.fsync(fd)
        if os.fstat(fd).st_size != FILE_BYTES:
            os.ftruncate(fd, FILE_BYTES)
            os.fsync(fd)
    except OSError as error:
        raise StorageFailed(f"Could not write {path}: {error.strerror}.") from None
    finally:
        os.close(fd)


def _write_at(fd: int, data: bytes, offset: int) -> None:
    if hasattr(os, "pwrite"):
        written = os.pwrite(fd, data, offset)
    else:  # Windows
        os.lseek(fd, offset, os.SEEK_SET)
        written = os.write(fd, data)
    if written != len(data):
        raise OSError(0, "short write")


def sync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
