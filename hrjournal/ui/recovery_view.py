"""The recovery secret, shown once, right after the journal is created."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget


class RecoveryView(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<h2>Write down your recovery secret</h2>"), self)
        explanation = QLabel(
            self.tr(
                "It opens the journal if you forget your passphrase. It is shown only now. "
                "Write it on paper and keep it away from this computer."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.secret = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.secret.setFont(font)
        self.secret.setAccessibleName(self.tr("Recovery secret"))
        # Not selectable: copying it would put it in the clipboard and its history.
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.secret.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notices = QLabel(self)
        self.notices.setWordWrap(True)
        self.written = QCheckBox(self.tr("I have written it down"), self)
        self.written.setAccessibleName(self.tr("I have written it down"))
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setEnabled(False)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)

        layout = QVBoxLayout(self)
        for widget in (heading, explanation, self.secret, self.notices, self.written):
            layout.addWidget(widget)
        layout.addWidget(self.continue_button)
        layout.addStretch()

    def show_secret(self, recovery_secret: str, notices: tuple[str, ...]) -> None:
        groups = recovery_secret.split("-")
        half = len(groups) // 2
        self.secret.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.notices.setText("\n".join(notices))
        self.notices.setVisible(bool(notices))
        self.written.setChecked(False)

    def _finish(self) -> None:
        self.secret.clear()
        self.done.emit()
