"""Incidents in the journal, with their links to contacts and to each other."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.domain.catalog import Catalog
from hrjournal.domain.incident import (
    JOURNAL_REFERENCE,
    Incident,
    incident_from_json,
    incident_to_json,
)
from hrjournal.errors import InvalidRecord, RecordInUse, RecordNotFound
from hrjournal.store import attachments, revisions, search
from hrjournal.store.records import (
    canonical_json,
    current,
    resolve_links,
    timestamps,
    uids_in_order,
    words_in,
)
from hrjournal.store.transactions import transaction
from hrjournal.vault.database import Connection

KIND = "incident"


@dataclass(frozen=True)
class IncidentRow:
    uid: str
    reference: str
    title: str
    start: str | None  # as recorded: 2024, 2024-03, 2024-03-05 or with a time
    status: str


@dataclass(frozen=True)
class IncidentFilter:
    status: str | None = None
    type_key: str | None = None
    tag: str | None = None
    start_from: str | None = None  # YYYY-MM-DD, inclusive
    start_to: str | None = None  # YYYY-MM-DD, inclusive
    uids: tuple[str, ...] = field(default_factory=tuple)
    order: str = "start"  # one of ORDERS
    descending: bool = True


# The orders a list of incidents can take; each ends on the row id so pages never overlap.
ORDERS = {
    # Undated incidents last either way: SQLite puts NULL first when ascending. Descending,
    # the usual order, keeps to the index's own order so pages come straight off it.
    "start": "i.start_sort {d} NULLS LAST, i.id {d}",
    "reference": "i.reference {d}, i.id {d}",
    "title": "i.title COLLATE NOCASE {d}, i.id {d}",
    "status": "i.status {d}, i.start_sort DESC, i.id DESC",
}


def _next_reference(connection: Connection, year: str) -> str:
    (value,) = connection.execute(
        "INSERT INTO counters (name, value) VALUES (?, 1)"
        " ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
        (f"INC-{year}",),
    ).fetchone()
    return f"INC-{year}-{value:04d}"


def _claim_reference(connection: Connection, record: str, reference: str) -> None:
    taken = connection.execute(
        "SELECT uid FROM incidents WHERE reference = ?", (reference,)
    ).fetchone()
    if taken:
        raise InvalidRecord(record, "reference", f"{reference} is already used by {taken[0]}")
    found = JOURNAL_REFERENCE.fullmatch(reference)
    if found:  # later references must not collide with this one
        connection.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
            (f"INC-{found[1]}", int(found[2])),
        )


def save_incident(
    connection: Connection,
    catalog: Catalog,
    incident: Incident,
    *,
    now: str,
    keep_timestamps: bool = False,
    link_related: bool = True,
) -> Incident:
    """Create or update an incident (not its attachments, which are added on their own).

    Every link must lead to a contact or incident already in the journal. The reference is
    given once, when the incident is created, and never changes. An import, whose incidents
    may point at each other in any order, saves them all with `link_related` off and then
    calls `link_related_incidents` for each."""
    record = f"Incident {incident.id}"
    with transaction(connection):
        row = current(connection, "incidents", incident.id)
        if row:
            reference = row[1]["reference"]
        elif incident.reference:
            _claim_reference(connection, record, incident.reference)
            reference = incident.reference
        else:
            reference = _next_reference(connection, now[:4])
        created, updated = timestamps(
            row[1] if row else None,
            incident.created_at,
            incident.updated_at,
            now=now,
            keep=keep_timestamps,
        )
        stored = replace(
            incident, reference=reference, created_at=created, updated_at=updated, attachments=[]
        )
        body = incident_to_json(stored, with_attachments=False)
        incident_from_json(body, catalog.vocabularies, catalog.country_codes)
        contacts = resolve_links(
            connection,
            "contacts",
            record,
            ((f, uid) for f, uid, _ in stored.contact_references()),
            "contact",
        )
        assert stored.updated_at is not None
        revision = revisions.append(
            connection, KIND, stored.id, canonical_json(body), stored.updated_at
        )
        start = stored.start.sort_key() if stored.start else None
        if row:
            record_id = int(row[0])
            connection.execute(
                "UPDATE incidents SET title = ?, start_sort = ?, status = ?, revision_id = ?"
                " WHERE id = ?",
                (stored.title, start, stored.status, revision, record_id),
            )
            for table in ("incident_types", "incident_tags", "incident_contacts",
                          "incident_relations"):  # fmt: skip
                connection.execute(
                    f"DELETE FROM {table} WHERE incident_id = ?",  # noqa: S608 - our names
                    (record_id,),
                )
        else:
            cursor = connection.execute(
                "INSERT INTO incidents (uid, reference, title, start_sort, status, revision_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (stored.id, reference, stored.title, start, stored.status, revision),
            )
            record_id = int(cursor.lastrowid or 0)
        connection.executemany(
            "INSERT INTO incident_types (incident_id, type_key) VALUES (?, ?)",
            [(record_id, key) for key in stored.types],
        )
        connection.executemany(
            "INSERT INTO incident_tags (incident_id, tag) VALUES (?, ?)",
            [(record_id, tag) for tag in stored.tags],
        )
        connection.executemany(
            "INSERT OR IGNORE INTO incident_contacts (incident_id, contact_id, role)"
            " VALUES (?, ?, ?)",
            [(record_id, contacts[uid], role) for _, uid, role in stored.contact_references()],
        )
        if link_related:
            _link_related(connection, record_id, stored)
        _reindex(connection, record_id, body)
    return replace(stored, attachments=attachments.infos_of(connection, record_id))


def _link_related(connection: Connection, record_id: int, incident: Incident) -> None:
    related = resolve_links(
        connection,
        "incidents",
        f"Incident {incident.id}",
        ((f"related[{n}].incident", r.incident) for n, r in enumerate(incident.related)),
        "incident",
    )
    connection.executemany(
        "INSERT OR IGNORE INTO incident_relations (incident_id, related_id, relation)"
        " VALUES (?, ?, ?)",
        [(record_id, related[r.incident], r.relation) for r in incident.related],
    )


def link_related_incidents(connection: Connection, incident: Incident) -> None:
    """Write the links of an incident saved with `link_related` off."""
    record_id, _ = _row(connection, incident.id)
    _link_related(connection, record_id, incident)


def _reindex(connection: Connection, record_id: int, body: object | None = None) -> None:
    """Index an incident's words together with those of its attachments' descriptions."""
    if body is None:
        (text,) = connection.execute(
            "SELECT r.body FROM incidents AS i JOIN revisions AS r ON r.id = i.revision_id"
            " WHERE i.id = ?",
            (record_id,),
        ).fetchone()
        body = json.loads(text)
    words = list(words_in(body))
    for info in attachments.infos_of(connection, record_id):
        words += [info.filename, info.description, *(e.note for e in info.custody)]
    search.index(connection, KIND, record_id, words)


def _row(connection: Connection, uid: str) -> tuple[int, str]:
    row = connection.execute(
        "SELECT i.id, r.body FROM incidents AS i JOIN revisions AS r ON r.id = i.revision_id"
        " WHERE i.uid = ? OR i.reference = ?",
        (uid, uid),
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no incident {uid} in the journal.")
    return int(row[0]), str(row[1])


def get_incident(connection: Connection, catalog: Catalog, uid_or_reference: str) -> Incident:
    """One incident, with its attachments' details (not their content)."""
    record_id, body = _row(connection, uid_or_reference)
    incident = incident_from_json(json.loads(body), catalog.vocabularies, catalog.country_codes)
    incident.attachments = attachments.infos_of(connection, record_id)
    return incident


def incident_titles(connection: Connection, uids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(reference, title) of each of these incidents that exists."""
    wanted = list(dict.fromkeys(uids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = connection.execute(
        f"SELECT uid, reference, title FROM incidents WHERE uid IN ({marks})",  # noqa: S608
        wanted,
    )
    return {uid: (reference, title) for uid, reference, title in rows}


def list_incidents(
    connection: Connection,
    *,
    limit: int = 100,
    offset: int = 0,
    where: IncidentFilter | None = None,
) -> list[IncidentRow]:
    """A page of incidents, newest first (by when they happened; undated ones last)."""
    where = where or IncidentFilter()
    clauses, values = [], []
    if where.status:
        clauses.append("i.status = ?")
        values.append(where.status)
    if where.type_key:
        clauses.append(
            "EXISTS (SELECT 1 FROM incident_types t WHERE t.incident_id = i.id"
            " AND (t.type_key = ? OR t.type_key LIKE ? || '::%'))"
        )
        values += [where.type_key, where.type_key]
    if where.tag:
        clauses.append(
            "EXISTS (SELECT 1 FROM incident_tags g WHERE g.incident_id = i.id AND g.tag = ?)"
        )
        values.append(where.tag)
    if where.start_from:
        clauses.append("i.start_sort >= ?")
        values.append(where.start_from)
    if where.start_to:
        clauses.append("i.start_sort <= ?")
        values.append(where.start_to + "T23:59")  # the whole last day
    if where.uids:
        clauses.append(f"i.uid IN ({','.join('?' * len(where.uids))})")
        values += list(where.uids)
    condition = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    order = ORDERS[where.order].format(d="DESC" if where.descending else "ASC")
    rows = connection.execute(
        "SELECT i.uid, i.reference, i.title, json_extract(r.body, '$.start'), i.status"  # noqa: S608
        " FROM incidents AS i JOIN revisions AS r ON r.id = i.revision_id "
        f"{condition} ORDER BY {order} LIMIT ? OFFSET ?",
        (*values, limit, offset),
    ).fetchall()
    return [IncidentRow(*row) for row in rows]


def all_tags(connection: Connection) -> list[str]:
    rows = connection.execute("SELECT DISTINCT tag FROM incident_tags ORDER BY tag COLLATE NOCASE")
    return [tag for (tag,) in rows]


def count_incidents(connection: Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM incidents").fetchone()[0])


def all_incident_uids(connection: Connection) -> list[str]:
    """Every incident, in the order they were entered."""
    return uids_in_order(connection, "incidents")


def delete_incident(connection: Connection, uid_or_reference: str, *, now: str) -> None:
    """Delete an incident with its attachments, and empty their history. Refused while
    another incident links to it."""
    with transaction(connection):
        record_id, body = _row(connection, uid_or_reference)
        uid = json.loads(body)["id"]
        linked = connection.execute(
            "SELECT i.reference FROM incident_relations AS r"
            " JOIN incidents AS i ON i.id = r.incident_id"
            " WHERE r.related_id = ? AND r.incident_id != ?",
            (record_id, record_id),
        ).fetchall()
        if linked:
            names = ", ".join(sorted({reference for (reference,) in linked}))
            raise RecordInUse(
                f"{uid_or_reference} is linked from {names}; remove those links first."
            )
        attachments.delete_all_of(connection, record_id, now=now)
        search.unindex(connection, KIND, record_id)
        connection.execute("DELETE FROM incidents WHERE id = ?", (record_id,))
        revisions.purge(connection, KIND, uid)
        revisions.append(connection, KIND, uid, None, now)


def attach(
    connection: Connection,
    incident_uid: str,
    source: BinaryIO,
    info: AttachmentInfo,
    *,
    now: str,
    max_bytes: int,
    record: str | None = None,
    progress: attachments.Progress | None = None,
    reindex: bool = True,
) -> AttachmentInfo:
    """Add an attachment to an incident and make its description searchable (an import
    adding many turns `reindex` off and calls `reindex_incident` once at the end)."""
    with transaction(connection):
        stored = attachments.add_attachment(
            connection,
            incident_uid,
            source,
            info,
            now=now,
            max_bytes=max_bytes,
            record=record,
            progress=progress,
        )
        if reindex:
            reindex_incident(connection, incident_uid)
    return stored


def reindex_incident(connection: Connection, uid: str) -> None:
    record_id, _ = _row(connection, uid)
    _reindex(connection, record_id)
