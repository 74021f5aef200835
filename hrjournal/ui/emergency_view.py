"""Who to call first, in order: the contacts with a place in the call order, large and plain.

Read in a hurry, perhaps by someone else than the defender, so it shows only what is needed
to reach each person, with a copy button beside every number or address.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.contact import Channel, Contact
from hrjournal.errors import JournalError
from hrjournal.services import records
from hrjournal.ui.channel_table import reading_direction
from hrjournal.ui.pickers import term_label
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import show_message

_TEXT_SCALE = 1.4
_NAME_SCALE = 1.3  # on top of the text scale
_NUMBER_SCALE = 2.0


def _scaled(font: QFont, scale: float, *, bold: bool = False) -> QFont:
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * scale)
    else:  # a font sized in pixels has no point size
        bigger.setPixelSize(round(font.pixelSize() * scale))
    bigger.setBold(bold)
    return bigger


class _Text(QLabel):
    """Plain, selectable text aligned to the window's reading side, whatever its own script.

    A wrapped label otherwise aligns each paragraph by its first letter, so an Arabic name in
    an English window would sit at the far edge, away from its number.
    """

    def __init__(self, text: str, parent: QWidget, *, wrap: bool = True) -> None:
        super().__init__(text, parent)
        self.setWordWrap(wrap)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._align()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _align(self) -> None:
        left = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        side = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        self.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)


class ChannelLine(QWidget):
    """One way to reach: its type, its value and a button that copies the value."""

    def __init__(self, channel: Channel, contact_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        kind = term_label("channel_types", channel.type)
        if channel.preferred:
            kind = self.tr("%1 (preferred)").replace("%1", kind)
        self.type_label = _Text(self.tr("%1:").replace("%1", kind), self, wrap=False)
        self.value_label = _Text(channel.value, self, wrap=False)
        # Set after the alignment: the value keeps its own reading order, and the stretch
        # after it keeps it beside its type in either direction.
        self.value_label.setLayoutDirection(reading_direction(channel.value))
        self.value_label.setAccessibleName(kind)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(fill(self.tr("Copy %1 for %2"), kind, contact_name))
        self.copy_button.setToolTip(
            self.tr("Copy to the clipboard; HR Journal empties the clipboard again soon after.")
        )
        self.value = channel.value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.type_label)
        layout.addWidget(self.value_label)
        layout.addStretch(1)
        layout.addWidget(self.copy_button)


class ContactCard(QFrame):
    """One person or organisation in the call order."""

    def __init__(self, position: int, contact: Contact, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.uid = contact.id
        self.number_label = QLabel(str(position), self)
        self.number_label.setFont(_scaled(self.font(), _NUMBER_SCALE, bold=True))
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.number_label.setAccessibleName(self.tr("Call number %1").replace("%1", str(position)))
        self.name_label = _Text(contact.name, self)
        self.name_label.setFont(_scaled(self.font(), _NAME_SCALE, bold=True))

        details = QVBoxLayout()
        details.addWidget(self.name_label)
        roles = [term_label("contact_roles", role) for role in contact.roles]
        if roles:
            details.addWidget(_Text(", ".join(roles), self))
        # A stable sort: the preferred ways first, the rest in the order the user gave them.
        ordered = sorted(contact.channels, key=lambda channel: not channel.preferred)
        self.channel_lines = [ChannelLine(c, contact.name, self) for c in ordered]
        for line in self.channel_lines:
            details.addWidget(line)
        if not self.channel_lines:
            details.addWidget(_Text(self.tr("No way to reach them is written down."), self))
        if contact.availability:
            text = self.tr("Available: %1").replace("%1", contact.availability)
            details.addWidget(_Text(text, self))
        if contact.languages:
            text = self.tr("Languages: %1").replace("%1", ", ".join(contact.languages))
            details.addWidget(_Text(text, self))

        layout = QHBoxLayout(self)
        layout.addWidget(self.number_label)
        layout.addLayout(details, 1)


class EmergencyView(QWidget):
    copy_requested = Signal(str)  # a number or address; the window guards the clipboard

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards: list[ContactCard] = []
        self._stale = False

        heading = _Text(self.tr("Who to call first, in order"), self)
        heading.setFont(_scaled(self.font(), _TEXT_SCALE * _NAME_SCALE, bold=True))
        self.message = _Text("", self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self._list = QWidget(self)
        self._list.setFont(_scaled(self.font(), _TEXT_SCALE))
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

        session.busy_changed.connect(self._on_busy_changed)
        session.locked.connect(self.clear)

    def refresh(self) -> None:
        """Read the call order again from the journal."""
        self._remove_cards()
        if not self.session.is_open:
            return
        if self.session.busy:  # a job has the journal to itself; read it when it is done
            self._stale = True
            return
        self._stale = False
        try:
            people = records.emergency_contacts(self.session.journal)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        if not people:
            show_message(
                self.message,
                self.tr(
                    "No one has a place in the call order yet. Open a contact and give them "
                    "a number under Call order to see them here."
                ),
            )
            return
        show_message(self.message, "")
        for position, contact in enumerate(people, start=1):
            card = ContactCard(position, contact, self._list)
            for line in card.channel_lines:
                line.copy_button.clicked.connect(
                    lambda _checked=False, value=line.value: self.copy_requested.emit(value)
                )
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
            self.cards.append(card)

    def clear(self) -> None:
        """Forget everything shown (the journal is locking)."""
        self._stale = False
        self._remove_cards()

    def _remove_cards(self) -> None:
        for card in self.cards:
            self._list_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        show_message(self.message, "")

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self._stale:
            self.refresh()
