"""Choosing a file leaves no trace of the folder or the file in the user's settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hrjournal.ui import file_dialogs


def _answer_with(path: Path) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setDirectory(str(path.parent))  # what Qt would remember as "last visited"
        dialog.selectFile(path.name)
        # done() rather than accept(): accept() waits for the folder listing, which an
        # offscreen test never lets finish; the choice itself is not what is tested here.
        dialog.done(QFileDialog.DialogCode.Accepted)

    QTimer.singleShot(20, answer)


def _settings_text() -> str:
    name = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    return Path(name).read_text() if Path(name).exists() else ""


def test_opening_evidence_leaves_no_trace_in_qt_settings(
    qtbot: QtBot, tmp_path: Path, private_home: Path
) -> None:
    folder = tmp_path / "evidence-from-the-raid"
    folder.mkdir()
    chosen = folder / "photo.jpg"
    chosen.write_bytes(b"\xff\xd8")
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer_with(chosen)
    file_dialogs.open_files(parent, "Add evidence")
    assert "evidence-from-the-raid" not in _settings_text()
    assert not list(private_home.rglob("recently-used.xbel"))


def test_saving_puts_back_what_other_programs_kept(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/lastVisited", "file:///home/someone/Pictures")
    settings.sync()
    target = tmp_path / "copy-for-the-lawyer.pdf"
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer_with(target)
    file_dialogs.save_file(parent, "Save a copy", str(target))
    text = _settings_text()
    assert "copy-for-the-lawyer" not in text
    assert str(tmp_path) not in text
    assert "/home/someone/Pictures" in text


def test_the_app_writes_no_qt_settings_at_all(
    qtbot: QtBot, tmp_path: Path, private_home: Path
) -> None:
    """Not even for the moment between the dialog closing and the settings being put back."""
    folder = tmp_path / "evidence-from-the-raid"
    folder.mkdir()
    file_dialogs.keep_qt_settings_off_disk()
    try:
        # Qt's settings file now lies where no folder can be made, so Qt cannot write it.
        settings_file = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
        assert not os.path.isdir(os.path.dirname(settings_file))
        parent = QWidget()
        qtbot.addWidget(parent)
        _answer_with(folder / "photo.jpg")
        file_dialogs.open_files(parent, "Add evidence")
        written = [p for p in private_home.rglob("*") if p.is_file()]
        assert written == []
    finally:
        home = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.GenericConfigLocation
        )
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, home)
