"""The duress passphrase: under coercion it opens an empty journal, and the real one is gone
for good, without a trace in the header of whether one was ever set."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from hrjournal.domain.contact import Contact
from hrjournal.errors import InputRejected, WrongPassphrase
from hrjournal.services.records import list_contacts, save_contact
from hrjournal.vault.duress import clear_duress_passphrase, set_duress_passphrase, too_close
from hrjournal.vault.header import read_header
from hrjournal.vault.journal import change_passphrase, create_journal, unlock_journal, unlocked
from hrjournal.vault.kdf import Argon2Params
from hrjournal.vault.keyslots import SlotRole
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring

DURESS = "blue kettle on a rainy tuesday"


def _with_a_record(directory: Path) -> str:
    created = create_journal(directory, PASSPHRASE)
    with unlocked(directory, PASSPHRASE) as journal:
        save_contact(journal, Contact(id="c-1", name="Real lawyer"))
    return created.recovery_secret


def test_the_duress_passphrase_opens_an_empty_journal_and_destroys_the_real_one(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "j"
    recovery = _with_a_record(directory)
    set_duress_passphrase(directory, PASSPHRASE, DURESS)
    with unlocked(directory, PASSPHRASE) as journal:  # the real one still opens as before
        assert [c.name for c in list_contacts(journal)] == ["Real lawyer"]
        usual_notices = journal.notices
    with unlocked(directory, DURESS) as decoy:
        assert decoy.unlocked_with is SlotRole.PASSPHRASE  # looks like any unlock
        assert decoy.notices == usual_notices
        assert list_contacts(decoy) == []
        save_contact(decoy, Contact(id="c-2", name="Decoy entry"))
    for secret in (PASSPHRASE, recovery):
        with pytest.raises(WrongPassphrase):
            unlock_journal(directory, secret)
    with unlocked(directory, DURESS) as decoy:  # and it keeps behaving normally
        assert [c.name for c in list_contacts(decoy)] == ["Decoy entry"]
        decoy.check_integrity()


def test_nothing_in_the_header_says_whether_a_duress_passphrase_is_set(tmp_path: Path) -> None:
    directory = tmp_path / "j"
    _with_a_record(directory)
    before = read_header(directory / "journal.header").header
    with unlocked(directory, PASSPHRASE) as journal:
        settings_before = journal.connection.execute("SELECT * FROM settings").fetchall()
    set_duress_passphrase(directory, PASSPHRASE, DURESS)
    after = read_header(directory / "journal.header").header
    assert (after.flags, after.params, after.journal_id) == (
        before.flags,
        before.params,
        before.journal_id,
    )
    assert after.slots[SlotRole.PASSPHRASE] == before.slots[SlotRole.PASSPHRASE]
    with unlocked(directory, PASSPHRASE) as journal:
        assert journal.connection.execute("SELECT * FROM settings").fetchall() == settings_before
    clear_duress_passphrase(directory, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unlock_journal(directory, DURESS)


@pytest.mark.parametrize(
    "duress",
    [
        PASSPHRASE,
        PASSPHRASE.upper(),
        PASSPHRASE.replace(" ", ""),
        PASSPHRASE + "!",
        "correct horse battery stapler",
        f"my {PASSPHRASE} again",
        "correct-horse-battery",
    ],
)
def test_a_duress_passphrase_close_to_the_real_one_is_refused(tmp_path: Path, duress: str) -> None:
    directory = tmp_path / "j"
    create_journal(directory, PASSPHRASE)
    header = (directory / "journal.header").read_bytes()
    with pytest.raises(InputRejected, match="clearly different"):
        set_duress_passphrase(directory, PASSPHRASE, duress)
    assert (directory / "journal.header").read_bytes() == header


def test_too_close_lets_a_different_passphrase_through() -> None:
    assert not too_close(PASSPHRASE, DURESS)
    assert not too_close(PASSPHRASE, OTHER_PASSPHRASE)


def test_only_the_passphrase_sets_or_clears_it(tmp_path: Path) -> None:
    directory = tmp_path / "j"
    recovery = _with_a_record(directory)
    for secret in (recovery, OTHER_PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            set_duress_passphrase(directory, secret, DURESS)
    set_duress_passphrase(directory, PASSPHRASE, DURESS)
    with pytest.raises(WrongPassphrase) as refused:  # the duress passphrase never acts there
        set_duress_passphrase(directory, DURESS, "another decoy passphrase here")
    with pytest.raises(WrongPassphrase) as wrong:
        set_duress_passphrase(directory, OTHER_PASSPHRASE, "another decoy passphrase here")
    assert str(refused.value) == str(wrong.value)  # nor is it told apart
    with unlocked(directory, PASSPHRASE) as journal:
        assert list_contacts(journal)  # the real journal is untouched by that attempt


def test_a_passphrase_change_removes_it_and_says_so_to_everyone(tmp_path: Path) -> None:
    """A duress passphrase is checked against the passphrase it was set with: after a change
    it could be a slip of the finger away from the new one, so it goes."""
    directory = tmp_path / "j"
    _with_a_record(directory)
    unset = tmp_path / "unset"
    _with_a_record(unset)
    set_duress_passphrase(directory, PASSPHRASE, DURESS)
    notices = change_passphrase(directory, PASSPHRASE, "Blue kettle on a rainy Tuesday!")
    assert notices == change_passphrase(unset, PASSPHRASE, OTHER_PASSPHRASE)  # same words
    assert any("duress passphrase" in n for n in notices)
    with pytest.raises(WrongPassphrase):
        unlock_journal(directory, DURESS)
    with unlocked(directory, "Blue kettle on a rainy Tuesday!") as journal:
        assert [c.name for c in list_contacts(journal)] == ["Real lawyer"]


def test_passwd_with_the_duress_passphrase_is_a_duress_unlock_too(tmp_path: Path) -> None:
    directory = tmp_path / "j"
    recovery = _with_a_record(directory)
    set_duress_passphrase(directory, PASSPHRASE, DURESS)
    change_passphrase(directory, DURESS, OTHER_PASSPHRASE)
    with unlocked(directory, OTHER_PASSPHRASE) as decoy:
        assert list_contacts(decoy) == []
    for secret in (PASSPHRASE, recovery, DURESS):
        with pytest.raises(WrongPassphrase):
            unlock_journal(directory, secret)


def test_a_decoy_that_fails_half_way_leaves_no_journal_that_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrjournal.errors import JournalDamaged, StorageFailed
    from hrjournal.vault import duress

    directory = tmp_path / "j"
    recovery = _with_a_record(directory)
    set_duress_passphrase(directory, PASSPHRASE, DURESS)

    def power_cut(*_: object, **__: object) -> None:
        raise StorageFailed("The disk went away.")

    monkeypatch.setattr(duress, "rewrite_header", power_cut)  # after the header is destroyed
    with pytest.raises(StorageFailed):
        unlock_journal(directory, DURESS)
    monkeypatch.undo()
    for secret in (PASSPHRASE, recovery, DURESS):
        with pytest.raises((WrongPassphrase, JournalDamaged)):
            unlock_journal(directory, secret)


def test_a_bound_journal_gets_a_new_device_secret(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    directory = tmp_path / "j"
    create_journal(directory, PASSPHRASE, bind_device=True)
    set_duress_passphrase(directory, PASSPHRASE, DURESS)
    old_secret = dict(memory_keyring.entries)
    with unlocked(directory, DURESS) as decoy:
        assert list_contacts(decoy) == []
    assert memory_keyring.entries.keys() == old_secret.keys()
    assert memory_keyring.entries != old_secret  # the real journal's binding secret is gone
    assert read_header(directory / "journal.header").header.device_bound
    with pytest.raises(WrongPassphrase):
        unlock_journal(directory, PASSPHRASE)


def _seconds(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


@pytest.mark.slow
def test_a_duress_unlock_takes_as_long_as_a_normal_one(tmp_path: Path) -> None:
    """Within 20%, with key derivation of the kind real journals use (not the tests' cheap
    one, which would let the few milliseconds of making the empty journal dominate)."""
    params = Argon2Params(memory_kib=128 * 1024, time_cost=3, parallelism=2)
    normal, coerced = [], []
    for number in range(5):
        directory = tmp_path / f"j{number}"
        create_journal(directory, PASSPHRASE, params=params)
        with unlocked(directory, PASSPHRASE) as journal:
            save_contact(journal, Contact(id="c-1", name="Real lawyer"))
        set_duress_passphrase(directory, PASSPHRASE, DURESS)
        normal.append(_seconds(lambda d=directory: unlock_journal(d, PASSPHRASE).close()))
        coerced.append(_seconds(lambda d=directory: unlock_journal(d, DURESS).close()))
    ratio = statistics.median(coerced) / statistics.median(normal)
    assert 0.8 < ratio < 1.2, (normal, coerced)
