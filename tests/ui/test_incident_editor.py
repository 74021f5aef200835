"""The incident editor, driven through its real widgets and read back through the services."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hrjournal.domain.contact import Contact
from hrjournal.domain.dates import DateProblem, PartialDate
from hrjournal.domain.incident import ME, Incident
from hrjournal.services import records
from hrjournal.services.history import history
from hrjournal.services.journal import UnlockedJournal
from hrjournal.ui.incident_editor import IncidentEditor
from hrjournal.ui.partial_date_field import PartialDateField
from hrjournal.ui.record_table import RecordTable
from hrjournal.ui.session import JournalSession

ARABIC = "تهديد بالقتل أمام المكتب"
ACCENTED = "Ciudad de México, Peñón"
RLO = "\u202e"


@pytest.fixture
def session(journal: UnlockedJournal) -> JournalSession:
    opened = JournalSession()
    opened.open(journal)
    return opened


def _editor(qtbot: QtBot, session: JournalSession) -> IncidentEditor:
    editor = IncidentEditor(session)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    return editor


@pytest.fixture
def editor(qtbot: QtBot, session: JournalSession) -> IncidentEditor:
    opened = _editor(qtbot, session)
    opened.new_record()
    return opened


def type_text(widget: QWidget, text: str) -> None:
    """Type any script: qtbot.keyClicks aborts the process on non-ASCII text."""
    widget.setFocus()
    for character in text:
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(widget, event)


def choose(combo: QWidget, data: object) -> None:
    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def add_row(qtbot: QtBot, table: RecordTable) -> int:
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    return table.table.rowCount() - 1


def check_type(editor: IncidentEditor, key: str) -> None:
    types = editor.form.types
    for row in range(types.count()):
        item = types.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(key)


def _contact(journal: UnlockedJournal, name: str) -> str:
    return records.save_contact(journal, Contact(records.new_id("contact"), name)).id


def fill_everything(qtbot: QtBot, editor: IncidentEditor, lawyer: str) -> None:
    form = editor.form
    type_text(form.title, ARABIC)
    qtbot.keyClicks(form.start.edit, "2024-03")
    choose(form.start.precision, "estimate")
    qtbot.keyClicks(form.tags, "court, lawyers, court,")
    check_type(editor, "threats::death_threat")
    type_text(form.description, "Él dijo: ")
    type_text(form.description, ARABIC)
    choose(form.country, "MX")
    type_text(form.locality, ACCENTED)
    choose(form.location_type, "office")
    qtbot.keyClicks(form.latitude, "19,4326")
    qtbot.keyClicks(form.longitude, "-99.1332")

    row = add_row(qtbot, form.perpetrators)
    choose(form.perpetrators.cell(row, "type"), "state::police")
    choose(form.perpetrators.cell(row, "involvement"), "carried_out")
    qtbot.keyClicks(form.perpetrators.cell(row, "description"), "two officers in plain clothes")
    row = add_row(qtbot, form.affected)
    choose(form.affected.cell(row, "person"), ME)
    row = add_row(qtbot, form.sources)
    type_text(form.sources.cell(row, "who"), "Sœur Anaïs")
    choose(form.sources.cell(row, "contact"), lawyer)
    choose(form.sources.cell(row, "reliability"), "reliable")
    row = add_row(qtbot, form.interventions)
    qtbot.keyClicks(form.interventions.cell(row, "date"), "2024-03-07")
    qtbot.keyClicks(form.interventions.cell(row, "party"), "the ombudsman")
    choose(form.confidentiality["location"], "confidential")
    type_text(form.facts, "Second threat this month")


def test_a_new_incident_typed_in_is_saved_as_typed(
    qtbot: QtBot, editor: IncidentEditor, journal: UnlockedJournal, session: JournalSession
) -> None:
    lawyer = _contact(journal, "Abogada Ñúñez")
    session.notify_changed("contact")
    fill_everything(qtbot, editor, lawyer)
    assert editor.is_modified()

    with (
        qtbot.waitSignal(editor.saved) as saved,
        qtbot.waitSignal(session.records_changed) as changed,
    ):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert saved.args == [editor.uid()]
    assert changed.args == ["incident"]
    assert not editor.is_modified()
    assert editor.message.isHidden()
    incident = records.get_incident(journal, str(editor.uid()))
    assert editor.form.reference.text() == incident.reference
    assert incident.reference is not None
    assert incident.reference.startswith("INC-")
    assert incident.title == ARABIC
    assert incident.description == "Él dijo: " + ARABIC
    assert incident.start == PartialDate(2024, 3, precision="estimate")
    assert incident.end is None
    assert incident.tags == ["court", "lawyers"]
    assert incident.types == ["threats::death_threat"]
    assert incident.location.country == "MX"
    assert incident.location.locality == ACCENTED
    assert incident.location.type == "office"
    assert (incident.location.latitude, incident.location.longitude) == (19.4326, -99.1332)
    [perpetrator] = incident.perpetrators
    assert (perpetrator.type, perpetrator.involvement) == ("state::police", "carried_out")
    assert perpetrator.description == "two officers in plain clothes"
    assert incident.affected == [ME]
    [source] = incident.sources
    assert (source.who, source.contact, source.reliability) == ("Sœur Anaïs", lawyer, "reliable")
    [intervention] = incident.interventions
    assert intervention.date == PartialDate(2024, 3, 7)
    assert intervention.party == "the ombudsman"
    assert incident.confidentiality == {"location": "confidential"}
    assert incident.threat_assessment.facts == "Second threat this month"


def test_a_bad_date_is_explained_and_nothing_is_saved(
    qtbot: QtBot, editor: IncidentEditor, journal: UnlockedJournal
) -> None:
    qtbot.keyClicks(editor.form.title, "Followed home")
    qtbot.keyClicks(editor.form.start.edit, "2024-02-30")
    assert editor.save() is False
    assert editor.message.isVisible()
    assert "Started" in editor.message.text()
    assert "2024-02-30" in editor.message.text()
    assert records.list_incidents(journal) == []
    assert editor.form.title.text() == "Followed home"
    assert editor.form.start.edit.text() == "2024-02-30"
    assert editor.is_modified()


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ("end_before_start", "Ended"),
        ("no_title", "title"),
        ("empty_affected_row", "People affected"),
        ("bad_action_date", "Actions taken, row 1"),
        ("lone_latitude", "longitude"),
    ],
)
def test_other_problems_are_one_sentence_and_keep_the_edits(
    qtbot: QtBot, editor: IncidentEditor, journal: UnlockedJournal, setup: str, words: str
) -> None:
    form = editor.form
    if setup != "no_title":
        qtbot.keyClicks(form.title, "Raid")
    if setup == "end_before_start":
        qtbot.keyClicks(form.start.edit, "2024-05")
        qtbot.keyClicks(form.end.edit, "2024-04-30")
    elif setup == "empty_affected_row":
        add_row(qtbot, form.affected)
    elif setup == "bad_action_date":
        row = add_row(qtbot, form.interventions)
        qtbot.keyClicks(form.interventions.cell(row, "date"), "yesterday")
    elif setup == "lone_latitude":
        qtbot.keyClicks(form.latitude, "10")
    assert editor.save() is False
    assert words in editor.message.text()
    assert "Traceback" not in editor.message.text()
    assert records.list_incidents(journal) == []
    assert form.title.text() == ("" if setup == "no_title" else "Raid")


def test_editing_a_saved_incident_adds_a_revision(
    qtbot: QtBot, editor: IncidentEditor, session: JournalSession, journal: UnlockedJournal
) -> None:
    qtbot.keyClicks(editor.form.title, "Phone call")
    assert editor.save()
    uid = str(editor.uid())
    reference = editor.form.reference.text()

    other = _editor(qtbot, session)
    other.load(uid)
    assert other.form.title.text() == "Phone call"
    assert not other.is_modified()
    qtbot.keyClicks(other.form.title, " at night")
    choose(other.form.status, "follow_up")
    assert other.is_modified()
    assert other.save()

    revisions = history(journal, "incident", uid)
    assert len(revisions) == 2
    assert {"title", "status"} <= set(revisions[1].changed)
    incident = records.get_incident(journal, uid)
    assert (incident.title, incident.status, incident.reference) == (
        "Phone call at night",
        "follow_up",
        reference,
    )


def test_a_draft_comes_back_whole_in_a_fresh_editor(
    qtbot: QtBot, editor: IncidentEditor, session: JournalSession, journal: UnlockedJournal
) -> None:
    lawyer = _contact(journal, "Lawyer")
    session.notify_changed("contact")
    fill_everything(qtbot, editor, lawyer)
    editor.form.title.clear()  # a draft may lack a title
    qtbot.keyClicks(editor.form.end.edit, "2024-1")  # and be half-typed
    add_row(qtbot, editor.form.affected)  # and hold an unfinished row
    body = editor.draft()
    assert body["_new"] is True
    kept = json.loads(json.dumps(body, ensure_ascii=False))  # as the journal keeps it

    fresh = _editor(qtbot, session)
    fresh.restore_draft(kept)
    assert fresh.is_modified()
    assert fresh.uid() == editor.uid()
    assert fresh.draft() == body
    assert fresh.form.start.raw() == ("2024-03", "estimate")
    assert fresh.form.end.edit.text() == "2024-1"
    assert fresh.form.locality.text() == ACCENTED
    assert fresh.form.affected.table.rowCount() == 2

    type_text(fresh.form.title, ARABIC)
    qtbot.keyClicks(fresh.form.end.edit, "1")
    fresh.form.affected.table.setCurrentCell(1, 0)
    qtbot.mouseClick(fresh.form.affected.remove_button, Qt.MouseButton.LeftButton)
    assert fresh.save(), fresh.message.text()
    incident = records.get_incident(journal, str(fresh.uid()))
    assert incident.title == ARABIC
    assert incident.end == PartialDate(2024, 11, precision="unknown_day")
    assert incident.affected == [ME]
    assert incident.sources[0].contact == lawyer


def test_a_draft_of_a_saved_incident_saves_as_its_next_revision(
    qtbot: QtBot, editor: IncidentEditor, session: JournalSession, journal: UnlockedJournal
) -> None:
    qtbot.keyClicks(editor.form.title, "Summons")
    assert editor.save()
    qtbot.keyClicks(editor.form.impact, "Could not work for a week")
    body = editor.draft()
    assert "_new" not in body

    fresh = _editor(qtbot, session)
    fresh.restore_draft(body)
    assert fresh.form.reference.text() == editor.form.reference.text()
    assert fresh.save()
    assert len(history(journal, "incident", str(editor.uid()))) == 2
    assert records.get_incident(journal, str(editor.uid())).impact == "Could not work for a week"


def test_clear_empties_every_field(
    qtbot: QtBot, editor: IncidentEditor, session: JournalSession, journal: UnlockedJournal
) -> None:
    fill_everything(qtbot, editor, _contact(journal, "Lawyer"))
    assert editor.save()
    editor.clear()
    form = editor.form
    assert editor.uid() is None
    assert not editor.is_modified()
    for line in (form.title, form.reference, form.tags, form.locality, form.latitude):
        assert line.text() == ""
    assert form.description.toPlainText() == form.facts.toPlainText() == ""
    assert form.start.raw() == ("", None)
    assert form.types.keys() == []
    assert form.country.code() is None
    assert form.confidentiality["location"].key() == "restricted"
    for table in (form.perpetrators, form.affected, form.sources, form.interventions):
        assert table.table.rowCount() == 0
    assert all(not child.text() for child in editor.findChildren(QLineEdit) if child.isVisible())


def test_markup_and_direction_controls_stay_literal_text(
    qtbot: QtBot, editor: IncidentEditor, journal: UnlockedJournal
) -> None:
    title = f"<b>x</b> {RLO}evil.exe"
    editor.form.title.setText(title)
    qtbot.keyClicks(editor.form.description, "<i>not italic</i> &amp;")
    qtbot.keyClicks(editor.form.start.edit, "<b>x</b>")
    assert not editor.save()
    assert editor.message.textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b>" in editor.message.text()

    editor.form.start.clear()
    assert editor.save(), editor.message.text()
    saved: Incident = records.get_incident(journal, str(editor.uid()))
    assert saved.title == title
    assert saved.description == "<i>not italic</i> &amp;"
    assert editor.form.title.text() == title


def test_the_precision_offered_fits_the_date(qtbot: QtBot) -> None:
    field = PartialDateField("Started")
    qtbot.addWidget(field)

    def offered() -> list[str]:
        return [field.precision.itemData(i) for i in range(field.precision.count())]

    assert not field.precision.isEnabled()
    qtbot.keyClicks(field.edit, "2024")
    assert offered() == ["unknown_month_and_day", "estimate"]
    choose(field.precision, "estimate")
    qtbot.keyClicks(field.edit, "-03-05T14:30+03:00")
    assert offered() == ["exact", "estimate"]
    assert field.value() == PartialDate(2024, 3, 5, "14:30", "+03:00", "estimate")
    field.set_value(PartialDate(1999, 12, precision="unknown_day"))
    assert field.edit.text() == "1999-12"
    assert field.value() == PartialDate(1999, 12, precision="unknown_day")
    field.edit.setText("1999-12-32")
    with pytest.raises(DateProblem):
        field.value()
    field.clear()
    assert field.value() is None
