"""Whatever a record holds, every document is made, and none gains a link or an image."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrjournal.domain.contact import contact_from_json
from hrjournal.domain.incident import incident_from_json
from hrjournal.domain.safety_plan import plan_from_json
from hrjournal.errors import JournalError
from hrjournal.export.incident_report import IncidentData, incident_report
from hrjournal.export.incident_summary import incident_summary
from hrjournal.export.pages import ReportInfo, build_pdf
from hrjournal.export.plan_report import contact_card, plan_report
from hrjournal.export.profiles import Profile
from hrjournal.export.protect import finish_pdf
from hrjournal.services.catalog import catalog
from tests.support.pdf import image_count, link_annotations
from tests.support.records import contact_json, incident_json, plan_json

NASTY = [
    "<a href='http://x.example'>",
    "<img src='/etc/passwd'/>",
    "</para>",
    "<font size=99>",
    "&#x202e;",
    "\u202e",
    "\u2067",
    "\u200d\u200c",
    "e\u0301\u0302\u0303",
    "\U0001f600\U0001f9ec",
    "\x00\x1b\x7f\x85",
    "\ufeff",
    "مرحبا",
    "سلام",
    "မြန်မာ",
    "中文",
    "Ελληνικά",
    "Кириллица",
    "\n\n",
    " " * 50,
    "x" * 3000,
]
pieces = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),
    st.text(string.printable, max_size=40),
)
# NUL and half surrogate pairs are refused when a record is saved (test_layout.py prints
# them); here every example must reach the documents.
field_text = st.lists(pieces, max_size=6).map(
    lambda parts: "".join(
        c for c in "".join(parts) if c != "\x00" and not 0xD800 <= ord(c) < 0xE000
    )
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.dictionaries(st.sampled_from(range(60)), field_text),
    profile=st.sampled_from(list(Profile)),
)
def test_any_text_in_any_field_makes_every_document(
    values: dict[int, str], profile: Profile
) -> None:
    fields: list[str] = []

    def text(field: str) -> str:
        fields.append(field)
        return values.get(len(fields) - 1, field)

    known = catalog()
    try:
        contact = contact_from_json(contact_json("c-1", text), known.vocabularies)
        incident = incident_from_json(
            incident_json("i-1", "c-1", text), known.vocabularies, known.country_codes
        )
        plan = plan_from_json(plan_json("p-1", "c-1", text), known.vocabularies)
    except JournalError:
        return  # refused at the door (e.g. a name of only spaces): never reaches a document
    contacts = {"c-1": (contact.name, contact.alias)}
    documents = [
        (
            "Incident report",
            incident_report(IncidentData(incident, contacts), known, _info(profile)),
        ),
        ("Incident summary", incident_summary([incident], ["chosen"], known, _info(profile))),
        ("Safety plan", plan_report(plan, {"c-1": contact}, known, _info(Profile.FULL))),
        ("Emergency contact card", contact_card([contact], known, _info(profile))),
    ]
    for title, story in documents:
        content = finish_pdf(build_pdf(story, _info(profile, title)), title, None)
        assert content.startswith(b"%PDF")
        assert link_annotations(content) == 0
        assert image_count(content) == 0


def _info(profile: Profile, title: str = "Report") -> ReportInfo:
    return ReportInfo.now(title, profile)
