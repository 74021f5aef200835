"""The chain of custody of one piece of evidence, as a read-only table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrjournal.domain.attachment import CustodyEvent
from hrjournal.ui.local_time import local_time
from hrjournal.ui.pickers import term_label

SHORT_HASH = 12  # enough to tell files apart at a glance; the tooltip has all 64


def read_only_cell(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def short_hash(sha256: str | None) -> str:
    return f"{sha256[:SHORT_HASH]}…" if sha256 else ""


class CustodyLog(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("SHA-256"), self.tr("Note")]
        )
        self.setAccessibleName(self.tr("Chain of custody of the selected file"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_events(self, events: list[CustodyEvent]) -> None:
        self.setRowCount(0)
        for row, event in enumerate(events):
            self.insertRow(row)
            cells = (
                read_only_cell(local_time(event.at), event.at),
                read_only_cell(term_label("custody_actions", event.action)),
                read_only_cell(short_hash(event.sha256), event.sha256),
                read_only_cell(event.note),
            )
            for column, item in enumerate(cells):
                self.setItem(row, column, item)
