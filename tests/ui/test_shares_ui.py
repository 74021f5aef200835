"""Recovery shares through the real window offscreen: share cards made from Settings for the
contacts chosen, and, on the unlock screen, a new passphrase set with enough of the shares
(and refused, in a sentence, with too few)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from hrjournal.errors import WrongPassphrase
from hrjournal.services import exports
from hrjournal.services import journal as journal_service
from hrjournal.services.preferences import Preferences, save_preferences
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.share_cards_dialog import ShareCardsDialog
from hrjournal.ui.shares_recovery_dialog import SharesRecoveryDialog
from hrjournal.vault import shares as vault_shares
from tests.support.journals import PASSPHRASE

NEW_PASSPHRASE = "seven quiet herons at dawn"
KEEPERS = 3  # the example journal's contacts


def _answer_folder_dialog(folder: Path) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setDirectory(str(folder))
        # done() rather than accept(): accept() waits for a folder listing offscreen.
        dialog.done(QFileDialog.DialogCode.Accepted)

    QTimer.singleShot(20, answer)


def _window(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory)
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(qtbot: QtBot, window: MainWindow, secret: str = PASSPHRASE) -> None:
    window.unlock_view.passphrase.setText(secret)
    window.unlock_view.unlock()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)


def _share_dialog(qtbot: QtBot, window: MainWindow) -> ShareCardsDialog:
    _unlock(qtbot, window)
    assert window.session.is_open
    view = window.journal_view
    assert view.go_to(view.settings)
    view.settings.share_button.click()
    dialog = view.settings.share_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _check_all(dialog: ShareCardsDialog) -> None:
    for row in range(dialog.keepers.count()):
        dialog.keepers.item(row).setCheckState(Qt.CheckState.Checked)


def test_three_cards_for_three_contacts_any_two_of_which_rebuild_the_secret(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, example_dir)
    dialog = _share_dialog(qtbot, window)
    assert dialog.keepers.count() == KEEPERS
    assert "stops working" in dialog.warning.text()
    assert dialog.language.currentData() == "en"  # the app's own language
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "en", "ar", "es", "fa", "fr", "ru",
    ]  # fmt: skip
    assert not dialog.threshold.isEnabled()  # nobody chosen yet

    dialog.current.setText(PASSPHRASE)
    dialog.keepers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.make_button.click()
    assert dialog.message.text() == "Check at least two contacts to keep the cards."
    assert jobs_running() == 0

    _check_all(dialog)
    assert (dialog.threshold.minimum(), dialog.threshold.maximum()) == (2, KEEPERS)
    assert dialog.threshold.value() == 2  # a majority of three
    assert "any 2 of them rebuild it" in dialog.warning.text()
    dialog.threshold.setValue(3)
    assert "any 3 of them rebuild it" in dialog.warning.text()
    dialog.threshold.setValue(2)

    out = tmp_path / "cards"
    out.mkdir()
    _answer_folder_dialog(out)
    dialog.folder_button.click()
    assert dialog.folder.text() == str(out)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: not dialog.working and jobs_running() == 0, timeout=60000)

    assert not dialog.isVisible()
    assert dialog.keepers.count() == 0  # the names go with the dialog
    assert sorted(p.name for p in out.iterdir()) == [
        f"share-{n}-of-3.pdf" for n in range(1, KEEPERS + 1)
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in out.iterdir())
    said = window.journal_view.settings.passphrase_message.text()
    assert said.startswith(f"The cards are in {out} (3 of them): print each one")
    assert "delete the files" in said
    listed = exports.list_exports(window.session.journal)
    assert sorted(Path(e.record.path).name for e in listed) == [
        f"share-{n}-of-3.pdf" for n in range(1, KEEPERS + 1)
    ]


def test_a_wrong_passphrase_makes_no_card(qtbot: QtBot, example_dir: Path, tmp_path: Path) -> None:
    window = _window(qtbot, example_dir)
    dialog = _share_dialog(qtbot, window)
    _check_all(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.current.setText("not my passphrase")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: not dialog.working and jobs_running() == 0, timeout=20000)
    assert dialog.isVisible()
    assert "passphrase" in dialog.message.text()
    assert dialog.current.text() == ""
    assert list(tmp_path.glob("share-*")) == []


def test_the_last_wrong_passphrase_allowed_ends_the_session(
    qtbot: QtBot, example_dir: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, example_dir)
    dialog = _share_dialog(qtbot, window)
    save_preferences(example_dir, Preferences(wipe_after_failed_unlocks=3, failed_unlocks=2))
    _check_all(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.current.setText("not the passphrase at all")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: window.panic.under_way, timeout=20000)
    qtbot.waitUntil(window.session.connection_closed, timeout=20000)
    qtbot.waitUntil(lambda: not example_dir.exists(), timeout=20000)
    assert list(tmp_path.glob("share-*")) == []
    assert window.panic.report is not None
    window.panic.report.hide()  # Close would quit the test run


def test_the_lock_closes_the_share_dialog_and_forgets_the_names(
    qtbot: QtBot, example_dir: Path
) -> None:
    window = _window(qtbot, example_dir)
    dialog = _share_dialog(qtbot, window)
    names = [dialog.keepers.item(row).text() for row in range(dialog.keepers.count())]
    assert names
    dialog.current.setText(PASSPHRASE)
    window.lock()
    assert not dialog.isVisible()
    assert dialog.current.text() == ""
    assert dialog.keepers.count() == 0


# -- the unlock screen ---------------------------------------------------------------------


def _shares_of_a_new_secret(directory: Path) -> list[str]:
    """Three shares, any two of which rebuild the journal's (new) recovery secret: what the
    cards print, without reading them back from the PDFs."""
    raw = vault_shares.renew_recovery_secret(directory, PASSPHRASE)
    return vault_shares.split(raw, 2, 3)


def _recovery_dialog(window: MainWindow) -> SharesRecoveryDialog:
    window.unlock_view.shares_button.click()
    dialog = window.unlock_view.shares_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _type_shares(dialog: SharesRecoveryDialog, mnemonics: list[str]) -> None:
    while len(dialog.shares) < len(mnemonics):
        dialog.add_button.click()
    for box, words in zip(dialog.shares, mnemonics, strict=False):
        box.setPlainText(words)


def test_two_shares_set_a_new_passphrase_that_unlocks(qtbot: QtBot, example_dir: Path) -> None:
    mnemonics = _shares_of_a_new_secret(example_dir)
    window = _window(qtbot, example_dir)
    dialog = _recovery_dialog(window)
    assert len(dialog.shares) == 2
    _type_shares(dialog, [mnemonics[2], mnemonics[0]])  # any two, in any order
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.again.setText(NEW_PASSPHRASE)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: not dialog.working and jobs_running() == 0, timeout=20000)

    assert not dialog.isVisible()
    assert all(box.toPlainText() == "" for box in dialog.shares)
    assert window.pages.currentWidget() is window.unlock_view
    assert window.unlock_view.message.text().startswith(
        "The new passphrase is set; unlock with it now."
    )
    with pytest.raises(WrongPassphrase):
        journal_service.check_journal(example_dir, PASSPHRASE)
    _unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.session.is_open
    assert window.pages.currentWidget() is window.journal_page


def test_one_share_is_refused_in_a_sentence_and_changes_nothing(
    qtbot: QtBot, example_dir: Path
) -> None:
    mnemonics = _shares_of_a_new_secret(example_dir)
    window = _window(qtbot, example_dir)
    dialog = _recovery_dialog(window)
    _type_shares(dialog, [mnemonics[1]])
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.again.setText(NEW_PASSPHRASE)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: not dialog.working and jobs_running() == 0, timeout=20000)
    assert dialog.isVisible()
    assert dialog.message.text() == "2 of the shares are needed; 1 was given."
    assert dialog.shares[0].toPlainText() == mnemonics[1]  # kept, to be put right
    assert (dialog.new.text(), dialog.again.text()) == ("", "")
    journal_service.check_journal(example_dir, PASSPHRASE)  # the old passphrase still opens

    dialog.shares[0].setPlainText(mnemonics[1].replace(mnemonics[1].split()[5], "zzzz", 1))
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.again.setText(NEW_PASSPHRASE + " ")
    dialog.apply_button.click()
    assert dialog.message.text() == "The two new passphrases are not the same."
    dialog.reject()
    assert all(box.toPlainText() == "" for box in dialog.shares)
    assert not dialog.shares[0].document().isUndoAvailable()


def test_boxes_for_up_to_sixteen_shares_and_every_field_empty_again(
    qtbot: QtBot, example_dir: Path
) -> None:
    window = _window(qtbot, example_dir)
    dialog = _recovery_dialog(window)
    for _ in range(20):
        dialog.add_button.click()
    assert len(dialog.shares) == 16
    assert not dialog.add_button.isEnabled()
    assert dialog.shares[15].accessibleName() == "Share 16"
    dialog.shares[15].setPlainText("academic acid")
    dialog.new.setText(NEW_PASSPHRASE)

    # Ctrl+L (or the panic keys) over the dialog: nothing to lock, but it closes, empty.
    dialog.addAction(window.lock_action)  # as the window does for every dialog over it
    window.lock_action.trigger()
    assert not dialog.isVisible()
    assert dialog.new.text() == ""

    again = _recovery_dialog(window)
    assert again is dialog
    assert len(again.shares) == 2
    assert all(box.toPlainText() == "" for box in again.shares)
    assert again.add_button.isEnabled()
    again.reject()


def test_every_new_control_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, example_dir: Path
) -> None:
    window = _window(qtbot, example_dir)
    recovery = _recovery_dialog(window)
    recovery.add_button.click()
    assert window.unlock_view.shares_button.accessibleName()
    recovery_parts = [recovery]
    kinds = (QLineEdit, QAbstractButton, QAbstractSpinBox, QPlainTextEdit, QComboBox, QListWidget)

    def nameless(parts: list[object]) -> list[str]:
        return [
            f"{type(widget).__name__} in {type(part).__name__}"
            for part in parts
            for kind in kinds
            for widget in part.findChildren(kind)  # type: ignore[attr-defined]
            if not widget.accessibleName()
            and not getattr(widget, "text", lambda: "")()
            and not isinstance(widget.parent(), (QAbstractSpinBox, QLineEdit, QComboBox))
        ]

    assert nameless(recovery_parts) == []
    recovery.reject()

    cards = _share_dialog(qtbot, window)
    assert nameless([cards]) == []
    assert window.journal_view.settings.share_button.accessibleName()
    assert cards.accessibleName() == "Share the recovery secret with trusted contacts"
    cards.reject()
