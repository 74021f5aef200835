"""Backups from the Exports screen, through the real window offscreen: the dialog, the file
chooser, the backup itself (it verifies, and is in the register), the last-backup line, and
the reminder at unlock when the newest backup is old or there is none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QFileDialog,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from hrjournal.errors import WrongPassphrase
from hrjournal.services import app_settings, backup, exports
from hrjournal.services import journal as journal_service
from hrjournal.services.app_settings import AppSettings
from hrjournal.services.preferences import Preferences, save_preferences
from hrjournal.ui.backup_dialog import BackupDialog, suggested_name
from hrjournal.ui.exports_view import ExportsView
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.local_time import local_time
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.session import JournalSession
from hrjournal.ui.settings_view import SettingsView
from tests.support.journals import PASSPHRASE

BACKUP_PASSPHRASE = "a passphrase for this backup alone"
NO_BACKUP = "You have no backup yet; make one on the Exports screen."


def _answer_file_dialog(path: Path, asked: list[str] | None = None) -> None:
    """Choose `path` in the next file dialog, as a user would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        if asked is not None:
            asked.extend(dialog.selectedFiles())  # what it suggested
        dialog.setDirectory(str(path.parent))
        # Typed into the name box: selectFile() keeps the suggested name for a new file.
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None
        name_box.setText(path.name)
        # done() rather than accept(): accept() waits for a folder listing offscreen.
        dialog.done(QFileDialog.DialogCode.Accepted)

    QTimer.singleShot(20, answer)


def _unlocked_window(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory)
    qtbot.addWidget(window)
    window.show()
    _unlock(qtbot, window)
    return window


def _unlock(qtbot: QtBot, window: MainWindow, secret: str = PASSPHRASE) -> None:
    window.unlock_view.passphrase.setText(secret)
    window.unlock_view.unlock()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
    qtbot.waitUntil(lambda: jobs_running() == 0 and not window.session.busy, timeout=20000)


def _exports(window: MainWindow) -> ExportsView:
    view = window.journal_view
    assert view.go_to(view.exports)
    return view.exports


def _back_up(
    qtbot: QtBot,
    exports_view: ExportsView,
    target: Path,
    backup_passphrase: str = BACKUP_PASSPHRASE,
    asked: list[str] | None = None,
) -> BackupDialog:
    exports_view.backups.backup_button.click()
    dialog = exports_view.backups.dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.current.setText(PASSPHRASE)
    dialog.backup.setText(backup_passphrase)
    dialog.again.setText(backup_passphrase)
    _answer_file_dialog(target, asked)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.working and jobs_running() == 0, timeout=60000)
    return dialog


def test_a_backup_made_from_the_exports_screen_verifies_and_is_in_the_register(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    window = _unlocked_window(qtbot, example_dir)
    exports_view = _exports(window)
    assert exports_view.backups.title() == "Backups"
    assert exports_view.backups.last_line.text() == "No backup yet."
    assert exports_view.register.row_count() == 0

    target = tmp_path / "usb" / "journal-copy"
    target.parent.mkdir()
    asked: list[str] = []
    dialog = _back_up(qtbot, exports_view, target, asked=asked)
    assert Path(asked[0]).name == suggested_name()
    assert suggested_name(datetime(2025, 3, 9)) == "hrjournal-backup-20250309.hrjb"

    made = target.with_suffix(".hrjb")  # the chooser's name, with the backups' own suffix
    assert not dialog.isVisible()
    assert (dialog.current.text(), dialog.backup.text(), dialog.again.text()) == ("", "", "")
    assert made.is_file()
    backup.verify_backup(made, BACKUP_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(made, "not the backup passphrase")

    message = exports_view.message.text()
    assert message.startswith(f"The journal is backed up to {made} (")
    listed = exports.list_exports(window.session.journal)
    assert [(e.record.kind, e.record.path) for e in listed] == [("backup", str(made))]
    assert exports_view.register.row_count() == 1
    assert exports_view.register.table.item(0, 5).text() == str(made)
    assert exports_view.backups.last_line.text() == (
        f"Last backup: {local_time(listed[0].record.created_at)}."
    )


def test_a_backup_without_its_own_passphrase_opens_with_the_recovery_secret(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "journal"
    recovery = journal_service.create_journal(directory, PASSPHRASE).recovery_secret
    window = _unlocked_window(qtbot, directory)
    exports_view = _exports(window)
    target = tmp_path / "copy.hrjb"
    _back_up(qtbot, exports_view, target, backup_passphrase="")
    backup.verify_backup(target, recovery)
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(target, "")


def test_mistakes_are_told_in_a_sentence_and_make_nothing(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    window = _unlocked_window(qtbot, example_dir)
    exports_view = _exports(window)
    dialog = exports_view.backups.open_dialog()

    dialog.save_button.click()
    assert dialog.message.text() == "Type your passphrase first."
    dialog.current.setText(PASSPHRASE)
    dialog.backup.setText(BACKUP_PASSPHRASE)
    dialog.again.setText(BACKUP_PASSPHRASE + "!")
    dialog.save_button.click()  # refused before a file is asked for
    assert dialog.message.text() == "The two backup passphrases are not the same."
    assert jobs_running() == 0

    target = tmp_path / "never.hrjb"
    dialog.current.setText("not my passphrase")
    dialog.again.setText(BACKUP_PASSPHRASE)
    _answer_file_dialog(target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.working and jobs_running() == 0, timeout=20000)
    assert dialog.isVisible()
    assert "passphrase" in dialog.message.text()
    assert dialog.current.text() == ""  # the passphrases never outlive the attempt
    assert not target.exists()
    assert list(tmp_path.glob("*.hrjb*")) == []
    assert exports_view.register.row_count() == 0
    assert exports_view.backups.last_line.text() == "No backup yet."


def test_the_lock_closes_the_backup_dialog_and_empties_it(qtbot: QtBot, example_dir: Path) -> None:
    window = _unlocked_window(qtbot, example_dir)
    exports_view = _exports(window)
    dialog = exports_view.backups.open_dialog()
    dialog.current.setText(PASSPHRASE)
    dialog.backup.setText(BACKUP_PASSPHRASE)
    dialog.again.setText(BACKUP_PASSPHRASE)
    window.lock()
    assert not dialog.isVisible()
    assert (dialog.current.text(), dialog.backup.text(), dialog.again.text()) == ("", "", "")
    assert not dialog.current.isUndoAvailable()
    assert exports_view.backups.last_line.text() == ""


def test_the_last_wrong_passphrase_allowed_ends_the_session(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    """A wrong passphrase given for a backup counts like any other: when it is the last one
    allowed, the journal is wiped, and the app stops showing it at once."""
    window = _unlocked_window(qtbot, example_dir)
    save_preferences(example_dir, Preferences(wipe_after_failed_unlocks=3, failed_unlocks=2))
    dialog = _exports(window).backups.open_dialog()
    dialog.current.setText("not the passphrase at all")
    _answer_file_dialog(tmp_path / "never.hrjb")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.panic.under_way, timeout=20000)
    qtbot.waitUntil(window.session.connection_closed, timeout=20000)
    qtbot.waitUntil(lambda: not example_dir.exists(), timeout=20000)
    assert not (tmp_path / "never.hrjb").exists()
    assert window.panic.report is not None
    window.panic.report.hide()  # Close would quit the test run


# -- the reminder --------------------------------------------------------------------------


def _age_backups(window: MainWindow, days: int) -> None:
    """Make every backup in the register look `days` days and an hour old."""
    when = datetime.now(UTC) - timedelta(days=days, hours=1)
    window.session.journal.connection.execute(
        "UPDATE exports SET created_at = ? WHERE kind = 'backup'",
        (when.strftime("%Y-%m-%dT%H:%M:%SZ"),),
    )


def _relock(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    assert window.statusBar().currentMessage() == ""
    _unlock(qtbot, window)


def test_the_reminder_at_unlock_follows_the_age_of_the_last_backup(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    window = _unlocked_window(qtbot, example_dir)
    exports_view = window.journal_view.exports
    assert exports_view.message.text() == NO_BACKUP  # records, and never a backup
    assert NO_BACKUP in window.statusBar().currentMessage()

    _back_up(qtbot, _exports(window), tmp_path / "first.hrjb")
    _relock(qtbot, window)
    assert exports_view.message.text() == ""  # a recent backup: nothing to say
    assert "backup" not in window.statusBar().currentMessage()

    _age_backups(window, 45)
    _relock(qtbot, window)
    sentence = "Your last backup is 45 days old; make one on the Exports screen."
    assert exports_view.message.text() == sentence
    assert sentence in window.statusBar().currentMessage()

    _age_backups(window, 29)  # within the default 30 days
    _relock(qtbot, window)
    assert exports_view.message.text() == ""

    _age_backups(window, 400)
    app_settings.save_app_settings(window.session.journal, AppSettings(backup_reminder_days=0))
    _relock(qtbot, window)
    assert exports_view.message.text() == ""  # never, as chosen
    assert "backup" not in window.statusBar().currentMessage()

    app_settings.save_app_settings(window.session.journal, AppSettings(backup_reminder_days=1))
    _age_backups(window, 1)
    _relock(qtbot, window)
    assert exports_view.message.text() == (
        "Your last backup is a day old; make one on the Exports screen."
    )


def test_an_empty_journal_is_not_nagged_about_a_backup(qtbot: QtBot, journal_dir: Path) -> None:
    window = _unlocked_window(qtbot, journal_dir)
    assert window.journal_view.exports.message.text() == ""
    assert "backup" not in window.statusBar().currentMessage()


def test_the_reminder_comes_after_the_expiry_which_may_delete_the_old_backup(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.hrjb"
    with journal_service.unlocked(example_dir, PASSPHRASE) as journal:
        app_settings.save_app_settings(journal, AppSettings(export_expiry_days=60))
    backup.make_backup(example_dir, PASSPHRASE, old)
    with journal_service.unlocked(example_dir, PASSPHRASE) as journal:
        when = (datetime.now(UTC) - timedelta(days=90)).strftime("%Y-%m-%dT%H:%M:%SZ")
        journal.connection.execute("UPDATE exports SET created_at = ?", (when,))
    window = _unlocked_window(qtbot, example_dir)
    assert not old.exists()
    assert window.journal_view.exports.message.text() == (
        f"Deleted 1 export(s) older than 60 days. {NO_BACKUP}"
    )


# -- the setting ---------------------------------------------------------------------------


def test_the_reminder_setting_is_saved_with_the_protection_settings(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    view = SettingsView(example_session, tmp_path)
    qtbot.addWidget(view)
    view.refresh()
    spin = view.backup_reminder
    assert spin.value() == 30
    assert (spin.minimum(), spin.maximum()) == (0, 365)
    assert spin.accessibleName()
    spin.setValue(0)
    assert spin.text() == "Never"
    view.save_button.click()
    assert view.message.text() == "Saved."
    assert app_settings.app_settings(example_session.journal).backup_reminder_days == 0
    spin.setValue(90)
    view.auto_lock.setValue(9)
    view.save_button.click()
    assert app_settings.app_settings(example_session.journal) == AppSettings(
        auto_lock_minutes=9, backup_reminder_days=90
    )
    spin.setValue(5)
    view.refresh()
    assert spin.value() == 90


def test_every_new_control_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, example_dir: Path
) -> None:
    window = _unlocked_window(qtbot, example_dir)
    exports_view = _exports(window)
    dialog = exports_view.backups.open_dialog()
    kinds = (QLineEdit, QAbstractButton, QAbstractSpinBox)
    nameless = [
        f"{type(widget).__name__} in {type(part).__name__}"
        for part in (exports_view.backups, dialog)
        for kind in kinds
        for widget in part.findChildren(kind)
        if not widget.accessibleName()
        and not getattr(widget, "text", lambda: "")()
        and not isinstance(widget.parent(), (QAbstractSpinBox, QLineEdit))
    ]
    assert nameless == []
    assert dialog.accessibleName() == "Back up the journal"
    assert exports_view.backups.backup_button.accessibleName() == "Back up the journal"
    assert exports_view.backups.last_line.accessibleName()
    assert window.journal_view.settings.backup_reminder.accessibleName()
    dialog.reject()
