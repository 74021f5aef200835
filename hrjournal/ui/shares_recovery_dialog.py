"""A new passphrase from recovery shares, on the unlock screen: the words of enough of the
cards handed to trusted contacts rebuild the recovery secret, which sets the new passphrase.

The words and the passphrases live only in this dialog's fields and in the job that sets the
passphrase (about a second); every field is emptied when the dialog closes, which the lock
and the panic wipe do too. The words stay while the dialog is open, so that one mistyped word
can be put right without typing every card again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QActionEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.services import shares
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.jobs import Job, ProgressCallback, run_job
from hrjournal.ui.strength_meter import StrengthMeter
from hrjournal.ui.widgets import action_or_cancel, message_label, secret_field, show_message

FIRST_SHARES = 2
MAX_SHARES = 16  # SLIP-39's limit: no set has more cards


class SharesRecoveryDialog(QDialog):
    recovered = Signal(str)  # one sentence: the new passphrase is set, and what next
    failed = Signal(str)  # a failure told after the dialog was closed

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exclude_from_capture(self)
        self._directory = directory
        self._job: Job | None = None
        title = self.tr("Set a new passphrase with recovery shares")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        explanation = QLabel(
            self.tr(
                "Type the words of each card you have from your trusted contacts, as printed, "
                "separated by spaces. The cards say how many of them are needed."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.shares: list[QPlainTextEdit] = []
        self._share_form = QFormLayout()
        self.add_button = QPushButton(self.tr("&Add another share"), self)
        self.add_button.setAccessibleName(self.tr("Add a box for another share"))
        self.add_button.clicked.connect(self.add_share)
        self.new = secret_field(self, self.tr("New passphrase"))
        self.again = secret_field(self, self.tr("New passphrase again"))
        self.meter = StrengthMeter(self.new, self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Setting the new passphrase"))
        self.busy.hide()
        self.message = message_label(self, self.tr("Recovery shares message"))
        passphrase_form = QFormLayout()
        passphrase_form.addRow(self.tr("&New passphrase:"), self.new)
        passphrase_form.addRow("", self.meter)
        passphrase_form.addRow(self.tr("A&gain:"), self.again)
        self.apply_button = QPushButton(self.tr("&Set the new passphrase"), self)
        self.apply_button.setAccessibleName(self.tr("Set the new passphrase with these shares"))
        self.apply_button.clicked.connect(self.apply)
        buttons = action_or_cancel(self, self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(self._share_form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addLayout(passphrase_form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for _ in range(FIRST_SHARES):
            self.add_share()

    def start(self) -> None:
        """Show the dialog, empty, over the unlock screen."""
        self.clear()
        self._set_busy(self._job is not None)
        self.open()
        self.shares[0].setFocus()

    def add_share(self) -> QPlainTextEdit | None:
        if len(self.shares) >= MAX_SHARES:
            return None
        number = len(self.shares) + 1
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        shown = QLocale().toString(number)
        box.setAccessibleName(self.tr("Share %1").replace("%1", shown))
        box.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4)
        self.shares.append(box)
        # In the order they are read: each box after the one before it, then "Add another".
        if len(self.shares) > 1:
            QWidget.setTabOrder(self.shares[-2], box)
        QWidget.setTabOrder(box, self.add_button)
        self._share_form.addRow(self.tr("Share %1:").replace("%1", shown), box)
        self.add_button.setEnabled(len(self.shares) < MAX_SHARES)
        if self.isVisible():
            box.setFocus()
        return box

    def _typed_shares(self) -> list[str]:
        """What was typed, box by box, without the empty boxes at the end (a box in between
        stays, so that "share 2" in a refusal is the second box)."""
        typed = [box.toPlainText() for box in self.shares]
        while typed and not typed[-1].strip():
            typed.pop()
        return typed

    def apply(self) -> None:
        typed, new = self._typed_shares(), self.new.text()
        if not typed:
            show_message(self.message, self.tr("Type the words of your shares first."))
            return
        if not new:
            show_message(self.message, self.tr("Type the new passphrase you want."))
            return
        if new != self.again.text():
            show_message(self.message, self.tr("The two new passphrases are not the same."))
            return
        if self.meter.question_first(new):
            show_message(
                self.message,
                self.tr(
                    "This passphrase would be easy to guess for someone who takes your laptop. "
                    "Add a few unrelated words, or click Set again to use it anyway."
                ),
            )
            return
        for field in (self.new, self.again):
            field.clear()
        directory = self._directory

        def work(_progress: ProgressCallback) -> tuple[str, ...]:
            return shares.recover_with_shares(directory, typed, new)

        self._set_busy(True)
        self._job = run_job(work, self._on_done, self._on_failed)

    def _on_done(self, notices: tuple[str, ...]) -> None:
        self._job = None
        self._set_busy(False)
        lines = [self.tr("The new passphrase is set; unlock with it now."), *notices]
        self.recovered.emit(" ".join(lines))
        if self.isVisible():
            self.accept()

    def _on_failed(self, sentence: str) -> None:
        self._job = None
        self._set_busy(False)
        if self.isVisible():
            show_message(self.message, sentence)
        else:  # closed while the passphrase was being set: said on the unlock screen
            self.failed.emit(sentence)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        show_message(self.message, self.tr("Working… this takes a moment.") if busy else "")
        for widget in (*self.shares, self.add_button, self.new, self.again, self.apply_button):
            widget.setEnabled(not busy)
        self.add_button.setEnabled(not busy and len(self.shares) < MAX_SHARES)

    @property
    def working(self) -> bool:
        return self._job is not None

    def actionEvent(self, event: QActionEvent) -> None:
        # The window adds its lock and panic shortcuts to every dialog over it. There is no
        # journal open here to lock, but either key still means "hide this now".
        if event.type() == QEvent.Type.ActionAdded and event.action() is not None:
            event.action().triggered.connect(self.reject)
        super().actionEvent(event)

    def clear(self) -> None:
        for box in self.shares[FIRST_SHARES:]:
            self._share_form.removeRow(box)  # deletes the box and its label
        del self.shares[FIRST_SHARES:]
        for box in self.shares:
            box.clear()  # and its undo history
        for field in (self.new, self.again):
            field.clear()
        self.meter.update_for("")
        self.add_button.setEnabled(not self.working)
        show_message(self.message, "")

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
