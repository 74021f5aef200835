"""Searching the journal."""

from __future__ import annotations

import re

from hrjournal.errors import InputRejected
from hrjournal.store import search
from hrjournal.store.search import Hit
from hrjournal.vault.journal import UnlockedJournal

__all__ = ["LIMIT", "Hit", "search_journal"]

LIMIT = 50
_HALF_PAIR = re.compile("[\ud800-\udfff]")


def search_journal(
    journal: UnlockedJournal, query: str, limit: int = LIMIT, kind: str | None = None
) -> list[Hit]:
    """Records whose text holds every word of `query`, best matches first; only records of
    `kind` (incident, contact, plan) when it is given."""
    if _HALF_PAIR.search(query):  # bytes a terminal could not decode, for one
        raise InputRejected(
            "The search holds bytes that are not text (check the terminal's character set); "
            "nothing was searched."
        )
    return search.search(journal.connection, query, limit, kind)
