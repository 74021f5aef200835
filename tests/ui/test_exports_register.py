"""The export register in the Exports view, the expiry setting, and expiry at unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from pytestqt.qtbot import QtBot

from hrjournal.services import app_settings, exports, records, reports
from hrjournal.services import journal as journal_service
from hrjournal.services.app_settings import AppSettings
from hrjournal.ui.exports_view import ExportsView
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.local_time import local_time
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.session import JournalSession
from hrjournal.ui.settings_view import SettingsView
from tests.support.journals import PASSPHRASE


def _report(
    session: JournalSession,
    path: Path,
    profile: reports.Profile = reports.Profile.SHARE,
    password: str | None = None,
) -> None:
    """A PDF made the way the report dialog makes it, straight through the service."""
    request = reports.ReportRequest(reports.ReportKind.CONTACTS, profile, password=password)
    reports.export_report(session.journal, request, path)


def _view(qtbot: QtBot, session: JournalSession) -> ExportsView:
    view = ExportsView(session)
    qtbot.addWidget(view)
    view.show()
    return view


def _cells(view: ExportsView, row: int) -> list[str]:
    table = view.register.table
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_register_lists_every_file_newest_first(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    first, second = tmp_path / "card.pdf", tmp_path / "protected.pdf"
    _report(example_session, first)
    _report(example_session, second, reports.Profile.FULL, "a long password")
    example_session.journal.connection.execute(
        "UPDATE exports SET created_at = '2020-01-01T10:00:00Z' WHERE path = ?", (str(first),)
    )
    view = _view(qtbot, example_session)  # read when shown
    assert view.register.row_count() == 2
    newest = _cells(view, 0)
    assert newest[1].startswith("Emergency contact card")
    assert newest[2:4] == ["Full", "Yes"]
    assert newest[5] == str(second)
    oldest = _cells(view, 1)
    assert oldest[0].startswith(local_time("2020-01-01T10:00:00Z").split()[0])  # in the locale
    assert oldest[2:4] == ["Share", "No"]
    assert "KiB" in oldest[4] or "bytes" in oldest[4]

    first.unlink()  # moved or deleted outside the program
    view.register.refresh_button.click()
    assert _cells(view, 1)[5] == f"{first} (missing)"


def test_the_json_export_lands_in_the_register(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    view = _view(qtbot, example_session)
    assert view.register.row_count() == 0
    view.export_to(tmp_path / "everything.json")
    qtbot.waitUntil(lambda: not example_session.busy, timeout=30000)
    assert "Exported" in view.message.text()
    assert view.register.row_count() == 1
    assert _cells(view, 0)[1].startswith("JSON export")
    assert _cells(view, 0)[2] == "—"


def test_delete_now_asks_then_overwrites_and_removes_the_file_and_the_row(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    target = tmp_path / "card.pdf"
    _report(example_session, target)
    view = _view(qtbot, example_session)
    register = view.register
    assert not register.delete_button.isEnabled()  # nothing chosen yet
    register.table.selectRow(0)
    assert register.delete_button.isEnabled()
    asked: list[str] = []

    def answer(answer_with: bool) -> Callable[[object, str, str, str], bool]:
        def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
            asked.append(text)
            return answer_with

        return confirm

    register.confirm = answer(False)
    register.delete_button.click()
    assert asked == [f"Overwrite and delete {target}? This cannot be undone."]
    assert target.exists()
    assert register.row_count() == 1

    register.confirm = answer(True)
    register.delete_button.click()
    qtbot.waitUntil(lambda: not example_session.busy, timeout=10000)
    assert not target.exists()
    assert register.row_count() == 0
    assert exports.list_exports(example_session.journal) == []
    assert "deleted card.pdf" in register.message.text()


def test_the_expiry_setting_is_saved_with_the_protection_settings(
    qtbot: QtBot, example_session: JournalSession, tmp_path: Path
) -> None:
    view = SettingsView(example_session, tmp_path)
    qtbot.addWidget(view)
    view.refresh()
    spin = view.export_expiry
    assert spin.value() == 0
    assert spin.text() == "Never"
    assert (spin.minimum(), spin.maximum()) == (0, 3650)
    spin.setValue(30)
    view.save_button.click()
    assert "Saved" in view.message.text()
    assert app_settings.app_settings(example_session.journal).export_expiry_days == 30
    spin.setValue(0)
    view.refresh()
    assert spin.value() == 30
    # Saving the other protection settings keeps it.
    view.auto_lock.setValue(7)
    view.save_button.click()
    assert app_settings.app_settings(example_session.journal) == AppSettings(
        auto_lock_minutes=7, export_expiry_days=30
    )


def _unlocked_window(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory)
    qtbot.addWidget(window)
    window.show()
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
    qtbot.waitUntil(lambda: jobs_running() == 0 and not window.session.busy, timeout=20000)
    return window


def test_old_exports_are_deleted_at_unlock_and_the_user_is_told(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    old, recent = tmp_path / "old.pdf", tmp_path / "recent.pdf"
    with journal_service.unlocked(example_dir, PASSPHRASE) as journal:
        for path in (old, recent):
            request = reports.ReportRequest(reports.ReportKind.CONTACTS)
            reports.export_report(journal, request, path)
        journal.connection.execute(
            "UPDATE exports SET created_at = '2001-01-01T00:00:00Z' WHERE path = ?", (str(old),)
        )
        app_settings.save_app_settings(journal, AppSettings(export_expiry_days=30))

    window = _unlocked_window(qtbot, example_dir)
    assert not old.exists()
    assert recent.exists()
    sentence = "Deleted 1 export(s) older than 30 days."
    exports_view = window.journal_view.exports
    # Then the backup reminder: the journal holds records, and no backup was ever made.
    reminder = "You have no backup yet; make one on the Exports screen."
    assert exports_view.message.text() == f"{sentence} {reminder}"
    assert f"{sentence} {reminder}" in window.statusBar().currentMessage()
    window.journal_view.go_to(exports_view)
    assert exports_view.register.row_count() == 1
    assert _cells(exports_view, 0)[5] == str(recent)

    # The register is emptied by a lock, like every other view.
    window.lock()
    assert exports_view.register.row_count() == 0
    assert not exports_view.message.isVisible()


def test_nothing_is_deleted_or_said_when_exports_are_kept(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    kept = tmp_path / "kept.pdf"
    with journal_service.unlocked(example_dir, PASSPHRASE) as journal:
        reports.export_report(journal, reports.ReportRequest(reports.ReportKind.CONTACTS), kept)
        journal.connection.execute("UPDATE exports SET created_at = '2001-01-01T00:00:00Z'")
    window = _unlocked_window(qtbot, example_dir)
    assert kept.exists()
    # Only the backup reminder, nothing of the expiry.
    reminder = "You have no backup yet; make one on the Exports screen."
    assert window.journal_view.exports.message.text() == reminder
    assert records.list_incidents(window.session.journal)  # the journal opened as usual
