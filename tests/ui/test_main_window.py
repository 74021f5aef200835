"""The window, driven through its real widgets, offscreen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from tests.support.journals import PASSPHRASE

GROUPS = re.compile(r"[0-9A-Z]{5}")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(tmp_path / "journal")
    qtbot.addWidget(main)
    main.show()
    return main


def _create(qtbot: QtBot, window: MainWindow) -> str:
    view = window.create_view
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_view, timeout=20000)
    return window.recovery_view.secret.text()


def _unlock(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    window.unlock_view.passphrase.setText(secret)
    qtbot.keyClick(window.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)


def test_first_run_creates_shows_the_secret_once_and_unlocks(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.pages.currentWidget() is window.create_view
    secret_text = _create(qtbot, window)
    assert len(GROUPS.findall(secret_text)) == 8
    assert not window.create_view.passphrase.text()
    recovery = window.recovery_view
    assert not recovery.continue_button.isEnabled()
    recovery.written.setChecked(True)
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    assert recovery.secret.text() == ""
    assert window.pages.currentWidget() is window.unlock_view

    _unlock(qtbot, window, "not my passphrase")
    assert window.pages.currentWidget() is window.unlock_view
    assert "does not open" in window.unlock_view.message.text()
    assert window.unlock_view.passphrase.text() == ""

    _unlock(qtbot, window, PASSPHRASE)
    assert window.pages.currentWidget() is window.journal_view
    assert window.journal is not None


def test_the_recovery_secret_unlocks_too(qtbot: QtBot, window: MainWindow) -> None:
    secret = _create(qtbot, window).replace("\n", "")
    window.recovery_view.written.setChecked(True)
    window.recovery_view.continue_button.click()
    _unlock(qtbot, window, secret)
    assert window.journal is not None
    assert "recovery secret" in window.journal_view.details.text()


def test_locking_drops_the_journal_and_clears_the_view(qtbot: QtBot, window: MainWindow) -> None:
    _create(qtbot, window)
    window.recovery_view.written.setChecked(True)
    window.recovery_view.continue_button.click()
    _unlock(qtbot, window, PASSPHRASE)
    journal = window.journal
    assert journal is not None
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.journal is None
    assert window.pages.currentWidget() is window.unlock_view
    assert "locked" in window.unlock_view.message.text()
    assert window.journal_view.details.text() == ""
    with pytest.raises(Exception, match="closed"):
        journal.connection.execute("SELECT 1")


def test_the_window_does_not_close_while_the_journal_is_being_created(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.create_view
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE)
    view.create_button.click()
    assert jobs_running() == 1
    window.close()
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_view, timeout=20000)
    assert len(GROUPS.findall(window.recovery_view.secret.text())) == 8


def test_lock_pressed_while_unlocking_locks_as_soon_as_it_opens(
    qtbot: QtBot, journal_dir: Path
) -> None:
    main = MainWindow(journal_dir)
    qtbot.addWidget(main)
    main.show()
    main.unlock_view.passphrase.setText(PASSPHRASE)
    main.unlock_view.unlock_button.click()
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    assert main.journal is None
    assert main.pages.currentWidget() is main.unlock_view
    assert "locked" in main.unlock_view.message.text()


def test_mismatched_passphrases_are_caught_before_anything_is_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = window.create_view
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE + "x")
    view.create_button.click()
    assert "not the same" in view.message.text()
    assert not (tmp_path / "journal").exists()


def test_a_short_passphrase_is_refused_in_one_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = window.create_view
    view.passphrase.setText("short")
    view.repeat.setText("short")
    view.create_button.click()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    assert "at least 8" in view.message.text()
    assert view.create_button.isEnabled()
    assert not (tmp_path / "journal").exists()


def test_an_existing_journal_opens_on_the_unlock_screen(qtbot: QtBot, journal_dir: Path) -> None:
    main = MainWindow(journal_dir)
    qtbot.addWidget(main)
    assert main.pages.currentWidget() is main.unlock_view


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

    for kind in (QLineEdit, QCheckBox, QPushButton):
        for widget in window.findChildren(kind):
            assert widget.accessibleName() or widget.text(), widget
