"""Unlock: the passphrase or the recovery secret (or, with both lost, a new passphrase set
with recovery shares). Nothing of the journal shows before it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.services import journal as journal_service
from hrjournal.ui.help_view import HelpDialog, help_action
from hrjournal.ui.jobs import run_job
from hrjournal.ui.widgets import message_label, panic_button, secret_field, show_message

if TYPE_CHECKING:
    from hrjournal.ui.shares_recovery_dialog import SharesRecoveryDialog


class UnlockView(QWidget):
    unlocked = Signal(object)  # the open journal
    unlock_started = Signal()
    panic_requested = Signal()

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        heading = QLabel(self.tr("<h2>Unlock your journal</h2>"), self)
        hint = QLabel(self.tr("Your passphrase, or your recovery secret:"), self)
        self.passphrase = secret_field(self, self.tr("Passphrase or recovery secret"))
        hint.setBuddy(self.passphrase)
        self.message = message_label(self, self.tr("Message"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        # Usable while an unlock is under way too: it never waits for the key derivation.
        self.panic_button = panic_button(self)
        self.panic_button.clicked.connect(self.panic_requested.emit)
        self.help_button = QPushButton(self.tr("&Help"), self)
        self.help_button.setAccessibleName(self.tr("Open the help"))
        self.help_button.setToolTip(self.tr("How HR Journal works, without the internet (F1)"))
        self.help_button.clicked.connect(self.show_help)
        self.help_action = help_action(self, self.show_help)
        self.help_dialog: HelpDialog | None = None
        self.shares_button = QPushButton(
            self.tr("Lost your passphrase? Use recovery &shares…"), self
        )
        self.shares_button.setAccessibleName(
            self.tr("Lost your passphrase? Set a new one with recovery shares")
        )
        self.shares_button.setFlat(True)
        self.shares_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.shares_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline;"
            " border: 1px solid transparent; padding: 2px; }"
            " QPushButton:focus { border: 1px dotted palette(link); }"
        )
        self.shares_button.clicked.connect(self.open_shares)
        self.shares_dialog: SharesRecoveryDialog | None = None

        layout = QVBoxLayout(self)
        for widget in (heading, hint, self.passphrase, self.message, self.busy):
            layout.addWidget(widget)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.shares_button, 0, Qt.AlignmentFlag.AlignLeading)
        QWidget.setTabOrder(self.unlock_button, self.shares_button)
        layout.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.panic_button)
        bottom.addStretch()
        bottom.addWidget(self.help_button)
        layout.addLayout(bottom)

    def show_help(self) -> HelpDialog:
        """The help in a window beside this screen, which stays usable (F1, the Help button)."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def open_shares(self) -> SharesRecoveryDialog:
        """The dialog that sets a new passphrase with enough of the recovery share cards."""
        if self.shares_dialog is None:
            # Loaded when first asked for: the share cards' words and checks are not needed to
            # show this screen (60 ms of the program's start).
            from hrjournal.ui.shares_recovery_dialog import SharesRecoveryDialog  # noqa: PLC0415

            self.shares_dialog = SharesRecoveryDialog(self._directory, self)
            self.shares_dialog.recovered.connect(self.reset)
            self.shares_dialog.failed.connect(lambda sentence: show_message(self.message, sentence))
        self.shares_dialog.start()
        return self.shares_dialog

    def unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            show_message(self.message, self.tr("Type your passphrase first."))
            return
        self.passphrase.clear()
        directory = self._directory
        self._set_busy(True)
        run_job(
            lambda _progress: journal_service.unlock(directory, secret),
            self._on_unlocked,
            self._on_failed,
        )
        self.unlock_started.emit()  # after the key derivation has started

    def reset(self, message: str = "") -> None:
        self.passphrase.clear()
        show_message(self.message, message)
        self.passphrase.setFocus()

    def _on_unlocked(self, journal: object) -> None:
        self._set_busy(False)
        self.unlocked.emit(journal)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.reset(message)

    def _set_busy(self, busy: bool) -> None:
        show_message(self.message, self.tr("Unlocking…") if busy else "")
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.shares_button.setEnabled(not busy)
