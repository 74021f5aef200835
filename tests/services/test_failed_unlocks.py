"""The optional wipe after too many wrong passphrases in a row."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from hrjournal.errors import JournalNotFound, WrongPassphrase
from hrjournal.services import journal
from hrjournal.services.preferences import Preferences, load_preferences, save_preferences
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE


def _wrong(directory: Path, times: int) -> list[str]:
    messages = []
    for _ in range(times):
        with pytest.raises(WrongPassphrase) as refused:
            journal.unlock(directory, OTHER_PASSPHRASE)
        messages.append(str(refused.value))
    return messages


def test_off_by_default(journal_dir: Path) -> None:
    _wrong(journal_dir, 25)
    assert load_preferences(journal_dir).failed_unlocks == 0
    journal.unlock(journal_dir, PASSPHRASE).close()


def test_a_right_passphrase_starts_the_count_again(journal_dir: Path) -> None:
    save_preferences(journal_dir, Preferences(wipe_after_failed_unlocks=3))
    _wrong(journal_dir, 2)
    assert load_preferences(journal_dir).failed_unlocks == 2
    journal.unlock(journal_dir, PASSPHRASE).close()
    assert load_preferences(journal_dir).failed_unlocks == 0
    _wrong(journal_dir, 2)
    journal.unlock(journal_dir, PASSPHRASE).close()


def test_the_last_allowed_failure_wipes_and_says_nothing_more(journal_dir: Path) -> None:
    save_preferences(journal_dir, Preferences(language="fr", wipe_after_failed_unlocks=3))
    messages = _wrong(journal_dir, 3)
    assert len(set(messages)) == 1  # the third refusal reads like the others
    assert not journal_dir.exists()
    with pytest.raises(JournalNotFound):
        journal.unlock(journal_dir, PASSPHRASE)


def test_guessing_through_passwd_counts_too(journal_dir: Path) -> None:
    save_preferences(journal_dir, Preferences(wipe_after_failed_unlocks=3))
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            journal.change_passphrase(journal_dir, OTHER_PASSPHRASE, "a brand new passphrase")
    assert not journal_dir.exists()


@pytest.mark.parametrize("value", [1, 2, 21, -1, True, "5", 3.5])
def test_a_setting_out_of_range_means_off(journal_dir: Path, value: object) -> None:
    path = journal_dir / "preferences.json"
    path.write_text(f'{{"wipe_after_failed_unlocks": {__import__("json").dumps(value)}}}')
    assert load_preferences(journal_dir).wipe_after_failed_unlocks == 0
    _wrong(journal_dir, 3)
    assert journal_dir.exists()


def test_preferences_keep_the_other_choices(journal_dir: Path) -> None:
    chosen = Preferences(language="ar", discreet=True, panic_countdown=7,
                         wipe_after_failed_unlocks=5)  # fmt: skip
    save_preferences(journal_dir, chosen)
    _wrong(journal_dir, 2)
    assert load_preferences(journal_dir) == replace(chosen, failed_unlocks=2)
