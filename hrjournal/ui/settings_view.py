"""Settings: how the open journal protects itself, what happens in an emergency, the language,
discreet mode and the passphrase."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.app_settings import (
    AUTO_LOCK_RANGE,
    BACKUP_REMINDER_RANGE,
    CLIPBOARD_RANGE,
    EXPORT_EXPIRY_RANGE,
    AppSettings,
)
from hrjournal.errors import JournalError
from hrjournal.services import app_settings, preferences
from hrjournal.services import journal as journal_service
from hrjournal.ui.capture_guard import capture_protection_available
from hrjournal.ui.jobs import run_job
from hrjournal.ui.panic_settings import PanicSettings
from hrjournal.ui.session import JournalSession
from hrjournal.ui.share_cards_dialog import ShareCardsDialog
from hrjournal.ui.strength_meter import StrengthMeter
from hrjournal.ui.translation import available_languages
from hrjournal.ui.widgets import message_label, secret_field, show_message


class SettingsView(QWidget):
    settings_saved = Signal(object)  # AppSettings
    preferences_saved = Signal(object)  # Preferences
    journal_wiped = Signal()  # by the last wrong passphrase allowed, given to a dialog here

    def __init__(
        self, session: JournalSession, directory: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._directory = directory
        self.message = message_label(self, self.tr("Settings message"))
        self.emergency = PanicSettings(session, directory, self)
        self.emergency.preferences_saved.connect(self.preferences_saved.emit)
        self.emergency.journal_wiped.connect(self.journal_wiped.emit)
        self.share_dialog: ShareCardsDialog | None = None
        layout = QVBoxLayout(self)
        for widget in (
            self._protection(),
            self.message,
            self.emergency,
            self._language_and_discretion(),
            self._passphrase(),
        ):
            layout.addWidget(widget)
        layout.addStretch()

    def _protection(self) -> QGroupBox:
        protection = QGroupBox(self.tr("Protection"), self)
        self.auto_lock = QSpinBox(protection)
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is minimised"), protection)
        self.lock_on_minimise.setAccessibleName(self.lock_on_minimise.text())
        self.clipboard = QSpinBox(protection)
        self.clipboard.setRange(*CLIPBOARD_RANGE)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setAccessibleName(self.tr("Clear copied text after this many seconds"))
        self.export_expiry = QSpinBox(protection)
        self.export_expiry.setRange(*EXPORT_EXPIRY_RANGE)
        self.export_expiry.setSpecialValueText(self.tr("Never"))
        self.export_expiry.setAccessibleName(self.tr("Delete exports after this many days"))
        self.export_expiry.setToolTip(
            self.tr(
                "Each time you unlock the journal, PDF and JSON files made from it longer ago "
                "than this are overwritten and deleted."
            )
        )
        self.backup_reminder = QSpinBox(protection)
        self.backup_reminder.setRange(*BACKUP_REMINDER_RANGE)
        self.backup_reminder.setSpecialValueText(self.tr("Never"))
        self.backup_reminder.setAccessibleName(self.tr("Remind me to back up after this many days"))
        self.backup_reminder.setToolTip(
            self.tr(
                "Each time you unlock the journal, HR Journal says so if the last backup is "
                "older than this, or if there is none yet."
            )
        )
        capture = QLabel(
            self.tr("Screenshots and screen sharing leave HR Journal's windows out.")
            if capture_protection_available()
            else self.tr(
                "This system cannot keep HR Journal's windows out of screenshots or screen "
                "sharing; lock the journal before sharing your screen."
            ),
            protection,
        )
        capture.setWordWrap(True)
        capture.setAccessibleName(self.tr("Screen capture"))
        self.save_button = QPushButton(self.tr("&Save settings"), protection)
        self.save_button.setAccessibleName(self.tr("Save the protection settings"))
        self.save_button.clicked.connect(self.save_settings)
        form = QFormLayout(protection)
        form.addRow(self.tr("&Lock after idle:"), self.auto_lock)
        form.addRow("", self.lock_on_minimise)
        form.addRow(self.tr("Clear &copied text after:"), self.clipboard)
        form.addRow(self.tr("Delete &exports after (days):"), self.export_expiry)
        form.addRow(self.tr("Remind me to &back up after (days):"), self.backup_reminder)
        form.addRow(capture)
        form.addRow(self.save_button)
        return protection

    def _language_and_discretion(self) -> QGroupBox:
        appearance = QGroupBox(self.tr("Language and discretion"), self)
        self.language = QComboBox(appearance)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.discreet = QCheckBox(
            self.tr("Discreet mode: a neutral window title and icon"), appearance
        )
        self.discreet.setAccessibleName(self.discreet.text())
        self.language_note = QLabel(appearance)
        self.language_note.setWordWrap(True)
        self.preferences_button = QPushButton(self.tr("Save &language and discretion"), appearance)
        self.preferences_button.clicked.connect(self.save_preferences)
        appearance_form = QFormLayout(appearance)
        appearance_form.addRow(self.tr("Lan&guage:"), self.language)
        appearance_form.addRow("", self.discreet)
        appearance_form.addRow(self.language_note)
        appearance_form.addRow(self.preferences_button)
        return appearance

    def _passphrase(self) -> QGroupBox:
        passphrase = QGroupBox(self.tr("Passphrase"), self)
        self.current = secret_field(passphrase, self.tr("Current passphrase or recovery secret"))
        self.new = secret_field(passphrase, self.tr("New passphrase"))
        self.again = secret_field(passphrase, self.tr("New passphrase again"))
        self.meter = StrengthMeter(self.new, passphrase)
        self.change_button = QPushButton(self.tr("C&hange passphrase"), passphrase)
        self.change_button.clicked.connect(self.change_passphrase)
        self.passphrase_message = message_label(passphrase, self.tr("Passphrase message"))
        self.share_button = QPushButton(
            self.tr("Share the recovery secret with &trusted contacts…"), passphrase
        )
        self.share_button.setAccessibleName(
            self.tr("Share the recovery secret with trusted contacts")
        )
        self.share_button.clicked.connect(self.open_share_cards)
        passphrase_form = QFormLayout(passphrase)
        passphrase_form.addRow(self.tr("Current:"), self.current)
        passphrase_form.addRow(self.tr("New:"), self.new)
        passphrase_form.addRow("", self.meter)
        passphrase_form.addRow(self.tr("Again:"), self.again)
        passphrase_form.addRow(self.change_button)
        passphrase_form.addRow(self.passphrase_message)
        passphrase_form.addRow(self.share_button)
        return passphrase

    def refresh(self) -> None:
        chosen = app_settings.app_settings(self.session.journal)
        self.auto_lock.setValue(chosen.auto_lock_minutes)
        self.lock_on_minimise.setChecked(chosen.lock_on_minimise)
        self.clipboard.setValue(chosen.clipboard_seconds)
        self.export_expiry.setValue(chosen.export_expiry_days)
        self.backup_reminder.setValue(chosen.backup_reminder_days)
        saved = preferences.load_preferences(self._directory)
        self.language.setCurrentIndex(max(self.language.findData(saved.language), 0))
        self.discreet.setChecked(saved.discreet)
        self.emergency.refresh()
        show_message(self.message, "")

    def save_settings(self) -> None:
        chosen = AppSettings(
            auto_lock_minutes=self.auto_lock.value(),
            lock_on_minimise=self.lock_on_minimise.isChecked(),
            clipboard_seconds=self.clipboard.value(),
            export_expiry_days=self.export_expiry.value(),
            backup_reminder_days=self.backup_reminder.value(),
        )
        try:
            app_settings.save_app_settings(self.session.journal, chosen)
        except JournalError as error:
            show_message(self.message, str(error))
            return
        show_message(self.message, self.tr("Saved."))
        self.settings_saved.emit(chosen)

    def save_preferences(self) -> None:
        before = preferences.load_preferences(self._directory)
        chosen = replace(
            before, language=str(self.language.currentData()), discreet=self.discreet.isChecked()
        )
        try:
            preferences.save_preferences(self._directory, chosen)
        except JournalError as error:
            self.language_note.setText(str(error))
            return
        self.language_note.setText(
            self.tr("Saved. The new language is used from the next start of HR Journal.")
            if chosen.language != before.language
            else self.tr("Saved.")
        )
        self.preferences_saved.emit(chosen)

    def change_passphrase(self) -> None:
        current, new = self.current.text(), self.new.text()
        if new != self.again.text():
            show_message(
                self.passphrase_message, self.tr("The two new passphrases are not the same.")
            )
            return
        if self.meter.question_first(new):
            show_message(
                self.passphrase_message,
                self.tr(
                    "This passphrase would be easy to guess for someone who takes your laptop. "
                    "Add a few unrelated words, or click Change again to use it anyway."
                ),
            )
            return
        for field in (self.current, self.new, self.again):
            field.clear()
        directory = self._directory
        self.change_button.setEnabled(False)
        show_message(self.passphrase_message, self.tr("Changing the passphrase…"))
        run_job(
            lambda _progress: journal_service.change_passphrase(directory, current, new),
            self._on_changed,
            self._on_change_failed,
        )

    def _on_changed(self, notices: tuple[str, ...]) -> None:
        self.change_button.setEnabled(True)
        lines = [self.tr("The passphrase is changed; use the new one from now on."), *notices]
        show_message(self.passphrase_message, " ".join(lines))

    def _on_change_failed(self, message: str) -> None:
        self.change_button.setEnabled(True)
        show_message(self.passphrase_message, message)

    def open_share_cards(self) -> ShareCardsDialog:
        if self.share_dialog is None:
            self.share_dialog = ShareCardsDialog(self.session, self)
            self.share_dialog.outcome.connect(self._tell_shares)
            self.share_dialog.journal_wiped.connect(self.journal_wiped.emit)
        self.share_dialog.start()
        return self.share_dialog

    def _tell_shares(self, sentence: str) -> None:
        if self.session.is_open:  # a job that ends after the lock has no one to tell
            show_message(self.passphrase_message, sentence)

    def clear(self) -> None:
        for field in (self.current, self.new, self.again):
            field.clear()
        if self.share_dialog is not None and self.share_dialog.isVisible():
            self.share_dialog.reject()
        show_message(self.message, "")
        show_message(self.passphrase_message, "")
        self.language_note.clear()
        self.emergency.clear()
