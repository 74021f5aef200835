"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from hrjournal import APP_ID, __version__
from hrjournal.resources import font, font_names
from hrjournal.services import journal as journal_service
from hrjournal.services.preferences import load_preferences
from hrjournal.ui.file_dialogs import keep_qt_settings_off_disk
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.translation import install_language


def make_application(arguments: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Jobs run Python on a worker thread; the window needs the interpreter for each of its
    # own callbacks, and waits up to one switch interval for every one of them. The default
    # 5 ms let the first moments of an import freeze the window for 100 ms; 1 ms keeps the
    # longest stall near 30 ms at no measurable cost to the import (benchmarks/startup.py).
    sys.setswitchinterval(0.001)
    app = QApplication(arguments if arguments is not None else sys.argv[:1])
    app.setApplicationName("HR Journal")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    keep_qt_settings_off_disk()
    add_bundled_fonts()
    return app


def add_bundled_fonts() -> None:
    """The fonts the PDFs embed, offered to Qt too: a borrowed laptop may have no font for
    Arabic, Burmese or Chinese, and Qt then draws boxes. About 10 ms when they were read ahead
    (`preload_fonts`, as `hrjournal` does), 55 ms otherwise."""
    for name in font_names():  # from memory: no temporary copy, whatever the package
        QFontDatabase.addApplicationFontFromData(QByteArray(font(name)))


class _Windows:
    """Keeps the current window; choosing a language on first run rebuilds it translated."""

    def __init__(self, app: QApplication, directory: Path) -> None:
        self.app = app
        self.directory = directory
        chosen = load_preferences(directory).language
        self.language = install_language(app, chosen)
        first_run = not journal_service.journal_exists(directory)
        self.window = self._build(ask_language=first_run)

    def _build(self, *, ask_language: bool) -> MainWindow:
        window = MainWindow(self.directory, ask_language=ask_language, language=self.language)
        window.language_chosen.connect(self._on_language_chosen)
        window.show()
        return window

    def _on_language_chosen(self, code: str) -> None:
        self.language = install_language(self.app, code)
        old = self.window
        self.window = self._build(ask_language=False)
        self.window.setGeometry(old.geometry())
        old.hide()
        old.deleteLater()


def _fail_closed_on_surprises(windows: _Windows) -> None:
    """An exception no view caught (a damaged page found while scrolling, a bug) locks the
    journal and is told in one sentence; the standard error gets its type, never content."""

    def report(kind: type[BaseException], error: BaseException, _trace: object) -> None:
        sys.stderr.write(f"HR Journal: unexpected {kind.__name__}; the journal was locked.\n")
        windows.window.fail_closed(error)

    sys.excepthook = report


def run_app(directory: Path) -> int:
    app = make_application()
    windows = _Windows(app, directory)
    _fail_closed_on_surprises(windows)
    code = app.exec()
    del windows
    return code
