"""A record's history: every saved revision, what it changed, and what it held then.

The journal keeps every revision in a hash chain, so this is also how a defender shows a
lawyer that an entry was written on the day and not rewritten afterwards.
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrjournal.errors import JournalError
from hrjournal.services.history import RevisionChanges, history
from hrjournal.ui.local_time import local_time
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import message_label, show_message

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

# Field names whose plain spelling ("types", "affected") would not tell the reader enough.
_FIELD_NAMES = {
    "types": "Incident types",
    "affected": "People affected",
    "who_is_behind": "Who is behind it",
    "start": "Start date",
    "end": "End date",
    "start_precision": "How exact the start date is",
    "end_precision": "How exact the end date is",
    "call_order": "Place in the call order",
    "may_receive": "What they may receive",
    "grace_minutes": "Grace period (minutes)",
    "after_minutes": "After (minutes)",
    "check_in": "Check-in",
    "due": "Due date",
    "home_office_travel": "Home, office and travel",
}


def plain_field_name(name: str) -> str:
    """A record's field name in words, in English (the source of its translations)."""
    return _FIELD_NAMES.get(name, name.replace("_", " ").capitalize())


def field_label(path: str) -> str:
    """`perpetrators[1].type` as "Perpetrators, item 2 > Type" (with a chevron), translated
    (context "field") word by word."""
    parts: list[str] = []
    for name, index in _STEP.findall(path):
        if name:
            parts.append(QCoreApplication.translate("field", plain_field_name(name)))
        elif parts:
            item = QCoreApplication.translate("field", "%1, item %2")
            parts[-1] = fill(item, parts[-1], str(int(index) + 1))
    return " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} ".join(parts) if parts else path


class HistoryView(QWidget):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._kind = ""
        self._uid: str | None = None
        self._revisions: list[RevisionChanges] = []

        revisions_label = QLabel(self.tr("&Revisions"), self)
        self.revisions = QTreeWidget(self)
        self.revisions.setColumnCount(3)
        self.revisions.setHeaderLabels(
            [self.tr("Revision"), self.tr("Saved at"), self.tr("What changed")]
        )
        self.revisions.setRootIsDecorated(False)
        self.revisions.setUniformRowHeights(True)
        self.revisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revisions.setAccessibleName(self.tr("Saved revisions"))
        self.revisions.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.revisions.header().setStretchLastSection(True)
        self.revisions.currentItemChanged.connect(lambda _now, _before: self._show_selected())
        revisions_label.setBuddy(self.revisions)

        content_label = QLabel(self.tr("Saved &content of the selected revision"), self)
        self.content = QPlainTextEdit(self)
        self.content.setReadOnly(True)
        self.content.setUndoRedoEnabled(False)
        self.content.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.content.setAccessibleName(self.tr("Saved content of the selected revision"))
        content_label.setBuddy(self.content)

        self.message = message_label(self, self.tr("History message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(revisions_label)
        top_layout.addWidget(self.revisions)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(content_label)
        bottom_layout.addWidget(self.content)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.revisions, self.content)

        # While a job has the journal to itself the history cannot be read; it is read when
        # the job is done.
        session.busy_changed.connect(self._busy_changed)
        session.locked.connect(self.clear)

    def show_record(self, kind: str, uid: str | None) -> None:
        """List every revision of record `uid` of `kind` (incident, contact, plan); None for a
        record never saved."""
        self._kind, self._uid = kind, uid
        self._revisions = []
        self.revisions.clear()
        self.content.clear()
        show_message(self.message, "")
        if uid is None:
            show_message(self.message, self.tr("The history starts when the record is saved."))
            return
        if self.session.busy:
            show_message(self.message, self.tr("The history will show when HR Journal is done."))
            return
        try:
            self._revisions = history(self.session.journal, kind, uid)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        for revision in self._revisions:
            self.revisions.addTopLevelItem(self._item(revision))
        last = self.revisions.topLevelItem(len(self._revisions) - 1)
        if last is not None:
            self.revisions.setCurrentItem(last)

    def clear(self) -> None:
        self._kind, self._uid = "", None
        self._revisions = []
        self.revisions.clear()
        self.content.clear()
        show_message(self.message, "")

    def _item(self, revision: RevisionChanges) -> QTreeWidgetItem:
        if revision.body is None:
            changed = self.tr("Deleted")
        elif revision.number == self._revisions[0].number:
            changed = self.tr("First saved")
        elif revision.changed:
            changed = ", ".join(field_label(path) for path in revision.changed)
        else:
            changed = self.tr("Saved without changes")
        item = QTreeWidgetItem([str(revision.number), local_time(revision.saved_at), changed])
        item.setToolTip(1, revision.saved_at)
        item.setToolTip(2, changed)
        item.setData(0, Qt.ItemDataRole.UserRole, revision.number)
        return item

    def _show_selected(self) -> None:
        # None when nothing is selected, whatever the bindings' type hints say.
        item: QTreeWidgetItem | None = self.revisions.currentItem()
        if item is None:
            self.content.clear()
            return
        number = item.data(0, Qt.ItemDataRole.UserRole)
        revision = next((r for r in self._revisions if r.number == number), None)
        if revision is None:
            self.content.clear()
        elif revision.body is None:
            self.content.setPlainText(self.tr("The record was deleted in this revision."))
        else:
            self.content.setPlainText(json.dumps(revision.body, indent=2, ensure_ascii=False))

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._uid is not None and not self._revisions and self.session.is_open:
            self.show_record(self._kind, self._uid)
