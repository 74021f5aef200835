"""One kind of record as a list beside its editor, with unsaved edits guarded.

Choosing another record, starting a new one or leaving the section while the editor holds
unsaved changes asks first: save them, throw them away, or keep editing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrjournal.errors import JournalError
from hrjournal.ui.record_editor import RecordEditor
from hrjournal.ui.record_list_model import RecordListModel
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import ask_unsaved, confirm, message_label, show_message


class RecordSection(QWidget):
    record_opened = Signal(str)
    current_changed = Signal(object)  # the open record's id, or None

    def __init__(
        self,
        session: JournalSession,
        model: RecordListModel,
        editor: RecordEditor,
        delete: Callable[[str], None],
        *,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.editor = editor
        self._delete = delete
        self._current_uid: str | None = None
        self._sized = False
        # The question asked about unsaved edits; tests replace it to answer without a dialog.
        self.ask_unsaved: Callable[[QWidget], str] = ask_unsaved
        self.confirm: Callable[[QWidget, str, str, str], bool] = confirm

        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(accessible_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)  # enabled by sections whose service can sort
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setAccessibleName(self.tr("New record"))
        self.new_button.setToolTip(self.tr("Start a new record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected record"))
        self.delete_button.clicked.connect(self.delete_current)
        self.message = message_label(self, self.tr("List message"))

        self.list_side = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_side)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addWidget(self.table, 1)
        # Sections add the buttons that act on their own records here, before the stretch.
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.new_button)
        self.button_row.addWidget(self.delete_button)
        self.button_row.addStretch()
        self.list_layout.addLayout(self.button_row)
        self.list_layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_side)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        editor.saved.connect(self._on_saved)
        session.records_changed.connect(self._on_records_changed)

    @property
    def _current(self) -> str | None:
        return self._current_uid

    @_current.setter
    def _current(self, uid: str | None) -> None:
        # Every change of the open record passes here, so buttons acting on it never lag.
        changed = uid != self._current_uid
        self._current_uid = uid
        if changed:
            self.current_changed.emit(uid)

    def add_button(self, button: QPushButton) -> None:
        """Put a button acting on this section's records in its row, after the others."""
        self.button_row.insertWidget(self.button_row.count() - 1, button)

    def share_width(self, *shares: float) -> None:
        """Divide the splitter's width among its visible parts in these proportions."""
        total = max(self.splitter.width(), 800)
        self.splitter.setSizes([int(total * share) for share in shares])

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the editor needs more room than the list asks for
            self._sized = True
            self.share_width(0.38, 0.62)
        super().showEvent(event)

    # -- navigation -------------------------------------------------------------------------

    def leave_allowed(self) -> bool:
        """Whether the editor may be left: nothing unsaved, or the user decided."""
        if not self.editor.is_modified():
            return True
        answer = self.ask_unsaved(self)
        if answer == "save":
            return self.editor.save()
        if answer == "discard":
            self.editor.set_modified(False)
            if self._current is not None:
                self.editor.load(self._current)
            else:
                self.editor.clear()
            return True
        return False

    def new_record(self) -> bool:
        """Start a new record, unless the user keeps editing the current one."""
        if not self.leave_allowed():
            return False
        self._current = None
        self._select(None)
        self.editor.new_record()
        self.editor.setFocus()
        return True

    def open_record(self, uid: str) -> None:
        """Show `uid` in the editor (asking first about unsaved edits)."""
        if uid == self._current:  # already open: never reload over its edits
            self._select(uid)
            return
        if not self.leave_allowed():
            return
        self._show(uid)

    def _show(self, uid: str) -> None:
        try:
            self.editor.load(uid)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        self._current = uid
        self._select(uid)
        self.record_opened.emit(uid)

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = self.model.uid_at(current.row()) if current.isValid() else None
        if uid is None or uid == self._current:
            return
        if not self.leave_allowed():
            self._select(self._current)
            return
        self._show(uid)

    def _select(self, uid: str | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(uid) if uid is not None else None
        if row is None:
            selection.clear()
        else:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        selection.blockSignals(False)

    # -- changes ----------------------------------------------------------------------------

    def delete_current(self) -> None:
        uid = self.editor.uid()
        if uid is None or self._current is None:
            return
        if not self.confirm(
            self,
            self.tr("Delete"),
            self.tr("Delete this record and empty its history? This cannot be undone."),
            self.tr("&Delete it"),
        ):
            return
        try:
            self._delete(uid)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        show_message(self.message, "")
        self._current = None
        self.editor.set_modified(False)
        self.editor.clear()
        self.session.notify_changed(self.editor.kind)

    def _on_saved(self, uid: str) -> None:
        self._current = uid
        show_message(self.message, "")
        self.model.reload()
        self._select(uid)

    def _on_records_changed(self, kind: str) -> None:
        if kind == self.editor.kind and self.session.is_open:
            self.model.reload()
            self._select(self._current)

    # -- the journal opens and locks ---------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        self._select(self._current)

    def clear(self) -> None:
        self._current = None
        self.model.clear()
        self.editor.set_modified(False)
        self.editor.clear()
        show_message(self.message, "")

    @property
    def current_uid(self) -> str | None:
        return self._current

    def restore_draft(self, uid: str, body: dict[str, object]) -> None:
        """Show unsaved edits kept when the journal locked, marked as modified."""
        self.editor.restore_draft(body)
        self._current = self.editor.uid() if self.model.row_of(uid) is not None else None
        self._select(self._current)
