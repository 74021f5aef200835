"""Contacts: the list in call order beside the contact editor, and the emergency view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from hrjournal.services import records, searching
from hrjournal.services.records import ContactRow
from hrjournal.services.reports import ReportKind
from hrjournal.ui.contact_editor import ContactEditor
from hrjournal.ui.emergency_view import EmergencyView
from hrjournal.ui.record_list_model import Column, RecordListModel
from hrjournal.ui.record_section import RecordSection
from hrjournal.ui.report_dialog import ReportDialog, ReportSubject, open_report
from hrjournal.ui.session import JournalSession


def _call_order(row: ContactRow) -> str:
    return str(row.call_order) if row.call_order is not None else ""


class ContactsView(RecordSection):
    copy_requested = Signal(str)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        model = RecordListModel(
            [
                Column(QCoreApplication.translate("ContactsView", "Call order"), _call_order),
                Column(QCoreApplication.translate("ContactsView", "Name"), lambda r: r.name),
                Column(QCoreApplication.translate("ContactsView", "Alias"), lambda r: r.alias),
            ],
            self._fetch,
            lambda row: row.uid,
        )
        editor = ContactEditor(session)
        super().__init__(
            session,
            model,
            editor,
            lambda uid: records.delete_contact(session.journal, uid),
            accessible_name=QCoreApplication.translate("ContactsView", "Contacts"),
            parent=parent,
        )
        self._hits: set[str] | None = None
        self.contact_editor = editor
        self.new_button.setAccessibleName(self.tr("New contact"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search contacts (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.list_layout.insertWidget(0, self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.emergency = EmergencyView(session)
        self.emergency.copy_requested.connect(self.copy_requested.emit)
        self.splitter.addWidget(self.emergency)
        self.emergency.hide()
        self.emergency_button = QPushButton(self.tr("Who to call &first"), self)
        self.emergency_button.setCheckable(True)
        self.emergency_button.setAccessibleName(self.tr("Show who to call first, in order"))
        self.emergency_button.toggled.connect(self.show_emergency)
        self.list_layout.addWidget(self.emergency_button)
        self.card_button = QPushButton(self.tr("&Print the emergency card…"), self)
        self.card_button.setAccessibleName(
            self.tr("Make a printable PDF card of who to call first")
        )
        self.card_button.clicked.connect(self.report_card)
        self.list_layout.addWidget(self.card_button)

    def report_card(self) -> ReportDialog | None:
        if not self.session.is_open:
            return None
        return open_report(self, self.session, ReportSubject(ReportKind.CONTACTS))

    def show_emergency(self, shown: bool) -> None:
        if shown and not self.leave_allowed():
            self.emergency_button.setChecked(False)
            return
        if shown:
            self.emergency.refresh()
        self.emergency.setVisible(shown)
        self.editor.setVisible(not shown)
        if shown:  # the emergency cards are read at a glance: give them the room
            self.share_width(0.34, 0.0, 0.66)
        else:
            self.share_width(0.38, 0.62, 0.0)

    def apply_search(self) -> None:
        self._search_timer.stop()
        if not self.session.is_open:
            return
        query = self.search.text().strip()
        self._hits = None
        if query:
            hits = searching.search_journal(self.session.journal, query, 1000, kind="contact")
            self._hits = {hit.uid for hit in hits}
        self.model.reload()
        self._select(self.current_uid)

    def _fetch(
        self, offset: int, limit: int, _order: str | None, _descending: bool
    ) -> list[ContactRow]:
        if not self.session.is_open:
            return []
        if self._hits is None:
            return records.list_contacts(self.session.journal, limit=limit, offset=offset)
        if offset:  # a search's hits all arrive with the first page
            return []
        everyone = records.list_contacts(self.session.journal, limit=1_000_000)
        return [row for row in everyone if row.uid in self._hits]

    def _on_records_changed(self, kind: str) -> None:
        super()._on_records_changed(kind)
        if kind == "contact" and self.emergency.isVisible() and self.session.is_open:
            self.emergency.refresh()

    def clear(self) -> None:
        super().clear()
        self.emergency.clear()
        self.emergency_button.setChecked(False)
        self.search.clear()
        self._search_timer.stop()
        self._hits = None
