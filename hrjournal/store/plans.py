"""Safety plans in the journal."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from hrjournal.domain.catalog import Catalog
from hrjournal.domain.safety_plan import SafetyPlan, plan_from_json, plan_to_json
from hrjournal.errors import RecordNotFound
from hrjournal.store import revisions, search
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

KIND = "plan"


@dataclass(frozen=True)
class PlanRow:
    uid: str
    title: str
    next_review: str | None


def save_plan(
    connection: Connection,
    catalog: Catalog,
    plan: SafetyPlan,
    *,
    now: str,
    keep_timestamps: bool = False,
) -> SafetyPlan:
    record = f"Safety plan {plan.id}"
    with transaction(connection):
        row = current(connection, "safety_plans", plan.id)
        created, updated = timestamps(
            row[1] if row else None, plan.created_at, plan.updated_at, now=now, keep=keep_timestamps
        )
        stored = replace(plan, created_at=created, updated_at=updated)
        body = plan_to_json(stored)
        plan_from_json(body, catalog.vocabularies)
        contacts = resolve_links(
            connection, "contacts", record, stored.contact_references(), "contact"
        )
        assert stored.updated_at is not None
        revision = revisions.append(
            connection, KIND, stored.id, canonical_json(body), stored.updated_at
        )
        if row:
            record_id = int(row[0])
            connection.execute(
                "UPDATE safety_plans SET title = ?, next_review = ?, revision_id = ? WHERE id = ?",
                (stored.title, stored.next_review, revision, record_id),
            )
            connection.execute("DELETE FROM plan_contacts WHERE plan_id = ?", (record_id,))
        else:
            cursor = connection.execute(
                "INSERT INTO safety_plans (uid, title, next_review, revision_id)"
                " VALUES (?, ?, ?, ?)",
                (stored.id, stored.title, stored.next_review, revision),
            )
            record_id = int(cursor.lastrowid or 0)
        connection.executemany(
            "INSERT OR IGNORE INTO plan_contacts (plan_id, contact_id) VALUES (?, ?)",
            [(record_id, contact_id) for contact_id in contacts.values()],
        )
        search.index(connection, KIND, record_id, words_in(body))
    return stored


def get_plan(connection: Connection, catalog: Catalog, uid: str) -> SafetyPlan:
    row = connection.execute(
        "SELECT r.body FROM safety_plans AS p JOIN revisions AS r ON r.id = p.revision_id"
        " WHERE p.uid = ?",
        (uid,),
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no safety plan {uid} in the journal.")
    return plan_from_json(json.loads(row[0]), catalog.vocabularies)


def list_plans(connection: Connection, *, limit: int = 1000, offset: int = 0) -> list[PlanRow]:
    rows = connection.execute(
        "SELECT uid, title, next_review FROM safety_plans ORDER BY title, id LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [PlanRow(*row) for row in rows]


def all_plan_uids(connection: Connection) -> list[str]:
    return uids_in_order(connection, "safety_plans")


def delete_plan(connection: Connection, uid: str, *, now: str) -> None:
    with transaction(connection):
        row = connection.execute("SELECT id FROM safety_plans WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise RecordNotFound(f"There is no safety plan {uid} in the journal.")
        search.unindex(connection, KIND, int(row[0]))
        connection.execute("DELETE FROM safety_plans WHERE id = ?", (row[0],))
        revisions.purge(connection, KIND, uid)
        revisions.append(connection, KIND, uid, None, now)
