"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from hrjournal import __version__
from hrjournal.ui.main_window import MainWindow


def make_application(arguments: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(arguments if arguments is not None else sys.argv[:1])
    app.setApplicationName("HR Journal")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("hrjournal")
    return app


def run_app(directory: Path) -> int:
    app = make_application()
    window = MainWindow(directory)
    window.show()
    return app.exec()
