"""Counts over incidents for the patterns view: by month, by type, and a dated timeline."""

from __future__ import annotations

from dataclasses import dataclass

from hrjournal.vault.database import Connection


@dataclass(frozen=True)
class TimelinePoint:
    uid: str
    reference: str
    title: str
    start: str  # as written: YYYY, YYYY-MM, YYYY-MM-DD, perhaps with a time and zone
    types: tuple[str, ...]


def counts_by_month(connection: Connection) -> list[tuple[str, int]]:
    """(YYYY-MM, number of incidents that started then), oldest first; incidents dated only to
    a year are left out, since they belong to no month."""
    rows = connection.execute(
        "SELECT substr(start, 1, 7) AS month, count(*) FROM"
        " (SELECT json_extract(r.body, '$.start') AS start"
        "  FROM incidents AS i JOIN revisions AS r ON r.id = i.revision_id)"
        " WHERE length(start) >= 7 GROUP BY month ORDER BY month"
    )
    return [(month, int(count)) for month, count in rows]


def counts_by_type(connection: Connection) -> list[tuple[str, int]]:
    """(type key, number of incidents of that type), most frequent first."""
    rows = connection.execute(
        "SELECT type_key, count(*) AS n FROM incident_types GROUP BY type_key"
        " ORDER BY n DESC, type_key"
    )
    return [(key, int(count)) for key, count in rows]


def timeline(connection: Connection) -> list[TimelinePoint]:
    """Every dated incident, oldest first, with its start as written and its types."""
    rows = connection.execute(
        "SELECT i.uid, i.reference, i.title, json_extract(r.body, '$.start'),"
        " (SELECT group_concat(type_key, ' ') FROM incident_types t WHERE t.incident_id = i.id)"
        " FROM incidents AS i JOIN revisions AS r ON r.id = i.revision_id"
        " WHERE i.start_sort IS NOT NULL ORDER BY i.start_sort, i.id"
    )
    return [
        TimelinePoint(uid, reference, title, start, tuple((types or "").split()))
        for uid, reference, title, start, types in rows
    ]
