"""Opening fails closed: every bad case has its own error and leaves every file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from hrjournal.errors import (
    HeaderDamaged,
    JournalDamaged,
    JournalExists,
    JournalNotFound,
    NewerFormat,
    NotEncrypted,
    WrongPassphrase,
)
from hrjournal.vault.header import COPY_BYTES, FILE_BYTES
from hrjournal.vault.journal import create_journal, unlock_journal, unlocked
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE, flip_byte, snapshot


def _fill(directory: Path, rows: int = 400) -> None:
    """Enough data that the database spans many pages."""
    with unlocked(directory, PASSPHRASE) as journal:
        journal.connection.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [(f"key {i}", "x" * 200) for i in range(rows)],
        )


def test_the_right_passphrase_opens_and_sqlcipher_is_active(journal_dir: Path) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        version = journal.connection.execute("PRAGMA cipher_version").fetchone()[0]
        assert version
        assert journal.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert journal.connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert journal.connection.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert journal.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not (journal_dir / "journal.db").read_bytes().startswith(b"SQLite format 3")


def test_wrong_passphrase(journal_dir: Path) -> None:
    before = snapshot(journal_dir)
    with pytest.raises(WrongPassphrase, match="does not open"):
        unlock_journal(journal_dir, OTHER_PASSPHRASE)
    assert snapshot(journal_dir) == before


@pytest.mark.parametrize("offset", [20, 4096 + 100, 4096 * 3 + 7, -50])
def test_a_flipped_byte_in_the_database_is_damage_not_a_wrong_passphrase(
    journal_dir: Path, offset: int
) -> None:
    _fill(journal_dir)
    database = journal_dir / "journal.db"
    flip_byte(database, offset % database.stat().st_size)
    before = snapshot(journal_dir)
    with (
        pytest.raises(JournalDamaged, match="damaged") as caught,
        unlocked(journal_dir, PASSPHRASE) as journal,
    ):
        journal.check_integrity()
    assert not isinstance(caught.value, WrongPassphrase)
    assert snapshot(journal_dir) == before


@pytest.mark.parametrize("damaged_copy", [0, 1])
def test_one_damaged_header_copy_still_opens_and_is_repaired(
    journal_dir: Path, damaged_copy: int
) -> None:
    header = journal_dir / "journal.header"
    intact = header.read_bytes()[:COPY_BYTES]
    flip_byte(header, damaged_copy * COPY_BYTES + 100)
    with unlocked(journal_dir, PASSPHRASE):
        pass
    assert header.read_bytes() == intact * 2


def test_a_damaged_copy_is_not_repaired_by_a_wrong_passphrase(journal_dir: Path) -> None:
    flip_byte(journal_dir / "journal.header", 100)
    before = snapshot(journal_dir)
    with pytest.raises(WrongPassphrase):
        unlock_journal(journal_dir, OTHER_PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_both_header_copies_damaged(journal_dir: Path) -> None:
    flip_byte(journal_dir / "journal.header", 100)
    flip_byte(journal_dir / "journal.header", COPY_BYTES + 100)
    before = snapshot(journal_dir)
    with pytest.raises(HeaderDamaged, match="both copies"):
        unlock_journal(journal_dir, PASSPHRASE)
    assert snapshot(journal_dir) == before


@pytest.mark.parametrize("length", [0, 10, COPY_BYTES - 1])
def test_a_truncated_header(journal_dir: Path, length: int) -> None:
    header = journal_dir / "journal.header"
    header.write_bytes(header.read_bytes()[:length])
    before = snapshot(journal_dir)
    with pytest.raises(HeaderDamaged):
        unlock_journal(journal_dir, PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_a_header_cut_after_its_first_copy_opens_and_is_made_whole(journal_dir: Path) -> None:
    header = journal_dir / "journal.header"
    whole = header.read_bytes()
    header.write_bytes(whole[: COPY_BYTES + 40])
    with unlocked(journal_dir, PASSPHRASE):
        pass
    assert header.read_bytes() == whole
    assert header.stat().st_size == FILE_BYTES


def test_a_missing_header(journal_dir: Path) -> None:
    (journal_dir / "journal.header").unlink()
    before = snapshot(journal_dir)
    with pytest.raises(JournalDamaged, match="key header"):
        unlock_journal(journal_dir, PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_a_missing_database(journal_dir: Path) -> None:
    (journal_dir / "journal.db").unlink()
    before = snapshot(journal_dir)
    with pytest.raises(JournalDamaged, match="database"):
        unlock_journal(journal_dir, PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_an_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(JournalNotFound, match="no journal"):
        unlock_journal(tmp_path, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(JournalNotFound):
        unlock_journal(tmp_path / "nowhere", PASSPHRASE)
    assert not (tmp_path / "nowhere").exists()


def test_a_plain_sqlite_file_in_place_of_the_database(journal_dir: Path) -> None:
    database = journal_dir / "journal.db"
    database.unlink()
    with sqlite3.connect(database) as plain:
        plain.execute("CREATE TABLE settings (key TEXT, value TEXT)")
    plain.close()
    before = snapshot(journal_dir)
    with pytest.raises(NotEncrypted, match="not encrypted"):
        unlock_journal(journal_dir, PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_a_database_from_another_journal(tmp_path: Path) -> None:
    create_journal(tmp_path / "a", PASSPHRASE)
    create_journal(tmp_path / "b", PASSPHRASE)
    (tmp_path / "a" / "journal.db").write_bytes((tmp_path / "b" / "journal.db").read_bytes())
    before = snapshot(tmp_path / "a")
    with pytest.raises(JournalDamaged):
        unlock_journal(tmp_path / "a", PASSPHRASE)
    assert snapshot(tmp_path / "a") == before


def test_a_header_from_a_newer_version(journal_dir: Path) -> None:
    header = journal_dir / "journal.header"
    copies = bytearray(header.read_bytes())
    for start in (0, COPY_BYTES):
        copies[start + 8 : start + 10] = (2).to_bytes(2, "big")
        body = bytes(copies[start : start + COPY_BYTES - 32])
        copies[start + COPY_BYTES - 32 : start + COPY_BYTES] = hashlib.sha256(body).digest()
    header.write_bytes(bytes(copies))
    before = snapshot(journal_dir)
    with pytest.raises(NewerFormat, match="newer version"):
        unlock_journal(journal_dir, PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_a_database_schema_from_a_newer_version(journal_dir: Path) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        journal.connection.execute("PRAGMA user_version = 999")
    before = snapshot(journal_dir)
    with pytest.raises(NewerFormat, match="newer version"):
        unlock_journal(journal_dir, PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_init_over_an_existing_journal(journal_dir: Path) -> None:
    before = snapshot(journal_dir)
    with pytest.raises(JournalExists, match="already a journal"):
        create_journal(journal_dir, OTHER_PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_init_over_the_remains_of_a_journal(journal_dir: Path) -> None:
    (journal_dir / "journal.header").unlink()
    before = snapshot(journal_dir)
    with pytest.raises(JournalExists):
        create_journal(journal_dir, OTHER_PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_journal_files_are_private(journal_dir: Path) -> None:
    assert journal_dir.stat().st_mode & 0o777 == 0o700
    for path in journal_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path
