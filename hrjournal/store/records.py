"""What the three record repositories share: the stored form and the text to index."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from hrjournal.errors import InvalidRecord
from hrjournal.vault.database import Connection

# Fields that hold identifiers, vocabulary keys, dates and digests rather than words.
_NOT_WORDS = frozenset(
    {
        "id", "contact", "incident", "derived_from", "affected", "contact_tree", "types",
        "type", "involvement", "connection", "material", "reliability", "status", "relation",
        "kind", "roles", "may_receive", "channel", "origin", "media_type", "sha256", "at",
        "confidentiality", "start", "end", "start_precision", "end_precision", "date",
        "created_at", "updated_at", "intake_at", "verified", "last_verified", "last_reviewed",
        "next_review", "due", "country", "path", "latitude", "longitude", "size",
    }
)  # fmt: skip


def canonical_json(data: Mapping[str, Any]) -> str:
    """The one way a record is written down, so equal records have equal bytes and hashes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def current(connection: Connection, table: str, uid: str) -> tuple[int, dict[str, Any]] | None:
    """The row id and the JSON form of a record's newest revision, if the record exists."""
    row = connection.execute(
        f"SELECT t.id, r.body FROM {table} AS t"  # noqa: S608 - table names are ours
        " JOIN revisions AS r ON r.id = t.revision_id WHERE t.uid = ?",
        (uid,),
    ).fetchone()
    return None if row is None else (int(row[0]), json.loads(row[1]))


def timestamps(
    existing: Mapping[str, Any] | None,
    given_created: str | None,
    given_updated: str | None,
    *,
    now: str,
    keep: bool,
) -> tuple[str, str]:
    """(created, updated) for a save: a record keeps its creation time; an import (`keep`)
    keeps the times it brings."""
    created = existing["created_at"] if existing else None
    if keep:
        created = given_created or created
    return created or now, (given_updated if keep else None) or now


def uids_in_order(connection: Connection, table: str) -> list[str]:
    """Every record of a table, in the order it was entered."""
    query = f"SELECT uid FROM {table} ORDER BY id"  # noqa: S608 - table names are ours
    return [uid for (uid,) in connection.execute(query)]


def words_in(data: object) -> Iterator[str]:
    """Every piece of free text in a record's JSON form, for the search index."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, Mapping):
        for key, value in data.items():
            if key not in _NOT_WORDS:
                yield from words_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from words_in(item)


def row_ids(connection: Connection, table: str, uids: Iterable[str]) -> dict[str, int]:
    """Row ids of the records with these ids (those present)."""
    wanted = sorted(set(uids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        marks = ",".join("?" * len(batch))
        rows = connection.execute(
            f"SELECT uid, id FROM {table} WHERE uid IN ({marks})",  # noqa: S608 - our names
            batch,
        )
        found.update({uid: row_id for uid, row_id in rows})
    return found


def resolve_links(
    connection: Connection,
    table: str,
    record: str,
    references: Iterable[tuple[str, str]],
    what: str,
) -> dict[str, int]:
    """Row ids for every (field, id) link; a link to nothing names its field."""
    references = list(references)
    found = row_ids(connection, table, (uid for _, uid in references))
    for field, uid in references:
        if uid not in found:
            raise InvalidRecord(
                record, field, f"links to {what} {uid}, which is not in the journal"
            )
    return found
