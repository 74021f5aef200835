"""The safety plan as a document, and the emergency contact card (one printable page)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame

from hrjournal.domain.catalog import Catalog
from hrjournal.domain.contact import Contact
from hrjournal.domain.safety_plan import SECTIONS, SafetyPlan, risk_band
from hrjournal.export import blocks
from hrjournal.export.incident_report import Words
from hrjournal.export.pages import BANNER_HEIGHT, CONTENT_WIDTH, MARGIN, PAGE_HEIGHT, ReportInfo
from hrjournal.export.profiles import Names, Profile, redact_contact, redact_plan


def _channels(contact: Contact, words: Words) -> str:
    ordered = sorted(contact.channels, key=lambda c: not c.preferred)
    lines = []
    for channel in ordered:
        line = f"{words.term('channel_types', channel.type)}: {channel.value}"
        if channel.preferred:
            line += f" ({words.tr('preferred')})"
        if channel.fingerprint:
            line += f"\n    {words.tr('Safety number or fingerprint')}: {channel.fingerprint}"
        lines.append(line)
    return "\n".join(lines)


def plan_report(
    plan: SafetyPlan,
    contacts: Mapping[str, Contact],
    catalog: Catalog,
    info: ReportInfo,
) -> list[Flowable]:
    """`contacts` holds every contact the plan links to, by id."""
    tr, rtl = info.tr, info.rtl
    words = Words(catalog, tr)
    shown = redact_plan(plan, info.profile)
    names = Names(
        info.profile,
        {k: (c.name, c.alias) for k, c in contacts.items()},
        me=tr("Me"),
        unnamed=tr("Contact"),
    )
    story: list[Flowable] = []
    story += blocks.title(
        shown.title, tr("Safety plan, version {version}").format(version=shown.version), rtl=rtl
    )
    story += blocks.fields(
        [
            (tr("Owner"), shown.owner),
            (tr("Last reviewed"), shown.last_reviewed or ""),
            (tr("Next review"), shown.next_review or ""),
            (tr("Review when"), shown.review_triggers),
        ],
        rtl=rtl,
    )
    check_in = shown.check_in
    story += blocks.heading(tr("Check-in protocol"), rtl=rtl)
    story += blocks.fields(
        [
            (tr("Who to check in with"), names.of(check_in.contact) if check_in.contact else ""),
            (tr("When"), check_in.schedule),
            (tr("How"), words.term("channel_types", check_in.channel)),
            (tr("Grace period"), tr("{minutes} minutes").format(minutes=check_in.grace_minutes)),
        ],
        rtl=rtl,
    )
    if check_in.escalation:
        story.append(blocks.subheading(tr("If a check-in is missed"), rtl=rtl))
        story += blocks.bullets(
            [
                tr("After {minutes} minutes").format(minutes=step.after_minutes)
                + f": {step.action}"
                + (f" ({names.of(step.contact)})" if step.contact else "")
                for step in check_in.escalation
            ],
            rtl=rtl,
        )
    if shown.contact_tree:
        story += blocks.heading(tr("Contact tree"), rtl=rtl)
        tree = []
        for number, uid in enumerate(shown.contact_tree, start=1):
            line = f"{number}. {names.of(uid)}"
            contact = contacts.get(uid)
            if contact is not None and info.profile is Profile.FULL and contact.channels:
                line += "\n" + _channels(contact, words)
            tree.append(line)
        story += blocks.bullets(tree, rtl=rtl)
    for key in SECTIONS:
        text = shown.sections.get(key, "")
        if text.strip():
            story += blocks.heading(words.term("plan_sections", key), rtl=rtl)
            story.append(blocks.paragraph(text, rtl=rtl))
    if shown.risks:
        story += blocks.heading(tr("Risk register"), rtl=rtl)
        rows = []
        for risk in sorted(shown.risks, key=lambda r: -r.score):
            band = words.term("risk_bands", risk_band(risk.score, catalog.vocabularies))
            analysis = (
                (tr("Source"), risk.source),
                (tr("Vulnerabilities"), risk.vulnerabilities),
                (tr("Capacities"), risk.capacities),
            )
            rows.append(
                [
                    "\n".join(
                        [risk.threat, *(f"{label}: {text}" for label, text in analysis if text)]
                    ),
                    f"{risk.likelihood} × {risk.impact} = {risk.score}\n{band}",
                    risk.prevention,
                    risk.contingency,
                    " ".join(p for p in (risk.owner, risk.due or "") if p),
                ]
            )
        story += blocks.grid(
            [
                tr("Threat"),
                tr("Likelihood × impact"),
                tr("Prevention"),
                tr("Contingency"),
                tr("Who, by when"),
            ],
            rows,
            [
                CONTENT_WIDTH * 0.24,
                24 * mm,
                CONTENT_WIDTH * 0.25,
                CONTENT_WIDTH * 0.25,
                CONTENT_WIDTH * 0.26 - 24 * mm,
            ],
            rtl=rtl,
        )
    if shown.review_log:
        story += blocks.heading(tr("Review log"), rtl=rtl)
        story += blocks.bullets(
            [" · ".join(p for p in (r.date, r.by, r.note) if p) for r in shown.review_log],
            rtl=rtl,
        )
    return story


def contact_card(contacts: Sequence[Contact], catalog: Catalog, info: ReportInfo) -> list[Flowable]:
    """Who to call, in order, and how, shrunk if need be to fit one printable page.
    `contacts` come in call order."""
    tr, rtl = info.tr, info.rtl
    words = Words(catalog, tr)
    names = Names(info.profile, {c.id: (c.name, c.alias) for c in contacts}, unnamed=tr("Contact"))
    parts: list[Flowable] = []
    parts += blocks.title(tr("Who to call first"), tr("In this order"), rtl=rtl)
    if not contacts:
        empty = tr("No contact has a call order or an emergency role.")
        parts.append(blocks.paragraph(empty, rtl=rtl))
    for number, original in enumerate(contacts, start=1):
        contact = redact_contact(original, info.profile)
        roles = ", ".join(words.term("contact_roles", r) for r in contact.roles)
        parts.append(blocks.subheading(f"{number}. {names.of(contact.id)}", rtl=rtl))
        parts += blocks.fields(
            [
                (tr("Roles"), roles),
                (tr("How to reach"), _channels(contact, words)),
                (tr("When available"), contact.availability),
                (tr("Languages"), ", ".join(contact.languages)),
            ],
            rtl=rtl,
        )
    height = PAGE_HEIGHT - 2 * MARGIN - BANNER_HEIGHT - 2 * mm
    return [KeepInFrame(CONTENT_WIDTH, height, parts, mode="shrink")]
