"""The duress passphrase: typed under coercion, it opens an empty journal and silently
destroys the real one.

The duress slot holds no journal key, only a random value sealed under a key stretched from
the duress passphrase with the passphrase slot's salt (unsealing.py), so trying it costs
nothing more than trying the passphrase, and an unused slot (random bytes) looks the same.

When it opens, `become_decoy` rewrites the header in place with a fresh master key sealed
under the duress passphrase alone, and every other slot random: the real journal's key, its
recovery slot and its duress slot are gone from the disk, and the device-binding secret in
the keyring is replaced. The real database, now undecryptable, is removed, and an empty one
is made under the new key. What opens is a real journal that behaves normally afterwards,
and the duress passphrase is now simply its passphrase.
"""

from __future__ import annotations

import contextlib
import os
import stat
import unicodedata
from dataclasses import replace
from pathlib import Path

from hrjournal.errors import InputRejected, WrongPassphrase
from hrjournal.vault import binding
from hrjournal.vault.database import open_encrypted
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.header import FLAG_DEVICE_BOUND, HeaderReading, read_header, rewrite_header
from hrjournal.vault.header_layout import FILE_BYTES
from hrjournal.vault.kdf import KEY_BYTES, SALT_BYTES, key_encryption_key
from hrjournal.vault.keyslots import SLOT_COUNT, KeySlot, SlotRole
from hrjournal.vault.migrations import migrate
from hrjournal.vault.unsealing import (
    Unsealed,
    check_new_passphrase,
    duress_key,
    existing_files,
    secret_bytes,
    storage_errors,
    stretch,
    unseal,
)

TOO_CLOSE = "The duress passphrase must be clearly different from your passphrase."
WRONG = "That passphrase does not open this journal."
STAGED_DATABASE = ".journal.db.new"


def _folded(text: str) -> str:
    """Letters and digits only, case and accents ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, for passphrases (short strings)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def too_close(passphrase: str, duress: str) -> bool:
    """Whether a coerced person could type one while meaning the other, or an adversary who
    knows one could guess the other: equal once case, spaces, accents and punctuation are
    ignored, one inside the other, or a few edits apart."""
    a, b = _folded(passphrase), _folded(duress)
    if not a or not b or a in b or b in a:
        return True
    return _distance(a, b) <= max(3, min(len(a), len(b)) // 4)


def _owner(directory: Path, passphrase: str) -> tuple[JournalFiles, HeaderReading, Unsealed]:
    files = existing_files(directory)
    reading = read_header(files.header)
    unsealed = unseal(reading.header, passphrase)
    if unsealed.role is not SlotRole.PASSPHRASE:
        # The recovery secret cannot vouch for a duress passphrase (it is not typed in front
        # of anyone), and the duress passphrase itself must not act, nor be told apart here.
        raise WrongPassphrase(WRONG)
    return files, reading, unsealed


def set_duress_passphrase(directory: Path, passphrase: str, duress: str) -> None:
    """Seal a duress passphrase into the journal's header (replacing any previous one)."""
    check_new_passphrase(duress)
    if too_close(passphrase, duress):
        raise InputRejected(TOO_CLOSE)
    with storage_errors(directory):
        files, reading, unsealed = _owner(directory, passphrase)
        header = reading.header
        salt = header.slots[SlotRole.PASSPHRASE].salt
        key = duress_key(stretch(header, salt, secret_bytes(duress)), unsealed.binding_secret)
        slot = KeySlot.seal(
            key, os.urandom(SALT_BYTES), os.urandom(KEY_BYTES),
            header.slot_context(SlotRole.DURESS),
        )  # fmt: skip
        updated = replace(header.with_slot(SlotRole.DURESS, slot), sequence=header.sequence + 1)
        rewrite_header(files.header, updated, first_copy=1 - reading.newest_copy)


def clear_duress_passphrase(directory: Path, passphrase: str) -> None:
    """Fill the duress slot with random bytes, whether or not it held a duress passphrase."""
    with storage_errors(directory):
        files, reading, _ = _owner(directory, passphrase)
        header = reading.header
        updated = replace(
            header.with_slot(SlotRole.DURESS, KeySlot.unused()), sequence=header.sequence + 1
        )
        rewrite_header(files.header, updated, first_copy=1 - reading.newest_copy)


def _make_writable(path: Path) -> None:
    with contextlib.suppress(OSError):
        mode = os.lstat(path).st_mode
        if stat.S_ISREG(mode) and not mode & stat.S_IWUSR:
            os.chmod(path, stat.S_IMODE(mode) | stat.S_IWUSR)


def _destroy_header_in_place(path: Path) -> None:
    """Both copies at once, random bytes, flushed: from here the real journal is gone."""
    descriptor = os.open(
        path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        size = max(os.fstat(descriptor).st_size, FILE_BYTES)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, os.urandom(size))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def become_decoy(files: JournalFiles, reading: HeaderReading, unsealed: Unsealed) -> bytes:
    """Destroy the real journal's key material and put an empty journal in its place, opened
    by the duress passphrase that was just typed; returns the new journal's master key.

    In an order that never leaves the real journal openable: the empty database is made first
    under a new name, then the header is overwritten whole (both copies in one write), then
    the keyring secret replaced, the new header written and the new database put in place. A
    crash in between leaves a journal that opens for no one."""
    assert unsealed.stretched is not None
    header = reading.header
    master_key = os.urandom(KEY_BYTES)
    staged = files.directory / STAGED_DATABASE
    for leftover in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    connection = open_encrypted(staged, master_key, create=True)
    try:
        migrate(connection)
    finally:
        connection.close()
    _make_writable(files.header)
    _destroy_header_in_place(files.header)
    binding_secret = None
    flags = header.flags
    if header.device_bound:
        backend = binding.real_keyring()
        if backend is not None:
            binding_secret = binding.create_binding_secret(backend, header.journal_id)
        if binding_secret is None:
            flags &= ~FLAG_DEVICE_BOUND
    decoy = replace(
        header,
        flags=flags,
        sequence=header.sequence + 1,
        slots=tuple(KeySlot.unused() for _ in range(SLOT_COUNT)),
    )
    # The salt the duress passphrase was just stretched with, so that it opens the new slot.
    sealed = KeySlot.seal(
        key_encryption_key(unsealed.stretched, binding_secret),
        header.slots[SlotRole.PASSPHRASE].salt,
        master_key,
        decoy.slot_context(SlotRole.PASSPHRASE),
    )
    rewrite_header(files.header, decoy.with_slot(SlotRole.PASSPHRASE, sealed), first_copy=0)
    for companion in files.database_companions:
        companion.unlink(missing_ok=True)
    os.replace(staged, files.database)
    return master_key
