"""Schema migrations, keyed on SQLite's `user_version`.

Each migration runs in its own transaction together with the version bump, so a journal is
always at exactly one schema version. A journal newer than this program is refused untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hrjournal.errors import NEWER_FORMAT_MESSAGE, NewerFormat
from hrjournal.vault.database import Connection, complete_statement


@dataclass(frozen=True)
class Migration:
    version: int
    purpose: str
    script: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "journal identity and settings",
        """
        CREATE TABLE journal_info (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        INSERT INTO journal_info (key, value)
            VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
        """,
    ),
)


def schema_version(connection: Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(connection: Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to the newest version; return the version it started at."""
    latest = migrations[-1].version if migrations else 0
    start = schema_version(connection)
    if start > latest:
        raise NewerFormat(NEWER_FORMAT_MESSAGE)
    for migration in migrations:
        if migration.version <= start:
            continue
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(migration.script):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {int(migration.version)}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return start


def _statements(script: str) -> list[str]:
    """Split a script into statements the way SQLite reads them (triggers hold semicolons)."""
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if complete_statement(pending):
            if pending.replace(";", "").strip():
                statements.append(pending.strip())
            pending = ""
    if pending.replace(";", "").strip():
        raise ValueError("a migration ends in an incomplete statement")
    return statements
