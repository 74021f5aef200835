"""Opening the key slots: which slot a secret opens, and with which key.

A passphrase is stretched once, with the passphrase slot's salt, into two keys (both mixed
with the device-binding secret where there is one): the one that opens the passphrase slot
and the one that opens the duress slot. Both are always tried, so a duress passphrase takes
exactly as long as the real one and the header cannot tell which, or whether a duress slot is
used. A new passphrase gets a new salt and empties the duress slot.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrjournal.errors import (
    DeviceBindingUnavailable,
    InputRejected,
    JournalDamaged,
    JournalNotFound,
    RecoverySecretMistyped,
    StorageFailed,
    WrongPassphrase,
)
from hrjournal.vault import binding
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.header import KeyHeader
from hrjournal.vault.kdf import KEY_BYTES, SALT_BYTES, argon2id, key_encryption_key
from hrjournal.vault.keyslots import KeySlot, SlotRole
from hrjournal.vault.recovery import read_recovery_secret


def secret_bytes(text: str) -> bytes:
    """Passphrase text as the bytes that are stretched.

    NFC, because the same passphrase typed on two systems can arrive composed or decomposed.
    """
    return unicodedata.normalize("NFC", text).encode("utf-8")


@contextlib.contextmanager
def storage_errors(directory: Path) -> Iterator[None]:
    """Turn what the operating system refuses (permissions, a vanished disk) into one
    sentence; SQLCipher's own errors are translated where they arise."""
    try:
        yield
    except OSError as error:
        reason = error.strerror or "the system refused"
        raise StorageFailed(f"HR Journal could not use the folder {directory}: {reason}.") from None


def existing_files(directory: Path) -> JournalFiles:
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


MINIMUM_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MINIMUM_PASSPHRASE_LENGTH:
        raise InputRejected(
            f"The passphrase must be at least {MINIMUM_PASSPHRASE_LENGTH} characters long; "
            "a few unrelated words are easiest to remember."
        )
    reading = read_recovery_secret(passphrase)
    if reading.secret is not None or reading.mistyped_group is not None:
        raise InputRejected(
            "The passphrase cannot look like a recovery secret; choose your own words."
        )


def stretch(header: KeyHeader, salt: bytes, secret: bytes) -> bytes:
    return argon2id(secret, salt, header.params)


def duress_key(stretched: bytes, binding_secret: bytes | None) -> bytes:
    """The key of the duress slot: from the same stretching as the passphrase slot's key but
    independent of it, and mixed with the device secret like it (so a copied header cannot be
    attacked through the duress slot either)."""
    derived = HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"hrjournal duress key v1"
    ).derive(stretched)
    return key_encryption_key(derived, binding_secret) if binding_secret else derived


def sealed(
    header: KeyHeader,
    role: SlotRole,
    secret: bytes,
    binding_secret: bytes | None,
    master_key: bytes,
    *,
    salt: bytes | None = None,
) -> KeyHeader:
    """`header` with `master_key` sealed into slot `role` under `secret`."""
    salt = salt or os.urandom(SALT_BYTES)
    kek = key_encryption_key(stretch(header, salt, secret), binding_secret)
    return header.with_slot(role, KeySlot.seal(kek, salt, master_key, header.slot_context(role)))


def open_slot(
    header: KeyHeader, role: SlotRole, secret: bytes, binding_secret: bytes | None
) -> bytes | None:
    slot = header.slots[role]
    kek = key_encryption_key(stretch(header, slot.salt, secret), binding_secret)
    return slot.open(kek, header.slot_context(role))


DURESS_CLEARED_NOTICE = (
    "If you had set a duress passphrase, set it again: a new passphrase removes it."
)


def reseal_passphrase(
    header: KeyHeader, passphrase: str, binding_secret: bytes | None, master_key: bytes
) -> KeyHeader:
    """`header` with the passphrase slot sealed under a new passphrase (and a new salt), and
    the duress slot emptied: a duress passphrase is checked against the passphrase it was set
    with, and a new passphrase close to it could otherwise destroy the journal by a slip of
    the finger. Whether there was one is not known, nor said."""
    updated = sealed(header, SlotRole.PASSPHRASE, secret_bytes(passphrase), binding_secret,
                     master_key)  # fmt: skip
    return updated.with_slot(SlotRole.DURESS, KeySlot.unused())


@dataclass(frozen=True)
class Unsealed:
    master_key: bytes  # for the duress slot: only the proof it opened, never a journal's key
    role: SlotRole
    binding_secret: bytes | None
    stretched: bytes | None = None  # the passphrase's stretching, for resealing without redoing it


def unseal(header: KeyHeader, secret: str) -> Unsealed:
    """Find the slot `secret` opens: the recovery slot if it reads as a recovery secret, else
    the passphrase slot or the duress slot."""
    recovery = read_recovery_secret(secret)
    if recovery.secret is not None:
        opened = open_slot(header, SlotRole.RECOVERY, recovery.secret, None)
        if opened is not None:
            return Unsealed(opened, SlotRole.RECOVERY, None)
    binding_secret = None
    if header.device_bound:
        binding_secret = binding.load_binding_secret(header.journal_id)
        if binding_secret is None:
            if recovery.mistyped_group is not None:  # shaped as a recovery secret: it is one
                raise mistyped(recovery.mistyped_group)
            raise DeviceBindingUnavailable(
                "This journal is tied to this computer's keyring, which cannot give its secret "
                "now; unlock it with your recovery secret."
            )
    passphrase_slot = header.slots[SlotRole.PASSPHRASE]
    stretched = stretch(header, passphrase_slot.salt, secret_bytes(secret))
    # Both slots are always tried: the same work whichever opens, or neither.
    opened = passphrase_slot.open(
        key_encryption_key(stretched, binding_secret), header.slot_context(SlotRole.PASSPHRASE)
    )
    duress = header.slots[SlotRole.DURESS].open(
        duress_key(stretched, binding_secret), header.slot_context(SlotRole.DURESS)
    )
    if opened is not None:
        return Unsealed(opened, SlotRole.PASSPHRASE, binding_secret, stretched)
    if duress is not None:
        return Unsealed(duress, SlotRole.DURESS, binding_secret, stretched)
    if recovery.mistyped_group is not None:
        raise mistyped(recovery.mistyped_group)
    raise WrongPassphrase("That passphrase does not open this journal.")


def mistyped(group: int) -> RecoverySecretMistyped:
    return RecoverySecretMistyped(
        f"Group {group} of the recovery secret does not match its check character; compare it "
        "with your written copy."
    )
