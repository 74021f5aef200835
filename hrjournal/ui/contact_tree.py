"""The contact tree of a safety plan: who is called, in this order, when something happens."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.ui.pickers import ContactCombo
from hrjournal.ui.session import JournalSession


class ContactTreeEditor(QWidget):
    changed = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        explanation = QLabel(
            self.tr(
                "The people to call, in this order, when something happens. The first person "
                "calls the next, and so on, so no one has to reach everyone."
            ),
            self,
        )
        explanation.setWordWrap(True)
        list_label = QLabel(self.tr("&Call in this order:"), self)
        self.contacts_list = QListWidget(self)
        self.contacts_list.setAccessibleName(self.tr("Contact tree, in calling order"))
        list_label.setBuddy(self.contacts_list)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.remove_button = QPushButton(self.tr("&Remove from the tree"), self)
        self.up_button.setAccessibleName(self.tr("Move the selected contact up"))
        self.down_button.setAccessibleName(self.tr("Move the selected contact down"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected contact from the tree"))

        choose_label = QLabel(self.tr("Add a &contact:"), self)
        self.choice = ContactCombo(session, self.tr("Contact to add to the tree"), self)
        choose_label.setBuddy(self.choice)
        self.add_button = QPushButton(self.tr("&Add to the tree"), self)
        self.add_button.setAccessibleName(self.tr("Add the chosen contact to the tree"))

        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_chosen)
        self.choice.currentIndexChanged.connect(self._update_buttons)
        self.contacts_list.currentRowChanged.connect(self._update_buttons)

        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch()
        adding = QHBoxLayout()
        adding.addWidget(choose_label)
        adding.addWidget(self.choice, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addWidget(list_label)
        layout.addWidget(self.contacts_list)
        layout.addLayout(moves)
        layout.addLayout(adding)
        order = (
            self.contacts_list,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.choice,
            self.add_button,
        )
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._update_buttons()

    def contacts(self) -> list[str]:
        """The contact ids, in calling order."""
        return [
            str(self.contacts_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.contacts_list.count())
        ]

    def set_contacts(self, uids: list[str]) -> None:
        self.choice.refresh()
        self.contacts_list.clear()
        for uid in uids:
            self._append(uid)
        self._update_buttons()

    def refresh_contacts(self) -> None:
        """Reread the journal's contacts (names may have changed; locked, they are forgotten)."""
        self.choice.refresh()
        kept = self.contacts()
        row = self.contacts_list.currentRow()
        self.contacts_list.clear()
        for uid in kept:
            self._append(uid)
        self.contacts_list.setCurrentRow(row)

    def add_chosen(self) -> None:
        uid = self.choice.contact()
        if uid is None:
            return
        listed = self.contacts()
        if uid in listed:  # a tree lists each person once; show where they already are
            self.contacts_list.setCurrentRow(listed.index(uid))
            return
        self._append(uid)
        self.contacts_list.setCurrentRow(self.contacts_list.count() - 1)
        self.changed.emit()

    def move_selected(self, offset: int) -> None:
        row = self.contacts_list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.contacts_list.count():
            return
        item = self.contacts_list.takeItem(row)
        self.contacts_list.insertItem(target, item)
        self.contacts_list.setCurrentRow(target)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.contacts_list.currentRow()
        if row < 0:
            return
        self.contacts_list.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    def _append(self, uid: str) -> None:
        index = self.choice.findData(uid)
        name = self.choice.itemText(index) if index >= 0 else uid
        item = QListWidgetItem(name, self.contacts_list)
        item.setData(Qt.ItemDataRole.UserRole, uid)

    def _update_buttons(self, *_: object) -> None:
        row = self.contacts_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.contacts_list.count() - 1)
        self.remove_button.setEnabled(row >= 0)
        self.add_button.setEnabled(self.choice.contact() is not None)
