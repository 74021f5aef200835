"""The incident report: one incident, everything its profile allows, evidence listed with its
SHA-256 and intake time, and images shown as clean thumbnails."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.domain.catalog import Catalog
from hrjournal.domain.dates import PartialDate
from hrjournal.domain.incident import Incident
from hrjournal.export import blocks
from hrjournal.export.images import thumbnail
from hrjournal.export.pages import CONTENT_WIDTH, ReportInfo, Translate
from hrjournal.export.profiles import Names, Profile, redact_incident


@dataclass(frozen=True)
class IncidentData:
    """An incident and what it links to, as the journal holds it (redaction happens here)."""

    incident: Incident
    contacts: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, alias)
    related: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # id -> (ref, title)
    images: Mapping[str, bytes] = field(default_factory=dict)  # attachment id -> content


class Words:
    """Vocabulary labels, country names and dates, in the document's language."""

    def __init__(self, catalog: Catalog, tr: Translate) -> None:
        self.catalog = catalog
        self.tr = tr

    def term(self, vocabulary: str, key: str | None) -> str:
        if not key:
            return ""
        terms = self.catalog.vocabularies[vocabulary]
        return self.tr(terms.label_of(key)) if key in terms else key

    def incident_type(self, key: str) -> str:
        terms = self.catalog.vocabularies["incident_types"]
        if key not in terms:
            return key
        term = terms.term(key)
        label = self.tr(term.label)
        if term.parent and term.parent in terms:
            return f"{self.tr(terms.label_of(term.parent))}: {label}"
        return label

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return self.tr(self.catalog.countries.get(code, code))

    def date(self, value: PartialDate | None) -> str:
        """ISO (2024-03-05, 2024-03, 2024) in every language: unambiguous to any reader, where
        05/03/2024 is March to some and May to others."""
        if value is None:
            return ""
        text = str(value)
        if value.precision != "exact":
            text += f" ({self.term('date_precisions', value.precision)})"
        return text

    def size(self, size: int | None) -> str:
        if size is None:
            return ""
        if size < 1024:
            return f"{size} {self.tr('bytes')}"
        amount = size / 1024
        for unit in ("KB", "MB"):
            if amount < 1024:
                return f"{amount:.1f} {unit}"
            amount /= 1024
        return f"{amount:.1f} GB"


def when_text(incident: Incident, words: Words) -> str:
    text = words.date(incident.start)
    if incident.end is not None:
        text += f" – {words.date(incident.end)}"
    if incident.ongoing:
        text += f" ({words.tr('ongoing')})"
    return text


def where_text(incident: Incident, words: Words) -> str:
    place = incident.location
    parts = [place.detail, place.locality, place.region, words.country(place.country)]
    text = ", ".join(p for p in parts if p)
    if place.latitude is not None and place.longitude is not None:
        text += f" ({place.latitude:.5f}, {place.longitude:.5f})"
    return text


def incident_report(data: IncidentData, catalog: Catalog, info: ReportInfo) -> list[Flowable]:
    tr, rtl = info.tr, info.rtl
    words = Words(catalog, tr)
    incident = redact_incident(data.incident, info.profile)
    names = Names(info.profile, data.contacts, me=tr("Me (the defender)"), unnamed=tr("Contact"))
    story: list[Flowable] = []
    subtitle = " · ".join(
        p for p in (incident.reference or "", words.term("incident_statuses", incident.status)) if p
    )
    story += blocks.title(incident.title, subtitle, rtl=rtl)
    story += blocks.fields(
        [
            (tr("When"), when_text(incident, words)),
            (tr("Where"), where_text(incident, words)),
            (tr("Kind of place"), words.term("location_types", incident.location.type)),
            (tr("What happened"), "\n".join(words.incident_type(t) for t in incident.types)),
            (tr("Tags"), ", ".join(incident.tags)),
        ],
        rtl=rtl,
    )
    story += _text_section(tr("Description"), incident.description, rtl)
    story += _perpetrators(incident, words, names, rtl)
    if incident.affected:
        story += blocks.heading(tr("People affected"), rtl=rtl)
        story += blocks.bullets([names.of(c) for c in incident.affected], rtl=rtl)
    story += _sources(incident, words, names, rtl)
    story += _interventions(incident, words, names, rtl)
    story += _text_section(tr("Impact"), incident.impact, rtl)
    if incident.related:
        story += blocks.heading(tr("Related incidents"), rtl=rtl)
        story += blocks.bullets(
            [
                f"{words.term('relation_types', r.relation)}: "
                + " ".join(p for p in data.related.get(r.incident, (r.incident, "")) if p)
                for r in incident.related
            ],
            rtl=rtl,
        )
    story += _text_section(tr("Private notes"), incident.private_notes, rtl)
    assessment = incident.threat_assessment
    assessment_rows = [
        (tr("Facts"), assessment.facts),
        (tr("Pattern"), assessment.pattern),
        (tr("Objective"), assessment.objective),
        (tr("Who is behind it"), assessment.who_is_behind),
        (tr("Feasibility"), assessment.feasibility),
    ]
    if any(value for _, value in assessment_rows):
        story += blocks.heading(tr("Threat assessment"), rtl=rtl)
        story += blocks.fields(assessment_rows, rtl=rtl)
    story += evidence(incident.attachments, data.images, words, info.profile, rtl=rtl)
    return story


def _text_section(heading: str, text: str, rtl: bool) -> list[Flowable]:
    if not text.strip():
        return []
    return [*blocks.heading(heading, rtl=rtl), blocks.paragraph(text, rtl=rtl)]


def _perpetrators(incident: Incident, words: Words, names: Names, rtl: bool) -> list[Flowable]:
    if not incident.perpetrators:
        return []
    tr = words.tr
    story = blocks.heading(tr("Perpetrators"), rtl=rtl)
    for number, p in enumerate(incident.perpetrators, start=1):
        story += blocks.fields(
            [
                (f"{number}. {tr('Kind')}", words.term("perpetrator_types", p.type)),
                (tr("Involvement"), words.term("involvement_degrees", p.involvement)),
                (tr("Who"), names.of(p.contact) if p.contact else ""),
                (tr("Description"), p.description),
                (tr("How identified"), p.identified_by),
            ],
            rtl=rtl,
        )
    return story


def _sources(incident: Incident, words: Words, names: Names, rtl: bool) -> list[Flowable]:
    if not incident.sources:
        return []
    tr = words.tr
    story = blocks.heading(tr("Sources"), rtl=rtl)
    for number, s in enumerate(incident.sources, start=1):
        story += blocks.fields(
            [
                (f"{number}. {tr('Who')}", s.who or (names.of(s.contact) if s.contact else "")),
                (tr("Contact"), names.of(s.contact) if s.contact and s.who else ""),
                (tr("Connection"), words.term("source_connections", s.connection)),
                (tr("Material"), words.term("source_materials", s.material)),
                (tr("Reliability"), words.term("source_reliability", s.reliability)),
                (tr("Notes"), s.notes),
            ],
            rtl=rtl,
        )
    return story


def _interventions(incident: Incident, words: Words, names: Names, rtl: bool) -> list[Flowable]:
    if not incident.interventions:
        return []
    tr = words.tr
    story = blocks.heading(tr("Interventions"), rtl=rtl)
    for number, i in enumerate(incident.interventions, start=1):
        who = " · ".join(p for p in (i.party, names.of(i.contact) if i.contact else "") if p)
        story += blocks.fields(
            [
                (f"{number}. {tr('Kind')}", words.term("intervention_types", i.type)),
                (tr("Who was told or asked"), who),
                (tr("When"), words.date(i.date)),
                (tr("Request"), i.request),
                (tr("Response"), i.response),
            ],
            rtl=rtl,
        )
    return story


def evidence(
    attachments: list[AttachmentInfo],
    images: Mapping[str, bytes],
    words: Words,
    profile: Profile,
    *,
    rtl: bool = False,
) -> list[Flowable]:
    """Every attachment with its SHA-256 and intake time; a thumbnail for the chosen images."""
    if not attachments:
        return []
    tr = words.tr
    story = blocks.heading(tr("Evidence"), rtl=rtl)
    for number, a in enumerate(attachments, start=1):
        name = a.filename if profile is Profile.FULL else ""
        rows = [
            (f"{tr('Item')} {number}", name or f"{a.media_type}, {words.size(a.size)}"),
            (tr("Type and size"), f"{a.media_type}, {words.size(a.size)}" if name else ""),
            (tr("SHA-256"), a.sha256 or ""),
            (tr("Taken in"), a.intake_at or ""),
            (tr("Description"), a.description),
            (tr("Origin"), words.term("attachment_origins", a.origin)),
        ]
        if profile is Profile.FULL and a.custody:
            rows.append(
                (
                    tr("Custody"),
                    "\n".join(
                        f"{e.at} {words.term('custody_actions', e.action)}"
                        + (f": {e.note}" if e.note else "")
                        for e in a.custody
                    ),
                )
            )
        part = blocks.fields(rows, rtl=rtl)
        content = images.get(a.id)
        picture = thumbnail(content) if content is not None else None
        if picture is not None:
            data, width, height = picture
            scale = min(60 * mm / max(width, height), 1.0 * CONTENT_WIDTH / width)
            part += [_image(data, width * scale, height * scale, rtl), Spacer(1, 3 * mm)]
        story.append(KeepTogether(part))
    return story


def _image(data: bytes, width: float, height: float, rtl: bool) -> Flowable:
    image = Image(io.BytesIO(data), width=width, height=height)
    image.hAlign = "RIGHT" if rtl else "LEFT"  # under its description, on the reading side
    return image
