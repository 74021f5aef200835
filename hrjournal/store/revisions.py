"""The history of every record, chained by hash so that an edited history shows.

Each save appends a revision holding the record's full JSON. Each revision's hash covers the
previous revision's hash and a digest of its body, so changing, removing or reordering any
revision breaks every hash after it. When a record is deleted its bodies are emptied, but their
digests stay, so the chain still verifies and the deletion itself is on record.

What this does not do: someone holding the key can rewrite the whole chain consistently. The
chain makes tampering evident to the defender and to anyone who kept an earlier chain head
(every export carries it); it is not a signature.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from hrjournal.vault.database import Connection

GENESIS = "0" * 64


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _chain_hash(
    previous: str, kind: str, uid: str, number: int, *, saved_at: str, body_sha256: str | None
) -> str:
    fields = ("hrjournal-revision-v1", previous, kind, uid, str(number), saved_at)
    return _digest("\n".join((*fields, body_sha256 or "deleted")))


def chain_head(connection: Connection) -> str:
    row = connection.execute("SELECT hash FROM revisions ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


def append(connection: Connection, kind: str, uid: str, body: str | None, saved_at: str) -> int:
    """Record a new state of a record (`body` None: it was deleted); returns the revision id."""
    row = connection.execute(
        "SELECT max(number) FROM revisions WHERE kind = ? AND uid = ?", (kind, uid)
    ).fetchone()
    number = (row[0] or 0) + 1
    body_sha256 = None if body is None else _digest(body)
    previous = chain_head(connection)
    cursor = connection.execute(
        "INSERT INTO revisions"
        " (kind, uid, number, saved_at, body, body_sha256, previous_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            kind,
            uid,
            number,
            saved_at,
            body,
            body_sha256,
            previous,
            _chain_hash(previous, kind, uid, number, saved_at=saved_at, body_sha256=body_sha256),
        ),
    )
    return int(cursor.lastrowid or 0)


def purge(connection: Connection, kind: str, uid: str) -> None:
    """Empty every stored body of a deleted record; the digests keep the chain whole."""
    connection.execute("UPDATE revisions SET body = NULL WHERE kind = ? AND uid = ?", (kind, uid))


@dataclass(frozen=True)
class Revision:
    number: int
    saved_at: str
    body: str | None
    deleted: bool


def history(connection: Connection, kind: str, uid: str) -> list[Revision]:
    rows = connection.execute(
        "SELECT number, saved_at, body, body_sha256 FROM revisions"
        " WHERE kind = ? AND uid = ? ORDER BY number",
        (kind, uid),
    ).fetchall()
    return [Revision(n, at, body, digest is None) for n, at, body, digest in rows]


def body_of(connection: Connection, revision_id: int) -> str:
    row = connection.execute("SELECT body FROM revisions WHERE id = ?", (revision_id,)).fetchone()
    if row is None or row[0] is None:
        raise LookupError(f"revision {revision_id} has no body")
    return str(row[0])


_CURRENT = {
    "incident": "incidents",
    "contact": "contacts",
    "plan": "safety_plans",
    "attachment": "attachments",
}


def verify(connection: Connection) -> list[str]:
    """Every way the history differs from what was written; empty when it is intact."""
    problems: list[str] = []
    previous = GENESIS
    numbers: dict[tuple[str, str], int] = {}
    emptied: dict[tuple[str, str], int] = {}  # records with a body removed: first such number
    deleted: dict[tuple[str, str], bool] = {}  # whether each record's newest revision deletes it
    rows = connection.execute(
        "SELECT kind, uid, number, saved_at, body, body_sha256, previous_hash, hash"
        " FROM revisions ORDER BY id"
    )
    for kind, uid, number, saved_at, body, body_sha256, previous_hash, stored in rows:
        label = f"revision {number} of {kind} {uid}"
        if previous_hash != previous:
            problems.append(f"{label} does not follow the revision before it")
        if body is not None and _digest(body) != body_sha256:
            problems.append(f"{label} was changed after it was saved")
        if body is None and body_sha256 is not None:
            emptied.setdefault((kind, uid), number)
        deleted[(kind, uid)] = body_sha256 is None
        if (
            _chain_hash(
                previous_hash, kind, uid, number, saved_at=saved_at, body_sha256=body_sha256
            )
            != stored
        ):
            problems.append(f"{label} does not match its hash")
        expected_number = numbers.get((kind, uid), 0) + 1
        if number != expected_number:
            problems.append(f"{label} should be revision {expected_number}")
        numbers[(kind, uid)] = number
        previous = stored
    for (kind, uid), number in emptied.items():
        if not deleted[(kind, uid)]:  # only a deletion may empty a record's history
            problems.append(f"revision {number} of {kind} {uid} has lost its content")
    for kind, table in _CURRENT.items():
        stale = connection.execute(
            f"SELECT t.uid FROM {table} AS t JOIN revisions AS r ON r.id = t.revision_id"  # noqa: S608
            " WHERE r.kind != ? OR r.uid != t.uid OR r.body IS NULL OR r.number !="
            " (SELECT max(number) FROM revisions WHERE kind = ? AND uid = t.uid)",
            (kind, kind),
        ).fetchall()
        problems += [f"{kind} {uid} does not show its latest revision" for (uid,) in stale]
    return problems
