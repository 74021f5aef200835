"""Exports: take the whole journal out as JSON, bring records in from a JSON file, back it
up, and the register of every file made from the journal.

Export and import can take minutes with large evidence, so they run as jobs with progress and
Cancel; import is all or nothing, so a cancelled or failed import leaves the journal as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from hrjournal.domain.app_settings import AppSettings
from hrjournal.errors import JournalError
from hrjournal.services import exports, interchange
from hrjournal.ui import file_dialogs
from hrjournal.ui.backup_panel import BackupPanel
from hrjournal.ui.export_register import ExportRegister
from hrjournal.ui.job_progress import JobProgress
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import message_label, show_message


class ExportsView(QWidget):
    notice = Signal(str)  # a sentence for the window's status bar too
    journal_wiped = Signal()  # by the last wrong passphrase allowed, given for a backup

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

        export_box = QGroupBox(self.tr("Take everything out"), self)
        warning = QLabel(
            self.tr(
                "A JSON export is NOT encrypted: anyone who finds the file can read every "
                "incident, contact and plan in it. Save it only to an encrypted drive, and "
                "delete it when you no longer need it."
            ),
            export_box,
        )
        warning.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export everything as JSON…"), export_box)
        self.export_button.setAccessibleName(self.tr("Export everything as JSON"))
        self.export_button.clicked.connect(self.choose_export)
        export_layout = QVBoxLayout(export_box)
        export_layout.addWidget(warning)
        export_layout.addWidget(self.export_button)

        import_box = QGroupBox(self.tr("Bring records in"), self)
        explanation = QLabel(
            self.tr(
                "Import adds the contacts, incidents, plans and attachments of an HR Journal "
                "JSON file. If anything in the file is wrong, nothing is added."
            ),
            import_box,
        )
        explanation.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import from JSON…"), import_box)
        self.import_button.setAccessibleName(self.tr("Import from a JSON file"))
        self.import_button.clicked.connect(self.choose_import)
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(explanation)
        import_layout.addWidget(self.import_button)

        self.backups = BackupPanel(session, self)
        self.backups.said.connect(self._tell)
        self.backups.journal_wiped.connect(self.journal_wiped.emit)
        self._remind_after_days = 0  # the backup reminder, said once the expiry is done

        self.progress = JobProgress(self)
        self.progress.cancel_requested.connect(self._cancel)
        self.message = message_label(self, self.tr("Export and import message"))
        self.register = ExportRegister(session, self)
        layout = QVBoxLayout(self)
        for widget in (export_box, import_box, self.backups, self.progress, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.register, 1)

    def choose_export(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Export everything as JSON"), "", self.tr("JSON files (*.json)")
        )
        if path is not None:
            self.export_to(path)

    def choose_import(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Import from JSON"), self.tr("JSON files (*.json)")
        )
        if path is not None:
            self.import_from(path)

    def export_to(self, path: Path) -> None:
        self._start(self.tr("Exporting…"))
        try:
            self.session.run(
                lambda journal, progress: interchange.export_json(journal, path, progress),
                self._exported,
                self._failed,
                self.progress.advance,
            )
        except JournalError as error:  # locked, or busy, meanwhile
            self._failed(str(error))

    def import_from(self, path: Path) -> None:
        self._start(self.tr("Importing…"))
        try:
            self.session.run(
                lambda journal, progress: interchange.import_json(journal, path, progress),
                self._imported,
                self._failed,
                self.progress.advance,
            )
        except JournalError as error:
            self._failed(str(error))

    def _exported(self, summary: interchange.Summary) -> None:
        self._done(self.tr("Exported: %1").replace("%1", summary.sentence()))
        self.session.notify_changed("export")

    def _imported(self, summary: interchange.Summary) -> None:
        self._done(self.tr("Imported: %1").replace("%1", summary.sentence()))
        for kind in ("contact", "incident", "plan"):
            self.session.notify_changed(kind)

    def _start(self, what: str) -> None:
        show_message(self.message, "")
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.begin(what)

    def _done(self, sentence: str) -> None:
        self._finish()
        show_message(self.message, sentence)

    def _failed(self, message: str) -> None:
        self._finish()
        show_message(self.message, message)

    def _cancel(self) -> None:
        self.progress.cancelling()
        self.session.cancel()

    def _finish(self) -> None:
        self.progress.end()
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)

    # -- the register -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.register.refresh()
        self.backups.refresh()

    def after_unlock(self, chosen: AppSettings) -> None:
        """Once per unlock: delete the exports kept longer than the user chose, then remind
        them of a backup that is due (after the expiry, which may have deleted old backups)."""
        self._remind_after_days = chosen.backup_reminder_days
        if not self.expire_old(chosen.export_expiry_days):
            self._remind()

    def expire_old(self, days: int) -> bool:
        """Overwrite and delete the exports older than `days` (0: keep them), as a job;
        whether one was started."""
        if days <= 0 or not self.session.is_open:
            return False
        try:
            self.session.run(
                lambda journal, _progress: exports.expire_exports(journal),
                lambda expiry: self._expired(expiry, days),
                self._expiry_failed,
            )
        except JournalError as error:
            self._say(str(error))
            return False
        return True

    def _expiry_failed(self, sentence: str) -> None:
        self._say(sentence)
        self._remind()

    def _remind(self) -> None:
        days, self._remind_after_days = self._remind_after_days, 0
        try:
            sentence = self.backups.reminder(days)
        except JournalError as error:
            sentence = str(error)
        if sentence:
            self._say(sentence)

    def _expired(self, expiry: exports.Expiry, days: int) -> None:
        sentences = []
        if expiry.deleted:
            sentences.append(
                self.tr(
                    "Deleted %n export(s) older than %1 days.", "", len(expiry.deleted)
                ).replace("%1", str(days))
            )
        if expiry.failed:
            sentences.append(
                self.tr("Could not delete %n old export(s): %1", "", len(expiry.failed)).replace(
                    "%1", expiry.failed[0][1]
                )
            )
        self.register.refresh()
        self.backups.refresh()
        if sentences:
            self._say(" ".join(sentences))
        self._remind()

    def _tell(self, sentence: str) -> None:
        show_message(self.message, sentence)

    def _say(self, sentence: str) -> None:
        shown = self.message.text() if self.message.isVisibleTo(self) else ""
        show_message(self.message, f"{shown} {sentence}" if shown else sentence)
        self.notice.emit(sentence)

    def clear(self) -> None:
        self._finish()
        show_message(self.message, "")
        self._remind_after_days = 0
        self.register.clear()
        self.backups.clear()
