"""Use cases on the records of an open journal: incidents, contacts, safety plans, evidence."""

from __future__ import annotations

import mimetypes
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.domain.contact import Contact
from hrjournal.domain.fields import utc_now
from hrjournal.domain.incident import Incident
from hrjournal.domain.safety_plan import SafetyPlan
from hrjournal.errors import InputRejected, StorageFailed
from hrjournal.services.catalog import catalog, plan_from_template
from hrjournal.store import attachments, contacts, drafts, incidents, plans, settings
from hrjournal.store.contacts import ContactRow
from hrjournal.store.incidents import IncidentFilter, IncidentRow
from hrjournal.store.plans import PlanRow
from hrjournal.store.transactions import transaction

__all__ = [
    "ContactRow",
    "IncidentFilter",
    "IncidentRow",
    "IncidentView",
    "PlanRow",
]
from hrjournal.vault.journal import UnlockedJournal

Progress = Callable[[int, int], None]


def new_id(kind: str) -> str:
    """A fresh record id: a kind letter and random hexadecimal, e.g. i-3f9a1c2b7d."""
    return f"{kind[0]}-{secrets.token_hex(5)}"


# -- incidents ------------------------------------------------------------------------------


def save_incident(journal: UnlockedJournal, incident: Incident) -> Incident:
    return incidents.save_incident(journal.connection, catalog(), incident, now=utc_now())


def get_incident(journal: UnlockedJournal, uid_or_reference: str) -> Incident:
    return incidents.get_incident(journal.connection, catalog(), uid_or_reference)


@dataclass(frozen=True)
class IncidentView:
    """An incident with what it links to, named: everything a screen or report needs."""

    incident: Incident
    contacts: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, alias)
    related: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (reference, title)


def open_incident(journal: UnlockedJournal, uid_or_reference: str) -> IncidentView:
    connection = journal.connection
    incident = incidents.get_incident(connection, catalog(), uid_or_reference)
    linked = [uid for _, uid, _ in incident.contact_references()]
    return IncidentView(
        incident,
        contacts.contact_names(connection, linked),
        incidents.incident_titles(connection, [r.incident for r in incident.related]),
    )


def list_incidents(
    journal: UnlockedJournal,
    *,
    limit: int = 100,
    offset: int = 0,
    where: IncidentFilter | None = None,
) -> list[IncidentRow]:
    return incidents.list_incidents(journal.connection, limit=limit, offset=offset, where=where)


def incident_tags(journal: UnlockedJournal) -> list[str]:
    """Every tag in use, for the list's filter."""
    return incidents.all_tags(journal.connection)


def delete_incident(journal: UnlockedJournal, uid_or_reference: str) -> None:
    """Delete an incident, its evidence, its history's content and any draft of it."""
    uid = get_incident(journal, uid_or_reference).id
    with transaction(journal.connection):
        incidents.delete_incident(journal.connection, uid, now=utc_now())
        drafts.discard_draft(journal.connection, "incident", uid)


# -- evidence -------------------------------------------------------------------------------


def attachment_limit(journal: UnlockedJournal) -> int:
    return settings.attachment_limit(journal.connection)


def set_attachment_limit(journal: UnlockedJournal, max_bytes: int) -> None:
    if max_bytes < 1024 * 1024:
        raise InputRejected("The attachment size limit must be at least 1 MB.")
    settings.set_setting(journal.connection, settings.ATTACHMENT_MAX_BYTES, str(max_bytes))


def add_attachment(
    journal: UnlockedJournal,
    incident_uid: str,
    path: Path,
    *,
    description: str = "",
    progress: Progress | None = None,
) -> AttachmentInfo:
    """Take a file into the journal as evidence of an incident; the file itself is left as
    it is (deleting the original is the user's decision)."""
    limit = attachment_limit(journal)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputRejected(f"{path} is not a file.")
        if size > limit:
            raise InputRejected(
                f"{path.name} is {attachments.human_size(size)}, more than the "
                f"{attachments.human_size(limit)} an attachment may be."
            )
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        info = AttachmentInfo(
            id=new_id("attachment"),
            filename=path.name,
            media_type=media_type,
            description=description,
        )
        with open(path, "rb") as source:
            return incidents.attach(
                journal.connection,
                get_incident(journal, incident_uid).id,
                source,
                info,
                now=utc_now(),
                max_bytes=limit,
                progress=(lambda done: progress(done, size)) if progress else None,
            )
    except FileNotFoundError:
        raise InputRejected(f"There is no file {path}.") from None
    except OSError as error:
        raise StorageFailed(f"Could not read {path}: {error.strerror}.") from None


def export_attachment(journal: UnlockedJournal, uid: str, destination: Path) -> AttachmentInfo:
    """Write a copy of an attachment where the user asked, and log it in its custody."""
    if destination.exists():
        raise InputRejected(f"{destination} already exists; choose another name.")
    try:
        with open(destination, "xb") as sink:
            for chunk in attachments.content(journal.connection, uid):
                sink.write(chunk)
            sink.flush()
            os.fsync(sink.fileno())
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    return attachments.record_custody(
        journal.connection, uid, "exported", now=utc_now(), note=f"copy saved as {destination.name}"
    )


def read_attachment(journal: UnlockedJournal, uid: str) -> bytes:
    """The whole content in memory, for viewing inside the program (never via a temp file)."""
    return b"".join(attachments.content(journal.connection, uid))


# -- contacts -------------------------------------------------------------------------------


def save_contact(journal: UnlockedJournal, contact: Contact) -> Contact:
    return contacts.save_contact(journal.connection, catalog(), contact, now=utc_now())


def get_contact(journal: UnlockedJournal, uid: str) -> Contact:
    return contacts.get_contact(journal.connection, catalog(), uid)


def list_contacts(
    journal: UnlockedJournal, *, limit: int = 1000, offset: int = 0
) -> list[ContactRow]:
    return contacts.list_contacts(journal.connection, limit=limit, offset=offset)


def emergency_contacts(journal: UnlockedJournal) -> list[Contact]:
    """The contacts with a place in the call order, first to call first."""
    rows = contacts.list_contacts(journal.connection)
    return [get_contact(journal, row.uid) for row in rows if row.call_order is not None]


def delete_contact(journal: UnlockedJournal, uid: str) -> None:
    with transaction(journal.connection):
        contacts.delete_contact(journal.connection, uid, now=utc_now())
        drafts.discard_draft(journal.connection, "contact", uid)


# -- safety plans ---------------------------------------------------------------------------


def new_plan(template_key: str, language: str = "en") -> SafetyPlan:
    """A new, unsaved safety plan started from a shipped template, its texts in `language`
    where they are translated."""
    return plan_from_template(template_key, new_id("plan"), language)


def save_plan(journal: UnlockedJournal, plan: SafetyPlan) -> SafetyPlan:
    return plans.save_plan(journal.connection, catalog(), plan, now=utc_now())


def get_plan(journal: UnlockedJournal, uid: str) -> SafetyPlan:
    return plans.get_plan(journal.connection, catalog(), uid)


def list_plans(journal: UnlockedJournal, *, limit: int = 1000, offset: int = 0) -> list[PlanRow]:
    return plans.list_plans(journal.connection, limit=limit, offset=offset)


def plans_due_for_review(journal: UnlockedJournal, today: str) -> list[PlanRow]:
    """Plans whose next review date (YYYY-MM-DD) is today or past."""
    return [
        row
        for row in plans.list_plans(journal.connection)
        if row.next_review is not None and row.next_review <= today
    ]


def delete_plan(journal: UnlockedJournal, uid: str) -> None:
    with transaction(journal.connection):
        plans.delete_plan(journal.connection, uid, now=utc_now())
        drafts.discard_draft(journal.connection, "plan", uid)
