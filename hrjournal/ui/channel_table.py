"""The ways to reach a contact, as an editable table: one row per phone, Signal, email..."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrjournal.domain.contact import Channel
from hrjournal.domain.dates import parse_day
from hrjournal.errors import InputRejected
from hrjournal.ui.pickers import VocabularyCombo, term_label
from hrjournal.ui.table_cells import DateCell, TextCell
from hrjournal.ui.widgets import table_with_buttons

TYPE, VALUE, PREFERRED, VERIFIED, FINGERPRINT = range(5)
_KEY = Qt.ItemDataRole.UserRole
_VOCABULARY = "channel_types"
_AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChannelTable", text)


class _TypeDelegate(QStyledItemDelegate):
    """Edits the channel type with the vocabulary's labels; the cell keeps the key."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _AnyIndex
    ) -> QWidget:
        combo = VocabularyCombo(_VOCABULARY, _tr("How to reach"), parent)
        # A choice made in the list counts at once, without a further Enter.
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _AnyIndex) -> None:
        assert isinstance(editor, VocabularyCombo)
        editor.set_key(index.data(_KEY))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _AnyIndex) -> None:
        assert isinstance(editor, VocabularyCombo)
        key = editor.key() or ""
        model.setData(index, key, _KEY)
        model.setData(index, term_label(_VOCABULARY, key), Qt.ItemDataRole.DisplayRole)


def reading_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strong character.

    A phone number like +961 3 123 456 must read left to right even in an Arabic window
    (else it shows as 456 123 3 961+), and an address in Arabic right to left in any window.
    """
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class _ValueCell(TextCell):
    """Shows a number or address in its own reading order, on the window's reading side."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        super().initStyleOption(option, index)
        side = (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.direction = reading_direction(option.text)
        option.displayAlignment = (
            Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter
        )


class ChannelTable(QWidget):
    """Rows of (type, value, preferred, verified on, safety number or fingerprint)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Ways to reach this contact"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("How to reach"),
                self.tr("Number or address"),
                self.tr("Preferred"),
                self.tr("Verified on"),
                self.tr("Safety number or fingerprint"),
            ]
        )
        header = self.table.horizontalHeader()
        for column, mode in (
            (TYPE, QHeaderView.ResizeMode.ResizeToContents),
            (VALUE, QHeaderView.ResizeMode.Stretch),
            (PREFERRED, QHeaderView.ResizeMode.ResizeToContents),
            (VERIFIED, QHeaderView.ResizeMode.ResizeToContents),
            (FINGERPRINT, QHeaderView.ResizeMode.Stretch),
        ):
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table (arrow keys move inside it), so keyboard users are not trapped.
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(TYPE, _TypeDelegate(self.table))
        # Every cell editor is named, or a screen reader announces a bare "edit".
        self.table.setItemDelegateForColumn(
            VALUE, _ValueCell(self.tr("Number or address"), self.table)
        )
        self.table.setItemDelegateForColumn(VERIFIED, DateCell(self.tr("Verified on"), self.table))
        self.table.setItemDelegateForColumn(
            FINGERPRINT, _ValueCell(self.tr("Safety number or fingerprint"), self.table)
        )
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add a way to reach"), self)
        self.add_button.setAccessibleName(self.tr("Add a way to reach this contact"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("R&emove the selected way"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected way to reach"))
        self.remove_button.clicked.connect(self.remove_selected)

        table_with_buttons(self, self.table, self.add_button, self.remove_button)
        self.setFocusProxy(self.table)
        self._update_buttons()

    # -- editing ----------------------------------------------------------------------------

    def add_row(self) -> None:
        """A new, empty row, ready for its number or address to be typed."""
        self._append({"type": "phone"})
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, VALUE)
        self.table.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.changed.emit()

    def selected_value(self) -> str | None:
        """The number or address of the selected row, for the window to copy."""
        row = self.table.currentRow()
        item = self.table.item(row, VALUE) if row >= 0 else None
        value = item.text().strip() if item is not None else ""
        return value or None

    # -- reading and filling ----------------------------------------------------------------

    def commit_open_editor(self) -> None:
        """Write a cell still being typed into its row.

        A save from the keyboard shortcut or a lock does not move the focus, so without this
        the cell's text would be left out of what is saved or kept as a draft.
        """
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.table.itemDelegateForIndex(index).setModelData(editor, self.table.model(), index)

    def rows(self) -> list[dict[str, Any]]:
        """Every row as typed, unchecked: what a draft keeps."""
        self.commit_open_editor()
        return [
            {
                "type": self._text(row, TYPE, _KEY),
                "value": self._text(row, VALUE),
                "preferred": self._checked(row),
                "verified": self._text(row, VERIFIED),
                "fingerprint": self._text(row, FINGERPRINT),
            }
            for row in range(self.table.rowCount())
        ]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self._update_buttons()
        self.changed.emit()

    def channels(self) -> list[Channel]:
        """The channels to save; rows left wholly blank are dropped.

        Raises InputRejected, saying which row, when a row cannot be saved.
        """
        found = []
        for number, row in enumerate(self.rows(), start=1):
            value = row["value"].strip()
            verified = row["verified"].strip()
            fingerprint = row["fingerprint"].strip()
            if not (value or verified or fingerprint):
                continue
            if not value:
                raise InputRejected(
                    self.tr(
                        "Way to reach number %1 has no number or address; "
                        "fill it in or remove that row."
                    ).replace("%1", str(number))
                )
            if verified:
                try:
                    parse_day(verified)
                except ValueError:
                    raise InputRejected(
                        self.tr(
                            "The date way to reach number %1 was verified is not a real date; "
                            "write it as YYYY-MM-DD, for example 2025-03-14."
                        ).replace("%1", str(number))
                    ) from None
            found.append(
                Channel(
                    type=row["type"],
                    value=value,
                    preferred=bool(row["preferred"]),
                    verified=verified or None,
                    fingerprint=fingerprint,
                )
            )
        return found

    def set_channels(self, channels: list[Channel]) -> None:
        self.set_rows(
            [
                {
                    "type": c.type,
                    "value": c.value,
                    "preferred": c.preferred,
                    "verified": c.verified or "",
                    "fingerprint": c.fingerprint,
                }
                for c in channels
            ]
        )

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._update_buttons()

    # -- inside -----------------------------------------------------------------------------

    def _append(self, row: dict[str, Any]) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        key = str(row.get("type") or "phone")
        kind = QTableWidgetItem(term_label(_VOCABULARY, key))
        kind.setData(_KEY, key)
        preferred = QTableWidgetItem()
        preferred.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        preferred.setCheckState(
            Qt.CheckState.Checked if row.get("preferred") else Qt.CheckState.Unchecked
        )
        preferred.setToolTip(self.tr("Try this way first"))
        self.table.setItem(index, TYPE, kind)
        self.table.setItem(index, VALUE, QTableWidgetItem(str(row.get("value") or "")))
        self.table.setItem(index, PREFERRED, preferred)
        self.table.setItem(index, VERIFIED, QTableWidgetItem(str(row.get("verified") or "")))
        self.table.setItem(index, FINGERPRINT, QTableWidgetItem(str(row.get("fingerprint") or "")))

    def _text(
        self, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
    ) -> str:
        item = self.table.item(row, column)
        value = item.data(role) if item is not None else None
        return str(value) if value is not None else ""

    def _checked(self, row: int) -> bool:
        item = self.table.item(row, PREFERRED)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
