"""The open journal: a sidebar of sections (incidents, contacts, safety plans, patterns,
exports, settings, help) beside the chosen one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrjournal.ui.contacts_view import ContactsView
from hrjournal.ui.exports_view import ExportsView
from hrjournal.ui.help_view import HelpView, help_action
from hrjournal.ui.incidents_view import IncidentsView
from hrjournal.ui.patterns_view import PatternsView
from hrjournal.ui.plans_view import PlansView
from hrjournal.ui.record_section import RecordSection
from hrjournal.ui.session import JournalSession
from hrjournal.ui.settings_view import SettingsView
from hrjournal.ui.widgets import panic_button


class JournalView(QWidget):
    lock_requested = Signal()
    panic_requested = Signal()
    # By the last wrong passphrase allowed, given to a dialog that asks for it (duress,
    # backup, share cards): the app must stop showing the journal at once.
    journal_wiped = Signal()

    def __init__(
        self, session: JournalSession, directory: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.incidents = IncidentsView(session, self)
        self.contacts = ContactsView(session, self)
        self.plans = PlansView(session, self)
        self.patterns = PatternsView(session, self)
        self.exports = ExportsView(session, self)
        self.settings = SettingsView(session, directory, self)
        self.help = HelpView(self)
        self.sections: list[QWidget] = [
            self.incidents,
            self.contacts,
            self.plans,
            self.patterns,
            self.exports,
            self.settings,
            self.help,
        ]
        names = (
            self.tr("Incidents"),
            self.tr("Contacts"),
            self.tr("Safety plans"),
            self.tr("Patterns"),
            self.tr("Exports"),
            self.tr("Settings"),
            self.tr("Help"),
        )
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.addItems(list(names))
        self.sidebar.setMaximumWidth(
            max(self.sidebar.fontMetrics().horizontalAdvance(n) for n in names) + 48
        )
        self.stack = QStackedWidget(self)
        for section in self.sections:
            self.stack.addWidget(section)
        self.lock_button = QPushButton(self.tr("&Lock"), self)
        self.lock_button.setToolTip(self.tr("Lock the journal (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the journal"))
        self.lock_button.clicked.connect(self.lock_requested.emit)
        self.panic_button = panic_button(self)
        self.panic_button.clicked.connect(self.panic_requested.emit)
        self.busy_dialog = QProgressDialog(self)
        self.busy_dialog.setWindowTitle(self.tr("Working"))
        self.busy_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy_dialog.setAutoClose(False)
        self.busy_dialog.setAutoReset(False)
        self.busy_dialog.setMinimumDuration(0)
        self.busy_dialog.setCancelButtonText(self.tr("Cancel"))
        self.busy_dialog.setAccessibleName(self.tr("Work in progress"))
        self.busy_dialog.canceled.connect(self._cancel)
        self.busy_dialog.reset()
        self.busy_dialog.hide()
        session.busy_changed.connect(self._on_busy)
        session.progressed.connect(self._advance)

        side = QVBoxLayout()
        side.addWidget(self.sidebar, 1)
        side.addWidget(self.lock_button)
        side.addWidget(self.panic_button)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)

        self.sidebar.setCurrentRow(0)
        self.sidebar.currentRowChanged.connect(self._on_section_chosen)
        self.patterns.incident_activated.connect(self.open_incident)
        for wiped_from in (self.settings.journal_wiped, self.exports.journal_wiped):
            wiped_from.connect(self.journal_wiped.emit)
        self.help_action = help_action(self, self.show_help)

    # -- navigation -------------------------------------------------------------------------

    def record_sections(self) -> list[RecordSection]:
        return [self.incidents, self.contacts, self.plans]

    def current_section(self) -> QWidget:
        current = self.stack.currentWidget()
        assert current is not None
        return current

    def go_to(self, section: QWidget, *, ask: bool = True) -> bool:
        """Show `section`; with `ask`, first settle unsaved edits in the one being left (the
        restored drafts are the one case that must not ask: they are what is unsaved)."""
        current = self.current_section()
        if section is current:
            return True
        if ask and isinstance(current, RecordSection) and not current.leave_allowed():
            return False
        self.stack.setCurrentWidget(section)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(self.sections.index(section))
        self.sidebar.blockSignals(False)
        if section is self.patterns:
            self.patterns.refresh()
        elif section is self.settings:
            self.settings.refresh()
        return True

    def _on_section_chosen(self, row: int) -> None:
        if not self.go_to(self.sections[row]):
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.sections.index(self.current_section()))
            self.sidebar.blockSignals(False)

    def show_help(self) -> None:
        """F1: the help, at the page it was left on."""
        self.go_to(self.help)

    def open_incident(self, uid: str) -> None:
        if self.go_to(self.incidents):
            self.incidents.open_record(uid)

    def leave_allowed(self) -> bool:
        """Whether the journal may be closed: no editor holds unsaved edits the user wants."""
        return all(section.leave_allowed() for section in self.record_sections())

    # -- work in progress --------------------------------------------------------------------

    def _on_busy(self, busy: bool) -> None:
        # A job has the journal to itself: nothing else may read or write it meanwhile. A
        # window-modal progress dialog blocks the window's input without visiting each of its
        # hundreds of widgets, which disabling them would (and stall the window doing so).
        if busy:
            self.busy_dialog.setLabelText(self.tr("Working… The journal is busy for a moment."))
            self.busy_dialog.setRange(0, 0)
            self.busy_dialog.setValue(0)
            self.busy_dialog.open()
        else:
            self.busy_dialog.reset()
            self.busy_dialog.hide()

    def _advance(self, done: int, total: int) -> None:
        if total > 0:
            self.busy_dialog.setRange(0, 1000)
            self.busy_dialog.setValue(min(1000, int(done * 1000 / total)))

    def _cancel(self) -> None:
        self.busy_dialog.setLabelText(self.tr("Stopping…"))
        self.session.cancel()

    # -- the journal opens and locks ---------------------------------------------------------

    def refresh(self) -> None:
        for section in self.record_sections():
            section.refresh()
        current = self.current_section()
        if current is self.patterns:
            self.patterns.refresh()
        elif current is self.exports:
            self.exports.refresh()
        elif current is self.settings:
            self.settings.refresh()

    def clear(self) -> None:
        for section in self.record_sections():
            section.clear()
        self.patterns.clear()
        self.exports.clear()
        self.settings.clear()
        self.busy_dialog.reset()
        self.busy_dialog.hide()

    def focus_search(self) -> None:
        current = self.current_section()
        search = getattr(current, "search", None)
        if search is None:
            self.go_to(self.incidents)
            search = self.incidents.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
