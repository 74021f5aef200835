"""Device binding: a random secret kept in the operating system's keyring.

The secret is mixed into the passphrase slot's key, so a copy of the journal folder taken off
the laptop cannot be opened with the passphrase alone. The recovery slot never uses it, so
losing the keyring (a reinstalled system) loses nothing that the recovery secret cannot open.

Only keyrings that keep secrets protected by the system count: the "fail" and "null" backends
and the plain-file ones of keyrings.alt would give binding in name only.
"""

from __future__ import annotations

import base64
import secrets
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported where it is used: loading it (and the HTTP modules it pulls in) costs
# 60 ms, which every start of the app would pay before showing the unlock window, and a
# journal without binding never needs it.

SERVICE = "HR Journal device binding"
SECRET_BYTES = 32
_REJECTED_MODULES = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",
)


def _is_real(backend: Any) -> bool:
    module = type(backend).__module__
    return not any(module == m or module.startswith(m + ".") for m in _REJECTED_MODULES)


def real_keyring() -> KeyringBackend | None:
    """The keyring to bind to, or None if this system has no real one."""
    import keyring  # noqa: PLC0415 - see the note at the top

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is the same as no keyring here
        return None
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: bind to its first real member
        real = [b for b in inner if _is_real(b)]
        return real[0] if real else None
    return backend if _is_real(backend) else None


def _entry_name(journal_id: bytes) -> str:
    return journal_id.hex()


def _keyring_errors() -> tuple[type[Exception], ...]:
    from keyring.errors import KeyringError  # noqa: PLC0415 - see the note at the top

    return (KeyringError, OSError)


def create_binding_secret(backend: KeyringBackend, journal_id: bytes) -> bytes | None:
    """Store a fresh binding secret; None if the keyring refused it."""
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        backend.set_password(SERVICE, _entry_name(journal_id), base64.b64encode(secret).decode())
    except _keyring_errors():
        return None
    return secret if load_binding_secret(journal_id) == secret else None


def load_binding_secret(journal_id: bytes) -> bytes | None:
    backend = real_keyring()
    if backend is None:
        return None
    try:
        stored = backend.get_password(SERVICE, _entry_name(journal_id))
    except _keyring_errors():
        return None
    if stored is None:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except ValueError:
        return None


def forget_binding_secret(journal_id: bytes) -> bool:
    """Delete the binding secret; True if there was one to delete."""
    backend = real_keyring()
    if backend is None:
        return False
    try:
        backend.delete_password(SERVICE, _entry_name(journal_id))
    except _keyring_errors():
        return False
    return True
