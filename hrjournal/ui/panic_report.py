"""What the panic wipe did, in plain words, with one way out: Close, which ends the program.

It shows while the wipe runs too, and cannot be closed before the wipe is over, so the program
never ends half-way through one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.services.panic import Step, WipeReport
from hrjournal.ui.translation import fill


class WipeReportWindow(QDialog):
    """Rejected (finished) when the user closes it, once the wipe is over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_wiping = False
        self.setWindowTitle(self.tr("Panic wipe"))
        self.setAccessibleName(self.tr("Panic wipe report"))
        self.resize(560, 320)

        self.heading = QLabel(self.tr("Wiping the journal…"), self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Wipe status"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Wipe progress"))
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What the wipe did"))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.report.hide()
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close HR Journal"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def advance(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, int(done * 1000 / total)))

    def show_report(self, report: WipeReport) -> None:
        if report.failures:
            heading = self.tr(
                "The wipe is over, but some files could not be destroyed: they are listed below."
            )
        elif report.key_destroyed_at is None:
            heading = self.tr("There was no journal here to wipe.")
        else:
            heading = self.tr("The journal is wiped.")
        self._finish(heading, self._lines(report))

    def _lines(self, report: WipeReport) -> list[str]:
        """What the wipe did, in the language of the screens (the command line prints
        `report.lines()`). Counts are written "label: number", which every language can say
        without plural forms; why a file resisted, as `_problem` words it."""
        locale = self.locale()
        lines = []
        if report.key_destroyed_at is not None:
            lines.append(
                self.tr(
                    "The journal's key was destroyed after %1 s: the journal can no longer be "
                    "opened, not even with the passphrase or the recovery secret."
                ).replace("%1", locale.toString(report.key_destroyed_at, "f", 2))
            )
        elif any(step.what == "key header" for step in report.failures):
            lines.append(
                self.tr(
                    "The journal's key could not be destroyed (see below): the journal can still "
                    "be opened with the passphrase."
                )
            )
        else:
            lines.append(self.tr("There was no key header to destroy here."))
        exports = [step for step in report.steps if step.what == "export"]
        if exports:
            done = sum(1 for step in exports if step.done)
            lines.append(
                fill(
                    self.tr("Exported files destroyed: %1 of %2."),
                    locale.toString(done),
                    locale.toString(len(exports)),
                )
            )
        files = [s for s in report.steps if s.what == "journal file" and s.done]
        if files:
            lines.append(
                self.tr("Files of the journal destroyed: %1.").replace(
                    "%1", locale.toString(len(files))
                )
            )
        lines += [
            fill(self.tr("Could not destroy %1: %2."), step.path, self._problem(step))
            for step in report.failures
        ]
        lines.append(
            self.tr("The wipe took %1 s.").replace("%1", locale.toString(report.seconds, "f", 1))
        )
        return lines

    def _problem(self, step: Step) -> str:
        """Why a file resisted, in the user's language where the reason is a common one; in
        the system's own words otherwise."""
        words = {
            "EACCES": self.tr("permission denied"),
            "EPERM": self.tr("permission denied"),
            "EROFS": self.tr("the disk is read-only"),
            "EBUSY": self.tr("the file is in use"),
            "ETXTBSY": self.tr("the file is in use"),
            "EIO": self.tr("the disk reported an error"),
            "ENOSPC": self.tr("the disk is full"),
            "not_an_export_folder": self.tr("not destroyed: a folder that is not an export's"),
            "another_users_file": self.tr("not destroyed: a file that belongs to another user"),
        }
        return words.get(step.code, step.problem)

    def show_failure(self, sentence: str) -> None:
        self._finish(self.tr("The wipe could not finish."), [sentence])

    def _finish(self, heading: str, lines: list[str]) -> None:
        self.done_wiping = True
        self.heading.setText(heading)
        self.bar.hide()
        self.report.setPlainText("\n".join(lines))
        self.report.show()
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.done_wiping:  # Esc, the window's own close button and Close all end here
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.done_wiping:
            event.ignore()
            return
        super().closeEvent(event)
