"""Editing one contact: who they are, how to reach them, and when to call them."""

from __future__ import annotations

import itertools
import re
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.contact import Contact
from hrjournal.errors import InputRejected, JournalError
from hrjournal.services import records
from hrjournal.ui.channel_table import ChannelTable
from hrjournal.ui.pickers import DateField, VocabularyChecklist, VocabularyCombo
from hrjournal.ui.record_editor import RecordEditor
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import line_field, message_label, prose_text, show_message

# Latin, Arabic and ideographic commas: people type the one their keyboard gives them.
_LIST_SEPARATORS = re.compile("[,،、]")
_MAX_CALL_ORDER = 10_000


def _fit_rows(checklist: QListWidget, rows: int) -> None:
    """Show about `rows` lines of a checklist so a long one scrolls instead of filling the form."""
    height = checklist.sizeHintForRow(0) * min(rows, checklist.count())
    checklist.setMaximumHeight(height + 2 * checklist.frameWidth() + 4)


class ContactEditor(RecordEditor):
    kind = "contact"

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._uid: str | None = None
        self._created_at: str | None = None

        self.name = line_field(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.alias = line_field(self)
        self.alias.setAccessibleName(self.tr("Alias"))
        alias_help = self.tr(
            "What a PDF you share shows instead of the name, so the real name stays with you. "
            "For example: Lawyer A, or Friend in the capital."
        )
        self.alias.setToolTip(alias_help)
        self.alias.setPlaceholderText(self.tr("Shown instead of the name in shared documents"))
        self.contact_kind = VocabularyCombo(
            "contact_kinds", self.tr("Person or organisation"), self
        )
        self.roles = VocabularyChecklist("contact_roles", self.tr("Roles"), self)
        _fit_rows(self.roles, 6)
        self.channels = ChannelTable(self)
        self.languages = line_field(self)
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.setPlaceholderText(self.tr("For example: Arabic, French"))
        self.availability = line_field(self)
        self.availability.setAccessibleName(self.tr("Availability"))
        self.availability.setPlaceholderText(self.tr("For example: weekdays 9 to 18, any time"))
        self.call_order = QSpinBox(self)
        self.call_order.setAccessibleName(self.tr("Place in the call order"))
        self.call_order.setRange(0, _MAX_CALL_ORDER)
        self.call_order.setSpecialValueText(self.tr("Not in the call order"))
        self.call_order.setToolTip(
            self.tr(
                "1 is called first in an emergency; leave it at none to keep them off the list."
            )
        )
        self.may_receive = VocabularyChecklist(
            "document_kinds", self.tr("Documents this contact may receive"), self
        )
        _fit_rows(self.may_receive, 5)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.last_verified = DateField(self.tr("Last verified"), self)
        self.last_verified.setToolTip(
            self.tr("The last day you checked that these details still reach this person.")
        )
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setAccessibleName(self.tr("Set last verified to today"))
        self.today_button.clicked.connect(self.last_verified.set_today)
        self.message = message_label(self, self.tr("Message"))
        self.save_button = QPushButton(self.tr("&Save contact"), self)
        self.save_button.setAccessibleName(self.tr("Save contact"))
        self.save_button.clicked.connect(self.save)

        self._lay_out(alias_help)
        self._connect_changes()
        self.setFocusProxy(self.name)

    def _lay_out(self, alias_help: str) -> None:
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.last_verified)
        verified_row.addWidget(self.today_button)
        verified_row.addStretch()

        form = QFormLayout()
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (self.tr("&Name:"), self.name, self.name),
            (self.tr("A&lias:"), self.alias, self.alias),
            (self.tr("&Kind:"), self.contact_kind, self.contact_kind),
            (self.tr("&Roles:"), self.roles, self.roles),
            (self.tr("Ways to reac&h:"), self.channels, self.channels),
            (self.tr("&Languages:"), self.languages, self.languages),
            (self.tr("Availa&bility:"), self.availability, self.availability),
            (self.tr("&Call order:"), self.call_order, self.call_order),
            (self.tr("&May receive:"), self.may_receive, self.may_receive),
            (self.tr("N&otes:"), self.notes, self.notes),
            (self.tr("Last &verified:"), verified_row, self.last_verified),
        ]
        for text, field, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            if buddy is self.alias:
                label.setToolTip(alias_help)
            form.addRow(label, field)

        body = QWidget(self)
        body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        order: list[QWidget] = [
            self.name,
            self.alias,
            self.contact_kind,
            self.roles,
            self.channels.table,
            self.channels.add_button,
            self.channels.remove_button,
            self.languages,
            self.availability,
            self.call_order,
            self.may_receive,
            self.notes,
            self.last_verified,
            self.today_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect_changes(self) -> None:
        for line in (self.name, self.alias, self.languages, self.availability, self.last_verified):
            line.textChanged.connect(self.mark_modified)
        self.contact_kind.currentIndexChanged.connect(self.mark_modified)
        self.roles.changed.connect(self.mark_modified)
        self.channels.changed.connect(self.mark_modified)
        self.call_order.valueChanged.connect(self.mark_modified)
        self.may_receive.changed.connect(self.mark_modified)
        self.notes.textChanged.connect(self.mark_modified)
        self.modified_changed.connect(self._forget_saved_notice)

    def _forget_saved_notice(self, modified: bool) -> None:
        # "Saved." under fields edited since would say something no longer true.
        if modified and self.message.text() == self.tr("Saved."):
            show_message(self.message, "")

    # -- the RecordEditor contract ----------------------------------------------------------

    def new_record(self) -> None:
        self._show(Contact(id=records.new_id("contact"), name=""))
        self.name.setFocus()

    def load(self, uid: str) -> None:
        try:
            contact = records.get_contact(self.session.journal, uid)
        except JournalError as error:
            # Showing the previous contact under this message would mislead.
            self.clear()
            show_message(self.message, str(error))
            return
        self._show(contact)

    def uid(self) -> str | None:
        return self._uid

    def save(self) -> bool:
        try:
            contact = self._contact()
            stored = records.save_contact(self.session.journal, contact)
        except JournalError as error:
            show_message(self.message, str(error))
            return False
        self._uid = stored.id
        self._created_at = stored.created_at
        show_message(self.message, self.tr("Saved."))
        self.set_modified(False)
        self.session.notify_changed("contact")
        self.saved.emit(stored.id)
        return True

    def draft(self) -> dict[str, Any]:
        # Dates are kept as typed, even half-typed ones, so no edit is lost to a lock.
        return {
            "id": self._uid,
            "created_at": self._created_at,
            "name": self.name.text(),
            "alias": self.alias.text(),
            "kind": self.contact_kind.key(),
            "roles": self.roles.keys(),
            "channels": self.channels.rows(),
            "languages": self.languages.text(),
            "availability": self.availability.text(),
            "call_order": self.call_order.value(),
            "may_receive": self.may_receive.keys(),
            "notes": prose_text(self.notes),
            "last_verified": self.last_verified.text(),
        }

    def restore_draft(self, body: dict[str, Any]) -> None:
        self.begin_loading()
        uid = body.get("id")
        self._uid = str(uid) if uid else records.new_id("contact")
        created = body.get("created_at")
        self._created_at = str(created) if created else None
        self.name.setText(str(body.get("name") or ""))
        self.alias.setText(str(body.get("alias") or ""))
        self.contact_kind.set_key(body.get("kind"))
        self.roles.set_keys(list(body.get("roles") or []))
        self.channels.set_rows(list(body.get("channels") or []))
        self.languages.setText(str(body.get("languages") or ""))
        self.availability.setText(str(body.get("availability") or ""))
        self.call_order.setValue(int(body.get("call_order") or 0))
        self.may_receive.set_keys(list(body.get("may_receive") or []))
        self.notes.setPlainText(str(body.get("notes") or ""))
        self.last_verified.setText(str(body.get("last_verified") or ""))
        show_message(self.message, "")
        self.end_loading(modified=True)

    def clear(self) -> None:
        self.begin_loading()
        self._uid = None
        self._created_at = None
        for line in (self.name, self.alias, self.languages, self.availability, self.last_verified):
            line.clear()
        self.contact_kind.set_key(None)
        self.roles.set_keys([])
        self.channels.clear()
        self.call_order.setValue(0)
        self.may_receive.set_keys([])
        self.notes.clear()
        show_message(self.message, "")
        self.end_loading(modified=False)

    # -- for the window ---------------------------------------------------------------------

    def selected_channel_value(self) -> str | None:
        """The number or address selected in the table, for the window's clipboard guard."""
        return self.channels.selected_value()

    # -- inside -----------------------------------------------------------------------------

    def _show(self, contact: Contact) -> None:
        self.begin_loading()
        self._uid = contact.id
        self._created_at = contact.created_at
        self.name.setText(contact.name)
        self.alias.setText(contact.alias)
        self.contact_kind.set_key(contact.kind)
        self.roles.set_keys(contact.roles)
        self.channels.set_channels(contact.channels)
        self.languages.setText(", ".join(contact.languages))
        self.availability.setText(contact.availability)
        self.call_order.setValue(contact.call_order or 0)
        self.may_receive.set_keys(contact.may_receive)
        self.notes.setPlainText(contact.notes)
        self.last_verified.set_date(contact.last_verified)
        show_message(self.message, "")
        self.end_loading(modified=False)

    def _contact(self) -> Contact:
        """The contact as the fields describe it; InputRejected says what to fix first."""
        name = self.name.text().strip()
        if not name:
            raise InputRejected(self.tr("Please write the contact's name first."))
        try:
            last_verified = self.last_verified.date()
        except ValueError:
            raise InputRejected(
                self.tr(
                    "The last verified date is not a real date; "
                    "write it as YYYY-MM-DD, for example 2025-03-14."
                )
            ) from None
        languages: list[str] = []
        for part in _LIST_SEPARATORS.split(self.languages.text()):
            language = part.strip()
            if language and language not in languages:
                languages.append(language)
        if self._uid is None:  # typed into an emptied editor: keep the work as a new contact
            self._uid = records.new_id("contact")
        return Contact(
            id=self._uid,
            name=name,
            alias=self.alias.text().strip(),
            kind=self.contact_kind.key() or "person",
            roles=self.roles.keys(),
            channels=self.channels.channels(),
            languages=languages,
            availability=self.availability.text().strip(),
            call_order=self.call_order.value() or None,
            may_receive=self.may_receive.keys(),
            notes=prose_text(self.notes),
            last_verified=last_verified,
            created_at=self._created_at,
        )
