"""`hrjournal verify`: is everything in the journal as it was written?"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hrjournal.services.journal import unlocked
from hrjournal.store import attachments, revisions


def verify_journal(
    directory: Path, secret: str, progress: Callable[[int, int], None] | None = None
) -> list[str]:
    """Problems found, one sentence each; empty when the journal is intact. Checks every
    database page, the revision chain, and every attachment against its SHA-256."""
    with unlocked(directory, secret) as journal:
        journal.check_integrity()
        problems = revisions.verify(journal.connection)
        problems += attachments.problems(journal.connection)
        if progress:
            progress(1, 1)
    return problems
