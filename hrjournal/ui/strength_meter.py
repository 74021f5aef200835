"""A passphrase strength meter: a bar and a plain word, updated as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from hrjournal.domain.passphrase_strength import estimate


class StrengthMeter(QWidget):
    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel(self)
        self.verdict.setAccessibleName(self.tr("Passphrase strength"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.verdict)
        self._questioned = ""
        field.textChanged.connect(self.update_for)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        words = (
            self.tr("Very weak: easy to guess"),
            self.tr("Weak: add more words"),
            self.tr("Fair: one or two more words would help"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        level = estimate(passphrase).level
        self.bar.setValue(level if passphrase else 0)
        self.verdict.setText(words[level] if passphrase else "")
        self.bar.setAccessibleDescription(self.verdict.text())

    def level(self) -> int:
        return self.bar.value()

    def question_first(self, passphrase: str) -> bool:
        """Whether to question this passphrase before using it: a weak one is questioned
        once; submitting the same one again means the person has chosen knowingly."""
        if estimate(passphrase).level >= 2 or passphrase == self._questioned:
            self._questioned = ""
            return False
        self._questioned = passphrase
        return True
