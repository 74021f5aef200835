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


def test_a_mistyped_recovery_secret_is_not_a_guess(journal_dir: Path) -> None:
    from hrjournal.errors import RecoverySecretMistyped

    save_preferences(journal_dir, Preferences(wipe_after_failed_unlocks=3))
    mistyped = "-".join(["AAAAA"] * 8)  # shaped like a recovery secret, check characters wrong
    for _ in range(5):
        with pytest.raises(RecoverySecretMistyped):
            journal.unlock(journal_dir, mistyped)
    assert journal_dir.exists()
    assert load_preferences(journal_dir).failed_unlocks == 0


def test_the_attempt_is_counted_before_the_key_is_derived(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killing the program while the key is derived must not save a guess."""
    from hrjournal.vault import journal as vault

    save_preferences(journal_dir, Preferences(wipe_after_failed_unlocks=5))
    seen = []
    real = vault.unlock_journal

    def deriving(directory: Path, secret: str) -> object:
        seen.append(load_preferences(directory).failed_unlocks)
        return real(directory, secret)

    monkeypatch.setattr(journal.vault, "unlock_journal", deriving)
    _wrong(journal_dir, 1)
    assert seen == [1]
    journal.unlock(journal_dir, PASSPHRASE).close()
    assert seen == [1, 2]
    assert load_preferences(journal_dir).failed_unlocks == 0


def test_guessing_through_the_duress_settings_counts_too(journal_dir: Path) -> None:
    from hrjournal.services import panic

    save_preferences(journal_dir, Preferences(wipe_after_failed_unlocks=3))
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            panic.set_duress_passphrase(journal_dir, OTHER_PASSPHRASE, "blue kettle on tuesday")
    assert not journal_dir.exists()
