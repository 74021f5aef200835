"""Progress of long work, with a way to stop it: a bar, a sentence and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class JobProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the work in progress"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, what: str) -> None:
        self.label.setText(what)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def advance(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        # QProgressBar holds an int; scale byte counts past 2 GiB down to per mille.
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(done * 1000 / total))

    def cancelling(self) -> None:
        self.label.setText(self.tr("Stopping…"))
        self.cancel_button.setEnabled(False)

    def end(self) -> None:
        self.hide()
