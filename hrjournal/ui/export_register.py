"""The export register as a table: every file made from this journal, newest first, and a way
to overwrite and delete one now rather than wait for the panic wipe or the expiry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrjournal.errors import JournalError
from hrjournal.services import exports
from hrjournal.services.exports import ExportRecord, ListedExport
from hrjournal.ui.local_time import local_time
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import confirm, message_label, show_message, table_with_buttons

ID_ROLE = Qt.ItemDataRole.UserRole


class ExportRegister(QGroupBox):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Files made from this journal"))
        self.session = session
        self._stale = False
        # The question asked before deleting; tests replace it to answer without a dialog.
        self.confirm: Callable[[QWidget, str, str, str], bool] = confirm

        explanation = QLabel(
            self.tr(
                "Every file made from this journal: PDF reports and cards, JSON and Uwazi "
                "exports, and backups. The panic wipe overwrites and deletes each one it can "
                "reach; delete one yourself as soon as it has served."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Files made from this journal"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Profile"),
                self.tr("Password"),
                self.tr("Size"),
                self.tr("Where"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.delete_button = QPushButton(self.tr("&Delete now…"), self)
        self.delete_button.setAccessibleName(self.tr("Overwrite and delete the selected file"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Read the list of files again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.message = message_label(self, self.tr("Export register message"))

        inner = QWidget(self)
        table_with_buttons(inner, self.table, self.delete_button, self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(inner, 1)
        layout.addWidget(self.message)
        session.records_changed.connect(self._on_records_changed)
        session.busy_changed.connect(self._on_busy_changed)
        self._update_buttons()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register again (at once, or when a running job lets go of the journal)."""
        if not self.session.is_open:
            return
        if self.session.busy:
            self._stale = True
            return
        self._stale = False
        try:
            listed = exports.list_exports(self.session.journal)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        self._show(listed)

    def _show(self, listed: list[ListedExport]) -> None:
        chosen = self.selected_id()
        self.table.setRowCount(0)
        self.table.setRowCount(len(listed))
        for row, entry in enumerate(listed):  # the service lists the newest first
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry.record.id)
                if column == 5:
                    item.setToolTip(entry.record.path)
                self.table.setItem(row, column, item)
            if entry.record.id == chosen:
                self.table.selectRow(row)
        self._update_buttons()

    def _cells(self, entry: ListedExport) -> list[str]:
        record = entry.record
        profiles = {"full": self.tr("Full"), "share": self.tr("Share")}
        where = record.path if entry.present else self.tr("%1 (missing)").replace("%1", record.path)
        return [
            local_time(record.created_at),
            record.title,
            profiles.get(record.profile or "", "—"),
            self.tr("Yes") if record.protected else self.tr("No"),
            QLocale().formattedDataSize(record.size),
            where,
        ]

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(ID_ROLE))

    def row_count(self) -> int:
        return self.table.rowCount()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)

    # -- deleting ----------------------------------------------------------------------------

    def delete_selected(self) -> None:
        number = self.selected_id()
        if number is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        path_item = self.table.item(row, 5)
        path = path_item.toolTip() if path_item is not None else ""
        if not self.confirm(
            self,
            self.tr("Delete now"),
            self.tr("Overwrite and delete %1? This cannot be undone.").replace("%1", path),
            self.tr("Overwrite and &delete"),
        ):
            return
        show_message(self.message, "")
        try:
            self.session.run(
                lambda journal, _progress: exports.delete_export(journal, number),
                self._deleted,
                self._failed,
            )
        except JournalError as error:  # locked, or busy, meanwhile
            self._failed(str(error))

    def _deleted(self, record: ExportRecord) -> None:
        self.refresh()
        show_message(
            self.message,
            self.tr("Overwrote and deleted %1.").replace("%1", Path(record.path).name),
        )

    def _failed(self, message: str) -> None:
        self.refresh()
        show_message(self.message, message)

    # -- the journal changes and locks -------------------------------------------------------

    def _on_records_changed(self, kind: str) -> None:
        if kind == "export":
            self.refresh()

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self._stale:
            self.refresh()

    def clear(self) -> None:
        self._stale = False
        self.table.setRowCount(0)
        show_message(self.message, "")
        self._update_buttons()
