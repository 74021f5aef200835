"""The window: create, show the recovery secret, unlock, and the open journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from hrjournal.services import journal as journal_service
from hrjournal.ui.create_view import CreateView
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.journal_view import JournalView
from hrjournal.ui.recovery_view import RecoveryView
from hrjournal.ui.unlock_view import UnlockView


class MainWindow(QMainWindow):
    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("HR Journal"))
        self.resize(560, 420)
        self._directory = directory
        self.journal: journal_service.UnlockedJournal | None = None
        self._lock_when_unlocked = False

        self.pages = QStackedWidget(self)
        self.create_view = CreateView(directory, self)
        self.recovery_view = RecoveryView(self)
        self.unlock_view = UnlockView(directory, self)
        self.journal_view = JournalView(self)
        for page in (self.create_view, self.recovery_view, self.unlock_view, self.journal_view):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.create_view.created.connect(self._on_created)
        self.recovery_view.done.connect(self._show_unlock)
        self.unlock_view.unlocked.connect(self._on_unlocked)
        self.journal_view.lock_requested.connect(self.lock)

        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)

        if journal_service.journal_exists(directory):
            self._show_unlock()
        else:
            self.pages.setCurrentWidget(self.create_view)

    def _on_created(self, new_journal: journal_service.NewJournal) -> None:
        self.recovery_view.show_secret(new_journal.recovery_secret, new_journal.notices)
        self.pages.setCurrentWidget(self.recovery_view)

    def _show_unlock(self, message: str = "") -> None:
        self.pages.setCurrentWidget(self.unlock_view)
        self.unlock_view.reset(message)

    def _on_unlocked(self, journal: journal_service.UnlockedJournal) -> None:
        if self._lock_when_unlocked:  # Ctrl+L was pressed while the key was being derived
            self._lock_when_unlocked = False
            journal.close()
            self._show_unlock(self.tr("The journal is locked."))
            return
        self.journal = journal
        self.journal_view.show_journal(str(self._directory), journal.notices)
        self.pages.setCurrentWidget(self.journal_view)

    def lock(self) -> None:
        """Drop the key (close the database), clear what was shown and the clipboard."""
        if self.journal is None:
            self._lock_when_unlocked = jobs_running() > 0
            return
        self.journal.close()
        self.journal = None
        self.journal_view.clear()
        QGuiApplication.clipboard().clear()
        self._show_unlock(self.tr("The journal is locked."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if jobs_running():
            # Closing now could lose a journal's only showing of its recovery secret.
            self.statusBar().showMessage(self.tr("Please wait a moment: HR Journal is working."))
            event.ignore()
            return
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        super().closeEvent(event)
