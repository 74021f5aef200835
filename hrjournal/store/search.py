"""Full-text search over every text field of incidents, contacts and safety plans.

One FTS5 index for all three kinds. Its row id encodes the kind and the record's row, so a
hit leads straight back to its record. The index is contentless: it holds tokens only, and
with secure-delete a deleted record's tokens are removed from its pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hrjournal.domain.search_text import query_terms, searchable
from hrjournal.vault.database import Connection

KINDS = {"incident": 1, "contact": 2, "plan": 3}
_KIND_OF = {code: kind for kind, code in KINDS.items()}


def _rowid(kind: str, record_id: int) -> int:
    return record_id * 4 + KINDS[kind]


def index(connection: Connection, kind: str, record_id: int, texts: Iterable[str]) -> None:
    """(Re)index a record with all of its text."""
    rowid = _rowid(kind, record_id)
    connection.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    text = "\n".join(searchable(t) for t in texts if t)
    connection.execute("INSERT INTO search_index (rowid, text) VALUES (?, ?)", (rowid, text))


def unindex(connection: Connection, kind: str, record_id: int) -> None:
    connection.execute("DELETE FROM search_index WHERE rowid = ?", (_rowid(kind, record_id),))


def match_expression(query: str) -> str | None:
    """The FTS5 query for what a person typed: every word must appear, as a word start
    (or, for unspaced scripts, as a run of characters). Quoting makes any typed FTS syntax
    plain text."""
    parts = []
    for term in query_terms(query):
        quoted = '"' + term.replace('"', '""') + '"'
        parts.append(quoted if " " in term else quoted + "*")
    return " AND ".join(parts) if parts else None


@dataclass(frozen=True)
class Hit:
    kind: str
    uid: str
    reference: str | None
    title: str


def search(
    connection: Connection, query: str, limit: int = 50, kind: str | None = None
) -> list[Hit]:
    """Best matches first; only records of `kind` when it is given."""
    expression = match_expression(query)
    if expression is None:
        return []
    if kind is None:
        rows = connection.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            (expression, limit),
        ).fetchall()
    else:
        rows = connection.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid % 4 = ?"
            " ORDER BY rank LIMIT ?",
            (expression, KINDS[kind], limit),
        ).fetchall()
    hits = []
    for (rowid,) in rows:
        kind = _KIND_OF[rowid % 4]
        hit = _describe(connection, kind, rowid // 4)
        if hit is not None:
            hits.append(hit)
    return hits


def _describe(connection: Connection, kind: str, record_id: int) -> Hit | None:
    if kind == "incident":
        row = connection.execute(
            "SELECT uid, reference, title FROM incidents WHERE id = ?", (record_id,)
        ).fetchone()
        return None if row is None else Hit(kind, row[0], row[1], row[2])
    table, column = ("contacts", "name") if kind == "contact" else ("safety_plans", "title")
    row = connection.execute(
        f"SELECT uid, {column} FROM {table} WHERE id = ?",  # noqa: S608 - names are ours
        (record_id,),
    ).fetchone()
    return None if row is None else Hit(kind, row[0], None, row[1])
