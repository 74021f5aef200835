"""An editable table of the small records inside a bigger one (an incident's sources...).

Every cell is a real input (a line edit or a combo box) so that each has its own accessible
name, and values go in and out as plain dicts keyed like the record's JSON form. Subclasses
turn those dicts into domain records and back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import table_with_buttons


@dataclass(frozen=True)
class Column:
    key: str  # the field of the record's JSON form this column holds
    header: str
    make: Callable[[], QWidget]  # a fresh QLineEdit or QComboBox for one cell
    width: int = 140
    default: Any = None
    lists: str | None = None  # the kind of record the combo lists, reread when those change


def cell_value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


def set_cell_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and value is not None:
            # A link or key the list does not offer (a deleted contact, a draft): keep it
            # rather than silently pointing the row somewhere else.
            widget.addItem(str(value), value)
            index = widget.count() - 1
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QLineEdit):
        text = "" if value is None else str(value)
        if widget.text() != text:
            widget.setText(text)
    else:
        raise TypeError(type(widget).__name__)


class RecordTable(QWidget):
    changed = Signal()

    def __init__(
        self,
        session: JournalSession,
        what: str,
        columns: list[Column],
        parent: QWidget | None = None,
    ) -> None:
        """`what` names the table in the user's words, for buttons and screen readers."""
        super().__init__(parent)
        self.session = session
        self.what = what
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setAccessibleName(what)
        self.table.setHorizontalHeaderLabels([column.header for column in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab walks from cell to cell through the inputs, then on to the buttons.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for index, column in enumerate(columns):
            self.table.setColumnWidth(index, column.width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(True)

        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add a row to %1").replace("%1", what))
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the chosen row from %1").replace("%1", what)
        )
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_current_row)
        self.table.currentCellChanged.connect(self._update_buttons)

        table_with_buttons(self, self.table, self.add_button, self.remove_button)
        session.records_changed.connect(self._on_records_changed)

    # -- values ------------------------------------------------------------------------------

    def values(self) -> list[dict[str, Any]]:
        """Every row as it stands, valid or not (drafts keep half-typed dates)."""
        return [
            {
                column.key: cell_value(self.table.cellWidget(row, index))
                for index, column in enumerate(self.columns)
            }
            for row in range(self.table.rowCount())
        ]

    def set_values(self, rows: list[dict[str, Any]]) -> None:
        wanted = [{c.key: row.get(c.key, c.default) for c in self.columns} for row in rows]
        if wanted == self.values():
            return  # nothing changed: keep the focus and cursor where the user left them
        self.table.setRowCount(0)
        for row in wanted:
            self.add_row(row)
        self._update_buttons()

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.columns):
            widget = column.make()
            value = column.default if values is None else values.get(column.key, column.default)
            set_cell_value(widget, value)
            widget.installEventFilter(self)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._emit_changed)
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._emit_changed)
            self.table.setCellWidget(row, index, widget)
        self._name_cells()
        return row

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._name_cells()
        self._update_buttons()
        self.changed.emit()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)

    def clear(self) -> None:
        self.set_values([])

    def cell(self, row: int, key: str) -> QWidget:
        """The input of one cell (for the editor's focus and for tests)."""
        index = next(n for n, column in enumerate(self.columns) if column.key == key)
        return self.table.cellWidget(row, index)

    # -- behaviour ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Cell inputs take the focus without the table noticing; mark their row as chosen so
        # "Remove" acts on the row the user is in.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            index = self.table.indexAt(watched.pos())
            if index.isValid():
                self.table.setCurrentCell(index.row(), index.column())
        return super().eventFilter(watched, event)

    def _add_clicked(self) -> None:
        row = self.add_row()
        self._update_buttons()
        self.changed.emit()
        self.table.setCurrentCell(row, 0)
        self.table.cellWidget(row, 0).setFocus()

    def _emit_changed(self, *_: object) -> None:
        self.changed.emit()

    def _update_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def _name_cells(self) -> None:
        for row in range(self.table.rowCount()):
            for index, column in enumerate(self.columns):
                self.table.cellWidget(row, index).setAccessibleName(
                    fill(self.tr("%1, row %2"), column.header, str(row + 1))
                )

    def _on_records_changed(self, kind: str) -> None:
        for index, column in enumerate(self.columns):
            if column.lists != kind:
                continue
            for row in range(self.table.rowCount()):
                refresh = getattr(self.table.cellWidget(row, index), "refresh", None)
                if callable(refresh):
                    refresh()
