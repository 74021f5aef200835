"""The safety plan editor, driven through its real widgets; what it saved is read back."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from hrjournal.domain.contact import Contact
from hrjournal.domain.safety_plan import SECTIONS, CheckIn, Risk
from hrjournal.services import records
from hrjournal.services.catalog import catalog, safety_plan_templates
from hrjournal.services.journal import UnlockedJournal
from hrjournal.ui.check_in_editor import ACTION, AFTER, CONTACT
from hrjournal.ui.pickers import ContactCombo
from hrjournal.ui.plan_editor import PlanEditor
from hrjournal.ui.risk_register import BAND, BAND_COLOURS, IMPACT, LIKELIHOOD, SCORE, THREAT
from hrjournal.ui.session import JournalSession


@pytest.fixture
def session(journal: UnlockedJournal) -> JournalSession:
    opened = JournalSession()
    opened.open(journal)
    return opened


@pytest.fixture
def editor(qtbot: QtBot, session: JournalSession) -> PlanEditor:
    widget = PlanEditor(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _contact(journal: UnlockedJournal, name: str) -> str:
    return records.save_contact(journal, Contact(id=records.new_id("contact"), name=name)).id


def _type(widget: QWidget, text: str) -> None:
    """Type text one key event at a time (qtbot.keyClicks cannot send non-ASCII text)."""
    widget.setFocus()
    for character in text:
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("key", [template.key for template in safety_plan_templates()])
def test_a_new_plan_from_each_template_saves(
    qtbot: QtBot, editor: PlanEditor, journal: UnlockedJournal, key: str
) -> None:
    template = records.new_plan(key)
    editor.new_from_template(key)
    assert not editor.is_modified()
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    uid = editor.uid()
    assert uid is not None
    assert saved.args == [uid]
    stored = records.get_plan(journal, uid)
    assert stored.title == template.title
    assert stored.sections == template.sections
    assert stored.risks == template.risks
    assert stored.check_in == template.check_in
    assert stored.review_triggers == template.review_triggers
    assert [row.uid for row in records.list_plans(journal)] == [uid]


def test_new_record_starts_from_the_first_template(editor: PlanEditor) -> None:
    editor.new_record()
    assert editor.title.text() == records.new_plan(safety_plan_templates()[0].key).title


def test_a_risk_is_scored_banded_and_coloured_as_its_numbers_change(
    editor: PlanEditor, journal: UnlockedJournal
) -> None:
    editor.new_from_template("personal")
    register = editor.risk_register
    register.set_risks([])
    register.add_button.click()
    table = register.table
    row = table.rowCount() - 1
    table.item(row, THREAT).setText("Raid on the office")
    table.item(row, LIKELIHOOD).setData(Qt.ItemDataRole.EditRole, 5)
    table.item(row, IMPACT).setData(Qt.ItemDataRole.EditRole, 4)
    bands = catalog().vocabularies["risk_bands"]
    assert table.item(row, SCORE).text() == "20"
    assert table.item(row, BAND).text() == bands.label_of("critical")
    background, foreground = BAND_COLOURS["critical"]
    for column in (THREAT, SCORE, BAND):
        assert table.item(row, column).background().color() == background
        assert table.item(row, column).foreground().color() == foreground

    # through the real cell editor: each step of the spin box rescores at once
    table.setCurrentCell(row, IMPACT)
    table.editItem(table.item(row, IMPACT))
    spin = table.findChild(QSpinBox)
    assert spin is not None
    assert spin.accessibleName()
    spin.setValue(1)
    assert table.item(row, SCORE).text() == "5"
    assert table.item(row, BAND).text() == bands.label_of("medium")
    assert table.item(row, BAND).background().color() == BAND_COLOURS["medium"][0]
    table.setCurrentCell(row, THREAT)  # leaves the cell, closing its editor

    assert editor.is_modified()
    assert editor.save()
    uid = editor.uid()
    assert uid is not None
    assert records.get_plan(journal, uid).risks == [
        Risk(threat="Raid on the office", likelihood=5, impact=1)
    ]


def test_check_in_steps_are_saved_in_order_with_their_contacts(
    editor: PlanEditor, session: JournalSession, journal: UnlockedJournal
) -> None:
    lawyer = _contact(journal, "Lawyer")
    sister = _contact(journal, "Sister")
    session.notify_changed("contact")
    editor.new_from_template("travel")
    check_in = editor.check_in_editor
    check_in.set_check_in(CheckIn())
    steps = check_in.steps

    check_in.add_button.click()
    check_in.add_button.click()
    assert steps.rowCount() == 2
    steps.item(0, AFTER).setData(Qt.ItemDataRole.EditRole, 120)
    steps.item(0, ACTION).setText("Call the lawyer")
    steps.item(1, AFTER).setData(Qt.ItemDataRole.EditRole, 45)
    steps.item(1, ACTION).setText("Call my sister")
    combo = steps.cellWidget(1, CONTACT)
    assert isinstance(combo, ContactCombo)
    combo.set_contact(sister)

    assert not editor.save()  # out of time order: said, nothing lost
    assert "order" in editor.message.text()
    assert steps.item(0, ACTION).text() == "Call the lawyer"

    steps.setCurrentCell(1, ACTION)
    check_in.up_button.click()
    first = steps.cellWidget(1, CONTACT)
    assert isinstance(first, ContactCombo)
    first.set_contact(lawyer)
    check_in.schedule.setText("Every evening at 20:00")
    check_in.grace.setValue(15)
    assert editor.save()
    assert editor.message.isHidden()

    uid = editor.uid()
    assert uid is not None
    stored = records.get_plan(journal, uid).check_in
    assert [(s.after_minutes, s.action, s.contact) for s in stored.escalation] == [
        (45, "Call my sister", sister),
        (120, "Call the lawyer", lawyer),
    ]
    assert stored.schedule == "Every evening at 20:00"
    assert stored.grace_minutes == 15


def test_the_contact_tree_keeps_its_order(
    editor: PlanEditor, session: JournalSession, journal: UnlockedJournal
) -> None:
    first = _contact(journal, "First")
    second = _contact(journal, "Second")
    editor.new_record()
    tree = editor.contact_tree
    for uid in (first, second):
        tree.choice.set_contact(uid)
        tree.add_button.click()
    tree.add_button.click()  # already listed: not twice
    assert tree.contacts_list.item(1).text() == "Second"
    tree.up_button.click()
    assert editor.save()
    plan_id = editor.uid()
    assert plan_id is not None
    assert records.get_plan(journal, plan_id).contact_tree == [second, first]


def test_a_past_next_review_date_shows_the_banner(editor: PlanEditor) -> None:
    editor.new_record()
    assert editor.banner.isHidden()
    editor.next_review.setText("2020-01-15")
    assert editor.banner.isVisible()
    assert "2020-01-15" in editor.banner.text()
    editor.next_review.setText("2999-01-15")
    assert editor.banner.isHidden()


def test_a_wrong_date_is_said_and_every_edit_kept(
    editor: PlanEditor, journal: UnlockedJournal
) -> None:
    editor.new_record()
    editor.title.setText("Kept")
    editor.next_review.setText("2025-02-30")
    assert not editor.save()
    assert "next review date is not a real date" in editor.message.text()
    assert editor.title.text() == "Kept"
    assert editor.is_modified()
    assert records.list_plans(journal) == []


def test_arabic_typed_in_a_section_is_saved(editor: PlanEditor, journal: UnlockedJournal) -> None:
    editor.new_record()
    section = editor.sections["relocation"]
    section.setPlainText("")
    editor.parts.setCurrentRow(1 + SECTIONS.index("relocation"))
    _type(section, "بيت آمن في المدينة")
    assert editor.is_modified()
    assert editor.save()
    uid = editor.uid()
    assert uid is not None
    assert records.get_plan(journal, uid).sections["relocation"] == "بيت آمن في المدينة"


def test_a_draft_comes_back_as_it_was(qtbot: QtBot, editor: PlanEditor) -> None:
    editor.new_from_template("if_detained")
    editor.title.setText("Plan Ñ")
    editor.next_review.setText("2031-13")  # half typed: kept as it is
    editor.sections["wellbeing"].setPlainText("Walk every day")
    editor.risk_register.table.item(0, IMPACT).setData(Qt.ItemDataRole.EditRole, 1)
    editor.review_log.add_button.click()
    editor.review_log.table.item(0, 2).setText("First read")
    body = editor.draft()
    uid = editor.uid()
    restored_body = json.loads(json.dumps(body))  # as the journal keeps it

    other = PlanEditor(editor.session)
    qtbot.addWidget(other)
    other.restore_draft(restored_body)
    assert other.uid() == uid
    assert other.is_modified()
    assert other.title.text() == "Plan Ñ"
    assert other.next_review.text() == "2031-13"
    assert other.sections["wellbeing"].toPlainText() == "Walk every day"
    assert other.risk_register.risks() == editor.risk_register.risks()
    assert other.risk_register.score_of(0) == editor.risk_register.score_of(0)
    assert other.check_in_editor.check_in() == editor.check_in_editor.check_in()
    assert [r.note for r in other.review_log.reviews()] == ["First read"]
    assert other.draft() == body


def test_clear_empties_every_field(editor: PlanEditor, journal: UnlockedJournal) -> None:
    lawyer = _contact(journal, "Lawyer Name")
    editor.new_from_template("personal")
    editor.contact_tree.refresh_contacts()
    editor.contact_tree.choice.set_contact(lawyer)
    editor.contact_tree.add_button.click()
    editor.review_log.add_button.click()
    editor.clear()
    assert editor.uid() is None
    assert not editor.is_modified()
    assert editor.title.text() == ""
    assert all(not section.toPlainText() for section in editor.sections.values())
    assert editor.review_triggers.toPlainText() == ""
    assert editor.risk_register.risks() == []
    assert editor.risk_register.table.rowCount() == 0
    assert editor.check_in_editor.check_in().schedule == ""
    assert editor.check_in_editor.steps.rowCount() == 0
    assert editor.contact_tree.contacts() == []
    assert editor.review_log.table.rowCount() == 0
    assert editor.draft() == {}
    assert not editor.save()


def test_saving_once_locked_says_so_and_keeps_the_edits(
    editor: PlanEditor, session: JournalSession
) -> None:
    editor.new_record()
    editor.title.setText("Not lost")
    session.lock()
    assert not editor.save()
    assert "locked" in editor.message.text()
    assert editor.title.text() == "Not lost"


def test_unreadable_kept_edits_are_said_not_raised(editor: PlanEditor) -> None:
    editor.restore_draft({"plan": {"id": "p-0123456789", "risks": [{"danger": "x"}]}})
    assert editor.message.text()
    assert editor.uid() is None
