"""Setting or removing the duress passphrase.

Nothing here, or anywhere in the app, says whether a duress passphrase is set: removing one
reads the same whether there was one or not. The passphrases live only in this dialog's
fields and in the job that derives the key (about a second); the fields are emptied when it
closes, which the lock does too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.services import journal as journal_service
from hrjournal.services import panic
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.jobs import Job, ProgressCallback, run_job
from hrjournal.ui.widgets import action_or_cancel, message_label, secret_field, show_message


class DuressDialog(QDialog):
    outcome = Signal(str)  # one sentence: what was done, or why not
    # A wrong passphrase here counts like any other: the last one allowed wipes the journal,
    # which the app then must stop showing at once.
    journal_wiped = Signal()

    def __init__(self, directory: Path, *, remove: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exclude_from_capture(self)
        self._directory = directory
        self.remove = remove
        self._job: Job | None = None
        title = (
            self.tr("Remove the duress passphrase")
            if remove
            else self.tr("Set a duress passphrase")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        explanation = QLabel(
            self.tr(
                "If someone forces you to unlock, type the duress passphrase: the journal "
                "seems to open normally but is empty, and your real journal is destroyed for "
                "good."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.current = secret_field(self, self.tr("Your passphrase"))
        self.duress = secret_field(self, self.tr("Duress passphrase"))
        self.again = secret_field(self, self.tr("Duress passphrase again"))
        self.message = message_label(self, self.tr("Duress passphrase message"))

        form = QFormLayout()
        form.addRow(self.tr("Your &passphrase:"), self.current)
        if not remove:
            form.addRow(self.tr("&Duress passphrase:"), self.duress)
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.duress.hide()
            self.again.hide()
        self.apply_button = QPushButton(
            self.tr("&Remove it") if remove else self.tr("&Set it"), self
        )
        self.apply_button.clicked.connect(self.apply)
        buttons = action_or_cancel(self, self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def start(self) -> None:
        """Show the dialog, empty, over the settings."""
        self.clear()
        self._set_busy(self._job is not None)
        self.open()
        self.current.setFocus()

    def apply(self) -> None:
        current, duress = self.current.text(), self.duress.text()
        if not current:
            show_message(self.message, self.tr("Type your passphrase first."))
            return
        if not self.remove and not duress:
            show_message(self.message, self.tr("Type the duress passphrase you want."))
            return
        if not self.remove and duress != self.again.text():
            show_message(self.message, self.tr("The two duress passphrases are not the same."))
            return
        self.clear()
        directory, remove = self._directory, self.remove

        def work(_progress: ProgressCallback) -> None:
            if remove:
                panic.clear_duress_passphrase(directory, current)
            else:
                panic.set_duress_passphrase(directory, current, duress)

        self._set_busy(True)
        self._job = run_job(work, self._on_done, self._on_failed)

    def _on_done(self, _result: object) -> None:
        self._job = None
        self._set_busy(False)
        self.outcome.emit(
            self.tr("There is no duress passphrase now.")
            if self.remove
            else self.tr("The duress passphrase is set.")
        )
        if self.isVisible():
            self.accept()

    def _on_failed(self, sentence: str) -> None:
        self._job = None
        self._set_busy(False)
        if not journal_service.journal_exists(self._directory):
            self.journal_wiped.emit()
            return
        if self.isVisible():
            show_message(self.message, sentence)
        else:  # closed while the key was being derived: said beside the buttons instead
            self.outcome.emit(sentence)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            show_message(self.message, self.tr("Working… this takes a moment."))
        for widget in (self.current, self.duress, self.again, self.apply_button):
            widget.setEnabled(not busy)

    def clear(self) -> None:
        for field in (self.current, self.duress, self.again):
            field.clear()
        show_message(self.message, "")

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
