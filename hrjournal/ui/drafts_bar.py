"""After an unlock: edits that were not saved when the journal locked, offered back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class DraftsBar(QWidget):
    restore_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Unsaved edits kept"))
        self.restore_button = QPushButton(self.tr("&Restore them"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the unsaved edits"))
        self.discard_button = QPushButton(self.tr("Throw them away"), self)
        self.discard_button.setAccessibleName(self.tr("Throw the unsaved edits away"))
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.discard_button.clicked.connect(self.discard_requested.emit)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, count: int) -> None:
        self.text.setText(
            self.tr(
                "The journal locked while %n record(s) had unsaved edits; they were kept.",
                "",
                count,
            )
        )
        self.setVisible(count > 0)
