"""Drafts: unsaved edits kept inside the encrypted journal when it locks under an editor."""

from __future__ import annotations

from dataclasses import dataclass

from hrjournal.store.transactions import transaction
from hrjournal.vault.database import Connection


@dataclass(frozen=True)
class Draft:
    kind: str  # incident, contact or plan
    uid: str
    body: str  # the editor's JSON
    saved_at: str


def keep_draft(connection: Connection, draft: Draft) -> None:
    with transaction(connection):
        connection.execute(
            "INSERT INTO drafts (kind, uid, body, saved_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (kind, uid) DO UPDATE"
            " SET body = excluded.body, saved_at = excluded.saved_at",
            (draft.kind, draft.uid, draft.body, draft.saved_at),
        )


def drafts(connection: Connection) -> list[Draft]:
    rows = connection.execute(
        "SELECT kind, uid, body, saved_at FROM drafts ORDER BY saved_at DESC"
    ).fetchall()
    return [Draft(*row) for row in rows]


def discard_draft(connection: Connection, kind: str, uid: str) -> None:
    with transaction(connection):
        connection.execute("DELETE FROM drafts WHERE kind = ? AND uid = ?", (kind, uid))
