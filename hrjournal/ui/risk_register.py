"""The risk register of a safety plan: one row per risk, scored likelihood x impact.

The score and its band are worked out here as the numbers change, never typed. Each row is
coloured by its band, and the band is also written out, so the colour is never the only sign.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrjournal.domain.safety_plan import Risk, risk_band
from hrjournal.services.catalog import catalog
from hrjournal.ui.pickers import term_label
from hrjournal.ui.table_cells import DateCell, NumberCell, TextCell, cell
from hrjournal.ui.widgets import table_with_buttons

# The numbers and the level come right after the threat, so they show without scrolling.
(
    THREAT,
    LIKELIHOOD,
    IMPACT,
    SCORE,
    BAND,
    SOURCE,
    VULNERABILITIES,
    CAPACITIES,
    PREVENTION,
    CONTINGENCY,
    OWNER,
    DUE,
) = range(12)
TEXT_COLUMNS = (THREAT, SOURCE, VULNERABILITIES, CAPACITIES, PREVENTION, CONTINGENCY, OWNER)

# (background, text). Both are set, so a row stays readable whatever the theme's own text
# colour is; every pair has a contrast ratio above 7:1.
BAND_COLOURS = {
    "low": (QColor("#dcefe0"), QColor("#0b3d1a")),
    "medium": (QColor("#fff1bf"), QColor("#463800")),
    "high": (QColor("#ffd6b0"), QColor("#5a2300")),
    "critical": (QColor("#9b1c1c"), QColor("#ffffff")),
}

NEW_RISK_LEVEL = 3


class RiskRegister(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            THREAT: self.tr("Threat"),
            LIKELIHOOD: self.tr("Likelihood (1-5)"),
            IMPACT: self.tr("Impact (1-5)"),
            SCORE: self.tr("Score"),
            BAND: self.tr("Risk level"),
            SOURCE: self.tr("Who or what is behind it"),
            VULNERABILITIES: self.tr("Vulnerabilities"),
            CAPACITIES: self.tr("Capacities"),
            PREVENTION: self.tr("Prevention"),
            CONTINGENCY: self.tr("If it happens"),
            OWNER: self.tr("Who acts"),
            DUE: self.tr("Due date"),
        }
        headers = [names[column] for column in sorted(names)]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Risk register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        for column in TEXT_COLUMNS:
            self.table.setItemDelegateForColumn(column, TextCell(headers[column], self.table))
            self.table.setColumnWidth(column, 200)
        for column in (LIKELIHOOD, IMPACT):
            delegate = NumberCell(1, 5, headers[column], self.table, live=True)
            self.table.setItemDelegateForColumn(column, delegate)
        self.table.setItemDelegateForColumn(DUE, DateCell(headers[DUE], self.table))
        for column in (LIKELIHOOD, IMPACT, SCORE, BAND, DUE):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(self.tr("&Add a risk"), self)
        self.add_button.setAccessibleName(self.tr("Add a risk"))
        self.add_button.clicked.connect(self.add_risk)
        self.remove_button = QPushButton(self.tr("&Remove this risk"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected risk"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        table_with_buttons(self, self.table, self.add_button, self.remove_button)
        self._filling = False
        self._update_buttons()

    # -- reading and writing -----------------------------------------------------------------

    def risks(self) -> list[Risk]:
        """The risks in the table's order. Rows with no text at all are left out; dates are
        kept as typed, to be checked when the plan is saved."""
        found = []
        for row in range(self.table.rowCount()):
            text = {column: self._text(row, column) for column in (*TEXT_COLUMNS, DUE)}
            if not any(value.strip() for value in text.values()):
                continue
            found.append(
                Risk(
                    threat=text[THREAT],
                    source=text[SOURCE],
                    vulnerabilities=text[VULNERABILITIES],
                    capacities=text[CAPACITIES],
                    likelihood=self._level(row, LIKELIHOOD),
                    impact=self._level(row, IMPACT),
                    prevention=text[PREVENTION],
                    contingency=text[CONTINGENCY],
                    owner=text[OWNER],
                    due=text[DUE].strip() or None,
                )
            )
        return found

    def set_risks(self, risks: list[Risk]) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for risk in risks:
            self._append(risk)
        self._filling = False
        self._update_buttons()

    # -- rows --------------------------------------------------------------------------------

    def add_risk(self) -> None:
        self._filling = True
        row = self._append(Risk(threat=""))
        self._filling = False
        self.table.setCurrentCell(row, THREAT)
        self.table.editItem(cell(self.table, row, THREAT))
        self._update_buttons()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.changed.emit()

    def score_of(self, row: int) -> int:
        return self._level(row, LIKELIHOOD) * self._level(row, IMPACT)

    def band_of(self, row: int) -> str:
        return str(cell(self.table, row, BAND).data(Qt.ItemDataRole.UserRole))

    def _append(self, risk: Risk) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = {
            THREAT: risk.threat,
            SOURCE: risk.source,
            VULNERABILITIES: risk.vulnerabilities,
            CAPACITIES: risk.capacities,
            PREVENTION: risk.prevention,
            CONTINGENCY: risk.contingency,
            OWNER: risk.owner,
            DUE: risk.due or "",
        }
        for column, value in values.items():
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.table.setItem(row, column, item)
        for column, level in ((LIKELIHOOD, risk.likelihood), (IMPACT, risk.impact)):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, level)
            self.table.setItem(row, column, item)
        for column in (SCORE, BAND):
            item = QTableWidgetItem()
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self._rescore(row)
        return row

    def _rescore(self, row: int) -> None:
        score = self.score_of(row)
        band = risk_band(score, catalog().vocabularies)
        was_filling, self._filling = self._filling, True  # our own writes are not edits
        cell(self.table, row, SCORE).setText(str(score))
        band_item = cell(self.table, row, BAND)
        band_item.setText(term_label("risk_bands", band))
        band_item.setData(Qt.ItemDataRole.UserRole, band)
        background, foreground = BAND_COLOURS.get(band, BAND_COLOURS["critical"])
        for column in range(self.table.columnCount()):
            item = cell(self.table, row, column)
            item.setBackground(QBrush(background))
            item.setForeground(QBrush(foreground))
        self._filling = was_filling

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() in (LIKELIHOOD, IMPACT):
            self._rescore(item.row())
        else:
            was_filling, self._filling = self._filling, True
            item.setToolTip(item.text())
            self._filling = was_filling
        self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        return cell(self.table, row, column).text()

    def _level(self, row: int, column: int) -> int:
        value = cell(self.table, row, column).data(Qt.ItemDataRole.EditRole)
        level = value if isinstance(value, int) else NEW_RISK_LEVEL
        return min(max(level, 1), 5)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
