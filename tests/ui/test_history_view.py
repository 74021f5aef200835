"""A record's history, read back through the real view, offscreen."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from pytestqt.qtbot import QtBot

from hrjournal.domain.incident import Incident, Location
from hrjournal.services import records
from hrjournal.ui.history_view import HistoryView, field_label
from hrjournal.ui.session import JournalSession
from hrjournal.vault.journal import UnlockedJournal

TITLE = "مداهمة المكتب"  # Arabic: the saved content is shown as written, not as \u escapes


@pytest.fixture
def view(qtbot: QtBot, journal: UnlockedJournal) -> HistoryView:
    session = JournalSession()
    session.open(journal)
    widget = HistoryView(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _content(view: HistoryView) -> dict[str, object]:
    shown: dict[str, object] = json.loads(view.content.toPlainText())
    return shown


def test_each_revision_is_listed_with_what_it_changed(
    view: HistoryView, journal: UnlockedJournal
) -> None:
    first = records.save_incident(journal, Incident(id=records.new_id("incident"), title=TITLE))
    records.save_incident(
        journal, replace(first, title="Raid on the office", location=Location(locality="Oaxaca"))
    )

    view.show_record("incident", first.id)

    assert view.revisions.topLevelItemCount() == 2
    one, two = view.revisions.topLevelItem(0), view.revisions.topLevelItem(1)
    assert one.text(0) == "1"
    assert one.text(2) == "First saved"
    assert two.text(0) == "2"
    assert two.text(2) == "Location › Locality, Title"
    assert two.text(1)
    assert view.revisions.currentItem() is two
    assert _content(view)["title"] == "Raid on the office"

    view.revisions.setCurrentItem(one)
    assert TITLE in view.content.toPlainText()
    assert _content(view)["title"] == TITLE
    assert view.content.isReadOnly()


def test_a_deleted_record_says_so(view: HistoryView, journal: UnlockedJournal) -> None:
    saved = records.save_incident(journal, Incident(id=records.new_id("incident"), title="x"))
    records.delete_incident(journal, saved.id)
    view.show_record("incident", saved.id)
    last = view.revisions.topLevelItem(view.revisions.topLevelItemCount() - 1)
    assert last.text(2) == "Deleted"
    assert "deleted" in view.content.toPlainText()


def test_an_unsaved_record_and_clear_show_nothing(
    view: HistoryView, journal: UnlockedJournal
) -> None:
    view.show_record("incident", None)
    assert view.revisions.topLevelItemCount() == 0
    assert "saved" in view.message.text()

    saved = records.save_incident(journal, Incident(id=records.new_id("incident"), title="x"))
    view.show_record("incident", saved.id)
    assert view.revisions.topLevelItemCount() == 1
    view.clear()
    assert view.revisions.topLevelItemCount() == 0
    assert view.content.toPlainText() == ""
    assert not view.message.isVisible()


def test_field_paths_read_as_words() -> None:
    assert field_label("perpetrators[1].type") == "Perpetrators, item 2 › Type"
    assert field_label("threat_assessment.who_is_behind") == "Threat assessment › Who is behind it"
    assert field_label("types") == "Incident types"
    assert field_label("tags[0]") == "Tags, item 1"
