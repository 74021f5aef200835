"""Backing up the journal: the journal's passphrase (the backup is sealed with the journal's
key), an optional backup passphrase, then where to save the file.

The passphrases live only in this dialog's fields and in the job that makes the backup; the
fields are emptied as the job starts, and when the dialog closes, which the lock does too.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.errors import JournalError
from hrjournal.services import backup
from hrjournal.services import journal as journal_service
from hrjournal.services.exports import ExportRecord
from hrjournal.ui import file_dialogs
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.jobs import Job
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import action_or_cancel, message_label, secret_field, show_message

SUFFIX = ".hrjb"


def suggested_name(today: datetime | None = None) -> str:
    return f"hrjournal-backup-{(today or datetime.now()).strftime('%Y%m%d')}{SUFFIX}"


class BackupDialog(QDialog):
    made = Signal(object, str)  # the backup's ExportRecord, and a sentence saying so
    failed = Signal(str)  # a failure told after the dialog was closed
    # A wrong passphrase here counts like any other: the last one allowed wipes the journal.
    journal_wiped = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exclude_from_capture(self)
        self.session = session
        self._job: Job | None = None
        self._directory: Path | None = None
        title = self.tr("Back up the journal")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        explanation = QLabel(
            self.tr(
                "A backup is the whole journal in one encrypted file; keep it away from this "
                "laptop. Your passphrase is needed to seal it."
            ),
            self,
        )
        explanation.setWordWrap(True)
        optional = QLabel(
            self.tr(
                "The backup always opens with your recovery secret; a backup passphrase lets "
                "it open without it too."
            ),
            self,
        )
        optional.setWordWrap(True)
        self.current = secret_field(self, self.tr("Your passphrase"))
        self.backup = secret_field(self, self.tr("Backup passphrase, if you want one"))
        self.again = secret_field(self, self.tr("Backup passphrase again"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Backing up"))
        self.busy.hide()
        self.message = message_label(self, self.tr("Backup message"))

        form = QFormLayout()
        form.addRow(self.tr("Your &passphrase:"), self.current)
        form.addRow(optional)
        form.addRow(self.tr("&Backup passphrase (optional):"), self.backup)
        form.addRow(self.tr("&Again:"), self.again)
        self.save_button = QPushButton(self.tr("&Save the backup…"), self)
        self.save_button.setAccessibleName(self.tr("Choose where to save the backup"))
        self.save_button.clicked.connect(self.apply)
        buttons = action_or_cancel(self, self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        session.locked.connect(self._on_locked)

    def start(self) -> None:
        """Show the dialog, empty, over the Exports screen."""
        self.clear()
        self._set_busy(self._job is not None)
        self.open()
        self.current.setFocus()

    def _ask_for_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = file_dialogs.save_file(
            self,
            self.tr("Save the backup as"),
            str(Path(folder) / suggested_name()),
            self.tr("HR Journal backups (*.hrjb)"),
        )
        if chosen is not None and not chosen.suffix:
            chosen = chosen.with_suffix(SUFFIX)
        return chosen

    def apply(self) -> None:
        current, chosen = self.current.text(), self.backup.text()
        if not current:
            show_message(self.message, self.tr("Type your passphrase first."))
            return
        if chosen != self.again.text():
            show_message(self.message, self.tr("The two backup passphrases are not the same."))
            return
        show_message(self.message, "")
        path = self._ask_for_path()
        if path is None:
            return
        self.clear()
        try:
            self._directory = directory = self.session.journal.files.directory
            self._job = self.session.run(
                lambda _journal, _progress: backup.make_backup(
                    directory, current, path, chosen or None
                ),
                self._on_done,
                self._on_failed,
            )
        except JournalError as error:  # locked, or busy, meanwhile
            show_message(self.message, str(error))
            return
        self._set_busy(True)

    def _on_done(self, record: ExportRecord) -> None:
        self._job = None
        self._set_busy(False)
        size = QLocale().formattedDataSize(record.size)
        sentence = self.tr(
            "The journal is backed up to %1 (%2); keep that file safe, away from this laptop."
        )
        self.made.emit(record, fill(sentence, record.path, size))
        if self.isVisible():
            self.accept()

    def _on_failed(self, sentence: str) -> None:
        self._job = None
        self._set_busy(False)
        if self._directory is not None and not journal_service.journal_exists(self._directory):
            self.journal_wiped.emit()
            return
        if self.isVisible():
            show_message(self.message, sentence)
        else:  # closed while the backup was being made: said on the Exports screen instead
            self.failed.emit(sentence)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            show_message(self.message, self.tr("Backing up… a large journal can take a minute."))
        for widget in (self.current, self.backup, self.again, self.save_button):
            widget.setEnabled(not busy)

    @property
    def working(self) -> bool:
        return self._job is not None

    def _on_locked(self) -> None:
        # The session drops a running job's result at a lock: nothing will come back here.
        self._job = None
        self._set_busy(False)
        self.clear()

    def clear(self) -> None:
        for field in (self.current, self.backup, self.again):
            field.clear()
        show_message(self.message, "")

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
