"""First run: choose a passphrase and create the journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.services import journal as journal_service
from hrjournal.ui.jobs import run_job
from hrjournal.ui.strength_meter import StrengthMeter
from hrjournal.ui.widgets import message_label, secret_field, show_message


class CreateView(QWidget):
    created = Signal(object)  # the NewJournal, holding the recovery secret to show once

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        heading = QLabel(self.tr("<h2>Create your journal</h2>"), self)
        warning = QLabel(
            self.tr(
                "Everything you write is encrypted with your passphrase. No one, not even the "
                "makers of HR Journal, can reset a forgotten passphrase: the recovery secret "
                "shown next is the only other way in."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.passphrase = secret_field(self, self.tr("Passphrase"))
        self.repeat = secret_field(self, self.tr("Passphrase again"))
        self.meter = StrengthMeter(self.passphrase, self)
        self.bind_device = QCheckBox(self.tr("Tie the journal to this computer"), self)
        self.bind_device.setAccessibleName(self.tr("Tie the journal to this computer"))
        binding_help = QLabel(
            self.tr(
                "A copy of the journal folder taken to another computer then cannot be opened "
                "with the passphrase alone. The recovery secret still opens it anywhere."
            ),
            self,
        )
        binding_help.setWordWrap(True)
        self.message = message_label(self, self.tr("Message"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Creating the journal"))
        self.busy.hide()
        self.create_button = QPushButton(self.tr("&Create journal"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_journal)
        self.repeat.returnPressed.connect(self.create_journal)
        self.passphrase.textChanged.connect(lambda _text: show_message(self.message, ""))

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(warning)
        layout.addLayout(form)
        below: tuple[QWidget, ...] = (self.bind_device, binding_help, self.message, self.busy)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.create_button)
        layout.addStretch()

    def create_journal(self) -> None:
        passphrase = self.passphrase.text()
        if passphrase != self.repeat.text():
            show_message(self.message, self.tr("The two passphrases are not the same."))
            return
        if self.meter.question_first(passphrase):
            show_message(
                self.message,
                self.tr(
                    "This passphrase would be easy to guess for someone who takes your laptop. "
                    "Add a few unrelated words, or click Create again to use it anyway."
                ),
            )
            return
        bind = self.bind_device.isChecked()
        directory = self._directory
        self._set_busy(True)
        run_job(
            lambda _progress: journal_service.create_journal(
                directory, passphrase, bind_device=bind
            ),
            self._on_created,
            self._on_failed,
        )

    def _on_created(self, new_journal: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(new_journal)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        show_message(self.message, message)

    def _set_busy(self, busy: bool) -> None:
        show_message(self.message, self.tr("Creating the journal…") if busy else "")
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.repeat, self.bind_device, self.create_button):
            widget.setEnabled(not busy)
