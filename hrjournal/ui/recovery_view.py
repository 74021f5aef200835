"""The recovery secret, shown once, right after the journal is created; the user types one
group of it back, so we know it was written down and can be read."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import message_label, show_message

# Crockford base 32 reads these alike, so a handwritten copy may hold either.
_SAME = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _normal(text: str) -> str:
    return text.strip().upper().translate(_SAME).replace("-", "").replace(" ", "")


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
        # The secret reads left to right in every language.
        self.secret.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.notices = QLabel(self)
        self.notices.setWordWrap(True)
        self.check_label = QLabel(self)
        self.check_label.setWordWrap(True)
        self.check = QLineEdit(self)
        self.check.setAccessibleName(self.tr("The group of the recovery secret asked for"))
        self.check.setMaxLength(12)
        self.check.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.check_label.setBuddy(self.check)
        self.message = message_label(self, self.tr("Message"))
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setEnabled(False)
        self.check.textChanged.connect(self._on_typed)
        self.check.returnPressed.connect(self._finish)
        self.continue_button.clicked.connect(self._finish)

        form = QFormLayout()
        form.addRow(self.check_label)
        form.addRow(self.check)
        layout = QVBoxLayout(self)
        for widget in (heading, explanation, self.secret, self.notices):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.continue_button)
        layout.addStretch()
        self._expected = ""
        self.asked_group = 0

    def show_secret(self, recovery_secret: str, notices: tuple[str, ...]) -> None:
        groups = recovery_secret.split("-")
        half = len(groups) // 2
        self.secret.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.notices.setText("\n".join(notices))
        self.notices.setVisible(bool(notices))
        self.asked_group = secrets.randbelow(len(groups)) + 1
        self._expected = _normal(groups[self.asked_group - 1])
        self.check_label.setText(
            fill(
                self.tr("When it is written down, type group %1 of %2 from your paper:"),
                str(self.asked_group),
                str(len(groups)),
            )
        )
        self.check.clear()
        show_message(self.message, "")

    def _on_typed(self, text: str) -> None:
        matches = bool(self._expected) and _normal(text) == self._expected
        self.continue_button.setEnabled(matches)
        if len(_normal(text)) >= len(self._expected) and not matches:
            show_message(
                self.message,
                self.tr("That is not group %1; check your paper.").replace(
                    "%1", str(self.asked_group)
                ),
            )
        else:
            show_message(self.message, "")

    def _finish(self) -> None:
        if not self.continue_button.isEnabled():
            return
        self.secret.clear()
        self.check.clear()
        self._expected = ""
        self.done.emit()
