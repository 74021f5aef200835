"""The review log of a safety plan: when it was read through again, by whom, what changed."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrjournal.domain.safety_plan import Review
from hrjournal.ui.table_cells import DateCell, TextCell, cell
from hrjournal.ui.widgets import table_with_buttons

DATE, BY, NOTE = range(3)


class ReviewLogEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        headers = [self.tr("Date"), self.tr("Reviewed by"), self.tr("What changed")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Review log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(DATE, DateCell(headers[DATE], self.table))
        self.table.setItemDelegateForColumn(BY, TextCell(headers[BY], self.table))
        self.table.setItemDelegateForColumn(NOTE, TextCell(headers[NOTE], self.table))
        self.table.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add a review"), self)
        self.add_button.setAccessibleName(self.tr("Add a review dated today"))
        self.add_button.clicked.connect(self.add_review)
        self.remove_button = QPushButton(self.tr("&Remove this review"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected review"))
        self.remove_button.clicked.connect(self.remove_selected)

        table_with_buttons(self, self.table, self.add_button, self.remove_button)
        self._update_buttons()

    def reviews(self) -> list[Review]:
        """The reviews as listed; empty rows are left out, dates kept as typed."""
        found = []
        for row in range(self.table.rowCount()):
            date, by, note = (self._text(row, column) for column in (DATE, BY, NOTE))
            if date.strip() or by.strip() or note.strip():
                found.append(Review(date.strip(), by, note))
        return found

    def set_reviews(self, reviews: list[Review]) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for review in reviews:
            self._append(review)
        self._filling = False
        self._update_buttons()

    def add_review(self) -> None:
        self._filling = True
        row = self._append(Review(datetime.date.today().isoformat()))
        self._filling = False
        self.table.setCurrentCell(row, BY)
        self.table.editItem(cell(self.table, row, BY))
        self._update_buttons()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.changed.emit()

    def _append(self, review: Review) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in ((DATE, review.date), (BY, review.by), (NOTE, review.note)):
            self.table.setItem(row, column, QTableWidgetItem(value))
        return row

    def _text(self, row: int, column: int) -> str:
        return cell(self.table, row, column).text()

    def _edited(self, *_: object) -> None:
        if not self._filling:
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
