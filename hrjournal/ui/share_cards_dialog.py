"""Sharing the recovery secret with trusted contacts: a new recovery secret, split into one
printable card per keeper, any few of which rebuild it.

The journal's passphrase lives only in its field and in the job that makes the cards; the
field is emptied as the job starts and when the dialog closes, which the lock does too. The
list of contacts is emptied then as well: it names people.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrjournal.errors import JournalError
from hrjournal.services import journal as journal_service
from hrjournal.services import records, shares
from hrjournal.services.exports import ExportRecord
from hrjournal.ui import file_dialogs
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.jobs import Job
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import NATIVE_NAMES, current_language
from hrjournal.ui.widgets import action_or_cancel, message_label, secret_field, show_message

MIN_KEEPERS = 2  # one share alone would be the recovery secret itself
MAX_KEEPERS = 16  # SLIP-39's limit; the service refuses more in a sentence too
CARD_LANGUAGES = ("en", "ar", "es", "fa", "fr", "ru")
UID_ROLE = Qt.ItemDataRole.UserRole


class ShareCardsDialog(QDialog):
    outcome = Signal(str)  # one sentence: where the cards are and what to do, or why not
    # A wrong passphrase here counts like any other: the last one allowed wipes the journal.
    journal_wiped = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exclude_from_capture(self)
        self.session = session
        self._job: Job | None = None
        self._directory: Path | None = None
        title = self.tr("Share the recovery secret with trusted contacts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("QLabel { font-weight: bold; }")
        form = self._choices()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Making the cards"))
        self.busy.hide()
        self.message = message_label(self, self.tr("Share cards message"))
        self.make_button = QPushButton(self.tr("&Make the cards"), self)
        self.make_button.setAccessibleName(self.tr("Make the share cards"))
        self.make_button.clicked.connect(self.apply)
        buttons = action_or_cancel(self, self.make_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        session.locked.connect(self._on_locked)
        self._on_keepers_changed()

    def _choices(self) -> QFormLayout:
        self.current = secret_field(self, self.tr("Your passphrase"))
        self.keepers = QListWidget(self)
        self.keepers.setAccessibleName(self.tr("Keepers of the cards"))
        self.keepers.setToolTip(
            self.tr("Check each contact who keeps one card; the cards are numbered in this order.")
        )
        self.keepers.itemChanged.connect(self._on_keepers_changed)
        self.threshold = QSpinBox(self)
        self.threshold.setAccessibleName(self.tr("Cards needed to rebuild the recovery secret"))
        self.threshold.valueChanged.connect(self._say_warning)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the cards"))
        for code in CARD_LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Folder for the cards"))
        self.folder_button = QPushButton(self.tr("C&hoose…"), self)
        self.folder_button.setAccessibleName(self.tr("Choose the folder for the cards"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("Your &passphrase:"), self.current)
        form.addRow(self.tr("&Keepers:"), self.keepers)
        form.addRow(self.tr("Cards &needed:"), self.threshold)
        form.addRow(self.tr("&Language of the cards:"), self.language)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        return form

    def start(self) -> None:
        """Show the dialog over the settings, with the journal's contacts to choose from."""
        self.clear()
        try:
            listed = records.list_contacts(self.session.journal)
        except JournalError as error:
            listed = []
            show_message(self.message, str(error))
        self.keepers.blockSignals(True)
        for row in listed:
            shown = f"{row.name} ({row.alias})" if row.alias and row.alias != row.name else row.name
            item = QListWidgetItem(shown, self.keepers)
            item.setData(UID_ROLE, row.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.keepers.blockSignals(False)
        self._on_keepers_changed()
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder.setText(documents if documents and Path(documents).is_dir() else "")
        self._set_busy(self._job is not None)
        self.open()
        self.current.setFocus()

    # -- the choices -------------------------------------------------------------------------

    def chosen_keepers(self) -> list[str]:
        """The uids of the checked contacts, in the list's order: card n is for the n-th."""
        found = []
        for row in range(self.keepers.count()):
            item = self.keepers.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(UID_ROLE)))
        return found

    def _on_keepers_changed(self, _item: QListWidgetItem | None = None) -> None:
        count = len(self.chosen_keepers())
        self.threshold.blockSignals(True)
        self.threshold.setRange(MIN_KEEPERS, max(MIN_KEEPERS, count))
        self.threshold.setValue(count // 2 + 1 if count >= MIN_KEEPERS else MIN_KEEPERS)
        self.threshold.blockSignals(False)
        self.threshold.setEnabled(count >= MIN_KEEPERS and self._job is None)
        self._say_warning()

    def _say_warning(self) -> None:
        self.warning.setText(
            self.tr(
                "This makes a NEW recovery secret: the one you wrote down stops working. Each "
                "card goes to one keeper; any %1 of them rebuild it."
            ).replace("%1", QLocale().toString(self.threshold.value()))
        )

    def choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(
            self, self.tr("Choose the folder for the cards"), self.folder.text()
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    # -- making them -------------------------------------------------------------------------

    def apply(self) -> None:
        passphrase, uids = self.current.text(), self.chosen_keepers()
        threshold, language = self.threshold.value(), str(self.language.currentData())
        out_dir = Path(self.folder.text()) if self.folder.text() else None
        if not passphrase:
            show_message(self.message, self.tr("Type your passphrase first."))
            return
        if len(uids) < MIN_KEEPERS:
            show_message(self.message, self.tr("Check at least two contacts to keep the cards."))
            return
        if len(uids) > MAX_KEEPERS:
            show_message(
                self.message,
                self.tr("At most %1 cards can be made; check fewer contacts.").replace(
                    "%1", str(MAX_KEEPERS)
                ),
            )
            return
        if out_dir is None or not out_dir.is_dir():
            show_message(self.message, self.tr("Choose the folder for the cards first."))
            return
        self.current.clear()
        show_message(self.message, "")

        def work(journal: journal_service.UnlockedJournal, _progress: object) -> object:
            keepers = [records.get_contact(journal, uid) for uid in uids]
            return shares.make_share_cards(
                journal.files.directory,
                journal,
                passphrase,
                contacts=keepers,
                threshold=threshold,
                count=len(keepers),
                out_dir=out_dir,
                language=language,
            )

        try:
            self._directory = self.session.journal.files.directory
            self._job = self.session.run(work, self._on_done, self._on_failed)
        except JournalError as error:  # locked, or busy, meanwhile
            show_message(self.message, str(error))
            return
        self._set_busy(True)

    def _on_done(self, made: list[ExportRecord]) -> None:
        self._job = None
        self._set_busy(False)
        self.session.notify_changed("export")
        folder = str(Path(made[0].path).parent) if made else self.folder.text()
        self.outcome.emit(
            self.tr(
                "The cards are in %1 (%n of them): print each one, hand it to its keeper in "
                "person, then delete the files on the Exports screen.",
                "",
                len(made),
            ).replace("%1", folder)
        )
        if self.isVisible():
            self.accept()

    def _on_failed(self, sentence: str) -> None:
        self._job = None
        self._set_busy(False)
        if self._directory is not None and not journal_service.journal_exists(self._directory):
            self.journal_wiped.emit()
            return
        if self.isVisible():
            show_message(self.message, sentence)
        else:  # closed while the cards were being made: said beside the button instead
            self.outcome.emit(sentence)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            show_message(self.message, self.tr("Making the cards… this takes a moment."))
        for widget in (
            self.current,
            self.keepers,
            self.language,
            self.folder_button,
            self.make_button,
        ):
            widget.setEnabled(not busy)
        self.threshold.setEnabled(not busy and len(self.chosen_keepers()) >= MIN_KEEPERS)

    @property
    def working(self) -> bool:
        return self._job is not None

    def _on_locked(self) -> None:
        # The session drops a running job's result at a lock: nothing will come back here.
        self._job = None
        self._set_busy(False)
        self.clear()

    def clear(self) -> None:
        self.current.clear()
        self.keepers.clear()
        self._on_keepers_changed()
        show_message(self.message, "")

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
