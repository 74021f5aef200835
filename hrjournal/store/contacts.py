"""Contacts in the journal."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from hrjournal.domain.catalog import Catalog
from hrjournal.domain.contact import Contact, contact_from_json, contact_to_json
from hrjournal.errors import RecordInUse, RecordNotFound
from hrjournal.store import revisions, search
from hrjournal.store.records import (
    canonical_json,
    current,
    timestamps,
    uids_in_order,
    words_in,
)
from hrjournal.store.transactions import transaction
from hrjournal.vault.database import Connection

KIND = "contact"


@dataclass(frozen=True)
class ContactRow:
    uid: str
    name: str
    alias: str
    call_order: int | None


def save_contact(
    connection: Connection,
    catalog: Catalog,
    contact: Contact,
    *,
    now: str,
    keep_timestamps: bool = False,
) -> Contact:
    """Create or update a contact; the previous state stays in its history."""
    with transaction(connection):
        row = current(connection, "contacts", contact.id)
        created, updated = timestamps(
            row[1] if row else None,
            contact.created_at,
            contact.updated_at,
            now=now,
            keep=keep_timestamps,
        )
        stored = replace(contact, created_at=created, updated_at=updated)
        body = contact_to_json(stored)
        contact_from_json(body, catalog.vocabularies)  # what is stored must read back
        assert stored.updated_at is not None
        revision = revisions.append(
            connection, KIND, stored.id, canonical_json(body), stored.updated_at
        )
        if row:
            record_id = int(row[0])
            connection.execute(
                "UPDATE contacts SET name = ?, call_order = ?, revision_id = ? WHERE id = ?",
                (stored.name, stored.call_order, revision, record_id),
            )
        else:
            cursor = connection.execute(
                "INSERT INTO contacts (uid, name, call_order, revision_id) VALUES (?, ?, ?, ?)",
                (stored.id, stored.name, stored.call_order, revision),
            )
            record_id = int(cursor.lastrowid or 0)
        search.index(connection, KIND, record_id, words_in(body))
    return stored


def get_contact(connection: Connection, catalog: Catalog, uid: str) -> Contact:
    row = connection.execute(
        "SELECT r.body FROM contacts AS c JOIN revisions AS r ON r.id = c.revision_id"
        " WHERE c.uid = ?",
        (uid,),
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no contact {uid} in the journal.")
    return contact_from_json(json.loads(row[0]), catalog.vocabularies)


def all_contact_uids(connection: Connection) -> list[str]:
    return uids_in_order(connection, "contacts")


def list_contacts(
    connection: Connection, *, limit: int = 1000, offset: int = 0
) -> list[ContactRow]:
    """Contacts in the order they are called (those without a place last), then by name."""
    rows = connection.execute(
        "SELECT c.uid, c.name, json_extract(r.body, '$.alias'), c.call_order"
        " FROM contacts AS c JOIN revisions AS r ON r.id = c.revision_id"
        " ORDER BY c.call_order IS NULL, c.call_order, c.name LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [ContactRow(uid, name, alias or "", order) for uid, name, alias, order in rows]


def contact_names(connection: Connection, uids: list[str]) -> dict[str, tuple[str, str]]:
    """(name, alias) of each of these contacts that exists."""
    wanted = list(dict.fromkeys(uids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = connection.execute(
        "SELECT c.uid, c.name, json_extract(r.body, '$.alias')"  # noqa: S608 - marks only
        f" FROM contacts AS c JOIN revisions AS r ON r.id = c.revision_id WHERE c.uid IN ({marks})",
        wanted,
    )
    return {uid: (name, alias or "") for uid, name, alias in rows}


def delete_contact(connection: Connection, uid: str, *, now: str) -> None:
    """Delete a contact and empty its history; refused while anything links to it."""
    with transaction(connection):
        row = connection.execute("SELECT id, name FROM contacts WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise RecordNotFound(f"There is no contact {uid} in the journal.")
        record_id, name = row
        incidents = connection.execute(
            "SELECT count(DISTINCT incident_id) FROM incident_contacts WHERE contact_id = ?",
            (record_id,),
        ).fetchone()[0]
        plans = connection.execute(
            "SELECT count(*) FROM plan_contacts WHERE contact_id = ?", (record_id,)
        ).fetchone()[0]
        if incidents or plans:
            raise RecordInUse(
                f"{name} is still linked from {incidents} incident(s) and {plans} safety "
                "plan(s); remove those links first."
            )
        search.unindex(connection, KIND, record_id)
        connection.execute("DELETE FROM contacts WHERE id = ?", (record_id,))
        revisions.purge(connection, KIND, uid)
        revisions.append(connection, KIND, uid, None, now)
