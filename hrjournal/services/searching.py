"""Searching the journal."""

from __future__ import annotations

from hrjournal.store import search
from hrjournal.store.search import Hit
from hrjournal.vault.journal import UnlockedJournal

__all__ = ["LIMIT", "Hit", "search_journal"]

LIMIT = 50


def search_journal(
    journal: UnlockedJournal, query: str, limit: int = LIMIT, kind: str | None = None
) -> list[Hit]:
    """Records whose text holds every word of `query`, best matches first; only records of
    `kind` (incident, contact, plan) when it is given."""
    return search.search(journal.connection, query, limit, kind)
