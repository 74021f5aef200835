"""What the report dialog says about each kind of document and each profile, in the app's own
translatable words (the services' English sentences are for the command line).

The context stays "ReportDialog", where these texts are shown, so translators find them
together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrjournal.services import reports
from hrjournal.services.reports import Profile, ReportKind


def kind_title(kind: ReportKind) -> str:
    return {
        ReportKind.INCIDENT: QCoreApplication.translate("ReportDialog", "Incident report"),
        ReportKind.INCIDENTS: QCoreApplication.translate("ReportDialog", "Incident summary"),
        ReportKind.PLAN: QCoreApplication.translate("ReportDialog", "Safety plan"),
        ReportKind.CONTACTS: QCoreApplication.translate("ReportDialog", "Emergency contact card"),
    }[kind]


def removed_sentences() -> dict[str, str]:
    # One for each key of reports.REMOVED_SENTENCES, with the same meaning.
    translate = QCoreApplication.translate
    return {
        "names": translate(
            "ReportDialog", "Names of people and organisations: their aliases are shown instead."
        ),
        "sources": translate("ReportDialog", "Sources and witnesses."),
        "private_notes": translate("ReportDialog", "Private notes."),
        "threat_assessment": translate("ReportDialog", "The threat assessment."),
        "contact_details": translate(
            "ReportDialog", "Phone numbers, addresses, accounts and fingerprints."
        ),
        "coordinates": translate("ReportDialog", "Map coordinates."),
        "precise_location": translate(
            "ReportDialog", "Place details: only the town and the country are kept."
        ),
        "file_names": translate("ReportDialog", "The original names of evidence files."),
        "custody": translate("ReportDialog", "The custody log of evidence."),
        "confidential_parts": translate(
            "ReportDialog", "Every part of an incident marked confidential."
        ),
        "whole_plan": translate(
            "ReportDialog", "The whole plan: a safety plan is only exported in full."
        ),
        "contact_notes": translate("ReportDialog", "Notes about contacts."),
    }


def removed_lines(kind: ReportKind, profile: Profile) -> list[str]:
    """What `profile` leaves out of this kind of document, in the user's language. A key the
    app has no words for yet is shown in the services' English rather than left out."""
    if profile is Profile.FULL:
        return []
    own = removed_sentences()
    return [
        own.get(key, reports.REMOVED_SENTENCES.get(key, key))
        for key in reports.SHARE_REMOVES[kind.value]
    ]


def kept_as_written() -> str:
    return QCoreApplication.translate(
        "ReportDialog",
        "Text you wrote yourself (titles, descriptions, plan sections) is kept as written: "
        "read it for names before you share.",
    )
