"""Choosing files without leaving a trail of where evidence came from or went.

The system's own dialogs add every file to "recent files" lists, and Qt's dialog writes the
last folder and a history into the user's Qt settings file when it closes. So the app always
uses Qt's dialog, with no history; where Qt's settings are files (Linux and the like), they
are pointed at a place that cannot exist, so nothing is written at all; elsewhere (the Windows
registry, macOS preferences) the settings are put back as they were right after the dialog.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "FileDialog"
_NOWHERE = "/dev/null/hrjournal-keeps-no-qt-settings"


def keep_qt_settings_off_disk() -> None:
    """Make Qt's own settings (file dialog history among them) unwritable for this process."""
    if sys.platform in {"win32", "darwin"}:
        return  # not files there; `_restore` covers them
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, _NOWHERE)


def _settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _snapshot() -> tuple[bool, dict[str, Any]]:
    settings = _settings()
    existed = os.path.exists(settings.fileName())  # False, not an error, when unreachable
    settings.beginGroup(_GROUP)
    return existed, {key: settings.value(key) for key in settings.allKeys()}


def _restore(existed: bool, before: dict[str, Any]) -> None:
    settings = _settings()
    settings.remove(_GROUP)
    settings.beginGroup(_GROUP)
    for key, value in before.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()
    if not existed and not settings.allKeys() and os.path.exists(settings.fileName()):
        os.unlink(settings.fileName())


def _run(dialog: QFileDialog) -> list[Path]:
    existed, before = _snapshot()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = [Path(name) for name in dialog.selectedFiles()] if accepted else []
    finally:
        shiboken6.delete(dialog)  # it writes its settings as it goes...
        _restore(existed, before)  # ...and they are put back at once
    return chosen


def open_files(parent: QWidget, title: str, name_filter: str = "") -> list[Path]:
    dialog = QFileDialog(parent, title, "", name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def open_file(parent: QWidget, title: str, name_filter: str = "") -> Path | None:
    dialog = QFileDialog(parent, title, "", name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def save_file(
    parent: QWidget, title: str, suggested: str = "", name_filter: str = ""
) -> Path | None:
    """A new file's name; never offers to replace an existing file (callers refuse to)."""
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def choose_folder(parent: QWidget, title: str, start: str = "") -> Path | None:
    """An existing folder, where the program will write files of its own naming."""
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else None
