"""A practice wipe: what a panic wipe would destroy, and how long it would take. It destroys
nothing; knowing beforehand what the button does is what lets someone press it in time.

Measuring the disk's speed writes and removes a small test file, so it runs off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrjournal.services import panic
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.jobs import ProgressCallback, run_job

Found = tuple[panic.Rehearsal, float | None]


class WipeRehearsal(QDialog):
    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exclude_from_capture(self)  # export file names can say what they are about
        self._directory = directory
        self._looking = False
        self.setWindowTitle(self.tr("Practise a wipe"))
        self.setAccessibleName(self.tr("Practise a wipe"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "This is only a practice: nothing is destroyed. A real panic wipe would "
                "destroy the following."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What a panic wipe would destroy"))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the practice"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def start(self) -> None:
        """Show the dialog and look at the files (a second at most)."""
        self.details.setPlainText(self.tr("Looking at the journal's files…"))
        self.open()
        if self._looking:
            return
        self._looking = True
        directory = self._directory

        def work(_progress: ProgressCallback) -> Found:
            rehearsal = panic.rehearse(directory)
            return rehearsal, panic.estimated_seconds(directory, rehearsal)

        run_job(work, self._on_found, self._on_failed)

    def _on_found(self, found: Found) -> None:
        self._looking = False
        if self.isVisible():  # closed meanwhile, by the lock perhaps: shown to no one
            self.details.setPlainText("\n".join(self.lines(*found)))

    def _on_failed(self, sentence: str) -> None:
        self._looking = False
        if self.isVisible():
            self.details.setPlainText(sentence)

    def lines(self, rehearsal: panic.Rehearsal, seconds: float | None) -> list[str]:
        locale = QLocale()
        lines = [
            self.tr(
                "First the journal's key: from that moment nothing of the journal can be "
                "opened, not even with the passphrase or the recovery secret."
            )
        ]
        if rehearsal.keyring_entry:
            lines.append(
                self.tr(
                    "Then the secret in the system keyring that ties the journal to this computer."
                )
            )
        lines.append(self.tr("Then the exported files (%n):", "", len(rehearsal.exports)))
        for path, size in rehearsal.exports:
            shown = locale.formattedDataSize(size) if size is not None else self.tr("already gone")
            lines.append(f"    {path} ({shown})")
        lines.append(
            self.tr("Then the journal's own files (%n):", "", len(rehearsal.journal_files))
        )
        for path, size in rehearsal.journal_files:
            lines.append(f"    {path} ({locale.formattedDataSize(size)})")
        if rehearsal.refused:
            lines.append(
                self.tr(
                    "It would leave these alone, although the export register names them (%n):",
                    "",
                    len(rehearsal.refused),
                )
            )
            lines += [f"    {path} ({reason})" for path, reason in rehearsal.refused]
        lines.append(
            self.tr("In all: %1.").replace("%1", locale.formattedDataSize(rehearsal.total_bytes))
        )
        if seconds is None:
            lines.append(self.tr("How long the rest would take could not be measured here."))
        else:
            lines.append(
                self.tr(
                    "Destroying the key takes well under a second; everything would be gone "
                    "in about %1 seconds."
                ).replace("%1", locale.toString(max(seconds, 0.1), "f", 1))
            )
        return lines

    def done(self, result: int) -> None:
        self.details.clear()  # export names are not left in a hidden window
        super().done(result)
