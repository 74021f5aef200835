"""The panic wipe from the running app: a countdown anyone can stop, then the lock, then the
wipe, then a plain report whose Close ends the program.

The wipe never runs while anything of the journal is open: the lock drops the key without
writing drafts (they would go into the journal being destroyed), and the wipe waits until
every running job, a key derivation or an export cancelled by the lock, has let go.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from hrjournal.services import panic
from hrjournal.services.preferences import load_preferences
from hrjournal.ui.jobs import ProgressCallback, jobs_running, run_job
from hrjournal.ui.panic_dialog import PanicCountdown
from hrjournal.ui.panic_report import WipeReportWindow

if TYPE_CHECKING:
    from hrjournal.ui.main_window import MainWindow

WAIT_MS = 10  # how often the wipe looks whether the last job has let go of the journal


class PanicWipe(QObject):
    def __init__(self, window: MainWindow, directory: Path) -> None:
        super().__init__(window)
        self._window = window
        self._directory = directory
        self.tick_ms = 1000  # tests make the countdown fast
        self.countdown: PanicCountdown | None = None
        self.report: WipeReportWindow | None = None
        self.under_way = False  # the wipe has begun: nothing more to start, the program ends

    def request(self) -> None:
        """The panic button or Ctrl+Shift+Del: count down, or wipe at once if so chosen."""
        if self.under_way or self.countdown is not None:
            return
        seconds = load_preferences(self._directory).panic_countdown
        if seconds <= 0:
            self.wipe()
            return
        countdown = PanicCountdown(seconds, self._window, tick_ms=self.tick_ms)
        countdown.accepted.connect(self.wipe)
        countdown.finished.connect(self._countdown_over)
        self.countdown = countdown
        countdown.show()

    def _countdown_over(self) -> None:
        countdown, self.countdown = self.countdown, None
        if countdown is not None:
            countdown.deleteLater()

    def wipe(self) -> None:
        if self.under_way:
            return
        self.under_way = True
        window = self._window
        window.lock(keep_drafts=False)  # when unlocking now, it closes as soon as it opens
        window.close_dialogs()
        report = self.report = WipeReportWindow()
        report.finished.connect(self._quit)
        report.show()
        window.hide()
        self._wipe_when_free()

    def _wipe_when_free(self) -> None:
        if jobs_running() or not self._window.session.connection_closed():
            QTimer.singleShot(WAIT_MS, self._wipe_when_free)
            return
        directory = self._directory
        assert self.report is not None

        def work(progress: ProgressCallback) -> panic.WipeReport | OSError:
            try:
                return panic.wipe_journal(directory, progress)
            except OSError as error:  # told in one sentence, like every other failure
                return error

        run_job(work, self._on_wiped, self._on_failed, self.report.advance)

    def _on_wiped(self, result: panic.WipeReport | OSError) -> None:
        if isinstance(result, OSError):
            reason = result.strerror or type(result).__name__
            self._on_failed(self.tr("The system refused (%1).").replace("%1", reason))
            return
        assert self.report is not None
        self.report.show_report(result)

    def _on_failed(self, sentence: str) -> None:
        assert self.report is not None
        self.report.show_failure(sentence)

    @staticmethod
    def _quit() -> None:
        QApplication.quit()
