"""What the incidents show together: counts by month and by type, and a timeline."""

from __future__ import annotations

from dataclasses import dataclass

from hrjournal.store import patterns
from hrjournal.store.patterns import TimelinePoint
from hrjournal.vault.journal import UnlockedJournal

__all__ = ["Patterns", "TimelinePoint", "patterns_of"]


@dataclass(frozen=True)
class Patterns:
    by_month: list[tuple[str, int]]
    by_type: list[tuple[str, int]]
    timeline: list[TimelinePoint]


def patterns_of(journal: UnlockedJournal) -> Patterns:
    connection = journal.connection
    return Patterns(
        patterns.counts_by_month(connection),
        patterns.counts_by_type(connection),
        patterns.timeline(connection),
    )
