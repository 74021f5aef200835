"""Use cases on the journal as a whole: create, unlock, check, change the passphrase.

The desktop app and the command line both go through these functions.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from hrjournal.errors import JournalError, StorageFailed, WrongPassphrase
from hrjournal.services.preferences import load_preferences, save_preferences
from hrjournal.vault import journal as vault
from hrjournal.vault.database import DatabaseError, translate_error
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.journal import NewJournal, UnlockedJournal
from hrjournal.vault.keyslots import SlotRole
from hrjournal.wipe.panic import wipe_journal

__all__ = [
    "NewJournal",
    "SlotRole",
    "UnlockedJournal",
    "as_journal_error",
    "change_passphrase",
    "check_journal",
    "create_journal",
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


def journal_exists(directory: Path) -> bool:
    """Whether `directory` holds a journal, or the remains of one (never decides "no" when any
    of its files is there, so the app never offers to create over a damaged journal)."""
    return JournalFiles(directory).any_exist()


def create_journal(directory: Path, passphrase: str, *, bind_device: bool = False) -> NewJournal:
    return vault.create_journal(directory, passphrase, bind_device=bind_device)


@contextlib.contextmanager
def _counting_failures(directory: Path) -> Iterator[None]:
    """Count a wrong passphrase given to anything that unlocks; when the user chose to, wipe
    the journal after that many in a row. The message stays the same: nothing tells the
    guesser that a wipe was near, or has happened."""
    try:
        yield
    except WrongPassphrase:
        chosen = load_preferences(directory)
        if chosen.wipe_after_failed_unlocks:
            failures = chosen.failed_unlocks + 1
            if failures >= chosen.wipe_after_failed_unlocks:
                wipe_journal(directory)
            else:
                with contextlib.suppress(StorageFailed):
                    save_preferences(directory, replace(chosen, failed_unlocks=failures))
        raise
    chosen = load_preferences(directory)
    if chosen.failed_unlocks:
        with contextlib.suppress(StorageFailed):
            save_preferences(directory, replace(chosen, failed_unlocks=0))


def unlock(directory: Path, secret: str) -> UnlockedJournal:
    with _counting_failures(directory):
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
    with _counting_failures(directory):
        return vault.change_passphrase(directory, secret, new_passphrase)
