"""Use cases on the journal as a whole: create, unlock, check, change the passphrase.

The desktop app and the command line both go through these functions.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from hrjournal.errors import (
    JournalError,
    JournalNotFound,
    StorageFailed,
    WrongPassphrase,
)
from hrjournal.services.preferences import load_preferences, save_preferences
from hrjournal.vault import journal as vault
from hrjournal.vault import register
from hrjournal.vault.database import DatabaseError, translate_error
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.journal import NewJournal, UnlockedJournal
from hrjournal.vault.keyslots import SlotRole
from hrjournal.vault.recovery import read_recovery_secret
from hrjournal.wipe.panic import wipe_journal

__all__ = [
    "NewJournal",
    "SlotRole",
    "UnlockedJournal",
    "as_journal_error",
    "change_passphrase",
    "check_journal",
    "create_journal",
    "database_failure",
    "journal_exists",
    "unlock",
    "unlocked",
]


def as_journal_error(error: BaseException, journal: UnlockedJournal) -> JournalError | None:
    """The one-sentence error for a failure of the database under an open journal (a damaged
    or tampered page found while reading, a full disk), or None if it is not one."""
    if isinstance(error, JournalError):
        return error
    if isinstance(error, DatabaseError):
        return translate_error(error, journal.files.database)
    return None


def database_failure(error: BaseException, directory: Path) -> JournalError | None:
    """The same, where only the journal's folder is known (the command line's last resort)."""
    if isinstance(error, DatabaseError):
        return translate_error(error, JournalFiles(directory).database)
    return None


def finish_interrupted_wipe(directory: Path) -> bool:
    """Finish a panic wipe that was cut short (the laptop switched off, the program killed);
    whether there was one. A journal whose wipe began is never opened again."""
    if not os.path.lexists(JournalFiles(directory).wipe_marker):  # False if unreadable too
        return False
    wipe_journal(directory)
    return True


def journal_exists(directory: Path) -> bool:
    """Whether `directory` holds a journal, or the remains of one (never decides "no" when any
    of its files is there, so the app never offers to create over a damaged journal)."""
    finish_interrupted_wipe(directory)
    return JournalFiles(directory).any_exist()


def create_journal(directory: Path, passphrase: str, *, bind_device: bool = False) -> NewJournal:
    return vault.create_journal(directory, passphrase, bind_device=bind_device)


def _set_failures(directory: Path, count: int) -> None:
    with register.locked(JournalFiles(directory)):
        save_preferences(directory, replace(load_preferences(directory), failed_unlocks=count))


@contextlib.contextmanager
def counting_failures(directory: Path, secret: str) -> Iterator[None]:
    """Count a wrong passphrase given to anything that unlocks; when the user chose to, wipe
    the journal after that many in a row. The attempt is counted before the key is derived
    (killing the program mid-way must not save a guess) and uncounted if it was not a wrong
    passphrase. A recovery secret with a copying mistake is not a guess, and is not counted.
    The refusal stays the same: nothing tells the guesser that a wipe was near, or happened."""
    chosen = load_preferences(directory)
    limit = chosen.wipe_after_failed_unlocks
    if not limit or read_recovery_secret(secret).mistyped_group is not None:
        yield
        return
    before = chosen.failed_unlocks
    try:
        _set_failures(directory, before + 1)
    except StorageFailed:
        raise StorageFailed(
            f"The count of wrong passphrases cannot be kept in {directory}, so the journal "
            "will not unlock; check that the folder can be written."
        ) from None
    try:
        yield
    except WrongPassphrase:
        if before + 1 >= limit:
            wipe_journal(directory)
        raise
    except BaseException:
        with contextlib.suppress(StorageFailed):
            _set_failures(directory, before)
        raise
    with contextlib.suppress(StorageFailed):
        _set_failures(directory, 0)


def unlock(directory: Path, secret: str) -> UnlockedJournal:
    if finish_interrupted_wipe(directory):
        raise JournalNotFound(f"There is no journal in {directory}.")
    with counting_failures(directory, secret):
        return vault.unlock_journal(directory, secret)


@contextlib.contextmanager
def unlocked(directory: Path, secret: str) -> Iterator[UnlockedJournal]:
    journal = unlock(directory, secret)
    try:
        yield journal
    finally:
        journal.close()


def check_journal(directory: Path, secret: str) -> tuple[str, ...]:
    """Unlock, then authenticate every page of the database; returns notices for the user."""
    with unlocked(directory, secret) as journal:
        journal.check_integrity()
        return tuple(journal.notices)


def change_passphrase(directory: Path, secret: str, new_passphrase: str) -> tuple[str, ...]:
    with counting_failures(directory, secret):
        return vault.change_passphrase(directory, secret, new_passphrase)
