"""The incident summary: a set of incidents chosen by a filter, as a table, a timeline, and
counts by month and by type drawn as charts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from hrjournal.domain.catalog import Catalog
from hrjournal.domain.incident import Incident
from hrjournal.export import blocks
from hrjournal.export.charts import MonthChart, Timeline, TypeChart
from hrjournal.export.incident_report import Words, when_text, where_text
from hrjournal.export.layout import TextStyle
from hrjournal.export.pages import CONTENT_WIDTH, ReportInfo
from hrjournal.export.profiles import Profile, redact_incident


def _place(incident: Incident, words: Words, profile: Profile) -> str:
    if profile is Profile.FULL:
        return where_text(incident, words)
    place = incident.location  # already cut to the locality and the country
    return ", ".join(p for p in (place.locality, words.country(place.country)) if p)


def incident_summary(
    incidents: Sequence[Incident],
    chosen_by: Sequence[str],
    catalog: Catalog,
    info: ReportInfo,
) -> list[Flowable]:
    """`chosen_by` describes the filter in the document's language, one line per condition."""
    tr, rtl = info.tr, info.rtl
    words = Words(catalog, tr)
    shown = [redact_incident(i, info.profile) for i in incidents]
    story: list[Flowable] = []
    count = tr("{count} incidents").format(count=len(shown))
    story += blocks.title(tr("Incident summary"), count, rtl=rtl)
    chosen = "\n".join(chosen_by) or tr("All incidents")
    story += blocks.fields([(tr("Chosen by"), chosen)], rtl=rtl)

    months: Counter[str] = Counter()
    types: Counter[str] = Counter()
    points = []
    for incident in shown:
        start = incident.start
        if start is not None:
            points.append((str(start), incident.reference or incident.title))
            if start.month is not None:
                months[f"{start.year:04d}-{start.month:02d}"] += 1
        types.update(incident.types)
    points.sort()
    story += blocks.heading(tr("Patterns"), rtl=rtl)
    empty = tr("No dated incidents.")
    story.append(Timeline(points, tr("Timeline"), CONTENT_WIDTH, empty_text=empty, rtl=rtl))
    story.append(
        MonthChart(
            sorted(months.items()),
            tr("Incidents by month"),
            CONTENT_WIDTH,
            empty_text=empty,
            rtl=rtl,
        )
    )
    by_type = [(words.incident_type(k), n) for k, n in types.most_common()]
    story.append(
        TypeChart(
            by_type,
            tr("Incidents by type"),
            CONTENT_WIDTH,
            empty_text=tr("No incident has a type."),
            other_label=tr("Other types"),
            rtl=rtl,
        )
    )

    story += blocks.heading(tr("Incidents"), rtl=rtl)
    # INC-2025-0017 on one line at the table's size (27 mm); the title takes what is left.
    widths = [
        27 * mm,
        28 * mm,
        CONTENT_WIDTH - 27 * mm - 28 * mm - 46 * mm - 30 * mm,
        46 * mm,
        30 * mm,
    ]
    rows = [
        [
            incident.reference or "",
            when_text(incident, words),
            incident.title,
            "\n".join(words.incident_type(t) for t in incident.types),
            _place(incident, words, info.profile),
        ]
        for incident in shown
    ]
    header = [tr("Reference"), tr("When"), tr("Title"), tr("What happened"), tr("Where")]
    story += blocks.grid(header, rows, widths, rtl=rtl)

    evidence = [
        [incident.reference or "", a.sha256 or "", a.intake_at or ""]
        for incident in shown
        for a in incident.attachments
    ]
    if evidence:
        story += blocks.heading(tr("Evidence referenced"), rtl=rtl)
        story += blocks.grid(
            [tr("Incident"), tr("SHA-256"), tr("Taken in")],
            evidence,
            [24 * mm, CONTENT_WIDTH - 24 * mm - 40 * mm, 40 * mm],
            style=TextStyle(size=7),
            rtl=rtl,
        )
    return story
