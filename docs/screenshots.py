"""Regenerate the README screenshots from the real windows, offscreen, with the fictional
example journal (resources/examples/journal.json).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py

Creating the journal calibrates Argon2id for real, so this takes a few seconds.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hrjournal.resources import find
from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool
from PySide6.QtWidgets import QApplication

from hrjournal.services import demo, interchange
from hrjournal.services import journal as journal_service
from hrjournal.services.reports import ReportKind, ReportRequest, export_report
from hrjournal.ui.app import make_application
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.panic_dialog import PanicCountdown
from hrjournal.ui.translation import install_language

OUT = Path(__file__).parent / "screenshots"
PASSPHRASE = "three unrelated words"  # noqa: S105 - a fictional journal


def settle() -> None:
    QThreadPool.globalInstance().waitForDone()
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def shoot(window: MainWindow, name: str) -> None:
    settle()
    window.grab().save(str(OUT / f"{name}.png"))


def first_run(folder: Path) -> None:
    window = MainWindow(folder / "journal", ask_language=True)
    window.resize(640, 480)
    window.show()
    shoot(window, "language")
    window.language_view.chosen.emit("en")
    window.create_view.passphrase.setText(PASSPHRASE)
    window.create_view.repeat.setText(PASSPHRASE)
    shoot(window, "create")
    window.create_view.create_journal()
    shoot(window, "recovery")
    window.close()


def open_journal(directory: Path) -> MainWindow:
    window = MainWindow(directory)
    window.resize(1180, 760)
    window.show()
    shoot(window, "unlock")
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    settle()
    return window


def the_journal(window: MainWindow, suffix: str = "") -> None:
    view = window.journal_view
    view.go_to(view.incidents)
    first = view.incidents.model.uid_at(0)
    assert first is not None
    view.incidents.open_record(first)
    shoot(window, f"incidents{suffix}")
    if suffix:
        return
    dialog = view.incidents.report_selected()
    assert dialog is not None
    settle()
    dialog.grab().save(str(OUT / "report.png"))
    dialog.close()
    view.incidents.incident_editor.form.setCurrentIndex(4)  # evidence
    shoot(window, "evidence")
    view.go_to(view.contacts)
    view.contacts.emergency_button.setChecked(True)
    shoot(window, "emergency")
    view.go_to(view.plans)
    view.plans.table.selectRow(0)
    editor = view.plans.plan_editor
    editor.parts.setCurrentRow(editor.parts.count() - 4)  # the risk register
    shoot(window, "safety-plan")
    view.go_to(view.patterns)
    shoot(window, "patterns")
    view.go_to(view.exports)
    shoot(window, "exports")
    view.go_to(view.settings)
    shoot(window, "settings")
    countdown = PanicCountdown(3, window, tick_ms=3_600_000)  # held at 3 for the picture
    countdown.show()
    settle()
    countdown.grab().save(str(OUT / "panic.png"))
    countdown.reject()


def main() -> None:
    app = make_application()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        first_run(folder)
        directory = folder / "journal"
        with journal_service.unlocked(directory, PASSPHRASE) as journal:
            interchange.import_json(journal, Path(str(find("examples/journal.json"))))
            summary = ReportRequest(ReportKind.INCIDENTS)
            export_report(journal, summary, folder / "incidents-summary.pdf")
        window = open_journal(directory)
        the_journal(window)
        window.lock()
        window.close()

        demo.create_demo(folder / "demo")
        window = MainWindow(folder / "demo")
        window.resize(1180, 760)
        window.show()
        window.unlock_view.passphrase.setText(demo.DEMO_PASSPHRASE)
        window.unlock_view.unlock()
        settle()
        view = window.journal_view
        view.go_to(view.incidents)
        shoot(window, "demo")
        view.go_to(view.help)
        shoot(window, "help")
        window.lock()
        window.close()

        install_language(app, "ar")  # right to left, set once for the whole application
        window = open_journal(directory)
        the_journal(window, "-ar")
        window.lock()
        window.close()
    QApplication.processEvents()
    sys.exit(0)


if __name__ == "__main__":
    main()
