"""Settings for an emergency, through the real window offscreen: the panic countdown and the
wipe after wrong passphrases (saved beside the journal without touching anything else there),
the duress passphrase, and the practice wipe that destroys nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrjournal.services import app_settings, reports
from hrjournal.services import journal as journal_service
from hrjournal.services.app_settings import AppSettings
from hrjournal.services.preferences import Preferences, load_preferences, save_preferences
from hrjournal.ui.duress_dialog import DuressDialog
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.panic_settings import PanicSettings
from tests.support.journals import PASSPHRASE, snapshot

DURESS = "plum orchard under the winter rain"


@pytest.fixture
def window(qtbot: QtBot, example_dir: Path) -> MainWindow:
    main = MainWindow(example_dir)
    qtbot.addWidget(main)
    main.show()
    return main


def _unlock(qtbot: QtBot, window: MainWindow, secret: str = PASSPHRASE) -> None:
    window.unlock_view.passphrase.setText(secret)
    qtbot.keyClick(window.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)


def _emergency(qtbot: QtBot, window: MainWindow) -> PanicSettings:
    _unlock(qtbot, window)
    view = window.journal_view
    assert view.go_to(view.settings)
    return view.settings.emergency


def _set_duress(qtbot: QtBot, dialog: DuressDialog, duress: str) -> None:
    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText(duress)
    dialog.again.setText(duress)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)


def test_the_emergency_settings_save_without_touching_the_rest(
    qtbot: QtBot, window: MainWindow, example_dir: Path
) -> None:
    emergency = _emergency(qtbot, window)
    # Written after the unlock, which resets the count: two wrong passphrases since.
    save_preferences(example_dir, Preferences(language="fr", discreet=True, failed_unlocks=2))
    emergency.refresh()
    assert emergency.countdown.value() == 3
    assert emergency.failed_unlocks.text() == "Never"

    emergency.countdown.setValue(7)
    emergency.failed_unlocks.setValue(5)
    emergency.save_button.click()
    assert load_preferences(example_dir) == Preferences(
        language="fr",
        discreet=True,
        panic_countdown=7,
        wipe_after_failed_unlocks=5,
        failed_unlocks=2,
    )
    assert emergency.message.text() == "Saved."

    # Saving the language keeps the emergency settings and the count.
    settings = window.journal_view.settings
    settings.refresh()
    settings.preferences_button.click()
    assert load_preferences(example_dir).panic_countdown == 7
    assert load_preferences(example_dir).wipe_after_failed_unlocks == 5
    assert load_preferences(example_dir).failed_unlocks == 2

    emergency.countdown.setValue(0)
    assert emergency.countdown.text() == "At once"
    emergency.save_button.click()
    assert load_preferences(example_dir).panic_countdown == 0


@pytest.mark.parametrize("typed", [1, 2])
def test_one_or_two_wrong_passphrases_cannot_be_chosen(
    qtbot: QtBot, window: MainWindow, example_dir: Path, typed: int
) -> None:
    emergency = _emergency(qtbot, window)
    emergency.failed_unlocks.setValue(4)
    emergency.failed_unlocks.setValue(typed)
    assert emergency.failed_unlocks.text() == "Never"
    emergency.failed_unlocks.stepUp()
    assert emergency.failed_unlocks.value() == 3  # the first choice above "Never"
    emergency.failed_unlocks.stepDown()
    emergency.save_button.click()
    assert load_preferences(example_dir).wipe_after_failed_unlocks == 0


def test_a_duress_passphrase_too_close_is_refused_a_good_one_opens_an_empty_journal(
    qtbot: QtBot, window: MainWindow, example_dir: Path
) -> None:
    # The backup reminder speaks of what a journal holds (an empty decoy has nothing to back
    # up); off here, so that the two unlocks can be compared word for word.
    with journal_service.unlocked(example_dir, PASSPHRASE) as journal:
        app_settings.save_app_settings(journal, AppSettings(backup_reminder_days=0))
    emergency = _emergency(qtbot, window)
    normal_notice = window.statusBar().currentMessage()
    assert window.journal_view.incidents.model.rowCount() > 0
    dialog = emergency.open_duress(remove=False)
    assert dialog.isVisible()
    assert "destroyed for good" in " ".join(
        label.text() for label in dialog.findChildren(type(emergency.message))
    )

    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText(DURESS)
    dialog.again.setText(DURESS + " ")
    dialog.apply_button.click()
    assert dialog.message.text() == "The two duress passphrases are not the same."
    assert jobs_running() == 0

    _set_duress(qtbot, dialog, "Correct horse battery staples!")
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "The duress passphrase must be clearly different from your passphrase."
    )
    assert (dialog.current.text(), dialog.duress.text(), dialog.again.text()) == ("", "", "")

    _set_duress(qtbot, dialog, DURESS)
    assert not dialog.isVisible()
    assert emergency.message.text().startswith("The duress passphrase is set.")

    window.lock()
    normal_message = window.unlock_view.message.text()
    _unlock(qtbot, window, DURESS)
    assert window.session.is_open
    assert window.pages.currentWidget() is window.journal_page
    assert window.statusBar().currentMessage() == normal_notice  # nothing says what happened
    for section in window.journal_view.record_sections():
        assert section.model.rowCount() == 0

    window.lock()
    assert window.unlock_view.message.text() == normal_message
    _unlock(qtbot, window, PASSPHRASE)
    assert not window.session.is_open
    assert "does not open" in window.unlock_view.message.text()


def test_removing_reads_the_same_whether_or_not_there_was_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    emergency = _emergency(qtbot, window)
    said = []
    for _ in range(2):
        dialog = emergency.open_duress(remove=True)
        assert not dialog.duress.isVisible()
        dialog.current.setText(PASSPHRASE)
        dialog.apply_button.click()
        qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
        assert not dialog.isVisible()
        said.append(emergency.message.text())
        _set_duress(qtbot, emergency.open_duress(remove=False), DURESS)
    assert said == ["There is no duress passphrase now."] * 2

    dialog = emergency.open_duress(remove=True)
    dialog.current.setText("not my passphrase")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    assert dialog.isVisible()
    assert dialog.message.text()  # one sentence; the journal is untouched


def test_the_lock_closes_the_duress_dialog_and_empties_it(qtbot: QtBot, window: MainWindow) -> None:
    emergency = _emergency(qtbot, window)
    dialog = emergency.open_duress(remove=False)
    dialog.current.setText(PASSPHRASE)
    dialog.duress.setText(DURESS)
    dialog.again.setText(DURESS)
    window.lock()
    assert not dialog.isVisible()
    assert (dialog.current.text(), dialog.duress.text(), dialog.again.text()) == ("", "", "")
    assert not dialog.current.isUndoAvailable()
    dialog.reject()  # closing again changes nothing

    _unlock(qtbot, window)
    again = window.journal_view.settings.emergency.open_duress(remove=False)
    assert again.current.text() == ""
    again.reject()


def test_the_practice_shows_what_would_go_and_destroys_nothing(
    qtbot: QtBot, window: MainWindow, example_dir: Path, tmp_path: Path
) -> None:
    emergency = _emergency(qtbot, window)
    exported = tmp_path / "contacts.pdf"
    request = reports.ReportRequest(reports.ReportKind.CONTACTS)
    reports.export_report(window.session.journal, request, exported)
    before, exported_bytes = snapshot(example_dir), exported.read_bytes()

    practice = emergency.practise()
    assert practice.isVisible()
    qtbot.waitUntil(lambda: "In all" in practice.details.toPlainText(), timeout=20000)
    shown = practice.details.toPlainText()
    assert str(exported) in shown
    assert str(example_dir / "journal.db") in shown
    assert "seconds" in shown or "could not be measured" in shown
    assert snapshot(example_dir).keys() == before.keys()
    assert exported.read_bytes() == exported_bytes
    assert window.session.is_open

    window.lock()
    assert not practice.isVisible()
    assert practice.details.toPlainText() == ""


def test_every_new_control_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QPlainTextEdit

    emergency = _emergency(qtbot, window)
    shown = [emergency, emergency.open_duress(remove=False), emergency.practise()]
    window.panic.tick_ms = 60_000
    window.panic.request()
    assert window.panic.countdown is not None
    shown.append(window.panic.countdown)
    kinds = (QLineEdit, QAbstractButton, QAbstractSpinBox, QPlainTextEdit)
    nameless = [
        f"{type(widget).__name__} in {type(part).__name__}"
        for part in shown
        for kind in kinds
        for widget in part.findChildren(kind)
        if not widget.accessibleName()
        and not getattr(widget, "text", lambda: "")()
        and not isinstance(widget.parent(), (QAbstractSpinBox, QLineEdit))
    ]
    window.panic.countdown.reject()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    assert nameless == []
    assert window.journal_view.panic_button.accessibleName()
    assert window.unlock_view.panic_button.accessibleName()


def test_the_last_wrong_passphrase_in_the_duress_dialog_ends_the_session(
    qtbot: QtBot, window: MainWindow, example_dir: Path
) -> None:
    """A wrong passphrase there counts like any other; when it is the last one allowed, the
    journal is wiped, and the app stops showing it at once."""
    emergency = _emergency(qtbot, window)
    save_preferences(example_dir, Preferences(wipe_after_failed_unlocks=3, failed_unlocks=2))
    dialog = emergency.open_duress(remove=False)
    dialog.current.setText("not the passphrase at all")
    dialog.duress.setText(DURESS)
    dialog.again.setText(DURESS)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: window.panic.under_way, timeout=20000)
    qtbot.waitUntil(window.session.connection_closed, timeout=20000)
    assert not example_dir.exists()
    assert window.panic.report is not None
    window.panic.report.hide()  # Close would quit the test run
