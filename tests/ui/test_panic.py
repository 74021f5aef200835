"""The panic wipe from the running app, driven through the real window offscreen: the button
and Ctrl+Shift+Del, the countdown anything stops, the lock before the wipe, the report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from hrjournal.errors import JournalNotFound
from hrjournal.services import journal as journal_service
from hrjournal.services import reports
from hrjournal.services.preferences import Preferences, save_preferences
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.panic_dialog import PanicCountdown
from hrjournal.ui.panic_report import WipeReportWindow
from tests.support.journals import PASSPHRASE

PANIC_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each request to end the application, which is not really ended under pytest."""
    requested: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: requested.append(True))
    return requested


@pytest.fixture
def window(qtbot: QtBot, journal_dir: Path) -> Iterator[MainWindow]:
    main = MainWindow(journal_dir)
    qtbot.addWidget(main)
    main.show()
    yield main
    if main.panic.countdown is not None:
        main.panic.countdown.reject()
    if main.panic.report is not None:  # a top-level window of its own, not closed by qtbot
        main.panic.report.hide()
        main.panic.report.deleteLater()


def _unlock(qtbot: QtBot, window: MainWindow, secret: str = PASSPHRASE) -> None:
    window.unlock_view.passphrase.setText(secret)
    qtbot.keyClick(window.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)


def _countdown(window: MainWindow) -> PanicCountdown:
    countdown = window.panic.countdown
    assert countdown is not None
    assert countdown.isVisible()
    return countdown


def _wiped(qtbot: QtBot, window: MainWindow) -> WipeReportWindow:
    qtbot.waitUntil(
        lambda: window.panic.report is not None and window.panic.report.done_wiping,
        timeout=20000,
    )
    report = window.panic.report
    assert report is not None
    return report


def test_panic_at_once_locks_wipes_the_journal_and_its_exports_and_reports(
    qtbot: QtBot, window: MainWindow, journal_dir: Path, tmp_path: Path, quits: list[bool]
) -> None:
    save_preferences(journal_dir, Preferences(panic_countdown=0))
    _unlock(qtbot, window)
    journal = window.session.journal
    exported = tmp_path / "contacts.pdf"
    reports.export_report(journal, reports.ReportRequest(reports.ReportKind.CONTACTS), exported)
    assert exported.exists()
    # An unsaved edit is not kept as a draft: it would be written into the journal going away.
    window.new_action.trigger()
    window.journal_view.incidents.incident_editor.form.title.setText("Not kept anywhere")

    window.journal_view.panic_button.click()
    report = _wiped(qtbot, window)

    assert not window.session.is_open
    assert window.session.connection_closed()
    with pytest.raises(Exception, match="closed"):
        journal.connection.execute("SELECT 1")
    assert not journal_dir.exists()
    assert not exported.exists()
    assert not window.isVisible()
    assert report.isVisible()
    assert report.heading.text() == "The journal is wiped."
    text = report.report.toPlainText()
    assert "key was destroyed" in text
    assert "Exported files destroyed: 1 of 1." in text
    assert "Files of the journal destroyed: " in text

    assert quits == []
    report.close_button.click()
    assert quits == [True]
    assert not report.isVisible()


def test_the_report_cannot_be_closed_while_the_wipe_runs(qtbot: QtBot, quits: list[bool]) -> None:
    report = WipeReportWindow()
    qtbot.addWidget(report)
    report.show()
    report.reject()
    report.close()
    assert report.isVisible()
    assert not report.close_button.isEnabled()
    report.show_failure("The disk refused.")
    assert "The disk refused." in report.report.toPlainText()
    report.close()
    assert not report.isVisible()


def test_a_key_press_in_the_countdown_cancels_and_nothing_is_destroyed(
    qtbot: QtBot, window: MainWindow, journal_dir: Path
) -> None:
    _unlock(qtbot, window)
    window.panic.tick_ms = 60_000  # the test decides when anything happens
    window.journal_view.panic_button.click()
    countdown = _countdown(window)
    assert countdown.heading.text() == "Wiping the journal in 3…"
    assert "Press any key or click to cancel." in [w.text() for w in countdown.findChildren(QLabel)]

    QTest.keyClick(countdown, Qt.Key.Key_A)
    assert not countdown.isVisible()
    assert window.panic.countdown is None
    assert window.session.is_open  # not even locked
    window.lock()
    _unlock(qtbot, window)
    assert window.session.is_open
    assert journal_dir.exists()


def test_a_click_or_esc_in_the_countdown_cancels(
    qtbot: QtBot, window: MainWindow, journal_dir: Path
) -> None:
    window.panic.tick_ms = 60_000
    window.unlock_view.panic_button.click()
    QTest.mouseClick(_countdown(window).progress, Qt.MouseButton.LeftButton)
    assert window.panic.countdown is None

    window.unlock_view.panic_button.click()
    QTest.keyClick(_countdown(window), Qt.Key.Key_Escape)
    assert window.panic.countdown is None

    window.unlock_view.panic_button.click()
    _countdown(window).close()
    assert window.panic.countdown is None
    assert window.panic.report is None
    _unlock(qtbot, window)
    assert window.session.is_open


def test_the_shortcut_pressed_again_during_the_countdown_cancels_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.panic.tick_ms = 60_000
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Delete, PANIC_KEYS)
    countdown = _countdown(window)
    QTest.keyClick(countdown.windowHandle(), Qt.Key.Key_Delete, PANIC_KEYS)
    assert window.panic.countdown is None
    assert window.panic.report is None


def test_a_countdown_left_alone_reaches_zero_and_wipes(
    qtbot: QtBot, window: MainWindow, journal_dir: Path, quits: list[bool]
) -> None:
    _unlock(qtbot, window)
    window.panic.tick_ms = 5
    window.journal_view.panic_button.click()
    with qtbot.waitSignal(_countdown(window).accepted, timeout=5000):
        pass
    report = _wiped(qtbot, window)
    assert not window.session.is_open
    assert not journal_dir.exists()
    assert report.heading.text() == "The journal is wiped."


def test_ctrl_shift_del_from_the_unlock_screen_starts_the_countdown(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.panic.tick_ms = 60_000
    window.unlock_view.passphrase.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Delete, PANIC_KEYS)
    _countdown(window)


def test_ctrl_shift_del_from_a_modal_dialog_starts_the_countdown(
    qtbot: QtBot, window: MainWindow, journal_dir: Path, quits: list[bool]
) -> None:
    _unlock(qtbot, window)
    window.panic.tick_ms = 5
    view = window.journal_view
    view.go_to(view.settings)
    dialog = view.settings.emergency.open_duress(remove=False)
    # Shown and activated, as the system does: the window then gets the shortcuts.
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    assert dialog.isModal()
    dialog.current.setText(PASSPHRASE)
    QTest.keyClick(dialog.current, Qt.Key.Key_Delete, PANIC_KEYS)
    _countdown(window)
    _wiped(qtbot, window)
    assert not dialog.isVisible()  # closed with everything else by the lock
    assert dialog.current.text() == ""
    assert not journal_dir.exists()


def test_panic_from_the_unlock_screen_wipes_the_locked_journal(
    qtbot: QtBot, window: MainWindow, journal_dir: Path, quits: list[bool]
) -> None:
    save_preferences(journal_dir, Preferences(panic_countdown=0))
    window.unlock_view.panic_button.click()
    report = _wiped(qtbot, window)
    assert not journal_dir.exists()
    assert "key was destroyed" in report.report.toPlainText()
    assert not window.isVisible()


def test_panic_while_the_key_is_being_derived_waits_for_the_unlock_then_wipes(
    qtbot: QtBot, window: MainWindow, journal_dir: Path, quits: list[bool]
) -> None:
    save_preferences(journal_dir, Preferences(panic_countdown=0))
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock_button.click()
    assert jobs_running() == 1
    window.unlock_view.panic_button.click()
    _wiped(qtbot, window)
    assert not window.session.is_open
    assert window.session.connection_closed()
    assert not journal_dir.exists()
    with pytest.raises(JournalNotFound):
        journal_service.unlock(journal_dir, PASSPHRASE)


def test_a_wipe_that_cannot_finish_says_so_in_one_sentence(
    qtbot: QtBot, window: MainWindow, journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrjournal.services import panic

    def refused(_directory: Path, _progress: object = None) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(panic, "wipe_journal", refused)
    save_preferences(journal_dir, Preferences(panic_countdown=0))
    window.unlock_view.panic_button.click()
    report = _wiped(qtbot, window)
    assert report.heading.text() == "The wipe could not finish."
    assert report.report.toPlainText() == "The system refused (Permission denied)."


@pytest.mark.parametrize("language", ["fr", "ar", "ru"])
def test_the_wipe_report_is_in_the_language_of_the_screens(qtbot: QtBot, language: str) -> None:
    """Someone who reads only Arabic must be able to read what was destroyed, and what not."""
    from hrjournal.ui.translation import install_language
    from hrjournal.wipe.panic import Step, WipeReport

    report = WipeReport(
        steps=[
            Step("key header", "/j/journal.header", True),
            Step("export", "/home/u/report.pdf", True),
            Step("export", "/media/usb/old%20copy.pdf", False, "read-only file system", "EROFS"),
            Step("journal file", "/j/journal.db", True),
        ],
        key_destroyed_at=0.07,
        seconds=3.5,
    )
    english = WipeReportWindow()
    qtbot.addWidget(english)
    english.show_report(report)
    english_lines = english.report.toPlainText().splitlines()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    try:
        assert install_language(app, language) == language
        window = WipeReportWindow()
        qtbot.addWidget(window)
        window.show_report(report)
        lines = window.report.toPlainText().splitlines()
    finally:
        install_language(app, "en")
        QLocale.setDefault(before)  # dates elsewhere are written in the locale the tests expect
    assert len(lines) == len(english_lines) == 5
    for line, original in zip(lines, english_lines, strict=True):
        assert line.split()[0] != original.split()[0], line  # the words, not only the numbers
    # The path stays as it is, "%20" included; the reason is put in the language too.
    assert "/media/usb/old%20copy.pdf" in lines[3]
    assert "read-only" not in lines[3]
    assert english_lines[3] == "Could not destroy /media/usb/old%20copy.pdf: the disk is read-only."


def test_the_report_says_when_the_key_survived(qtbot: QtBot) -> None:
    from hrjournal.wipe.panic import Step, WipeReport

    window = WipeReportWindow()
    qtbot.addWidget(window)
    window.show_report(WipeReport(steps=[Step("key header", "/j/journal.header", False, "busy")]))
    assert window.heading.text().startswith("The wipe is over, but some files could not be")
    first = window.report.toPlainText().splitlines()[0]
    assert first.startswith("The journal's key could not be destroyed")


def test_a_reason_the_report_does_not_know_is_given_in_the_systems_words(qtbot: QtBot) -> None:
    from hrjournal.wipe.panic import Step, WipeReport

    window = WipeReportWindow()
    qtbot.addWidget(window)
    steps = [Step("export", "/x/a.pdf", False, "unexpected problem (KeyError)")]
    window.show_report(WipeReport(steps=steps, key_destroyed_at=0.1))
    assert "/x/a.pdf: unexpected problem (KeyError)." in window.report.toPlainText()
