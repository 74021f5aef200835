"""A damaged write-ahead log is reported, never read as if its saved changes had not happened;
a log that only holds an unfinished write, or changes the database already has, opens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hrjournal.errors import JournalDamaged
from hrjournal.vault import wal
from hrjournal.vault.database import PAGE_BYTES
from hrjournal.vault.journal import unlocked
from tests.support.journals import PASSPHRASE

FRAME = wal.FRAME_HEADER_BYTES + PAGE_BYTES


def _rows(journal_dir: Path) -> int:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        return int(journal.connection.execute("SELECT count(*) FROM settings").fetchone()[0])


def _crashed_copy(journal_dir: Path, target: Path, rows: int, *, checkpoint: bool = False) -> Path:
    """The journal as a crash leaves it: `rows` saved changes still in the log."""
    with unlocked(journal_dir, PASSPHRASE) as journal:
        for n in range(rows):
            journal.connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{n}", "v" * 3000)
            )
        if checkpoint:
            journal.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        shutil.copytree(journal_dir, target)
    return target


def test_a_flipped_byte_in_a_saved_change_is_reported(journal_dir: Path, tmp_path: Path) -> None:
    crashed = _crashed_copy(journal_dir, tmp_path / "crashed", 20)
    log = crashed / "journal.db-wal"
    assert wal.committed_frames(log, PAGE_BYTES) > 1
    data = bytearray(log.read_bytes())
    data[wal.HEADER_BYTES + wal.FRAME_HEADER_BYTES + 100] ^= 0x01  # the first frame's page
    log.write_bytes(bytes(data))
    with pytest.raises(JournalDamaged, match=r"journal\.db-wal"), unlocked(crashed, PASSPHRASE):
        pass


def test_moving_the_damaged_log_aside_opens_the_journal_without_it(
    journal_dir: Path, tmp_path: Path
) -> None:
    crashed = _crashed_copy(journal_dir, tmp_path / "crashed", 20)
    before = _rows(journal_dir)
    (crashed / "journal.db-wal").rename(tmp_path / "journal.db-wal")
    (crashed / "journal.db-shm").unlink()
    assert _rows(crashed) == before - 20


def test_a_damaged_log_header_is_harmless_when_the_database_has_every_change(
    journal_dir: Path, tmp_path: Path
) -> None:
    crashed = _crashed_copy(journal_dir, tmp_path / "crashed", 20, checkpoint=True)
    log = crashed / "journal.db-wal"
    data = bytearray(log.read_bytes())
    data[28] ^= 0x01  # the log header's checksum: SQLite now ignores the whole log
    log.write_bytes(bytes(data))
    assert _rows(crashed) == _rows(journal_dir)


def test_an_unfinished_write_in_the_log_is_dropped_without_alarm(
    journal_dir: Path, tmp_path: Path
) -> None:
    before = _rows(journal_dir)
    with unlocked(journal_dir, PASSPHRASE) as journal:
        connection = journal.connection
        connection.execute("PRAGMA cache_size = 10")  # spill pages into the log mid-write
        connection.execute("BEGIN")
        for n in range(400):
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", (f"u{n}", "v" * 3000)
            )
        crashed = tmp_path / "crashed"
        shutil.copytree(journal_dir, crashed)
        connection.execute("ROLLBACK")
    log = crashed / "journal.db-wal"
    assert log.stat().st_size > wal.HEADER_BYTES + FRAME  # frames of the write were there
    assert _rows(crashed) == before
