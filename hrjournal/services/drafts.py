"""Unsaved edits kept in the encrypted journal when it locks under an open editor."""

from __future__ import annotations

import json
from typing import Any

from hrjournal.domain.fields import utc_now
from hrjournal.store import drafts
from hrjournal.store.drafts import Draft
from hrjournal.vault.journal import UnlockedJournal

__all__ = ["Draft", "discard_draft", "keep_draft", "list_drafts"]

KINDS = ("incident", "contact", "plan")


def keep_draft(journal: UnlockedJournal, kind: str, uid: str, body: dict[str, Any]) -> None:
    if kind not in KINDS:
        raise ValueError(f"no drafts of {kind}")
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    drafts.keep_draft(journal.connection, Draft(kind, uid, text, utc_now()))


def list_drafts(journal: UnlockedJournal) -> list[Draft]:
    return drafts.drafts(journal.connection)


def discard_draft(journal: UnlockedJournal, kind: str, uid: str) -> None:
    drafts.discard_draft(journal.connection, kind, uid)
