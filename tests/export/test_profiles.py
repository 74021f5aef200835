"""The share profile's promise: every field it drops is absent from the PDF's text.

Each text field holds its own canary. The same records exported with `full` show every
canary (so the extraction really finds text, and the test can fail); exported with `share`,
the dropped ones are in no page, and the kept ones still are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrjournal.errors import InputRejected
from hrjournal.services import interchange
from hrjournal.services.records import get_contact, get_incident, save_contact, save_incident
from hrjournal.services.reports import Profile, ReportKind, ReportRequest, build_report
from hrjournal.vault.journal import UnlockedJournal
from tests.support.pdf import all_text
from tests.support.records import contact_json, incident_json, plan_json

# What share must drop, per document, by the canary of the field.
DROPPED = {
    ReportKind.INCIDENT: [
        "contact.name",
        "source.who",
        "source.notes",
        "incident.private_notes",
        "assessment.facts",
        "assessment.pattern",
        "assessment.objective",
        "assessment.who_is_behind",
        "assessment.feasibility",
        "location.region",
        "location.detail",
        "perpetrator.identified_by",
        "intervention.party",
        "attachment.filename",
        "custody.note",
    ],
    ReportKind.INCIDENTS: ["location.region", "location.detail"],
    ReportKind.CONTACTS: ["contact.name", "channel.value", "channel.fingerprint"],
}
# What share keeps, which proves the extraction works on the same document.
KEPT = {
    ReportKind.INCIDENT: [
        "incident.title",
        "incident.description",
        "contact.alias",
        "location.locality",
        "incident.impact",
        "attachment.description",
        "perpetrator.description",
        "intervention.request",
        "intervention.response",
        "incident.tag",
    ],
    ReportKind.INCIDENTS: ["incident.title", "location.locality"],
    ReportKind.CONTACTS: ["contact.alias", "contact.availability", "contact.language"],
}
SHARED_KINDS = list(DROPPED)
COORDINATES = "17.06000"


FIELDS: set[str] = set()


def canary(field: str) -> str:
    FIELDS.add(field)
    return "K" + field.replace(".", "x").replace("_", "y")


@pytest.fixture
def filled(journal: UnlockedJournal, tmp_path: Path) -> UnlockedJournal:
    incident = incident_json("i-1", "c-1", canary)
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "note.txt").write_text("a statement")
    incident["attachments"] = [
        {
            "id": "a-1",
            "path": "files/note.txt",
            "filename": f"{canary('attachment.filename')}.txt",
            "description": canary("attachment.description"),
            "custody": [
                {
                    "at": "2025-01-01T10:00:00Z",
                    "action": "collected",
                    "sha256": "0" * 64,
                    "note": canary("custody.note"),
                }
            ],
        }
    ]
    contact = contact_json("c-1", canary)
    contact["call_order"] = 1
    document = {
        "format": "hrjournal/1",
        "contacts": [contact],
        "incidents": [incident],
        "safety_plans": [plan_json("p-1", "c-1", canary)],
    }
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    interchange.import_json(journal, source)
    return journal


def _text(journal: UnlockedJournal, kind: ReportKind, profile: Profile) -> str:
    reference = {ReportKind.INCIDENT: "i-1", ReportKind.PLAN: "p-1"}.get(kind)
    built = build_report(journal, ReportRequest(kind, profile, reference=reference))
    return all_text(built.content).replace("\n", " ")


def _canaries_in(text: str) -> set[str]:
    return {field for field in FIELDS if canary(field) in text}


@pytest.mark.parametrize("kind", SHARED_KINDS)
def test_share_drops_every_field_it_promises_to(filled: UnlockedJournal, kind: ReportKind) -> None:
    full = _text(filled, kind, Profile.FULL)
    shared = _text(filled, kind, Profile.SHARE)
    assert set(DROPPED[kind]) <= _canaries_in(full), "the control: full prints them all"
    # Exactly the kept fields, and every field full prints is classed as dropped or kept: a
    # field newly printed cannot slip into shared documents unnoticed.
    assert _canaries_in(shared) == set(KEPT[kind])
    assert _canaries_in(full) <= set(DROPPED[kind]) | set(KEPT[kind])


def test_a_safety_plan_is_exported_in_full_or_not_at_all(filled: UnlockedJournal) -> None:
    with pytest.raises(InputRejected, match="only exported with the full profile"):
        build_report(filled, ReportRequest(ReportKind.PLAN, Profile.SHARE, reference="p-1"))
    full = _text(filled, ReportKind.PLAN, Profile.FULL)
    assert canary("section.if_detained") in full
    assert canary("channel.value") in full


PLAN_FIELDS = ("plan.", "section.", "risk.", "check_in.", "escalation.", "review.")


def test_a_safety_plan_prints_every_field_it_holds(filled: UnlockedJournal) -> None:
    """A plan is exported only in full: the trusted contact sees all of it, each risk's
    vulnerabilities and capacities included."""
    full = _text(filled, ReportKind.PLAN, Profile.FULL)
    held = {field for field in FIELDS if field.startswith(PLAN_FIELDS)}
    assert len(held) > 15, "the control: the plan's fields were filled"
    assert {field for field in held if canary(field) not in full} == set()


def test_an_unlinked_intervention_party_is_not_shared(filled: UnlockedJournal) -> None:
    incident = get_incident(filled, "i-1")
    incident.interventions[0].contact = None
    save_incident(filled, incident)
    assert canary("intervention.party") in _text(filled, ReportKind.INCIDENT, Profile.FULL)
    assert canary("intervention.party") not in _text(filled, ReportKind.INCIDENT, Profile.SHARE)


def test_share_drops_coordinates(filled: UnlockedJournal) -> None:
    assert COORDINATES in _text(filled, ReportKind.INCIDENT, Profile.FULL)
    assert COORDINATES not in _text(filled, ReportKind.INCIDENT, Profile.SHARE)


def test_a_contact_without_an_alias_is_not_named_in_share(filled: UnlockedJournal) -> None:
    contact = get_contact(filled, "c-1")
    contact.alias = ""
    save_contact(filled, contact)
    shared = _text(filled, ReportKind.INCIDENT, Profile.SHARE)
    assert canary("contact.name") not in shared
    assert "Contact A" in shared


def test_the_share_profile_is_the_default() -> None:
    assert ReportRequest(ReportKind.INCIDENT).profile is Profile.SHARE
