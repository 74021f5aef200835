"""Regenerate the README screenshots from the real windows, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py

Creating the journal calibrates Argon2id for real, so this takes a few seconds.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool

from hrjournal.ui.app import make_application
from hrjournal.ui.main_window import MainWindow

OUT = Path(__file__).parent / "screenshots"


def settle() -> None:
    QThreadPool.globalInstance().waitForDone()
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> None:
    make_application()
    with tempfile.TemporaryDirectory() as scratch:
        window = MainWindow(Path(scratch) / "journal")
        window.resize(620, 460)
        window.show()
        window.create_view.passphrase.setText("three unrelated words")
        window.create_view.repeat.setText("three unrelated words")
        settle()
        window.grab().save(str(OUT / "create.png"))
        window.create_view.create_journal()
        settle()
        window.grab().save(str(OUT / "recovery.png"))
        window.close()


if __name__ == "__main__":
    main()
