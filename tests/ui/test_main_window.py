"""The window, driven through its real widgets, offscreen: first run, unlock, the journal's
sections, and everything that keeps an open journal safe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hrjournal.services import drafts, records
from hrjournal.ui.idle_lock import IdleLock
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from tests.support.journals import PASSPHRASE

GROUPS = re.compile(r"[0-9A-Z]{5}")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (QTest cannot send non-ASCII)."""
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: Clock) -> MainWindow:
    main = MainWindow(tmp_path / "journal", idle_lock=IdleLock(clock=clock))
    qtbot.addWidget(main)
    main.show()
    return main


def _create(qtbot: QtBot, window: MainWindow) -> str:
    view = window.create_view
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_view, timeout=20000)
    return window.recovery_view.secret.text().replace("\n", "")


def _confirm_secret(window: MainWindow, secret: str) -> None:
    recovery = window.recovery_view
    group = secret.split("-")[recovery.asked_group - 1]
    recovery.check.setText(group.lower())  # a handwritten copy may come back in lower case
    assert recovery.continue_button.isEnabled()
    recovery.continue_button.click()


def _unlock(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    window.unlock_view.passphrase.setText(secret)
    qtbot.keyClick(window.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)


def _open(qtbot: QtBot, window: MainWindow) -> str:
    secret = _create(qtbot, window)
    _confirm_secret(window, secret)
    _unlock(qtbot, window, PASSPHRASE)
    assert window.pages.currentWidget() is window.journal_page
    return secret


def test_first_run_shows_the_secret_once_asks_for_part_of_it_and_unlocks(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.pages.currentWidget() is window.create_view
    secret = _create(qtbot, window)
    assert len(GROUPS.findall(secret)) == 8
    assert not window.create_view.passphrase.text()
    recovery = window.recovery_view
    assert not recovery.continue_button.isEnabled()
    recovery.check.setText("ZZZZZ")
    assert not recovery.continue_button.isEnabled()
    assert "not group" in recovery.message.text()
    _confirm_secret(window, secret)
    assert recovery.secret.text() == ""
    assert window.pages.currentWidget() is window.unlock_view

    _unlock(qtbot, window, "not my passphrase")
    assert window.pages.currentWidget() is window.unlock_view
    assert "does not open" in window.unlock_view.message.text()
    assert window.unlock_view.passphrase.text() == ""

    _unlock(qtbot, window, PASSPHRASE)
    assert window.pages.currentWidget() is window.journal_page
    assert window.session.is_open


def test_a_weak_passphrase_is_questioned_once_then_accepted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = window.create_view
    view.passphrase.setText("password1234")
    view.repeat.setText("password1234")
    assert view.meter.level() <= 1
    view.create_button.click()
    assert "easy to guess" in view.message.text()
    assert not (tmp_path / "journal").exists()
    view.create_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.recovery_view, timeout=20000)


def test_the_whole_day_of_a_defender(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Create, unlock, add a contact and an incident with evidence, search, edit, see the
    revision, lock (everything emptied, connection closed), unlock with the recovery secret."""
    secret = _open(qtbot, window)
    view = window.journal_view

    # A contact, typed in Arabic.
    view.go_to(view.contacts)
    window.new_action.trigger()
    contacts = view.contacts.contact_editor
    type_text(contacts.name, "مريم الحسن")
    contacts.call_order.setValue(1)
    window.save_action.trigger()
    assert not contacts.is_modified(), contacts.message.text()
    assert view.contacts.model.rowCount() == 1

    # An incident, with accented text.
    view.go_to(view.incidents)
    window.new_action.trigger()
    editor = view.incidents.incident_editor
    type_text(editor.form.title, "Menaces reçues au bureau")
    editor.form.description.setPlainText("Un homme a suivi Mariam jusqu'au bureau.")
    window.save_action.trigger()
    assert not editor.is_modified(), editor.message.text()
    uid = editor.uid()
    assert uid is not None
    assert view.incidents.model.rowCount() == 1

    # Evidence.
    evidence = tmp_path / "photo-notes.txt"
    evidence.write_text("Plate number: KDA 123X", encoding="utf-8")
    view.incidents.attachments.add_files([evidence])
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20000)
    qtbot.waitUntil(lambda: len(view.incidents.attachments.attachments()) == 1, timeout=5000)
    assert records.get_incident(window.session.journal, uid).attachments[0].filename == (
        "photo-notes.txt"
    )

    # Search finds it; a search for something else empties the list.
    window.find_action.trigger()
    assert window.focusWidget() is view.incidents.search
    view.incidents.search.setText("bureau")
    view.incidents.apply_filters()
    assert view.incidents.model.rowCount() == 1
    view.incidents.search.setText("nothingofthiskind")
    view.incidents.apply_filters()
    assert view.incidents.model.rowCount() == 0
    window.escape_action.trigger()
    view.incidents.apply_filters()
    assert view.incidents.model.rowCount() == 1

    # Edit, and the history shows the second revision and what changed.
    view.incidents.open_record(uid)
    editor.form.title.setText("Menaces reçues au bureau (suite)")
    window.save_action.trigger()
    assert not editor.is_modified(), editor.message.text()
    history = view.incidents.history.revisions
    assert history.topLevelItemCount() == 2

    # Lock: nothing left in any model or editor, and the connection closed.
    journal = window.session.journal
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_open
    assert window.session.connection_closed()
    with pytest.raises(Exception, match="closed"):
        journal.connection.execute("SELECT 1")
    for section in view.record_sections():
        assert section.model.rowCount() == 0
        assert section.editor.uid() is None
    assert editor.form.title.text() == ""
    assert contacts.name.text() == ""
    assert view.incidents.history.revisions.topLevelItemCount() == 0
    assert view.incidents.attachments.attachments() == []
    assert window.pages.currentWidget() is window.unlock_view

    # The recovery secret opens it again, with everything there.
    _unlock(qtbot, window, secret)
    assert window.session.is_open
    assert window.session.journal.unlocked_with.name == "RECOVERY"
    assert view.incidents.model.rowCount() == 1
    assert view.contacts.model.rowCount() == 1


def test_auto_lock_after_idle_keeps_unsaved_edits_as_a_draft(
    qtbot: QtBot, window: MainWindow, clock: Clock
) -> None:
    _open(qtbot, window)
    view = window.journal_view
    window.new_action.trigger()
    editor = view.incidents.incident_editor
    editor.form.title.setText("Half written")
    assert editor.is_modified()

    clock.now += 4 * 60  # four minutes: not yet
    window.idle.check()
    assert window.session.is_open
    # Activity restarts the count: a key arriving at the window, as the system delivers it.
    editor.form.title.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_End)
    clock.now += 4 * 60
    window.idle.check()
    assert window.session.is_open
    clock.now += 61
    window.idle.check()
    assert not window.session.is_open
    assert editor.form.title.text() == ""

    _unlock(qtbot, window, PASSPHRASE)
    assert window.drafts_bar.isVisible()
    window.drafts_bar.restore_button.click()
    assert editor.form.title.text() == "Half written"
    assert editor.is_modified()
    assert drafts.list_drafts(window.session.journal) == []
    assert editor.save()
    assert records.list_incidents(window.session.journal)[0].title == "Half written"


def test_copied_values_are_marked_private_and_cleared_only_if_still_ours(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    window.clipboard.clear_after_seconds = 1
    window.copy_to_clipboard("+254 700 000 000")
    assert clipboard.text() == "+254 700 000 000"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    window.copy_to_clipboard("+254 700 000 001")
    with pytest.MonkeyPatch.context() as another_program_has_the_focus:
        another_program_has_the_focus.setattr(QGuiApplication, "focusWindow", lambda: None)
        clipboard.setText("the user's own copy")  # copied elsewhere since: never touched
        window.clipboard.clear_ours()
        assert clipboard.text() == "the user's own copy"

    # An ordinary Ctrl+C in a field of ours is marked and cleared like a Copy button's.
    window.journal_view.incidents.search.setText("a name typed in the search")
    window.journal_view.incidents.search.selectAll()
    window.journal_view.incidents.search.copy()
    assert clipboard.text() == "a name typed in the search"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert window.clipboard.pending

    window.copy_to_clipboard("+254 700 000 002")
    window.lock()
    assert clipboard.text() == ""


def test_leaving_unsaved_edits_asks_and_keep_editing_stays(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    view = window.journal_view
    window.new_action.trigger()
    view.incidents.incident_editor.form.title.setText("Not saved")
    answers = iter(["cancel", "discard"])
    view.incidents.ask_unsaved = lambda _parent: next(answers)
    assert not view.go_to(view.contacts)
    assert view.current_section() is view.incidents
    assert view.go_to(view.contacts)
    assert records.list_incidents(window.session.journal) == []


def test_closing_with_unsaved_edits_can_save_them(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    view = window.journal_view
    window.new_action.trigger()
    view.incidents.incident_editor.form.title.setText("Saved on the way out")
    view.incidents.ask_unsaved = lambda _parent: "save"
    journal = window.session.journal
    window.close()
    assert not window.session.is_open
    with pytest.raises(Exception, match="closed"):
        journal.connection.execute("SELECT 1")


def test_lock_during_an_import_cancels_it_and_closes_when_it_lets_go(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "journal.json"
    window.journal_view.go_to(window.journal_view.exports)
    window.journal_view.exports.import_from(example)
    journal = window.session.journal
    window.lock()
    assert not window.session.is_open
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    assert window.session.connection_closed()
    with pytest.raises(Exception, match="closed"):
        journal.connection.execute("SELECT 1")
    _unlock(qtbot, window, PASSPHRASE)
    # All or nothing: either the import finished before the lock reached it, or nothing came.
    assert window.journal_view.incidents.model.rowCount() in (0, 4)


def test_an_import_reports_progress_and_refreshes_the_lists(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "journal.json"
    exports = window.journal_view.exports
    exports.import_from(example)
    busy = window.journal_view.busy_dialog
    assert busy.isVisible()  # a window-modal dialog: nothing else touches the journal
    assert busy.isModal()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20000)
    assert "Imported" in exports.message.text()
    assert not busy.isVisible()
    assert window.journal_view.incidents.model.rowCount() > 0


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
    assert not main.session.is_open
    assert main.pages.currentWidget() is main.unlock_view
    assert "locked" in main.unlock_view.message.text()


def test_lock_on_minimise_when_chosen(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    window.lock_on_minimise = True
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=3000)


def test_discreet_mode_gives_a_neutral_title(qtbot: QtBot, journal_dir: Path) -> None:
    from hrjournal.services.preferences import Preferences, save_preferences

    save_preferences(journal_dir, Preferences(discreet=True))
    main = MainWindow(journal_dir)
    qtbot.addWidget(main)
    assert "Journal" not in main.windowTitle()


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


def test_mismatched_passphrases_are_caught_before_anything_is_written(
    window: MainWindow, tmp_path: Path
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
    view.passphrase.setText("Zq!7")
    view.repeat.setText("Zq!7")
    view.create_button.click()
    view.create_button.click()  # past the strength question
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    assert "at least 8" in view.message.text()
    assert view.create_button.isEnabled()
    assert not (tmp_path / "journal").exists()


def test_an_existing_journal_opens_on_the_unlock_screen(qtbot: QtBot, journal_dir: Path) -> None:
    main = MainWindow(journal_dir)
    qtbot.addWidget(main)
    assert main.pages.currentWidget() is main.unlock_view


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (headers, corner and clear buttons, popups)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFrame, QHeaderView, QLineEdit

    return (
        isinstance(widget, QHeaderView)
        or widget.objectName().startswith("qt_")
        or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox, QLineEdit))
        or type(widget.parent()) is QFrame  # a combo box's popup list
    )


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    _open(qtbot, window)
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox, QPlainTextEdit)
    nameless = [
        widget
        for kind in (*kinds, QAbstractItemView)
        for widget in window.findChildren(kind)
        if not widget.accessibleName()
        and not getattr(widget, "text", lambda: "")()
        and not _qt_internal(widget)
    ]
    described = [
        f"{type(w).__name__} {w.objectName()} in {type(w.parent()).__name__}" for w in nameless
    ]
    assert described == []


def test_ctrl_l_locks_even_while_a_job_holds_the_window(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "journal.json"
    window.journal_view.exports.import_from(example)
    busy = window.journal_view.busy_dialog
    assert busy.isVisible()
    QTest.keyClick(busy, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_open
    assert not busy.isVisible()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    assert window.session.connection_closed()


def test_a_lock_whose_drafts_cannot_be_written_still_locks_and_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(qtbot, window)
    window.new_action.trigger()
    editor = window.journal_view.incidents.incident_editor
    editor.form.title.setText("Typed before the disk filled up")

    def full_disk(*_arguments: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(drafts, "keep_draft", full_disk)
    window.lock()
    assert not window.session.is_open
    assert window.session.connection_closed()
    assert editor.form.title.text() == ""
    assert window.pages.currentWidget() is window.unlock_view
    assert "could not be kept" in window.unlock_view.message.text()


def _damage_a_page_read_only_after_the_unlock(journal_dir: Path) -> None:
    """Flip a byte in the first page that the unlock does not read but the incident list
    does, as a tampered or decaying disk would."""
    from hrjournal.services import journal as journal_service

    database = journal_dir / "journal.db"
    original = database.read_bytes()
    page = 16384
    for number in range(1, len(original) // page):
        damaged = bytearray(original)
        damaged[number * page + page // 2] ^= 0xFF
        database.write_bytes(bytes(damaged))
        try:
            journal = journal_service.unlock(journal_dir, PASSPHRASE)
        except Exception:  # the unlock reads this page; try the next
            continue
        try:
            records.list_incidents(journal)
        except Exception:  # found one
            return
        finally:
            journal.close()
    pytest.fail("no page of this journal is read only after the unlock")


def test_a_damaged_journal_is_reported_and_left_locked(qtbot: QtBot, journal_dir: Path) -> None:
    from hrjournal.resources import find

    from hrjournal.services import interchange
    from hrjournal.services import journal as journal_service

    with journal_service.unlocked(journal_dir, PASSPHRASE) as journal:
        interchange.import_json(journal, Path(str(find("examples/journal.json"))))
    _damage_a_page_read_only_after_the_unlock(journal_dir)
    main = MainWindow(journal_dir)
    qtbot.addWidget(main)
    main.show()
    _unlock(qtbot, main, PASSPHRASE)
    assert not main.session.is_open
    assert main.session.connection_closed()
    assert main.pages.currentWidget() is main.unlock_view
    assert "damaged" in main.unlock_view.message.text()


def test_after_a_lock_ctrl_z_brings_nothing_back(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    _open(qtbot, window)
    window.new_action.trigger()
    form = window.journal_view.incidents.incident_editor.form
    type_text(form.title, "Secret title")
    form.description.setFocus()
    type_text(form.description, "Secret words")
    window.lock()
    assert [w for w in window.findChildren(QLineEdit) if w.isUndoAvailable()] == []
    assert [w for w in window.findChildren(QPlainTextEdit) if w.document().isUndoAvailable()] == []
