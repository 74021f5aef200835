"""Shareable PDF reports: gather the records, redact them by profile, lay them out, protect
them, and write them where the user asked, recorded in the export register.

The whole document is built in memory; the disk sees only the finished file (encrypted when
a password is given), written completely or not at all.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from hrjournal.domain.contact import Contact
from hrjournal.errors import InputRejected
from hrjournal.export.images import SHOWN_TYPES
from hrjournal.export.incident_report import IncidentData, incident_report
from hrjournal.export.incident_summary import incident_summary
from hrjournal.export.pages import ReportInfo, Story, Translate, build_pdf
from hrjournal.export.plan_report import contact_card, plan_report
from hrjournal.export.profiles import DEFAULT_PROFILE, SHARE_REMOVES, Profile
from hrjournal.export.protect import (
    MAX_PASSWORD_BYTES,
    MIN_PASSWORD_LENGTH,
    PasswordProblem,
    finish_pdf,
    password_problem,
)
from hrjournal.export.quickref import quickref_story, quickref_texts
from hrjournal.services import demo, document_language, exports
from hrjournal.services.catalog import catalog
from hrjournal.services.exports import write_whole
from hrjournal.services.records import (
    emergency_contacts,
    get_contact,
    get_plan,
    list_plans,
    open_incident,
    read_attachment,
)
from hrjournal.store import incidents as incident_store
from hrjournal.store.exports import ExportRecord
from hrjournal.store.incidents import IncidentFilter
from hrjournal.vault.journal import UnlockedJournal

__all__ = [
    "DEFAULT_PROFILE",
    "MAX_PASSWORD_BYTES",
    "MIN_PASSWORD_LENGTH",
    "PASSWORD_PROBLEMS",
    "SHARE_REMOVES",
    "PasswordProblem",
    "Profile",
    "ReportKind",
    "ReportRequest",
    "build_report",
    "export_report",
    "password_problem",
    "removed_sentences",
]

Progress = Callable[[int, int], None]
MAX_SUMMARY_INCIDENTS = 20_000
MAX_IMAGE_BYTES = 64 * 1024 * 1024  # a larger image is listed, not shown


class ReportKind(StrEnum):
    INCIDENT = "incident"
    INCIDENTS = "incidents"
    PLAN = "plan"
    CONTACTS = "contacts"


TITLES = {
    ReportKind.INCIDENT: "Incident report",
    ReportKind.INCIDENTS: "Incident summary",
    ReportKind.PLAN: "Safety plan",
    ReportKind.CONTACTS: "Emergency contact card",
}

# What the share profile removes, said plainly (the app shows its own translations of these).
REMOVED_SENTENCES = {
    "names": "Names of people and organisations: their aliases are shown instead.",
    "sources": "Sources and witnesses.",
    "private_notes": "Private notes.",
    "threat_assessment": "The threat assessment.",
    "contact_details": "Phone numbers, addresses, accounts and fingerprints.",
    "coordinates": "Map coordinates.",
    "precise_location": "Place details: only the town and the country are kept.",
    "file_names": "The original names of evidence files.",
    "custody": "The custody log of evidence.",
    "confidential_parts": "Every part of an incident marked confidential.",
    "whole_plan": "The whole plan: a safety plan is only exported in full.",
    "contact_notes": "Notes about contacts.",
}
KEPT_AS_WRITTEN = (
    "Text you wrote yourself (titles, descriptions, plan sections) is kept as written: read it "
    "for names before you share."
)


def default_profile(kind: ReportKind) -> Profile:
    """Share, unless the kind of document exists only in full (a safety plan)."""
    return Profile.FULL if kind is ReportKind.PLAN else DEFAULT_PROFILE


def removed_sentences(kind: ReportKind, profile: Profile) -> list[str]:
    if profile is Profile.FULL:
        return []
    return [REMOVED_SENTENCES[key] for key in SHARE_REMOVES[kind]]


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    profile: Profile = DEFAULT_PROFILE
    reference: str | None = None  # the incident (id or reference) or the plan (id)
    where: IncidentFilter | None = None  # the incidents of a summary; None: all
    chosen_by: tuple[str, ...] = ()  # the filter in words, printed on the summary
    with_images: bool | None = None  # None: images in `full`, none in `share`
    password: str | None = field(default=None, repr=False)
    # The language of the document's own words ("es", "ar"...): its labels, headings and
    # vocabulary terms; the records' own text is printed as it was written.
    language: str = "en"
    tr: Translate | None = None  # None: the shipped translation into `language`

    @property
    def images(self) -> bool:
        return self.profile is Profile.FULL if self.with_images is None else self.with_images


@dataclass(frozen=True)
class BuiltReport:
    content: bytes
    title: str  # also the PDF's title: the kind and the report id, nothing from the records


def _staged(progress: Progress | None, start: int, end: int) -> Progress | None:
    """Report a stage's own progress as part of the whole, counted in thousandths."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        share = done / total if total else 1.0
        progress(start + int((end - start) * share), 1000)

    return report


def _incident_story(journal: UnlockedJournal, request: ReportRequest, info: ReportInfo) -> Story:
    if not request.reference:
        raise InputRejected("Say which incident to report on, by its reference.")
    view = open_incident(journal, request.reference)
    images = {}
    if request.images:
        for attachment in view.incident.attachments:
            small_enough = (attachment.size or 0) <= MAX_IMAGE_BYTES  # else not read at all
            if attachment.media_type in SHOWN_TYPES and small_enough:
                images[attachment.id] = read_attachment(journal, attachment.id)
    data = IncidentData(view.incident, view.contacts, view.related, images)
    return incident_report(data, catalog(), info)


def _check_filter(where: IncidentFilter) -> None:
    """Refuse a filter that could only ever choose nothing because it is mistyped."""
    vocabularies = catalog().vocabularies
    if where.status and where.status not in vocabularies["incident_statuses"]:
        keys = ", ".join(vocabularies["incident_statuses"].keys())
        raise InputRejected(f"{where.status!r} is not a status; use one of {keys}.")
    if where.type_key and where.type_key not in vocabularies["incident_types"]:
        raise InputRejected(
            f"{where.type_key!r} is not an incident type; types look like liberty::arrest."
        )
    for day in (where.start_from, where.start_to):
        if day is not None:
            try:
                datetime.date.fromisoformat(day)
            except ValueError:
                raise InputRejected(f"{day!r} is not a day written as YYYY-MM-DD.") from None
            if len(day) != 10:
                raise InputRejected(f"{day!r} is not a day written as YYYY-MM-DD.")


def _summary_story(
    journal: UnlockedJournal, request: ReportRequest, info: ReportInfo, progress: Progress | None
) -> Story:
    where = request.where or IncidentFilter()
    _check_filter(where)
    rows = incident_store.list_incidents(
        journal.connection, limit=MAX_SUMMARY_INCIDENTS + 1, where=where
    )
    if len(rows) > MAX_SUMMARY_INCIDENTS:
        raise InputRejected(
            f"A summary holds up to {MAX_SUMMARY_INCIDENTS:,} incidents; narrow the choice."
        )
    known = catalog()
    chosen = []
    for number, row in enumerate(rows, start=1):
        chosen.append(incident_store.get_incident(journal.connection, known, row.uid))
        if progress is not None:
            progress(number, len(rows))
    return incident_summary(chosen, request.chosen_by, known, info)


PLAN_ONLY_IN_FULL = (
    "A safety plan is only exported with the full profile, since it tells whoever reads it "
    "when you would be missed; protect it with a password."
)


def _plan_story(journal: UnlockedJournal, request: ReportRequest, info: ReportInfo) -> Story:
    if request.profile is not Profile.FULL:
        raise InputRejected(PLAN_ONLY_IN_FULL)
    reference = request.reference
    if not reference:
        plans = list_plans(journal, limit=2)
        if len(plans) != 1:
            raise InputRejected(
                "Say which safety plan to report on, by its id."
                if plans
                else "The journal has no safety plan yet."
            )
        reference = plans[0].uid
    plan = get_plan(journal, reference)
    linked: Mapping[str, Contact] = {
        uid: get_contact(journal, uid) for _, uid in plan.contact_references()
    }
    return plan_report(plan, linked, catalog(), info)


PASSWORD_PROBLEMS = {
    PasswordProblem.TOO_SHORT: f"A PDF password needs at least {MIN_PASSWORD_LENGTH} "
    "characters; a short one is guessed in minutes.",
    PasswordProblem.TOO_LONG: f"A PDF password can be at most {MAX_PASSWORD_BYTES} bytes long "
    "(about 60 letters of a non-Latin script), or some readers will not open the PDF.",
    PasswordProblem.READ_DIFFERENTLY: "This PDF password holds a character that PDF readers do "
    "not all read alike (an invisible or unusual character or space); choose another.",
}


def build_report(
    journal: UnlockedJournal, request: ReportRequest, progress: Progress | None = None
) -> BuiltReport:
    """The finished PDF, in memory."""
    if request.password is not None:
        problem = password_problem(request.password)
        if problem is not None:
            raise InputRejected(PASSWORD_PROBLEMS[problem])
    tr = request.tr or document_language.translator(request.language)
    rtl = document_language.is_right_to_left(request.language)
    info = ReportInfo.now(tr(TITLES[request.kind]), request.profile, tr, rtl=rtl)
    # On every page, whatever the profile; also in a demo emptied by a duress passphrase.
    if demo.is_training(journal) or demo.is_demo_folder(journal.files.directory):
        info = replace(info, watermark=tr(demo.WATERMARK))
    gathering = _staged(progress, 0, 300)
    if request.kind is ReportKind.INCIDENT:
        story = _incident_story(journal, request, info)
    elif request.kind is ReportKind.INCIDENTS:
        story = _summary_story(journal, request, info, gathering)
    elif request.kind is ReportKind.PLAN:
        story = _plan_story(journal, request, info)
    else:
        story = contact_card(emergency_contacts(journal), catalog(), info)
    document = build_pdf(story, info, _staged(progress, 300, 950))
    title = f"{info.kind_title} {info.report_id}"
    content = finish_pdf(document, title, request.password)
    if progress is not None:
        progress(1000, 1000)
    return BuiltReport(content, title)


def export_report(
    journal: UnlockedJournal,
    request: ReportRequest,
    path: Path,
    progress: Progress | None = None,
    *,
    replace: bool = False,
) -> ExportRecord:
    """Build the report and write it to `path`, recorded in the export register."""
    exports.check_target(journal, path, replace=replace)  # before minutes of work, not after
    built = build_report(journal, request, progress)
    exports.write_export(journal, path, built.content, replace=replace)
    return exports.record_export(
        journal,
        path,
        kind=request.kind.value,
        title=built.title,
        size=len(built.content),
        profile=request.profile.value,
        protected=request.password is not None,
        content=built.content,
    )


def build_quickref(language: str) -> BuiltReport:
    """The one-page quick reference in `language`: nothing of any journal is in it."""
    texts = quickref_texts(language)
    info = replace(
        ReportInfo.now(
            str(texts["title"]),
            Profile.FULL,
            document_language.translator(language),
            rtl=document_language.is_right_to_left(language),
        ),
        holds_records=False,
    )
    document = build_pdf(quickref_story(language, info), info)
    title = f"{info.kind_title} {info.report_id}"
    return BuiltReport(finish_pdf(document, title, None), title)


def export_quickref(path: Path, language: str, *, replace_existing: bool = False) -> int:
    """Write the quick reference to `path`, whole or not at all; its size. Not registered:
    it holds nothing of the journal, and a trainer prints and hands it out."""
    built = build_quickref(language)
    return write_whole(path, built.content, replace=replace_existing)
