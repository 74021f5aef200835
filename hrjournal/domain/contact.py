"""A contact: a person or organisation the defender relies on, and how to reach them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hrjournal.domain.fields import MAX_SHORT, Fields
from hrjournal.domain.vocabularies import Vocabularies


@dataclass
class Channel:
    type: str
    value: str
    preferred: bool = False
    verified: str | None = None  # YYYY-MM-DD
    fingerprint: str = ""  # a Signal safety number or a PGP fingerprint


@dataclass
class Contact:
    id: str
    name: str
    alias: str = ""  # what a shared document shows instead of the name
    kind: str = "person"
    roles: list[str] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    availability: str = ""
    call_order: int | None = None  # 1 is called first
    may_receive: list[str] = field(default_factory=list)
    notes: str = ""
    last_verified: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


def contact_to_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.name,
        "alias": contact.alias,
        "kind": contact.kind,
        "roles": list(contact.roles),
        "channels": [
            {
                "type": c.type,
                "value": c.value,
                "preferred": c.preferred,
                "verified": c.verified,
                "fingerprint": c.fingerprint,
            }
            for c in contact.channels
        ],
        "languages": list(contact.languages),
        "availability": contact.availability,
        "call_order": contact.call_order,
        "may_receive": list(contact.may_receive),
        "notes": contact.notes,
        "last_verified": contact.last_verified,
        "created_at": contact.created_at,
        "updated_at": contact.updated_at,
    }


def contact_from_json(data: object, vocabularies: Vocabularies) -> Contact:
    record = "Contact"
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        record = f"Contact {data['id']}"
    f = Fields(data, record, "", vocabularies)
    contact_id = f.identifier("id")
    channels = []
    for c in f.objects("channels"):
        kind = c.required_key("type", "channel_types")
        channels.append(
            Channel(
                type=kind,
                value=c.text("value", required=True, limit=MAX_SHORT),
                preferred=c.boolean("preferred"),
                verified=c.day("verified"),
                fingerprint=c.text("fingerprint", limit=MAX_SHORT),
            )
        )
        c.check_no_unknown()
    kind = f.key("kind", "contact_kinds", default="person")
    contact = Contact(
        id=contact_id,
        name=f.text("name", required=True, limit=MAX_SHORT),
        alias=f.text("alias", limit=MAX_SHORT),
        kind=kind,
        roles=f.keys("roles", "contact_roles"),
        channels=channels,
        languages=f.strings("languages", limit=35),
        availability=f.text("availability"),
        call_order=f.optional_integer("call_order", minimum=1, maximum=10_000),
        may_receive=f.keys("may_receive", "document_kinds"),
        notes=f.text("notes"),
        last_verified=f.day("last_verified"),
        created_at=f.timestamp("created_at"),
        updated_at=f.timestamp("updated_at"),
    )
    f.check_no_unknown()
    return contact
