"""Schema migrations: each runs once, atomically, from the first schema with data in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrjournal.errors import NewerFormat
from hrjournal.vault.journal import unlocked
from hrjournal.vault.migrations import MIGRATIONS, Migration, migrate, schema_version
from tests.support.journals import PASSPHRASE

FIRST = MIGRATIONS[:1]
LATEST = MIGRATIONS[-1].version


def test_versions_are_consecutive_from_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_new_journal_is_at_the_latest_schema(journal_dir: Path) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        assert schema_version(journal.connection) == LATEST


def test_from_the_first_schema_with_data_in_it(journal_dir: Path) -> None:
    """Build the journal at schema 1, fill it, then open it with every migration."""
    with unlocked(journal_dir, PASSPHRASE) as journal:
        connection = journal.connection
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DROP TABLE search_index")  # a virtual table, with its shadows
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for (name,) in tables.fetchall():
            connection.execute(f'DROP TABLE "{name}"')
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA user_version = 0")
        migrate(connection, FIRST)
        connection.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [("auto_lock_minutes", "5"), ("language", "ar")],
        )
    with unlocked(journal_dir, PASSPHRASE) as journal:  # opening migrates to the latest
        connection = journal.connection
        assert schema_version(connection) == LATEST
        assert dict(connection.execute("SELECT key, value FROM settings")) == {
            "auto_lock_minutes": "5",
            "language": "ar",
        }
        created = connection.execute(
            "SELECT value FROM journal_info WHERE key = 'created_at'"
        ).fetchone()
        assert created is not None
        for table in ("incidents", "contacts", "safety_plans", "attachments", "revisions"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_migration_leaves_the_previous_schema_whole(journal_dir: Path) -> None:
    broken = (
        *MIGRATIONS,
        Migration(
            LATEST + 1, "half done", "CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);"
        ),
    )
    with unlocked(journal_dir, PASSPHRASE) as journal:
        with pytest.raises(Exception, match="nowhere"):
            migrate(journal.connection, broken)
        assert schema_version(journal.connection) == LATEST
        tables = {r[0] for r in journal.connection.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables


def test_migrations_run_in_order_and_only_once(journal_dir: Path) -> None:
    extra = (
        *MIGRATIONS,
        Migration(LATEST + 1, "a", "CREATE TABLE a (x); INSERT INTO a VALUES ('one');"),
        Migration(LATEST + 2, "b", "CREATE TABLE b AS SELECT x FROM a;"),
    )
    with unlocked(journal_dir, PASSPHRASE) as journal:
        assert migrate(journal.connection, extra) == LATEST
        assert migrate(journal.connection, extra) == LATEST + 2
        assert journal.connection.execute("SELECT x FROM b").fetchall() == [("one",)]


def test_a_trigger_with_semicolons_is_one_statement(journal_dir: Path) -> None:
    trigger = Migration(
        LATEST + 1,
        "trigger",
        """
        CREATE TABLE log (x TEXT);
        CREATE TRIGGER settings_log AFTER INSERT ON settings BEGIN
            INSERT INTO log VALUES (new.key);
            INSERT INTO log VALUES (new.value);
        END;
        """,
    )
    with unlocked(journal_dir, PASSPHRASE) as journal:
        migrate(journal.connection, (*MIGRATIONS, trigger))
        journal.connection.execute("INSERT INTO settings VALUES ('k', 'v')")
        assert journal.connection.execute("SELECT x FROM log").fetchall() == [("k",), ("v",)]


def test_a_newer_schema_is_refused(journal_dir: Path) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        journal.connection.execute(f"PRAGMA user_version = {LATEST + 1}")
        with pytest.raises(NewerFormat):
            migrate(journal.connection)
