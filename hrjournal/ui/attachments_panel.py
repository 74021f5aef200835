"""An incident's evidence: what is kept, its fingerprint, and who handled it when.

Taking a file in can take minutes for a long video, so it runs as a job with its progress in
bytes and a Cancel button; a cancelled intake keeps nothing. A copy leaves the journal only
when asked for, and the custody log records it.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.errors import JournalError
from hrjournal.services import records
from hrjournal.ui import file_dialogs
from hrjournal.ui.attachment_viewer import READ_IN_BACKGROUND_ABOVE, AttachmentViewer
from hrjournal.ui.custody_log import CustodyLog, read_only_cell, short_hash
from hrjournal.ui.jobs import Job
from hrjournal.ui.local_time import local_time
from hrjournal.ui.pickers import term_label
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import message_label, show_message


def _size(size: int | None) -> str:
    if size is None:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class AttachmentsPanel(QWidget):
    attachments_changed = Signal()  # evidence was added or a copy saved: reload the incident

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._incident: str | None = None
        self._attachments: list[AttachmentInfo] = []
        self._queue: list[Path] = []
        self._intake_for: str | None = None
        self._added: list[AttachmentInfo] = []
        self._taking_in = ""  # the file being taken in now
        self._cancelled = False
        self._job: Job | None = None
        self.viewer = AttachmentViewer(session, self)
        self.viewer.save_copy_requested.connect(self.save_copy)
        self._build_list()
        self._build_progress()
        self._build_custody()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 2)
        layout.addLayout(self.buttons)
        layout.addWidget(self.progress_label)
        layout.addLayout(self.progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.custody_heading)
        layout.addWidget(self.custody, 1)
        order = (
            self.table,
            self.add_button,
            self.view_button,
            self.copy_button,
            self.cancel_button,
            self.custody,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        session.busy_changed.connect(self._busy_changed)
        session.locked.connect(self.clear)
        self._show_progress_row(False)
        self._update_buttons()

    def _build_list(self) -> None:
        self.heading = QLabel(self.tr("&Evidence"), self)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("SHA-256"),
                self.tr("Taken in"),
                self.tr("Origin"),
                self.tr("Description"),
            ]
        )
        self.table.setAccessibleName(self.tr("Evidence of this incident"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.heading.setBuddy(self.table)

        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.setAccessibleName(self.tr("Add files as evidence"))
        self.add_button.clicked.connect(self._choose_files)
        self.view_button = QPushButton(self.tr("&View"), self)
        self.view_button.setAccessibleName(self.tr("View the selected evidence"))
        self.view_button.clicked.connect(self.view_selected)
        self.copy_button = QPushButton(self.tr("Save a &copy…"), self)
        self.copy_button.setAccessibleName(self.tr("Save a copy of the selected evidence"))
        self.copy_button.setToolTip(
            self.tr("Writes the file outside the journal, unencrypted; the custody log notes it.")
        )
        self.copy_button.clicked.connect(self._copy_selected)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.copy_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch()

    def _build_progress(self) -> None:
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)  # per mille: byte counts overflow a progress bar's int
        self.progress.setAccessibleName(self.tr("Progress of taking in the file"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel taking in files"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row = QHBoxLayout()
        self.progress_row.addWidget(self.progress, 1)
        self.progress_row.addWidget(self.cancel_button)
        self.message = message_label(self, self.tr("Evidence message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup

    def _build_custody(self) -> None:
        self.custody_heading = QLabel(self.tr("Chain of c&ustody of the selected file"), self)
        self.custody = CustodyLog(self)
        self.custody_heading.setBuddy(self.custody)

    # -- what the incident editor calls ---------------------------------------------------------

    def show_incident(self, incident_uid: str | None, attachments: list[AttachmentInfo]) -> None:
        """List the evidence of an incident; None while it has never been saved."""
        if incident_uid != self._incident:
            show_message(self.message, "")
            self.viewer.clear()
        chosen = self.selected()
        self._incident = incident_uid
        self._attachments = list(attachments)
        self.table.setRowCount(0)
        for row, info in enumerate(self._attachments):
            self.table.insertRow(row)
            origin = term_label("attachment_origins", info.origin)
            if info.derived_from:
                origin = fill(self.tr("%1 (from %2)"), origin, info.derived_from)
            cells = (
                read_only_cell(info.filename),
                read_only_cell(info.media_type),
                read_only_cell(_size(info.size), self.tr("%1 bytes").replace("%1", str(info.size))),
                read_only_cell(short_hash(info.sha256), info.sha256 or ""),
                read_only_cell(local_time(info.intake_at), info.intake_at or ""),
                read_only_cell(origin),
                read_only_cell(info.description),
            )
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        ids = [info.id for info in self._attachments]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        self._selection_changed()

    def attachments(self) -> list[AttachmentInfo]:
        return list(self._attachments)

    def selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._attachments):
            return None
        return self._attachments[rows[0].row()]

    def clear(self) -> None:
        """Forget everything shown (the journal is locking); a running intake is cancelled."""
        self._taking_in = ""
        self.cancel()
        self._end_job()
        self._intake_for = None
        self._added = []
        self.viewer.clear()
        self._incident = None
        self._attachments = []
        self.table.setRowCount(0)
        self.custody.setRowCount(0)
        show_message(self.message, "")
        self._update_buttons()

    # -- taking files in -------------------------------------------------------------------------

    def _choose_files(self) -> None:
        self.add_files(file_dialogs.open_files(self, self.tr("Add evidence")))

    def add_files(self, paths: list[Path]) -> None:
        """Take files in one after another, each as a job of its own."""
        if self._incident is None or not paths or self._job is not None:
            return
        self._queue = list(paths)
        self._intake_for = self._incident
        self._added = []
        self._cancelled = False
        show_message(self.message, "")
        self._take_next()

    def cancel(self) -> None:
        """Stop the intake: the file being taken in is not kept, the ones waiting are skipped."""
        self._queue = []
        if self._job is not None:
            self._cancelled = True
            self._job.cancel()

    def _take_next(self) -> None:
        incident = self._intake_for
        if not self._queue or incident is None:
            self._finish_intake("")
            return
        path = self._queue.pop(0)
        self._taking_in = path.name
        self.progress.setValue(0)
        self.progress.setFormat(path.name)
        self.progress_label.setText(self.tr("Taking in %1…").replace("%1", path.name))
        self._show_progress_row(True)
        try:
            self._job = self.session.run(
                lambda journal, progress: records.add_attachment(
                    journal, incident, path, progress=progress
                ),
                self._taken_in,
                self._finish_intake,
                self._show_bytes,
            )
        except JournalError as error:
            self._finish_intake(str(error))

    def _show_bytes(self, done: int, total: int) -> None:
        self.progress.setValue(done * 1000 // total if total else 0)
        self.progress.setFormat(fill(self.tr("%1 of %2"), _size(done), _size(total)))

    def _taken_in(self, info: object) -> None:
        self._job = None
        if isinstance(info, AttachmentInfo):
            self._added.append(info)
        self._take_next()

    def _finish_intake(self, problem: str) -> None:
        self._end_job()
        self._queue = []
        cancelled, self._cancelled = self._cancelled, False
        incident, self._intake_for = self._intake_for, None
        lines = [
            fill(
                self.tr("Added %1; its SHA-256 fingerprint is %2."),
                info.filename,
                info.sha256 or "",
            )
            for info in self._added
        ]
        if cancelled:
            problem = self.tr("Cancelled: %1 was not added, nor any file after it.").replace(
                "%1", self._taking_in
            )
        if problem:
            lines.append(problem)
        added, self._added = self._added, []
        if incident is None or incident != self._incident:
            self._update_buttons()
            return  # the editor moved on to another incident meanwhile
        show_message(self.message, "\n".join(lines))
        if added:
            self._reload()
            self.table.selectRow(len(self._attachments) - 1)
        self._update_buttons()

    # -- viewing and copies ----------------------------------------------------------------------

    def view_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.viewer.show_attachment(info)

    def _copy_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.save_copy(info.id)

    def save_copy(self, uid: str) -> None:
        """Ask where, then write a copy there; nothing leaves the journal without this."""
        info = next((a for a in self._attachments if a.id == uid), None)
        if info is None:
            return
        destination = file_dialogs.save_file(
            self,
            self.tr("Save a copy of %1").replace("%1", info.filename),
            str(Path(_documents_folder()) / info.filename),
        )
        if destination is None:
            return
        if (info.size or 0) <= READ_IN_BACKGROUND_ABOVE:
            try:
                records.export_attachment(self.session.journal, uid, destination)
            except (JournalError, OSError) as error:
                self._copy_failed(error)
                return
            self._copy_saved(destination)
            return
        self.progress.setRange(0, 0)  # the service writes in one go: no steps to count
        self.progress_label.setText(self.tr("Saving a copy of %1…").replace("%1", info.filename))
        self._show_progress_row(True)
        self.cancel_button.hide()  # the copy is written in one go: it cannot stop halfway
        try:
            self._job = self.session.run(
                lambda journal, _progress: records.export_attachment(journal, uid, destination),
                lambda _info: self._copy_saved(destination),
                self._copy_failed,
            )
        except JournalError as error:
            self._copy_failed(error)

    def _copy_saved(self, destination: Path) -> None:
        self._end_job()
        show_message(
            self.message,
            self.tr(
                "Saved a copy as %1. It is not encrypted; delete it when you no longer need it."
            ).replace("%1", str(destination)),
        )
        self._reload()

    def _copy_failed(self, error: str | Exception) -> None:
        self._end_job()
        if isinstance(error, OSError) and not isinstance(error, JournalError):
            error = self.tr("The copy could not be written: %1.").replace(
                "%1", error.strerror or type(error).__name__
            )
        show_message(self.message, str(error))
        self._update_buttons()

    def _end_job(self) -> None:
        self._job = None
        self.progress.setRange(0, 1000)
        self._show_progress_row(False)

    # -- inside ----------------------------------------------------------------------------------

    def _reload(self) -> None:
        """Reread the evidence after a change, and tell the editor."""
        if self._incident is None:
            return
        try:
            incident = records.get_incident(self.session.journal, self._incident)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        self.show_incident(incident.id, incident.attachments)
        self.attachments_changed.emit()

    def _selection_changed(self) -> None:
        info = self.selected()
        self.custody.show_events(info.custody if info else [])
        self._update_buttons()

    def _busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _show_progress_row(self, shown: bool) -> None:
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(shown)

    def _update_buttons(self) -> None:
        busy = self.session.busy
        has_selection = self.selected() is not None
        self.add_button.setEnabled(self._incident is not None and not busy)
        self.add_button.setToolTip(
            self.tr("Add photos, documents or recordings as evidence of this incident.")
            if self._incident is not None
            else self.tr("Save the incident first; then you can add evidence to it.")
        )
        self.view_button.setEnabled(has_selection and not busy)
        self.copy_button.setEnabled(has_selection and not busy)
