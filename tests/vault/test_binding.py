"""Device binding, against an in-memory keyring backend (the real one: test_real_keyring.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from hrjournal.errors import DeviceBindingUnavailable, WrongPassphrase
from hrjournal.vault import binding
from hrjournal.vault.header import read_header
from hrjournal.vault.journal import change_passphrase, create_journal, unlock_journal, unlocked
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring


def _binding_notices(notices: tuple[str, ...]) -> list[str]:
    return [n for n in notices if "keyring" in n]


def test_a_bound_journal_opens_here(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    created = create_journal(tmp_path / "j", PASSPHRASE, bind_device=True)
    assert created.device_bound
    assert _binding_notices(created.notices) == []
    assert read_header(tmp_path / "j" / "journal.header").header.device_bound
    assert len(memory_keyring.entries) == 1
    with unlocked(tmp_path / "j", PASSPHRASE) as journal:
        assert journal.unlocked_with.name == "PASSPHRASE"


def test_a_copied_folder_needs_the_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    created = create_journal(tmp_path / "j", PASSPHRASE, bind_device=True)
    shutil.copytree(tmp_path / "j", tmp_path / "copy")
    keyring.set_keyring(MemoryKeyring())  # another computer: its keyring lacks the secret
    with pytest.raises(DeviceBindingUnavailable, match="recovery secret"):
        unlock_journal(tmp_path / "copy", PASSPHRASE)
    with unlocked(tmp_path / "copy", created.recovery_secret) as journal:
        assert journal.unlocked_with.name == "RECOVERY"


def test_the_binding_secret_alone_does_not_open_the_journal(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    create_journal(tmp_path / "j", PASSPHRASE, bind_device=True)
    (stored,) = memory_keyring.entries.values()
    for guess in (OTHER_PASSPHRASE, stored, ""):
        with pytest.raises(WrongPassphrase):
            unlock_journal(tmp_path / "j", guess)


def test_a_long_passphrase_is_never_taken_for_a_recovery_secret(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Forty letters of words, spaces removed, have a recovery secret's length; they must
    still be read as a passphrase, and a missing keyring said so plainly."""
    words = "correct horse battery staple wrench jam on desk"
    create_journal(tmp_path / "j", words, bind_device=True)
    unlock_journal(tmp_path / "j", words).close()
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(DeviceBindingUnavailable):
        unlock_journal(tmp_path / "j", words)


def test_a_tampered_binding_secret_fails(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    create_journal(tmp_path / "j", PASSPHRASE, bind_device=True)
    (entry,) = memory_keyring.entries
    memory_keyring.entries[entry] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="
    with pytest.raises(WrongPassphrase):
        unlock_journal(tmp_path / "j", PASSPHRASE)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_real_keyring_the_journal_is_created_unbound_with_a_notice(
    tmp_path: Path, backend: object
) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    created = create_journal(tmp_path / "j", PASSPHRASE, bind_device=True)
    assert not created.device_bound
    (notice,) = _binding_notices(created.notices)
    assert "not bound" in notice
    assert not read_header(tmp_path / "j" / "journal.header").header.device_bound
    unlock_journal(tmp_path / "j", PASSPHRASE).close()


def test_plain_file_keyrings_are_not_real() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    assert binding.real_keyring() is None


def test_after_losing_the_keyring_recovery_and_passwd_bind_afresh(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    created = create_journal(tmp_path / "j", PASSPHRASE, bind_device=True)
    memory_keyring.entries.clear()  # the system was reinstalled
    notices = change_passphrase(tmp_path / "j", created.recovery_secret, OTHER_PASSPHRASE)
    assert [n for n in notices if "keyring" in n] == []
    assert len(memory_keyring.entries) == 1
    unlock_journal(tmp_path / "j", OTHER_PASSPHRASE).close()


def test_after_losing_every_keyring_passwd_unbinds_with_a_notice(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    created = create_journal(tmp_path / "j", PASSPHRASE, bind_device=True)
    keyring.set_keyring(fail.Keyring())
    notices = change_passphrase(tmp_path / "j", created.recovery_secret, OTHER_PASSPHRASE)
    assert "no longer bound" in notices[0]
    assert not read_header(tmp_path / "j" / "journal.header").header.device_bound
    unlock_journal(tmp_path / "j", OTHER_PASSPHRASE).close()
