"""Records with every field filled, for round trips, canaries and property tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hrjournal.domain.safety_plan import SECTIONS

Text = Callable[[str], str]
SHORT = 500  # the limit of titles, names and other short fields


def _short(text: Text, field: str, limit: int = SHORT) -> str:
    return text(field)[:limit]


def _required(text: Text, field: str, limit: int = 1_000_000) -> str:
    value = text(field)[:limit]
    return value if value.strip() else f"{field} {value}"[:limit]


def contact_json(uid: str, text: Text) -> dict[str, Any]:
    return {
        "id": uid,
        "name": _required(text, "contact.name", SHORT),
        "alias": _short(text, "contact.alias"),
        "kind": "organisation",
        "roles": ["lawyer", "trusted_contact"],
        "channels": [
            {
                "type": "signal",
                "value": _required(text, "channel.value", SHORT),
                "preferred": True,
                "verified": "2025-01-02",
                "fingerprint": _short(text, "channel.fingerprint"),
            }
        ],
        "languages": [_required(text, "contact.language", 35)],
        "availability": text("contact.availability"),
        "call_order": 2,
        "may_receive": ["incident_summary"],
        "notes": text("contact.notes"),
        "last_verified": "2025-01-03",
    }


def incident_json(uid: str, contact: str, text: Text, related: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": uid,
        "title": _required(text, "incident.title", SHORT),
        "description": text("incident.description"),
        "start": "2024-03-05T14:30+03:00",
        "start_precision": "estimate",
        "end": "2024-03",
        "end_precision": "unknown_day",
        "ongoing": True,
        "location": {
            "country": "MX",
            "region": _short(text, "location.region"),
            "locality": _short(text, "location.locality"),
            "detail": text("location.detail"),
            "type": "office",
            "latitude": 17.06,
            "longitude": -96.72,
        },
        "types": ["threats::death_threat", "surveillance"],
        "perpetrators": [
            {
                "type": "state::police",
                "involvement": "carried_out",
                "contact": contact,
                "description": text("perpetrator.description"),
                "identified_by": text("perpetrator.identified_by"),
            }
        ],
        "affected": ["me", contact],
        "sources": [
            {
                "who": _short(text, "source.who"),
                "contact": contact,
                "connection": "direct_witness",
                "material": "testimony",
                "reliability": "reliable",
                "notes": text("source.notes"),
            }
        ],
        "interventions": [
            {
                "type": "complaint",
                "party": _short(text, "intervention.party"),
                "contact": contact,
                "date": "2024-04",
                "request": text("intervention.request"),
                "response": text("intervention.response"),
            }
        ],
        "impact": text("incident.impact"),
        "status": "follow_up",
        "confidentiality": {"sources": "confidential", "description": "public"},
        "tags": [_required(text, "incident.tag", 100)],
        "private_notes": text("incident.private_notes"),
        "threat_assessment": {
            "facts": text("assessment.facts"),
            "pattern": text("assessment.pattern"),
            "objective": text("assessment.objective"),
            "who_is_behind": text("assessment.who_is_behind"),
            "feasibility": text("assessment.feasibility"),
        },
    }
    if related:
        data["related"] = [{"incident": related, "relation": "follows"}]
    return data


def plan_json(uid: str, contact: str, text: Text) -> dict[str, Any]:
    return {
        "id": uid,
        "title": _required(text, "plan.title", SHORT),
        "owner": _short(text, "plan.owner"),
        "version": 3,
        "last_reviewed": "2025-01-01",
        "next_review": "2025-04-01",
        "review_triggers": text("plan.review_triggers"),
        "sections": {name: text(f"section.{name}") for name in SECTIONS},
        "risks": [
            {
                "threat": _required(text, "risk.threat"),
                "source": text("risk.source"),
                "vulnerabilities": text("risk.vulnerabilities"),
                "capacities": text("risk.capacities"),
                "likelihood": 4,
                "impact": 5,
                "prevention": text("risk.prevention"),
                "contingency": text("risk.contingency"),
                "owner": _short(text, "risk.owner"),
                "due": "2025-02-01",
            }
        ],
        "contact_tree": [contact],
        "check_in": {
            "contact": contact,
            "schedule": text("check_in.schedule"),
            "channel": "signal",
            "grace_minutes": 45,
            "escalation": [
                {
                    "after_minutes": 45,
                    "action": _required(text, "escalation.action"),
                    "contact": contact,
                },
                {"after_minutes": 120, "action": "call the network", "contact": None},
            ],
        },
        "review_log": [
            {"date": "2025-01-01", "by": _short(text, "review.by"), "note": text("review.note")}
        ],
    }


TEXT_FIELDS = 49  # how many distinct text fields the three builders fill (checked in a test)
