"""The contact editor, driven through its widgets; what it saved is read back through services."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hrjournal.services import records
from hrjournal.services.journal import UnlockedJournal
from hrjournal.ui.channel_table import PREFERRED, TYPE, VALUE, VERIFIED
from hrjournal.ui.contact_editor import ContactEditor
from hrjournal.ui.pickers import VocabularyCombo
from hrjournal.ui.session import JournalSession

ARABIC_NAME = "أمل حداد"


def type_text(widget: QWidget, text: str) -> None:
    """Type any script: qtbot.keyClicks aborts the process on non-ASCII text."""
    for character in text:
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(widget, event)


def check(checklist: QListWidget, key: str) -> None:
    for row in range(checklist.count()):
        item = checklist.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no {key} in the list")


def edit_cell(qtbot: QtBot, editor: ContactEditor, row: int, column: int) -> QWidget:
    table = editor.channels.table
    table.setCurrentCell(row, column)
    item = table.item(row, column)
    assert item is not None
    table.editItem(item)
    cell_editor = table.indexWidget(table.model().index(row, column))
    assert cell_editor is not None
    return cell_editor


def commit_cell(qtbot: QtBot, editor: ContactEditor, cell_editor: QWidget) -> None:
    """Press Enter in a cell editor; the view commits it on its next turn of the event loop."""
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    table = editor.channels.table
    qtbot.waitUntil(lambda: table.indexWidget(table.currentIndex()) is None, timeout=1000)


def add_channel(
    qtbot: QtBot,
    editor: ContactEditor,
    kind: str,
    value: str,
    *,
    preferred: bool = False,
    verified: str = "",
) -> None:
    qtbot.mouseClick(editor.channels.add_button, Qt.MouseButton.LeftButton)
    table = editor.channels.table
    row = table.rowCount() - 1
    combo = edit_cell(qtbot, editor, row, TYPE)
    assert isinstance(combo, VocabularyCombo)
    assert combo.accessibleName()
    combo.setCurrentIndex(combo.findData(kind))
    commit_cell(qtbot, editor, combo)
    line = edit_cell(qtbot, editor, row, VALUE)
    assert isinstance(line, QLineEdit)
    assert line.accessibleName()
    qtbot.keyClicks(line, value)
    commit_cell(qtbot, editor, line)
    if verified:
        day = edit_cell(qtbot, editor, row, VERIFIED)
        assert isinstance(day, QLineEdit)
        qtbot.keyClicks(day, verified)
        commit_cell(qtbot, editor, day)
    if preferred:
        table.setCurrentCell(row, PREFERRED)
        qtbot.keyClick(table, Qt.Key.Key_Space)


@pytest.fixture
def session(journal: UnlockedJournal) -> JournalSession:
    opened = JournalSession()
    opened.open(journal)
    return opened


@pytest.fixture
def editor(qtbot: QtBot, session: JournalSession) -> ContactEditor:
    widget = ContactEditor(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.new_record()
    return widget


def fill_amal(qtbot: QtBot, editor: ContactEditor) -> None:
    editor.name.setFocus()
    type_text(editor.name, ARABIC_NAME)
    qtbot.keyClicks(editor.alias, "Lawyer A")
    editor.contact_kind.setCurrentIndex(editor.contact_kind.findData("person"))
    check(editor.roles, "lawyer")
    check(editor.roles, "emergency_contact")
    add_channel(qtbot, editor, "phone", "+961 1 234 567", verified="2025-01-10")
    add_channel(qtbot, editor, "signal", "+961 70 123 456", preferred=True)
    editor.languages.setText("العربية، French, French")
    qtbot.keyClicks(editor.availability, "Any time")
    editor.call_order.setValue(1)
    check(editor.may_receive, "emergency_card")
    qtbot.keyClicks(editor.notes, "Knows the case.")
    qtbot.mouseClick(editor.today_button, Qt.MouseButton.LeftButton)


def test_a_contact_typed_in_is_saved_as_typed(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession
) -> None:
    assert not editor.is_modified()
    fill_amal(qtbot, editor)
    assert editor.is_modified()
    uid = editor.uid()
    assert uid is not None

    with (
        qtbot.waitSignal(editor.saved) as saved,
        qtbot.waitSignal(session.records_changed) as changed,
    ):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [uid]
    assert changed.args == ["contact"]
    assert not editor.is_modified()
    assert editor.message.text() == "Saved."
    qtbot.keyClicks(editor.availability, ", best by Signal")
    assert editor.is_modified()
    assert not editor.message.isVisibleTo(editor)
    assert editor.save()

    contact = records.get_contact(session.journal, uid)
    assert contact.name == ARABIC_NAME
    assert contact.alias == "Lawyer A"
    assert contact.kind == "person"
    assert sorted(contact.roles) == ["emergency_contact", "lawyer"]
    assert [(c.type, c.value, c.preferred, c.verified) for c in contact.channels] == [
        ("phone", "+961 1 234 567", False, "2025-01-10"),
        ("signal", "+961 70 123 456", True, None),
    ]
    assert contact.languages == ["العربية", "French"]
    assert contact.availability == "Any time, best by Signal"
    assert contact.call_order == 1
    assert contact.may_receive == ["emergency_card"]
    assert contact.notes == "Knows the case."
    assert contact.last_verified == QDate.currentDate().toString(Qt.DateFormat.ISODate)


def test_not_in_the_call_order_is_saved_as_none_and_loads_back(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession
) -> None:
    qtbot.keyClicks(editor.name, "Office")
    editor.contact_kind.set_key("organisation")
    assert editor.call_order.text() == "Not in the call order"
    assert editor.save()
    uid = editor.uid()
    assert uid is not None
    saved = records.get_contact(session.journal, uid)
    assert saved.call_order is None
    assert saved.kind == "organisation"
    assert saved.channels == []

    other = ContactEditor(session)
    qtbot.addWidget(other)
    other.load(uid)
    assert other.uid() == uid
    assert other.name.text() == "Office"
    assert other.contact_kind.key() == "organisation"
    assert not other.is_modified()
    qtbot.keyClicks(other.availability, "Mornings")
    assert other.is_modified()
    assert other.save()
    assert records.get_contact(session.journal, uid).availability == "Mornings"
    assert len(records.list_contacts(session.journal)) == 1


@pytest.mark.parametrize("where", ["last verified", "channel"])
def test_an_impossible_date_is_explained_and_nothing_is_saved(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession, where: str
) -> None:
    qtbot.keyClicks(editor.name, "Nadia")
    if where == "channel":
        add_channel(qtbot, editor, "email", "nadia@example.org", verified="2025-02-30")
    else:
        qtbot.keyClicks(editor.last_verified, "2025-02-30")
    assert not editor.save()
    assert editor.message.isVisibleTo(editor)
    assert "not a real date" in editor.message.text()
    assert "Traceback" not in editor.message.text()
    assert records.list_contacts(session.journal) == []
    assert editor.name.text() == "Nadia"
    assert editor.is_modified()


def test_a_missing_name_or_number_is_explained(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession
) -> None:
    assert not editor.save()
    assert "name" in editor.message.text()
    qtbot.keyClicks(editor.name, "Nadia")
    add_channel(qtbot, editor, "sms", "")
    item = editor.channels.table.item(0, VERIFIED)
    assert item is not None
    item.setText("2025-01-01")
    assert not editor.save()
    assert "number or address" in editor.message.text()
    assert records.list_contacts(session.journal) == []


def test_a_blank_row_is_dropped_and_rows_can_be_removed(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession
) -> None:
    qtbot.keyClicks(editor.name, "Nadia")
    add_channel(qtbot, editor, "email", "nadia@example.org")
    add_channel(qtbot, editor, "sms", "+33 6 00 00 00 00")
    qtbot.mouseClick(editor.channels.add_button, Qt.MouseButton.LeftButton)
    editor.channels.table.setCurrentCell(1, VALUE)
    assert editor.selected_channel_value() == "+33 6 00 00 00 00"
    qtbot.mouseClick(editor.channels.remove_button, Qt.MouseButton.LeftButton)
    assert editor.channels.table.rowCount() == 2
    assert editor.save()
    uid = editor.uid()
    assert uid is not None
    channels = records.get_contact(session.journal, uid).channels
    assert [(c.type, c.value) for c in channels] == [("email", "nadia@example.org")]


def test_a_cell_still_being_typed_in_is_saved(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession
) -> None:
    qtbot.keyClicks(editor.name, "Nadia")
    qtbot.mouseClick(editor.channels.add_button, Qt.MouseButton.LeftButton)
    line = edit_cell(qtbot, editor, 0, VALUE)
    qtbot.keyClicks(line, "+33 6 11 22 33 44")
    assert editor.save()  # as from a shortcut: the focus never left the cell
    uid = editor.uid()
    assert uid is not None
    channels = records.get_contact(session.journal, uid).channels
    assert [(c.type, c.value) for c in channels] == [("phone", "+33 6 11 22 33 44")]


def test_a_draft_comes_back_whole_and_marked_modified(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession
) -> None:
    fill_amal(qtbot, editor)
    editor.last_verified.setText("2025-0")  # half typed when the journal locked
    body = json.loads(json.dumps(editor.draft(), ensure_ascii=False))
    uid = editor.uid()

    restored = ContactEditor(session)
    qtbot.addWidget(restored)
    with qtbot.waitSignal(restored.modified_changed) as modified:
        restored.restore_draft(body)
    assert modified.args == [True]
    assert restored.is_modified()
    assert restored.uid() == uid
    assert restored.draft() == body
    assert restored.name.text() == ARABIC_NAME
    assert restored.last_verified.text() == "2025-0"
    assert restored.channels.table.rowCount() == 2

    restored.last_verified.setText("2025-03-14")
    assert restored.save()
    assert uid is not None
    contact = records.get_contact(session.journal, uid)
    assert contact.name == ARABIC_NAME
    assert contact.call_order == 1
    assert [c.preferred for c in contact.channels] == [False, True]
    assert contact.last_verified == "2025-03-14"


def test_clear_empties_every_field(qtbot: QtBot, editor: ContactEditor) -> None:
    fill_amal(qtbot, editor)
    editor.channels.table.setCurrentCell(0, VALUE)
    editor.clear()
    assert editor.uid() is None
    assert not editor.is_modified()
    for line in (
        editor.name,
        editor.alias,
        editor.languages,
        editor.availability,
        editor.last_verified,
    ):
        assert line.text() == ""
    assert editor.notes.toPlainText() == ""
    assert editor.roles.keys() == []
    assert editor.may_receive.keys() == []
    assert editor.channels.table.rowCount() == 0
    assert editor.call_order.value() == 0
    assert editor.selected_channel_value() is None
    assert not editor.message.isVisibleTo(editor)


def test_a_missing_contact_is_said_plainly(
    qtbot: QtBot, editor: ContactEditor, session: JournalSession
) -> None:
    editor.load("c-0000000000")
    assert editor.uid() is None
    assert "no contact" in editor.message.text()
    session.lock()
    qtbot.keyClicks(editor.name, "Nadia")
    assert not editor.save()
    assert editor.message.text() == "The journal is locked."
    assert editor.name.text() == "Nadia"


def test_numbers_read_left_to_right_in_a_right_to_left_window(
    qtbot: QtBot, editor: ContactEditor
) -> None:
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    add_channel(qtbot, editor, "phone", "+961 1 234 567")
    table = editor.channels.table
    index = table.model().index(0, VALUE)
    option = QStyleOptionViewItem()
    option.direction = table.layoutDirection()
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight


def test_every_field_is_named_and_labelled(editor: ContactEditor) -> None:
    assert editor.alias.toolTip()
    fields: list[QWidget] = [
        editor.name,
        editor.alias,
        editor.contact_kind,
        editor.roles,
        editor.channels.table,
        editor.channels.add_button,
        editor.channels.remove_button,
        editor.languages,
        editor.availability,
        editor.call_order,
        editor.may_receive,
        editor.notes,
        editor.last_verified,
        editor.today_button,
        editor.save_button,
    ]
    for field in fields:
        assert field.accessibleName(), field
    chain: list[QWidget] = []
    widget = fields[0]
    for _ in range(1000):
        if widget in fields and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == fields
