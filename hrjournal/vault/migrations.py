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
    Migration(
        2,
        "incidents, contacts, safety plans, attachments, history and search",
        """
        -- Every saved state of every record, chained by hash. A record's current state is its
        -- newest revision; `body` is emptied (and `body_sha256` kept) when a record is deleted.
        CREATE TABLE revisions (
            id            INTEGER PRIMARY KEY,
            kind          TEXT NOT NULL,
            uid           TEXT NOT NULL,
            number        INTEGER NOT NULL,
            saved_at      TEXT NOT NULL,
            body          TEXT,
            body_sha256   TEXT,
            previous_hash TEXT NOT NULL,
            hash          TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX revisions_by_record ON revisions (kind, uid, number);

        CREATE TABLE contacts (
            id          INTEGER PRIMARY KEY,
            uid         TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            call_order  INTEGER,
            revision_id INTEGER NOT NULL REFERENCES revisions (id)
        ) STRICT;
        CREATE INDEX contacts_by_call_order ON contacts (call_order, name);

        CREATE TABLE incidents (
            id          INTEGER PRIMARY KEY,
            uid         TEXT NOT NULL UNIQUE,
            reference   TEXT NOT NULL UNIQUE,
            title       TEXT NOT NULL,
            start_sort  TEXT,
            status      TEXT NOT NULL,
            revision_id INTEGER NOT NULL REFERENCES revisions (id)
        ) STRICT;
        CREATE INDEX incidents_newest_first ON incidents (start_sort DESC, id DESC);
        CREATE INDEX incidents_by_status ON incidents (status, start_sort DESC);

        CREATE TABLE incident_types (
            incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            type_key    TEXT NOT NULL,
            PRIMARY KEY (incident_id, type_key)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX incident_types_by_type ON incident_types (type_key);

        CREATE TABLE incident_tags (
            incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            tag         TEXT NOT NULL,
            PRIMARY KEY (incident_id, tag)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX incident_tags_by_tag ON incident_tags (tag);

        CREATE TABLE incident_contacts (
            incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE RESTRICT,
            role        TEXT NOT NULL,
            PRIMARY KEY (incident_id, contact_id, role)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX incident_contacts_by_contact ON incident_contacts (contact_id);

        CREATE TABLE incident_relations (
            incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            related_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE RESTRICT,
            relation    TEXT NOT NULL,
            PRIMARY KEY (incident_id, related_id, relation)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX incident_relations_by_related ON incident_relations (related_id);

        CREATE TABLE safety_plans (
            id          INTEGER PRIMARY KEY,
            uid         TEXT NOT NULL UNIQUE,
            title       TEXT NOT NULL,
            next_review TEXT,
            revision_id INTEGER NOT NULL REFERENCES revisions (id)
        ) STRICT;

        CREATE TABLE plan_contacts (
            plan_id    INTEGER NOT NULL REFERENCES safety_plans (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE RESTRICT,
            PRIMARY KEY (plan_id, contact_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX plan_contacts_by_contact ON plan_contacts (contact_id);

        CREATE TABLE attachments (
            id           INTEGER PRIMARY KEY,
            uid          TEXT NOT NULL UNIQUE,
            incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            derived_from INTEGER REFERENCES attachments (id) ON DELETE RESTRICT,
            size         INTEGER NOT NULL,
            sha256       TEXT NOT NULL,
            -- NULL only while the content streams in, inside the transaction that adds it.
            revision_id  INTEGER REFERENCES revisions (id)
        ) STRICT;
        CREATE INDEX attachments_by_incident ON attachments (incident_id);
        CREATE INDEX attachments_by_original ON attachments (derived_from);

        CREATE TABLE attachment_chunks (
            attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
            seq           INTEGER NOT NULL,
            data          BLOB NOT NULL,
            PRIMARY KEY (attachment_id, seq)
        ) STRICT;

        -- Per-year counters for human references such as INC-2025-0007.
        CREATE TABLE counters (
            name  TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) STRICT;

        -- Contentless: the index holds tokens, not a second copy of the text. secure-delete
        -- removes a deleted record's tokens from the index pages themselves.
        CREATE VIRTUAL TABLE search_index USING fts5 (
            text,
            content = '',
            contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
        """,
    ),
    Migration(
        3,
        "drafts of unsaved edits",
        """
        -- Work in progress the app keeps when the journal locks under an open editor, so an
        -- auto-lock never loses what was typed; kept here, encrypted, and nowhere else.
        CREATE TABLE drafts (
            kind     TEXT NOT NULL,
            uid      TEXT NOT NULL,
            body     TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (kind, uid)
        ) STRICT;
        """,
    ),
    Migration(
        4,
        "the export register's details",
        """
        -- What was exported where. The paths alone are also in the plain register file beside
        -- the journal, for the panic wipe; the rest stays encrypted here.
        CREATE TABLE exports (
            id         INTEGER PRIMARY KEY,
            path       TEXT NOT NULL,
            kind       TEXT NOT NULL,
            profile    TEXT,
            protected  INTEGER NOT NULL,
            title      TEXT NOT NULL,
            created_at TEXT NOT NULL,
            size       INTEGER NOT NULL,
            sha256     TEXT
        ) STRICT;
        CREATE INDEX exports_by_time ON exports (created_at);
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
