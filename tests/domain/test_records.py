"""Records to JSON and back: nothing lost, nothing changed, every mistake named."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrjournal.domain.contact import contact_from_json, contact_to_json
from hrjournal.domain.incident import incident_from_json, incident_to_json
from hrjournal.domain.safety_plan import plan_from_json, plan_to_json, risk_band
from hrjournal.errors import InvalidRecord
from hrjournal.services.catalog import catalog
from tests.support.records import TEXT_FIELDS, contact_json, incident_json, plan_json

CATALOG = catalog()
HOSTILE = [
    "<font size=80>big</font> <img src='/etc/passwd'/> &amp; <b>",
    "\u202eevil\u202c \u200f\u061c right-to-left \u2067isolate\u2069",
    "👩🏽‍⚖️🏳️‍🌈 ﷽ 𝕳𝖊𝖑𝖑𝖔 \U0001f9d1\u200d\U0001f4bb",
    "Ω" * 100_000,
    "",
    "   ",
    "line\nbreak\ttab\r\nwindows",
    "\x07bell \x1b[31mred\x1b[0m",
]


def _round_trip_all(text: Any) -> None:
    contact = contact_json("c-1", text)
    incident = incident_json("i-1", "c-1", text, related="i-0")
    plan = plan_json("p-1", "c-1", text)
    read_contact = contact_from_json(copy.deepcopy(contact), CATALOG.vocabularies)
    read_incident = incident_from_json(
        copy.deepcopy(incident), CATALOG.vocabularies, CATALOG.country_codes
    )
    read_plan = plan_from_json(copy.deepcopy(plan), CATALOG.vocabularies)
    for written, read_back in (
        (contact, contact_to_json(read_contact)),
        (incident, incident_to_json(read_incident)),
        (plan, plan_to_json(read_plan)),
    ):
        for key, value in written.items():
            assert read_back[key] == value, key


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_survives_unchanged(hostile: str) -> None:
    _round_trip_all(lambda field: hostile)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_any_unicode_in_any_field_survives_unchanged(data: st.DataObject) -> None:
    texts = st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=300,
    )
    _round_trip_all(lambda field: data.draw(texts, label=field))


def test_the_builders_fill_every_text_field() -> None:
    seen: set[str] = set()

    def text(field: str) -> str:
        seen.add(field)
        return field

    _round_trip_all(text)
    assert len(seen) == TEXT_FIELDS


def _incident(**changes: Any) -> dict[str, Any]:
    data = incident_json("i-1", "c-1", lambda f: f)
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"start": "2023-02-30"}, "start", "not a real date"),
        ({"start": "2024-03-05", "start_precision": "unknown_day"}, "start", "does not fit"),
        ({"end": "2024-01"}, "end", "before the start"),
        ({"types": ["threats::nope"]}, "types", "not a known"),
        ({"status": "archived"}, "status", "not a known"),
        ({"title": ""}, "title", "must not be empty"),
        ({"title": 42}, "title", "must be text"),
        ({"titel": "typo"}, "titel", "not a field"),
        ({"affected": ["me", "me"]}, "affected", "twice"),
        ({"affected": ["bad id!"]}, "affected[0].contact", "not an id"),
        ({"location": {"country": "XX"}}, "location.country", "ISO 3166"),
        ({"location": {"latitude": 10}}, "location.latitude", "longitude"),
        ({"related": [{"incident": "i-1", "relation": "follows"}]}, "related[0].incident",
         "itself"),
        ({"confidentiality": {"secrets": "public"}}, "confidentiality.secrets", "not a part"),
        ({"description": "a\x00b"}, "description", "cannot be stored"),
        ({"private_notes": "x" * 1_000_001}, "private_notes", "longer than"),
        ({"attachments": [{"id": "a", "filename": "f", "path": "../../etc/passwd"}]},
         "attachments[0].path", "inside the folder"),
        ({"attachments": [{"id": "a", "filename": "f", "sha256": "ABC"}]},
         "attachments[0].sha256", "SHA-256"),
        ({"reference": "INC-2026-9223372036854775807"}, "reference", "up to 999999"),
        ({"reference": "two words"}, "reference", "must be letters"),
        ({"related": [{"incident": "i-2\n", "relation": "follows"}]}, "related[0].incident",
         "not an id"),
        ({"created_at": "２０２４-01-01T00:00:00Z"}, "created_at", "is not a time"),
    ],
)  # fmt: skip
def test_every_mistake_names_the_record_and_field(
    changes: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(InvalidRecord) as caught:
        incident_from_json(_incident(**changes), CATALOG.vocabularies, CATALOG.country_codes)
    assert caught.value.record == "Incident i-1"
    assert caught.value.field == field
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"Incident i-1, field {field}: ")


def test_a_plan_escalation_out_of_order_is_refused() -> None:
    plan = plan_json("p-1", "c-1", lambda f: f)
    plan["check_in"]["escalation"].reverse()
    with pytest.raises(InvalidRecord, match="order"):
        plan_from_json(plan, CATALOG.vocabularies)


@pytest.mark.parametrize(
    ("likelihood", "impact", "band"),
    [(1, 1, "low"), (2, 2, "low"), (1, 5, "medium"), (3, 3, "medium"), (2, 5, "high"),
     (4, 4, "high"), (4, 5, "critical"), (5, 5, "critical")],
)  # fmt: skip
def test_risk_bands(likelihood: int, impact: int, band: str) -> None:
    assert risk_band(likelihood * impact, CATALOG.vocabularies) == band


def test_every_possible_score_has_a_band() -> None:
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            risk_band(likelihood * impact, CATALOG.vocabularies)
