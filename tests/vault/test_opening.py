"""Opening fails closed: every bad case has its own error and leaves every file as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hrjournal.errors import (
    HeaderDamaged,
    InputRejected,
    JournalDamaged,
    JournalExists,
    JournalNotFound,
    NewerFormat,
    NotEncrypted,
    WrongPassphrase,
)
from hrjournal.vault.header import COPY_BYTES, COPY_STRIDE, FILE_BYTES
from hrjournal.vault.journal import create_journal, unlock_journal, unlocked
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE, flip_byte, run_cli, snapshot


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
    assert "passphrase" not in str(caught.value)
    assert snapshot(journal_dir) == before


@pytest.mark.parametrize("damaged_copy", [0, 1])
def test_one_damaged_header_copy_still_opens_and_is_repaired(
    journal_dir: Path, damaged_copy: int
) -> None:
    header = journal_dir / "journal.header"
    intact = header.read_bytes()
    flip_byte(header, damaged_copy * COPY_STRIDE + 100)
    with unlocked(journal_dir, PASSPHRASE):
        pass
    assert header.read_bytes() == intact


def test_a_damaged_copy_is_not_repaired_by_a_wrong_passphrase(journal_dir: Path) -> None:
    flip_byte(journal_dir / "journal.header", 100)
    before = snapshot(journal_dir)
    with pytest.raises(WrongPassphrase):
        unlock_journal(journal_dir, OTHER_PASSPHRASE)
    assert snapshot(journal_dir) == before


def test_both_header_copies_damaged(journal_dir: Path) -> None:
    flip_byte(journal_dir / "journal.header", 100)
    flip_byte(journal_dir / "journal.header", COPY_STRIDE + 100)
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
    header.write_bytes(whole[: COPY_STRIDE - 40])
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


@pytest.mark.parametrize("size", [0, 100])
def test_an_emptied_database_is_damage_not_a_new_journal(journal_dir: Path, size: int) -> None:
    database = journal_dir / "journal.db"
    database.write_bytes(database.read_bytes()[:size])
    before = snapshot(journal_dir)
    with pytest.raises(JournalDamaged), unlocked(journal_dir, PASSPHRASE) as journal:
        journal.check_integrity()
    assert snapshot(journal_dir) == before


def test_an_unreadable_journal_is_one_sentence(journal_dir: Path) -> None:
    """Another user's journal: the folder cannot be entered. As root, the program is run as
    'nobody' (root reads everything); otherwise the folder is made unreadable."""
    command = ["--journal", str(journal_dir), "check", "--passphrase-file", "-"]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("needs setpriv to act as another user")
        result = subprocess.run(
            [
                setpriv,
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                sys.executable,
                "-m",
                "hrjournal",
                *command,
            ],
            input=PASSPHRASE,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    else:
        journal_dir.chmod(0)
        try:
            result = run_cli(*command, stdin=PASSPHRASE)
        finally:
            journal_dir.chmod(0o700)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"HR Journal could not use the folder {journal_dir}: Permission denied."
    ]


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
    for start in (0, COPY_STRIDE):
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


def test_a_journal_made_with_test_only_parameters_says_so_at_every_unlock(
    journal_dir: Path,
) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        assert any("test-only" in notice for notice in journal.notices)


def test_init_into_a_folder_with_other_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "letters.txt").write_text("mine")
    before = snapshot(tmp_path)
    with pytest.raises(InputRejected, match="other files"):
        create_journal(tmp_path, PASSPHRASE)
    assert snapshot(tmp_path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["letters.txt"]


def test_init_into_an_existing_empty_folder_makes_it_private(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    create_journal(folder, PASSPHRASE)
    assert folder.stat().st_mode & 0o777 == 0o700
    unlock_journal(folder, PASSPHRASE).close()


def test_an_interrupted_init_leaves_nothing_in_the_way(tmp_path: Path) -> None:
    """A creation killed half-way leaves only a staging folder beside the journal's place,
    which the next creation clears."""
    leftover = tmp_path / ".journal.creating-0123456789ab"
    leftover.mkdir()
    (leftover / "journal.db").write_bytes(b"half written")
    create_journal(tmp_path / "journal", PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]
    unlock_journal(tmp_path / "journal", PASSPHRASE).close()


def test_journal_files_are_private(journal_dir: Path) -> None:
    assert journal_dir.stat().st_mode & 0o777 == 0o700
    for path in journal_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path
