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

import os
import unicodedata
from dataclasses import replace
from pathlib import Path

from hrjournal.errors import InputRejected, WrongPassphrase
from hrjournal.vault import binding
from hrjournal.vault.database import open_encrypted
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.header import FLAG_DEVICE_BOUND, HeaderReading, read_header, rewrite_header
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
        # of anyone), and the duress passphrase itself must not act here.
        raise WrongPassphrase("Give the journal's passphrase to change the duress passphrase.")
    return files, reading, unsealed


def set_duress_passphrase(directory: Path, passphrase: str, duress: str) -> None:
    """Seal a duress passphrase into the journal's header (replacing any previous one)."""
    check_new_passphrase(duress)
    if too_close(passphrase, duress):
        raise InputRejected(TOO_CLOSE)
    with storage_errors(directory):
        files, reading, _ = _owner(directory, passphrase)
        header = reading.header
        salt = header.slots[SlotRole.PASSPHRASE].salt
        key = duress_key(stretch(header, salt, secret_bytes(duress)))
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


def become_decoy(files: JournalFiles, reading: HeaderReading, unsealed: Unsealed) -> bytes:
    """Destroy the real journal's key material and put an empty journal in its place, opened
    by the duress passphrase that was just typed; returns the new journal's master key."""
    assert unsealed.stretched is not None
    header = reading.header
    binding_secret = None
    flags = header.flags
    if header.device_bound:
        backend = binding.real_keyring()
        if backend is not None:
            binding_secret = binding.create_binding_secret(backend, header.journal_id)
        if binding_secret is None:
            flags &= ~FLAG_DEVICE_BOUND
    master_key = os.urandom(KEY_BYTES)
    salt = header.slots[SlotRole.PASSPHRASE].salt
    decoy = replace(
        header,
        flags=flags,
        sequence=header.sequence + 1,
        slots=tuple(KeySlot.unused() for _ in range(SLOT_COUNT)),
    )
    sealed = KeySlot.seal(
        key_encryption_key(unsealed.stretched, binding_secret), salt, master_key,
        decoy.slot_context(SlotRole.PASSPHRASE),
    )  # fmt: skip
    decoy = decoy.with_slot(SlotRole.PASSPHRASE, sealed)
    rewrite_header(files.header, decoy, first_copy=1 - reading.newest_copy)
    # From here the old database is ciphertext under a key that exists nowhere.
    for path in (files.database, *files.database_companions):
        path.unlink(missing_ok=True)
    connection = open_encrypted(files.database, master_key, create=True)
    try:
        migrate(connection)
    finally:
        connection.close()
    return master_key
