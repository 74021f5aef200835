"""Cell editors for the tables of a safety plan: numbers in a range, dates and plain text.

Each editor carries an accessible name, because a screen reader otherwise announces a bare
"edit" or "spin box" when a cell opens for editing.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrjournal.ui.pickers import DateField
from hrjournal.ui.widgets import line_field

Index = QModelIndex | QPersistentModelIndex


class NumberCell(QStyledItemDelegate):
    """A whole number from `minimum` to `maximum`. With `live`, every step of the spin box is
    written to the table at once, so what depends on the number (a risk's score) follows it."""

    def __init__(
        self,
        minimum: int,
        maximum: int,
        accessible_name: str,
        parent: QObject | None = None,
        *,
        live: bool = False,
    ) -> None:
        super().__init__(parent)
        self._minimum = minimum
        self._maximum = maximum
        self._name = accessible_name
        self._live = live

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(self._minimum, self._maximum)
        editor.setAccessibleName(self._name)
        if self._live:
            editor.valueChanged.connect(lambda _value: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.blockSignals(True)  # filling the editor is not an edit
        editor.setValue(int(value) if isinstance(value, int) else self._minimum)
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DateCell(QStyledItemDelegate):
    """An optional day typed as YYYY-MM-DD; the text is kept as typed and checked on save."""

    def __init__(self, accessible_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateField(self._name, parent)
        editor.setMaximumWidth(16777215)  # fill the cell
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)


class TextCell(QStyledItemDelegate):
    """One line of text."""

    def __init__(self, accessible_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = line_field(parent)
        editor.setAccessibleName(self._name)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell that the table's owner always fills."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item
