"""What an open journal shows. For now: where it is, how it was opened, and the lock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class JournalView(QWidget):
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<h2>Your journal is open</h2>"), self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Journal details"))
        self.lock_button = QPushButton(self.tr("&Lock now"), self)
        self.lock_button.setToolTip(self.tr("Lock the journal (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the journal"))
        self.lock_button.clicked.connect(self.lock_requested.emit)
        layout = QVBoxLayout(self)
        for widget in (heading, self.details, self.lock_button):
            layout.addWidget(widget)
        layout.addStretch()

    def show_journal(self, location: str, notices: list[str]) -> None:
        lines = [self.tr("Stored encrypted in %1.").replace("%1", location), *notices]
        self.details.setText("\n".join(lines))

    def clear(self) -> None:
        self.details.clear()
