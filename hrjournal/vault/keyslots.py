"""Key slots: the master key sealed with AES-256-GCM under one key-encryption key each.

A slot is 76 bytes: Argon2id salt (16), GCM nonce (12), sealed master key (32) and its tag (16).
An unused slot is 76 random bytes, which no one can tell from a used one without its key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hrjournal.vault.kdf import KEY_BYTES, SALT_BYTES

NONCE_BYTES = 12
TAG_BYTES = 16
SLOT_BYTES = SALT_BYTES + NONCE_BYTES + KEY_BYTES + TAG_BYTES
SLOT_COUNT = 4


class SlotRole(IntEnum):
    """What each slot position is for. A position's role is fixed; whether it is used is not
    written anywhere."""

    PASSPHRASE = 0
    RECOVERY = 1
    DURESS = 2
    SPARE = 3


@dataclass(frozen=True)
class KeySlot:
    salt: bytes
    nonce: bytes
    sealed: bytes

    @classmethod
    def unused(cls) -> KeySlot:
        return cls.decode(os.urandom(SLOT_BYTES))

    @classmethod
    def seal(cls, kek: bytes, salt: bytes, master_key: bytes, context: bytes) -> KeySlot:
        nonce = os.urandom(NONCE_BYTES)
        return cls(salt, nonce, AESGCM(kek).encrypt(nonce, master_key, context))

    def open(self, kek: bytes, context: bytes) -> bytes | None:
        """The master key, or None when `kek` is not this slot's key (or the slot is unused)."""
        try:
            return AESGCM(kek).decrypt(self.nonce, self.sealed, context)
        except InvalidTag:
            return None

    def encode(self) -> bytes:
        return self.salt + self.nonce + self.sealed

    @classmethod
    def decode(cls, raw: bytes) -> KeySlot:
        if len(raw) != SLOT_BYTES:
            raise ValueError("a key slot is 76 bytes")
        return cls(
            raw[:SALT_BYTES],
            raw[SALT_BYTES : SALT_BYTES + NONCE_BYTES],
            raw[SALT_BYTES + NONCE_BYTES :],
        )
