"""A list of records that reads its rows from the services a page at a time.

A journal can hold tens of thousands of incidents; the view asks for more rows only as it is
scrolled (`canFetchMore`/`fetchMore`), and sorting asks the database for a new first page
rather than sorting in memory. `clear()` drops every row: the model holds nothing once the
journal locks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
# fetch(offset, limit, order, descending) -> rows; order is a Column.order or None
Fetch = Callable[[int, int, str | None, bool], Sequence[Any]]


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    order: str | None = None  # how the service sorts by this column; None: not sortable


class RecordListModel(QAbstractTableModel):
    PAGE = 200
    UID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, columns: list[Column], fetch: Fetch, uid: Callable[[Any], str]) -> None:
        super().__init__()
        self._columns = columns
        self._fetch = fetch
        self._uid = uid
        self._rows: list[Any] = []
        self._exhausted = True
        self._order: str | None = None
        self._descending = True

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(row)
        if role == self.UID_ROLE:
            return self._uid(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = list(self._fetch(len(self._rows), self.PAGE, self._order, self._descending))
        self._exhausted = len(page) < self.PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].order
        if key is None:
            return
        self._order = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- ours -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Start again from the first page (after a save, a filter or a new order)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    def clear(self) -> None:
        """Drop every row and fetch nothing until `reload()`."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The service's row object (None past the loaded rows)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def uid_at(self, row: int) -> str | None:
        return self._uid(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        for number, row in enumerate(self._rows):
            if self._uid(row) == uid:
                return number
        return None

    def row_count_loaded(self) -> int:
        return len(self._rows)
