"""The window: first run, unlock, and the open journal; and everything that keeps an open
journal safe: the lock (shortcut, idle, minimise), drafts of unsaved edits, the clipboard."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrjournal import APP_ID
from hrjournal.errors import JournalError
from hrjournal.services import app_settings, drafts, preferences
from hrjournal.services import journal as journal_service
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.clipboard_guard import ClipboardGuard
from hrjournal.ui.create_view import CreateView
from hrjournal.ui.drafts_bar import DraftsBar
from hrjournal.ui.icons import app_icon, neutral_icon
from hrjournal.ui.idle_lock import IdleLock
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.language_view import LanguageView
from hrjournal.ui.panic import PanicWipe
from hrjournal.ui.record_section import RecordSection
from hrjournal.ui.recovery_view import RecoveryView
from hrjournal.ui.session import JournalSession
from hrjournal.ui.training_banner import framed_for_training
from hrjournal.ui.unlock_view import UnlockView
from hrjournal.ui.widgets import forget_typing

if TYPE_CHECKING:
    from hrjournal.ui.journal_view import JournalView


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(
        self,
        directory: Path,
        *,
        ask_language: bool = False,
        language: str = "en",
        idle_lock: IdleLock | None = None,
    ) -> None:
        super().__init__()
        self.resize(1100, 720)
        self._directory = directory
        self._language = language
        self._lock_when_unlocked = False
        self.session = JournalSession(self)
        self.idle = idle_lock or IdleLock(self)
        self.idle.idle.connect(self.lock)
        self.clipboard = ClipboardGuard(self)
        self.lock_on_minimise = False
        self.panic = PanicWipe(self, directory)
        self.apply_discretion(preferences.load_preferences(directory).discreet)
        exclude_from_capture(self)

        self.pages = QStackedWidget(self)
        self.language_view = LanguageView(language, self)
        self.create_view = CreateView(directory, self)
        self.recovery_view = RecoveryView(self)
        self.unlock_view = UnlockView(directory, self)
        self.journal_page = QWidget(self)
        self.drafts_bar = DraftsBar(self.journal_page)
        self._page_layout = QVBoxLayout(self.journal_page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._page_layout.addWidget(self.drafts_bar)
        self._journal_view: JournalView | None = None
        for page in (
            self.language_view,
            self.create_view,
            self.recovery_view,
            self.unlock_view,
            self.journal_page,
        ):
            self.pages.addWidget(page)
        training = preferences.load_preferences(directory).training
        self.setCentralWidget(framed_for_training(self, self.pages) if training else self.pages)

        self.language_view.chosen.connect(self._on_language_chosen)
        self.create_view.created.connect(self._on_created)
        self.recovery_view.done.connect(self._show_unlock)
        self.unlock_view.unlocked.connect(self._on_unlocked)
        self.unlock_view.panic_requested.connect(self.panic.request)
        # The journal's own screens are built while the key is being derived, not before
        # the unlock window can show (benchmarks/startup.py).
        self.unlock_view.unlock_started.connect(self._on_unlock_started)
        self.drafts_bar.restore_requested.connect(self.restore_drafts)
        self.drafts_bar.discard_requested.connect(self.discard_drafts)
        self._add_shortcuts()
        QGuiApplication.instance().focusWindowChanged.connect(self._guard_window)  # type: ignore[union-attr]

        if journal_service.journal_exists(directory):
            self._show_unlock()
        elif ask_language:
            self.pages.setCurrentWidget(self.language_view)
        else:
            self.pages.setCurrentWidget(self.create_view)

    def _add_shortcuts(self) -> None:
        def action(
            text: str,
            keys: QKeySequence | QKeySequence.StandardKey | str,
            slot: Any,
            *,
            everywhere: bool = False,
        ) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(keys))
            if everywhere:  # also from dialogs and the viewer, so a lock is never blocked
                made.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.lock_action = action(self.tr("Lock"), "Ctrl+L", self.lock, everywhere=True)
        self.panic_action = action(
            self.tr("Panic wipe"), "Ctrl+Shift+Del", self.panic.request, everywhere=True
        )
        self.new_action = action(self.tr("New"), QKeySequence.StandardKey.New, self.new_record)
        self.find_action = action(self.tr("Search"), QKeySequence.StandardKey.Find, self.search)
        self.save_action = action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.escape_action = action(self.tr("Back"), "Escape", self.escape)

    def _on_unlock_started(self) -> None:
        self._lock_when_unlocked = False  # a Ctrl+L during an earlier, failed unlock is spent
        self.journal_view  # noqa: B018 - built now, while the key is derived

    @property
    def journal_view(self) -> JournalView:
        """The open journal's screens, built the first time they are needed."""
        if self._journal_view is None:
            from hrjournal.ui.journal_view import JournalView  # noqa: PLC0415 - see above

            view = JournalView(self.session, self._directory, self.journal_page)
            self._page_layout.addWidget(view, 1)
            # Modal during jobs: Ctrl+L still locks, Ctrl+Shift+Del still wipes.
            view.busy_dialog.addActions([self.lock_action, self.panic_action])
            view.lock_requested.connect(self.lock)
            view.panic_requested.connect(self.panic.request)
            view.journal_wiped.connect(self.panic.wipe)
            view.contacts.copy_requested.connect(self.copy_to_clipboard)
            view.settings.settings_saved.connect(self._apply_settings)
            view.exports.notice.connect(self._show_notice)
            view.settings.preferences_saved.connect(
                lambda chosen: self.apply_discretion(chosen.discreet)
            )
            self._journal_view = view
        return self._journal_view

    # -- discretion --------------------------------------------------------------------------

    def apply_discretion(self, discreet: bool) -> None:
        """A neutral title and icon, so the window and task bar do not name the journal."""
        self.discreet = discreet
        self.setWindowTitle(self.tr("Notes") if discreet else self.tr("HR Journal"))
        self.setWindowIcon(neutral_icon() if discreet else app_icon())
        # The window's class and the desktop's app id name us too (task bars and window
        # lists show them); they take effect for windows not yet shown.
        QGuiApplication.setApplicationName("Notes" if discreet else "HR Journal")
        QGuiApplication.setDesktopFileName("" if discreet else APP_ID)

    # -- first run ---------------------------------------------------------------------------

    def _on_language_chosen(self, code: str) -> None:
        self._language = code
        self.language_chosen.emit(code)  # the application retranslates and rebuilds us
        self.pages.setCurrentWidget(self.create_view)

    def _on_created(self, new_journal: journal_service.NewJournal) -> None:
        notices = tuple(new_journal.notices)
        try:
            saved = preferences.load_preferences(self._directory)
            chosen = replace(saved, language=self._language, discreet=self.discreet)
            preferences.save_preferences(self._directory, chosen)
        except JournalError as error:  # the journal itself is safely made; say what is not
            notices += (str(error),)
        self.recovery_view.show_secret(new_journal.recovery_secret, notices)
        self.pages.setCurrentWidget(self.recovery_view)

    # -- unlock and lock ---------------------------------------------------------------------

    def _show_unlock(self, message: str = "") -> None:
        self.pages.setCurrentWidget(self.unlock_view)
        self.unlock_view.reset(message)

    def _on_unlocked(self, journal: journal_service.UnlockedJournal) -> None:
        if self._lock_when_unlocked:  # Ctrl+L was pressed while the key was being derived
            self._lock_when_unlocked = False
            journal.close()
            self._show_unlock(self.tr("The journal is locked."))
            return
        self.session.open(journal)
        try:
            chosen = app_settings.app_settings(journal)
            self._apply_settings(chosen)
            self.journal_view.refresh()
            self.drafts_bar.offer(len(drafts.list_drafts(journal)))
        except Exception as error:  # a damaged page found while reading: lock, and say so
            self.fail_closed(error)
            return
        self.pages.setCurrentWidget(self.journal_page)
        if journal.notices:
            self.statusBar().showMessage(" ".join(journal.notices))
        if self.isMinimized() and self.lock_on_minimise:  # minimised while it was unlocking
            self.lock()
            return
        # Once per unlock: old exports are overwritten and deleted; a backup due is mentioned.
        self.journal_view.exports.after_unlock(chosen)

    def _show_notice(self, sentence: str) -> None:
        shown = self.statusBar().currentMessage()
        self.statusBar().showMessage(f"{shown} {sentence}" if shown else sentence)

    def fail_closed(self, error: BaseException) -> None:
        """Something went wrong under the open journal: lock it and say what, in a sentence."""
        problem = None
        if self.session.is_open:
            problem = journal_service.as_journal_error(error, self.session.journal)
        sentence = (
            str(problem)
            if problem
            else self.tr(
                "HR Journal hit an internal error (%1) and locked the journal; please report it."
            ).replace("%1", type(error).__name__)
        )
        if self.session.is_open:
            self.lock()  # keeping drafts may fail too; the lock goes on regardless
        self._show_unlock(sentence)

    def _apply_settings(self, chosen: app_settings.AppSettings) -> None:
        self.idle.start(chosen.auto_lock_minutes)
        self.clipboard.clear_after_seconds = chosen.clipboard_seconds
        self.lock_on_minimise = chosen.lock_on_minimise

    def lock(self, *, keep_drafts: bool = True) -> None:
        """Drop the key (close the database), empty every view, clear our clipboard content.
        Unsaved edits are kept as drafts inside the journal just before it closes."""
        if not self.session.is_open:
            # Ctrl+L while the key is being derived: lock as soon as the unlock completes.
            self._lock_when_unlocked = jobs_running() > 0
            return
        kept = self._unsaved_edits() if keep_drafts else []
        try:
            self.idle.stop()
            self.clipboard.clear_ours()
            self.session.lock(lambda journal: self._keep_drafts(journal, kept))
        finally:  # whatever failed above, nothing of the journal stays on screen
            kept.clear()
            self.close_dialogs()
            self.journal_view.clear()
            forget_typing(self)
            self.drafts_bar.hide()
            self.statusBar().clearMessage()
        message = self.tr("The journal is locked.")
        if self.session.lock_problem:
            message += " " + self.session.lock_problem
            self.session.lock_problem = ""
        self._show_unlock(message)

    def close_dialogs(self) -> None:
        """Questions and file choosers open over the journal go away with it."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _unsaved_edits(self) -> list[tuple[str, str, dict[str, object]]]:
        kept = []
        for section in self.journal_view.record_sections():
            editor = section.editor
            uid = editor.uid()
            if editor.is_modified() and uid is not None:
                kept.append((editor.kind, uid, editor.draft()))
        return kept

    @staticmethod
    def _keep_drafts(
        journal: journal_service.UnlockedJournal, kept: list[tuple[str, str, dict[str, object]]]
    ) -> None:
        for kind, uid, body in kept:
            drafts.keep_draft(journal, kind, uid, body)

    def restore_drafts(self) -> None:
        sections: dict[str, RecordSection] = {
            section.editor.kind: section for section in self.journal_view.record_sections()
        }
        journal = self.session.journal
        restored_into: RecordSection | None = None
        for draft in drafts.list_drafts(journal):
            section = sections[draft.kind]
            if section.editor.is_modified():
                continue  # one draft per editor at a time; the rest stay kept
            try:
                body = json.loads(draft.body)
            except ValueError:
                continue
            section.restore_draft(draft.uid, body)
            if not section.editor.is_modified():
                continue  # it could not be read back: kept, never thrown away unasked
            drafts.discard_draft(journal, draft.kind, draft.uid)
            restored_into = restored_into or section
        if restored_into is not None:
            self.journal_view.go_to(restored_into, ask=False)
        self.drafts_bar.offer(len(drafts.list_drafts(journal)))

    def discard_drafts(self) -> None:
        journal = self.session.journal
        for draft in drafts.list_drafts(journal):
            drafts.discard_draft(journal, draft.kind, draft.uid)
        self.drafts_bar.hide()

    # -- shortcuts ---------------------------------------------------------------------------

    def _current_record_section(self) -> RecordSection | None:
        if not self.session.is_open or self.pages.currentWidget() is not self.journal_page:
            return None
        current = self.journal_view.current_section()
        return current if isinstance(current, RecordSection) else None

    def new_record(self) -> None:
        section = self._current_record_section()
        if section is not None and not self.session.busy:
            section.new_record()

    def search(self) -> None:
        if self.session.is_open and self.pages.currentWidget() is self.journal_page:
            self.journal_view.focus_search()

    def save(self) -> None:
        section = self._current_record_section()
        if section is not None and not self.session.busy and section.editor.uid() is not None:
            section.editor.save()

    def escape(self) -> None:
        section = self._current_record_section()
        if section is not None:
            search = getattr(section, "search", None)
            if isinstance(search, QLineEdit) and search.text():
                search.clear()
            section.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def copy_to_clipboard(self, text: str) -> None:
        self.clipboard.copy(text)
        self.statusBar().showMessage(
            self.tr("Copied; cleared from the clipboard in %1 seconds.").replace(
                "%1", str(self.clipboard.clear_after_seconds)
            ),
            5000,
        )

    def _close_when_idle(self, busy: bool) -> None:
        if not busy:
            self.session.busy_changed.disconnect(self._close_when_idle)
            QTimer.singleShot(0, self.close)

    def _guard_window(self, window: QWindow | None) -> None:
        """Ctrl+L and Ctrl+Shift+Del work from every dialog too: a shortcut of the main window
        alone is blocked while a modal dialog (a question, a file chooser, a job) is open."""
        if not self.isVisible():  # closed, or replaced in another language: not ours to add
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window and not isinstance(widget, MainWindow):
                for action in (self.lock_action, self.panic_action):
                    if action not in widget.actions():
                        widget.addAction(action)

    # -- window events -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.lock_on_minimise
            and self.session.is_open
        ):
            self.lock()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if jobs_running() and not self.session.busy:
            # Closing now could lose a journal's only showing of its recovery secret.
            self.statusBar().showMessage(self.tr("Please wait a moment: HR Journal is working."))
            event.ignore()
            return
        if not self.session.is_open and not self.session.connection_closed():
            # Locked during a job: its drafts are written and the journal closed when it
            # lets go, which needs the event loop; close then.
            self.statusBar().showMessage(self.tr("Please wait a moment: HR Journal is working."))
            self.session.busy_changed.connect(self._close_when_idle)
            event.ignore()
            return
        if self.session.is_open and not self.journal_view.leave_allowed():
            event.ignore()
            return
        if self.session.is_open:
            self.lock()
        self.clipboard.clear_ours()
        super().closeEvent(event)
