"""Redaction profiles: what a document may say about a record.

`full` is for the defender's own use. `share` is the default for anything that leaves the
laptop: names become aliases, and what would expose a source, a witness, a contact or the
defender's own assessment is left out. Redaction happens here, on copies of the records,
before a document is laid out; a document never sees what its profile removes, so no layout
mistake can print it.

Text the user wrote (titles, descriptions, impact, plan sections) is kept as written in both
profiles: no program can find every name in free text, and the export screen says so.
"""

from __future__ import annotations

import copy
import string
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.domain.contact import Contact
from hrjournal.domain.incident import ME, Incident, Intervention, Location, Perpetrator
from hrjournal.domain.incident import ThreatAssessment as _Assessment
from hrjournal.domain.safety_plan import SafetyPlan


class Profile(StrEnum):
    FULL = "full"
    SHARE = "share"


DEFAULT_PROFILE = Profile.SHARE

# What `share` leaves out, per kind of document, as keys the app and the command line turn
# into sentences (the app in the user's language). The tests check each is really absent.
SHARE_REMOVES: Mapping[str, tuple[str, ...]] = {
    "incident": (
        "names",
        "sources",
        "private_notes",
        "threat_assessment",
        "contact_details",
        "coordinates",
        "precise_location",
        "file_names",
        "custody",
        "confidential_parts",
    ),
    "incidents": ("names", "precise_location"),
    # A safety plan says when its owner would be missed and what they would do: the share
    # profile leaves plans out altogether (DESIGN), so a plan is only exported in full.
    "plan": ("whole_plan",),
    "contacts": ("names", "contact_details", "contact_notes"),
}


@dataclass
class Names:
    """How a document names each linked contact: the name in `full`; in `share` the contact's
    alias, or "Contact A", "Contact B"... in order of first mention where there is none."""

    profile: Profile
    known: Mapping[str, tuple[str, str]]  # id -> (name, alias)
    me: str = "Me"
    unnamed: str = "Contact"
    _given: dict[str, str] = field(default_factory=dict)

    def of(self, contact_id: str) -> str:
        if contact_id == ME:
            return self.me
        name, alias = self.known.get(contact_id, ("", ""))
        if self.profile is Profile.FULL and name:
            return name
        if self.profile is Profile.SHARE and alias:
            return alias
        if contact_id not in self._given:
            self._given[contact_id] = f"{self.unnamed} {_letters(len(self._given))}"
        return self._given[contact_id]


def _letters(number: int) -> str:
    """A, B, ... Z, AA, AB, ..."""
    text = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        text = string.ascii_uppercase[rest] + text
    return text


def _shared_location(location: Location) -> Location:
    return Location(country=location.country, locality=location.locality)


def redact_incident(incident: Incident, profile: Profile) -> Incident:
    """A copy of `incident` holding only what `profile` may show. Links to contacts stay (as
    ids); the document names them through `Names`."""
    shown = copy.deepcopy(incident)
    if profile is Profile.FULL:
        return shown

    def hidden(part: str) -> bool:
        return incident.confidentiality_of(part) == "confidential"

    shown.sources = []
    shown.private_notes = ""
    shown.threat_assessment = _Assessment()
    shown.location = Location() if hidden("location") else _shared_location(incident.location)
    shown.perpetrators = (
        []
        if hidden("perpetrators")
        else [
            Perpetrator(p.type, p.involvement, p.contact, p.description, "")
            for p in incident.perpetrators
        ]
    )
    shown.interventions = (
        []
        if hidden("interventions")
        else [
            # Who was told is often a person's name: shown only as a linked contact's alias.
            Intervention(i.type, "", i.contact, i.date, i.request, i.response)
            for i in incident.interventions
        ]
    )
    if hidden("description"):
        shown.description = ""
    if hidden("affected"):
        shown.affected = []
    if hidden("impact"):
        shown.impact = ""
    shown.attachments = (
        [] if hidden("attachments") else [_shared_attachment(a) for a in incident.attachments]
    )
    return shown


def _shared_attachment(info: AttachmentInfo) -> AttachmentInfo:
    """Original file names often carry a person's name, a place or a phone's model."""
    return replace(info, filename="", custody=[], path=None)


def redact_contact(contact: Contact, profile: Profile) -> Contact:
    shown = copy.deepcopy(contact)
    if profile is Profile.SHARE:
        shown.channels = []
        shown.notes = ""
    return shown


def redact_plan(plan: SafetyPlan, profile: Profile) -> SafetyPlan:
    if profile is not Profile.FULL:
        raise ValueError("a safety plan is exported in full or not at all")
    return copy.deepcopy(plan)
