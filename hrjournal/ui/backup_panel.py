"""Backups on the Exports screen: when the last one was made, a button to make one, and the
reminder at unlock when the newest backup is older than the user chose (or there is none)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from hrjournal.domain.app_settings import backup_due
from hrjournal.errors import JournalError
from hrjournal.services import backup, exports, records
from hrjournal.services.exports import ExportRecord
from hrjournal.ui.backup_dialog import BackupDialog
from hrjournal.ui.local_time import local_time
from hrjournal.ui.session import JournalSession


class BackupPanel(QGroupBox):
    said = Signal(str)  # a sentence for the Exports screen: a backup made, or why not
    journal_wiped = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.session = session
        self._stale = False
        self.dialog: BackupDialog | None = None
        self.last_line = QLabel(self)
        self.last_line.setWordWrap(True)
        self.last_line.setAccessibleName(self.tr("When the last backup was made"))
        self.backup_button = QPushButton(self.tr("&Back up the journal…"), self)
        self.backup_button.setAccessibleName(self.tr("Back up the journal"))
        self.backup_button.setToolTip(
            self.tr("Save the whole journal in one encrypted file, to keep away from this laptop.")
        )
        self.backup_button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.addWidget(self.last_line, 1)
        layout.addWidget(self.backup_button)
        session.records_changed.connect(self._on_records_changed)
        session.busy_changed.connect(self._on_busy_changed)

    def open_dialog(self) -> BackupDialog:
        if self.dialog is None:
            self.dialog = BackupDialog(self.session, self)
            self.dialog.made.connect(self._made)
            self.dialog.failed.connect(self.said.emit)
            self.dialog.journal_wiped.connect(self.journal_wiped.emit)
        self.dialog.start()
        return self.dialog

    def _made(self, _record: ExportRecord, sentence: str) -> None:
        self.session.notify_changed("export")  # the register and the line below read it again
        self.said.emit(sentence)

    # -- reading -----------------------------------------------------------------------------

    def _registered(self) -> list[ExportRecord]:
        """Every export in the register (backups among them)."""
        return [listed.record for listed in exports.list_exports(self.session.journal)]

    def refresh(self) -> None:
        """Say when the last backup was made (at once, or when a running job lets go)."""
        if not self.session.is_open:
            return
        if self.session.busy:
            self._stale = True
            return
        self._stale = False
        try:
            last = backup.last_backup(self._registered())
        except JournalError as error:
            self.last_line.setText(str(error))
            return
        self.last_line.setText(
            self.tr("Last backup: %1.").replace("%1", local_time(last))
            if last
            else self.tr("No backup yet.")
        )

    def reminder(self, reminder_days: int, now: datetime | None = None) -> str:
        """The sentence reminding the user to back up, or "" when none is due."""
        if reminder_days <= 0 or not self.session.is_open:
            return ""
        journal = self.session.journal
        holds_records = bool(
            records.list_incidents(journal, limit=1)
            or records.list_contacts(journal, limit=1)
            or records.list_plans(journal, limit=1)
        )
        due = backup_due(
            reminder_days,
            backup.last_backup(self._registered()),
            now or datetime.now(UTC),
            holds_records=holds_records,
        )
        if due is None:
            return ""
        if due.days_old is None:
            return self.tr("You have no backup yet; make one on the Exports screen.")
        if due.days_old == 1:
            return self.tr("Your last backup is a day old; make one on the Exports screen.")
        return self.tr(
            "Your last backup is %n days old; make one on the Exports screen.", "", due.days_old
        )

    # -- the journal changes and locks -------------------------------------------------------

    def _on_records_changed(self, kind: str) -> None:
        if kind == "export":
            self.refresh()

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self._stale:
            self.refresh()

    def clear(self) -> None:
        self._stale = False
        self.last_line.clear()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()
