"""The emergency view: who to call first, in order, with the preferred way to reach first."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hrjournal.domain.contact import Channel, Contact
from hrjournal.services import records
from hrjournal.services.journal import UnlockedJournal
from hrjournal.ui.contact_editor import ContactEditor
from hrjournal.ui.emergency_view import ContactCard, EmergencyView
from hrjournal.ui.session import JournalSession

ARABIC_NAME = "أمل حداد"


@pytest.fixture
def session(journal: UnlockedJournal) -> JournalSession:
    opened = JournalSession()
    opened.open(journal)
    return opened


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession) -> EmergencyView:
    widget = EmergencyView(session)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    return widget


def save_three(qtbot: QtBot, session: JournalSession) -> None:
    """Amal (called first) typed through the editor; Bilal second; Chloé not in the order."""
    editor = ContactEditor(session)
    qtbot.addWidget(editor)
    editor.new_record()
    editor.name.setText(ARABIC_NAME)
    editor.call_order.setValue(1)
    editor.languages.setText("Arabic, French")
    editor.availability.setText("Any time")
    editor.channels.set_rows([{"type": "email", "value": "amal@example.org"}])
    assert editor.save()
    records.save_contact(
        session.journal,
        Contact(
            id="c-bilal",
            name="Bilal",
            roles=["lawyer", "emergency_contact"],
            channels=[
                Channel("phone", "+961 1 234 567"),
                Channel("email", "bilal@example.org"),
                Channel("signal", "+961 70 123 456", preferred=True),
            ],
            call_order=2,
        ),
    )
    records.save_contact(
        session.journal,
        Contact(id="c-chloe", name="Chloé", channels=[Channel("sms", "+33 6 00 00 00 00")]),
    )


def card_texts(card: ContactCard) -> list[str]:
    return [label.text() for label in card.findChildren(QLabel)]


def test_lists_exactly_the_call_order_with_the_preferred_way_first(
    qtbot: QtBot, view: EmergencyView, session: JournalSession
) -> None:
    save_three(qtbot, session)
    view.refresh()
    assert [card.name_label.text() for card in view.cards] == [ARABIC_NAME, "Bilal"]
    assert [card.number_label.text() for card in view.cards] == ["1", "2"]
    amal, bilal = view.cards
    assert [line.value for line in bilal.channel_lines] == [
        "+961 70 123 456",
        "+961 1 234 567",
        "bilal@example.org",
    ]
    assert bilal.channel_lines[0].type_label.text() == "Signal (preferred):"
    assert bilal.channel_lines[1].type_label.text() == "Phone call:"
    assert "Lawyer, Emergency contact" in card_texts(bilal)
    assert "Available: Any time" in card_texts(amal)
    assert "Languages: Arabic, French" in card_texts(amal)
    assert not any("Chloé" in text for card in view.cards for text in card_texts(card))
    for card in view.cards:
        for line in card.channel_lines:
            assert line.copy_button.accessibleName().startswith("Copy ")
    assert view.cards[0].name_label.font().pointSizeF() > QWidget().font().pointSizeF()


def test_a_copy_button_hands_over_its_value(
    qtbot: QtBot, view: EmergencyView, session: JournalSession
) -> None:
    save_three(qtbot, session)
    view.refresh()
    line = view.cards[1].channel_lines[2]
    with qtbot.waitSignal(view.copy_requested) as copied:
        qtbot.mouseClick(line.copy_button, Qt.MouseButton.LeftButton)
    assert copied.args == ["bilal@example.org"]


def test_right_to_left_mirrors_the_lines(
    qtbot: QtBot, view: EmergencyView, session: JournalSession
) -> None:
    save_three(qtbot, session)
    view.refresh()
    line = view.cards[0].channel_lines[0]

    def button_is_right_of_value() -> bool:
        origin = QPoint(0, 0)
        button = line.copy_button.mapTo(view, origin).x()
        return button > line.value_label.mapTo(view, origin).x()

    qtbot.waitUntil(button_is_right_of_value)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: not button_is_right_of_value())
    # an address is still written left to right inside the mirrored line
    assert line.value_label.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_changes_show_on_refresh(
    qtbot: QtBot, view: EmergencyView, session: JournalSession
) -> None:
    save_three(qtbot, session)
    view.refresh()
    chloe = records.get_contact(session.journal, "c-chloe")
    chloe.call_order = 1
    records.save_contact(session.journal, chloe)
    view.refresh()
    assert [card.name_label.text() for card in view.cards] == ["Chloé", ARABIC_NAME, "Bilal"]
    assert [card.number_label.text() for card in view.cards] == ["1", "2", "3"]


def test_an_empty_call_order_is_explained(view: EmergencyView) -> None:
    view.refresh()
    assert view.cards == []
    assert view.message.isVisibleTo(view)
    assert "call order" in view.message.text()


def test_clear_and_lock_forget_everything(
    qtbot: QtBot, view: EmergencyView, session: JournalSession
) -> None:
    save_three(qtbot, session)
    view.refresh()
    assert len(view.cards) == 2
    view.clear()
    assert view.cards == []
    assert not view.message.isVisibleTo(view)
    view.refresh()
    assert len(view.cards) == 2
    session.lock()
    assert view.cards == []
    view.refresh()  # the window may ask while locked: nothing shows, nothing breaks
    assert view.cards == []
