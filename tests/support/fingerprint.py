"""A journal's whole logical content as one digest, to prove a refused operation changed
nothing in it."""

from __future__ import annotations

import hashlib

from hrjournal.vault.journal import UnlockedJournal

TABLES = (
    "revisions", "contacts", "incidents", "incident_types", "incident_tags",
    "incident_contacts", "incident_relations", "safety_plans", "plan_contacts", "attachments",
    "attachment_chunks", "counters", "settings",
)  # fmt: skip


def content_digest(journal: UnlockedJournal) -> str:
    digest = hashlib.sha256()
    for table in TABLES:
        for row in journal.connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
        digest.update(b"|")
    rows = journal.connection.execute("SELECT rowid FROM search_index ORDER BY rowid")
    digest.update(repr(rows.fetchall()).encode())
    return digest.hexdigest()
