"""Settings for an emergency: the panic countdown, the wipe after wrong passphrases, the
duress passphrase, and a practice wipe.

The first two are preferences kept beside the journal (the unlock screen needs them before
the key exists). Saving them starts from what is on disk, so the count of wrong passphrases
that the unlock keeps there is never reset from here.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from hrjournal.errors import JournalError
from hrjournal.services import preferences
from hrjournal.services.preferences import FAILED_UNLOCKS_RANGE, PANIC_COUNTDOWN_RANGE
from hrjournal.ui.duress_dialog import DuressDialog
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import message_label, show_message
from hrjournal.ui.wipe_rehearsal import WipeRehearsal

# The spin box's lowest value stands for "never": 1 or 2 wrong passphrases must not be
# choosable (a typo or two would destroy the journal).
_NEVER = FAILED_UNLOCKS_RANGE[0] - 1


class PanicSettings(QGroupBox):
    preferences_saved = Signal(object)  # Preferences
    journal_wiped = Signal()  # by the wrong passphrases given to the duress dialog

    def __init__(
        self, session: JournalSession, directory: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._directory = directory
        self._duress: dict[bool, DuressDialog] = {}  # by "remove"; kept, jobs report to them
        self._rehearsal: WipeRehearsal | None = None
        self.setTitle(self.tr("In an emergency"))

        self.countdown = QSpinBox(self)
        self.countdown.setRange(*PANIC_COUNTDOWN_RANGE)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setSpecialValueText(self.tr("At once"))
        self.countdown.setAccessibleName(self.tr("Panic countdown in seconds"))
        self.countdown.setToolTip(
            self.tr(
                "After the panic button or Ctrl+Shift+Del, the seconds left to cancel the wipe "
                "by pressing any key."
            )
        )
        self.failed_unlocks = QSpinBox(self)
        self.failed_unlocks.setRange(_NEVER, FAILED_UNLOCKS_RANGE[1])
        self.failed_unlocks.setSpecialValueText(self.tr("Never"))
        self.failed_unlocks.setAccessibleName(
            self.tr("Wipe the journal after this many wrong passphrases")
        )
        note = QLabel(
            self.tr(
                "The count of wrong passphrases is kept beside the journal, unencrypted; a wipe "
                "cannot be undone."
            ),
            self,
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save e&mergency settings"), self)
        self.save_button.clicked.connect(self.save)
        self.message = message_label(self, self.tr("Emergency settings message"))

        self.set_duress_button = QPushButton(self.tr("Set a &duress passphrase…"), self)
        self.set_duress_button.clicked.connect(lambda: self.open_duress(remove=False))
        self.remove_duress_button = QPushButton(self.tr("Remove the duress passphrase…"), self)
        self.remove_duress_button.clicked.connect(lambda: self.open_duress(remove=True))
        self.practise_button = QPushButton(self.tr("&Practise a wipe…"), self)
        self.practise_button.clicked.connect(self.practise)
        duress_row = QHBoxLayout()
        for button in (self.set_duress_button, self.remove_duress_button, self.practise_button):
            duress_row.addWidget(button)
        duress_row.addStretch()

        form = QFormLayout(self)
        form.addRow(self.tr("Panic cou&ntdown:"), self.countdown)
        form.addRow(self.tr("&Wipe after wrong passphrases:"), self.failed_unlocks)
        form.addRow(note)
        form.addRow(self.save_button)
        form.addRow(duress_row)
        form.addRow(self.message)

    def refresh(self) -> None:
        saved = preferences.load_preferences(self._directory)
        self.countdown.setValue(saved.panic_countdown)
        self.failed_unlocks.setValue(saved.wipe_after_failed_unlocks or _NEVER)
        show_message(self.message, "")

    def wipe_after(self) -> int:
        """The chosen number of wrong passphrases, 0 for never."""
        value = self.failed_unlocks.value()
        return 0 if value <= _NEVER else value

    def save(self) -> None:
        try:
            chosen = replace(
                preferences.load_preferences(self._directory),
                panic_countdown=self.countdown.value(),
                wipe_after_failed_unlocks=self.wipe_after(),
            )
            preferences.save_preferences(self._directory, chosen)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        show_message(self.message, self.tr("Saved."))
        self.preferences_saved.emit(chosen)

    def open_duress(self, *, remove: bool) -> DuressDialog:
        dialog = self._duress.get(remove)
        if dialog is None:
            dialog = DuressDialog(self._directory, remove=remove, parent=self)
            dialog.outcome.connect(self._tell)
            dialog.journal_wiped.connect(self.journal_wiped.emit)
            self._duress[remove] = dialog
        dialog.start()
        return dialog

    def practise(self) -> WipeRehearsal:
        if self._rehearsal is None:
            self._rehearsal = WipeRehearsal(self._directory, self)
        self._rehearsal.start()
        return self._rehearsal

    def _tell(self, sentence: str) -> None:
        if self.session.is_open:  # a job that ends after the lock has no one to tell
            show_message(self.message, sentence)

    def clear(self) -> None:
        show_message(self.message, "")
        for dialog in (*self._duress.values(), self._rehearsal):
            if dialog is not None and dialog.isVisible():
                dialog.reject()
