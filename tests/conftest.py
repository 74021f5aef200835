"""Shared fixtures: every test gets a private 0700 home, no real keyring, cheap key derivation
and an offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display is needed or used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backends import fail

from hrjournal.vault.journal import UnlockedJournal, unlocked
from hrjournal.vault.kdf import CHEAP_KDF_FOR_TESTS_ENV
from tests.support.journals import PASSPHRASE, make_journal
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    home.chmod(0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("HRJOURNAL_HOME", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CHEAP_KDF_FOR_TESTS_ENV, "1")


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """Tests never touch the developer's real keyring; binding tests opt in to a memory one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """A freshly created journal, locked, opened by `PASSPHRASE`."""
    directory = tmp_path / "journal"
    make_journal(directory)
    return directory


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def journal(journal_dir: Path) -> Iterator[UnlockedJournal]:
    """An open journal, closed after the test."""
    with unlocked(journal_dir, PASSPHRASE) as opened:
        yield opened
