"""A record's history: every saved revision, and what each one changed."""

from __future__ import annotations

import json
from dataclasses import dataclass

from hrjournal.domain.changes import changed_fields
from hrjournal.store import revisions
from hrjournal.vault.journal import UnlockedJournal


@dataclass(frozen=True)
class RevisionChanges:
    number: int
    saved_at: str
    changed: tuple[str, ...]  # field paths; empty for the first revision
    body: dict[str, object] | None  # the record as saved then; None once deleted


def history(journal: UnlockedJournal, kind: str, uid: str) -> list[RevisionChanges]:
    """Oldest first."""
    found: list[RevisionChanges] = []
    previous: dict[str, object] | None = None
    for revision in revisions.history(journal.connection, kind, uid):
        body = json.loads(revision.body) if revision.body is not None else None
        changed: tuple[str, ...] = ()
        if previous is not None and body is not None:
            changed = tuple(changed_fields(previous, body))
        found.append(RevisionChanges(revision.number, revision.saved_at, changed, body))
        previous = body
    return found
