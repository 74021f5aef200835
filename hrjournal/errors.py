"""The errors a user can meet, in one place.

Every message is one plain sentence meant for a person under stress: it says what is wrong
and, where there is one, what to do next. Messages never contain journal content. The CLI
prints them as they are; the desktop app shows them in a dialog.

This module imports nothing of ours, so every layer may use it.
"""

from __future__ import annotations

NEWER_FORMAT_MESSAGE = (
    "This journal was made by a newer version of HR Journal; update the program to open it."
)


class JournalError(Exception):
    """Base of every error the program reports to its user."""


class JournalNotFound(JournalError):
    """There is no journal where one was expected."""


class JournalExists(JournalError):
    """A journal is already there; creating one would destroy it."""


class WrongPassphrase(JournalError):
    """Neither the passphrase nor the recovery secret opens the journal."""


class RecoverySecretMistyped(WrongPassphrase):
    """Text shaped like a recovery secret whose check characters do not match."""


class DeviceBindingUnavailable(JournalError):
    """The journal is bound to this device's keyring and the keyring cannot give its secret."""


class JournalDamaged(JournalError):
    """A journal file is damaged or has been tampered with."""


class HeaderDamaged(JournalDamaged):
    """Both copies of the key header are unreadable."""


class NotEncrypted(JournalDamaged):
    """The database file is plain SQLite, not SQLCipher: never opened, never repaired."""


class NewerFormat(JournalError):
    """The journal was written by a newer version of the program."""


class InputRejected(JournalError):
    """Something the user gave us (a file, a passphrase, an option) cannot be used."""


class StorageFailed(JournalError):
    """The operating system refused a read or write (disk full, permissions...)."""


class InvalidRecord(InputRejected):
    """A record (typed, imported or loaded) breaks a rule; names the record and the field."""

    def __init__(self, record: str, field: str, problem: str) -> None:
        self.record = record
        self.field = field
        self.problem = problem
        where = f"{record}, field {field}" if field else record
        super().__init__(f"{where}: {problem.rstrip('.')}.")


class RecordNotFound(JournalError):
    """A record asked for by its id or reference is not in the journal."""


class RecordInUse(JournalError):
    """A record cannot be deleted while others link to it."""
