"""The self-test's window step: the app's window opens on this computer's screen, in every
language shipped, right to left where the language is written so."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from hrjournal.ui.app import make_application
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.translation import available_languages, install_language

_SHOWN_WITHIN_S = 10.0


def _show_and_close(app: QApplication, folder: Path, code: str) -> tuple[int, int]:
    window = MainWindow(folder / "journal", ask_language=False, language=code)
    try:
        window.show()
        deadline = time.monotonic() + _SHOWN_WITHIN_S
        while not window.isVisible() or window.windowHandle() is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"the window did not appear within {_SHOWN_WITHIN_S:.0f} s")
            app.processEvents()
        app.processEvents()
        return window.width(), window.height()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _check_there_is_a_screen() -> None:
    """Qt ends the program when it finds no screen; say why first, where we can tell."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise AssertionError(
            "there is no screen to open it on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "run the self-test from a terminal on the desktop"
        )


@contextmanager
def _quiet_offscreen_notes() -> Iterator[None]:
    """The offscreen screen (used where there is no display, as in a build) warns that it
    cannot pass size hints on; that says nothing about this computer."""

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(f"{message}\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def open_window() -> str:
    """Open the first-run window in each language and close it; what was seen."""
    _check_there_is_a_screen()
    with _quiet_offscreen_notes():
        return _open_in_every_language(make_application())


def _open_in_every_language(app: QApplication) -> str:
    shown: list[str] = []
    with tempfile.TemporaryDirectory(prefix="hrjournal-self-test-") as work:
        folder = Path(work)
        for code, _name in available_languages():
            used = install_language(app, code)
            if used != code:
                raise AssertionError(f"the {code} translation did not load")
            right_to_left = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
            width, height = _show_and_close(app, folder, code)
            shown.append(f"{code}{' (right to left)' if right_to_left else ''}")
        if any(folder.iterdir()):
            raise AssertionError("opening the window wrote files")
        install_language(app, "en")
    return f"{app.platformName()} screen, {width}×{height} window; opened in {', '.join(shown)}"
