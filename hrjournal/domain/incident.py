"""An incident: what happened, when, where, who did it, to whom, and how we know.

A lean form of the HURIDOCS Events Standard Formats "event". The JSON form (`to_json`,
`incident_from_json`) is both the interchange format (hrjournal/1) and what the journal keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hrjournal.domain.attachment import AttachmentInfo, attachment_from_json
from hrjournal.domain.dates import PartialDate
from hrjournal.domain.fields import MAX_SHORT, Fields, date_precision, date_text
from hrjournal.domain.vocabularies import Vocabularies

ME = "me"  # in `affected`: the defender keeping the journal

# The parts of an incident whose confidentiality can be set, and who may see each by default.
PARTS_DEFAULT_CONFIDENTIALITY = {
    "description": "restricted",
    "location": "restricted",
    "perpetrators": "restricted",
    "affected": "restricted",
    "sources": "confidential",
    "interventions": "restricted",
    "impact": "restricted",
    "attachments": "restricted",
    "private_notes": "confidential",
    "threat_assessment": "confidential",
}


@dataclass
class Location:
    country: str | None = None  # ISO 3166-1 alpha-2
    region: str = ""
    locality: str = ""
    detail: str = ""
    type: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class Perpetrator:
    type: str
    involvement: str | None = None
    contact: str | None = None
    description: str = ""
    identified_by: str = ""


@dataclass
class Source:
    who: str = ""
    contact: str | None = None
    connection: str | None = None
    material: str | None = None
    reliability: str | None = None
    notes: str = ""


@dataclass
class Intervention:
    type: str | None = None
    party: str = ""
    contact: str | None = None
    date: PartialDate | None = None
    request: str = ""
    response: str = ""


@dataclass
class Relation:
    incident: str
    relation: str


@dataclass
class ThreatAssessment:
    facts: str = ""
    pattern: str = ""
    objective: str = ""
    who_is_behind: str = ""
    feasibility: str = ""


@dataclass
class Incident:
    id: str
    title: str
    reference: str | None = None
    description: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    ongoing: bool = False
    location: Location = field(default_factory=Location)
    types: list[str] = field(default_factory=list)
    perpetrators: list[Perpetrator] = field(default_factory=list)
    affected: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    impact: str = ""
    status: str = "open"
    confidentiality: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    related: list[Relation] = field(default_factory=list)
    private_notes: str = ""
    threat_assessment: ThreatAssessment = field(default_factory=ThreatAssessment)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    created_at: str | None = None
    updated_at: str | None = None

    def contact_references(self) -> list[tuple[str, str, str]]:
        """(field, contact id, role) for every link to a contact."""
        found = [
            (f"perpetrators[{n}].contact", p.contact, "perpetrator")
            for n, p in enumerate(self.perpetrators)
            if p.contact
        ]
        found += [(f"affected[{n}]", c, "affected") for n, c in enumerate(self.affected) if c != ME]
        found += [
            (f"sources[{n}].contact", s.contact, "source")
            for n, s in enumerate(self.sources)
            if s.contact
        ]
        found += [
            (f"interventions[{n}].contact", i.contact, "intervention")
            for n, i in enumerate(self.interventions)
            if i.contact
        ]
        return found

    def confidentiality_of(self, part: str) -> str:
        return self.confidentiality.get(part, PARTS_DEFAULT_CONFIDENTIALITY[part])


def incident_to_json(incident: Incident, *, with_attachments: bool = True) -> dict[str, Any]:
    """The documented hrjournal/1 form, keys in a fixed order."""
    location = incident.location
    data: dict[str, Any] = {
        "id": incident.id,
        "reference": incident.reference,
        "title": incident.title,
        "description": incident.description,
        "start": date_text(incident.start),
        "start_precision": date_precision(incident.start),
        "end": date_text(incident.end),
        "end_precision": date_precision(incident.end),
        "ongoing": incident.ongoing,
        "location": {
            "country": location.country,
            "region": location.region,
            "locality": location.locality,
            "detail": location.detail,
            "type": location.type,
            "latitude": location.latitude,
            "longitude": location.longitude,
        },
        "types": list(incident.types),
        "perpetrators": [
            {
                "type": p.type,
                "involvement": p.involvement,
                "contact": p.contact,
                "description": p.description,
                "identified_by": p.identified_by,
            }
            for p in incident.perpetrators
        ],
        "affected": list(incident.affected),
        "sources": [
            {
                "who": s.who,
                "contact": s.contact,
                "connection": s.connection,
                "material": s.material,
                "reliability": s.reliability,
                "notes": s.notes,
            }
            for s in incident.sources
        ],
        "interventions": [
            {
                "type": i.type,
                "party": i.party,
                "contact": i.contact,
                "date": date_text(i.date),
                "request": i.request,
                "response": i.response,
            }
            for i in incident.interventions
        ],
        "impact": incident.impact,
        "status": incident.status,
        "confidentiality": dict(sorted(incident.confidentiality.items())),
        "tags": list(incident.tags),
        "related": [{"incident": r.incident, "relation": r.relation} for r in incident.related],
        "private_notes": incident.private_notes,
        "threat_assessment": {
            "facts": incident.threat_assessment.facts,
            "pattern": incident.threat_assessment.pattern,
            "objective": incident.threat_assessment.objective,
            "who_is_behind": incident.threat_assessment.who_is_behind,
            "feasibility": incident.threat_assessment.feasibility,
        },
    }
    if with_attachments:
        data["attachments"] = [a.to_json() for a in incident.attachments]
    data["created_at"] = incident.created_at
    data["updated_at"] = incident.updated_at
    return data


def incident_from_json(
    data: object, vocabularies: Vocabularies, countries: frozenset[str], label: str = "Incident"
) -> Incident:
    """Read and validate one incident. Links to contacts and incidents are checked for shape
    here and for existence by the caller, which knows what else there is."""
    record = label
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        record = f"{label} {data['id']}"
    f = Fields(data, record, "", vocabularies)
    incident_id = f.identifier("id")
    start = f.partial_date("start", "start_precision")
    end = f.partial_date("end", "end_precision")
    f.date_order(start, end, "end")
    attachments = [attachment_from_json(a) for a in f.objects("attachments")]
    ids = [a.id for a in attachments]
    if len(set(ids)) != len(ids):
        raise f.fail("attachments", "two attachments have the same id")
    incident = Incident(
        id=incident_id,
        reference=_reference(f),
        title=f.text("title", required=True, limit=MAX_SHORT),
        description=f.text("description"),
        start=start,
        end=end,
        ongoing=f.boolean("ongoing"),
        location=_location(f.object("location"), countries),
        types=f.keys("types", "incident_types"),
        perpetrators=[_perpetrator(p) for p in f.objects("perpetrators")],
        affected=_affected(f),
        sources=[_source(s) for s in f.objects("sources")],
        interventions=[_intervention(i) for i in f.objects("interventions")],
        impact=f.text("impact"),
        status=f.key("status", "incident_statuses", default="open"),
        confidentiality=_confidentiality(f.object("confidentiality")),
        tags=f.strings("tags", limit=100),
        related=[_relation(r, incident_id) for r in f.objects("related")],
        private_notes=f.text("private_notes"),
        threat_assessment=_assessment(f.object("threat_assessment")),
        attachments=attachments,
        created_at=f.timestamp("created_at"),
        updated_at=f.timestamp("updated_at"),
    )
    f.check_no_unknown()
    return incident


REFERENCE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/-]{0,39}", re.ASCII)
JOURNAL_REFERENCE = re.compile(r"INC-(\d{4})-(\d{4,})", re.ASCII)
MAX_REFERENCE_NUMBER = 999_999


def _reference(f: Fields) -> str | None:
    reference = f.optional_text("reference", limit=40)
    if reference is None:
        return None
    if not REFERENCE_PATTERN.fullmatch(reference):
        raise f.fail("reference", "must be letters, digits and _ . : / - (up to 40)")
    numbered = JOURNAL_REFERENCE.fullmatch(reference)
    if numbered and int(numbered[2]) > MAX_REFERENCE_NUMBER:
        raise f.fail("reference", f"numbers go up to {MAX_REFERENCE_NUMBER}")
    return reference


def _location(where: Fields, countries: frozenset[str]) -> Location:
    country = where.optional_text("country", limit=2)
    if country is not None and country not in countries:
        raise where.fail("country", f"{country!r} is not an ISO 3166 country code")
    location = Location(
        country=country,
        region=where.text("region", limit=MAX_SHORT),
        locality=where.text("locality", limit=MAX_SHORT),
        detail=where.text("detail"),
        type=where.optional_key("type", "location_types"),
        latitude=where.number("latitude", minimum=-90, maximum=90),
        longitude=where.number("longitude", minimum=-180, maximum=180),
    )
    if (location.latitude is None) != (location.longitude is None):
        raise where.fail("latitude", "needs a longitude too (or neither)")
    where.check_no_unknown()
    return location


def _perpetrator(p: Fields) -> Perpetrator:
    perpetrator = Perpetrator(
        type=p.key("type", "perpetrator_types", default="unknown"),
        involvement=p.optional_key("involvement", "involvement_degrees"),
        contact=p.optional_identifier("contact"),
        description=p.text("description"),
        identified_by=p.text("identified_by"),
    )
    p.check_no_unknown()
    return perpetrator


def _affected(f: Fields) -> list[str]:
    affected = []
    for index, value in enumerate(f.array("affected")):
        item = Fields({"contact": value}, f.record, f"affected[{index}]", f.vocabularies)
        affected.append(ME if value == ME else item.identifier("contact"))
    if len(set(affected)) != len(affected):
        raise f.fail("affected", "lists the same person twice")
    return affected


def _source(s: Fields) -> Source:
    source = Source(
        who=s.text("who", limit=MAX_SHORT),
        contact=s.optional_identifier("contact"),
        connection=s.optional_key("connection", "source_connections"),
        material=s.optional_key("material", "source_materials"),
        reliability=s.optional_key("reliability", "source_reliability"),
        notes=s.text("notes"),
    )
    s.check_no_unknown()
    return source


def _intervention(i: Fields) -> Intervention:
    intervention = Intervention(
        type=i.optional_key("type", "intervention_types"),
        party=i.text("party", limit=MAX_SHORT),
        contact=i.optional_identifier("contact"),
        date=i.partial_date("date"),
        request=i.text("request"),
        response=i.text("response"),
    )
    i.check_no_unknown()
    return intervention


def _confidentiality(c: Fields) -> dict[str, str]:
    levels = {}
    for part in c.data:
        if part not in PARTS_DEFAULT_CONFIDENTIALITY:
            raise c.fail(part, "is not a part of an incident")
        levels[part] = c.required_key(part, "confidentiality_levels")
    return levels


def _relation(r: Fields, incident_id: str) -> Relation:
    other = r.identifier("incident")
    if other == incident_id:
        raise r.fail("incident", "an incident cannot be related to itself")
    relation = Relation(other, r.required_key("relation", "relation_types"))
    r.check_no_unknown()
    return relation


def _assessment(a: Fields) -> ThreatAssessment:
    assessment = ThreatAssessment(
        facts=a.text("facts"),
        pattern=a.text("pattern"),
        objective=a.text("objective"),
        who_is_behind=a.text("who_is_behind"),
        feasibility=a.text("feasibility"),
    )
    a.check_no_unknown()
    return assessment
