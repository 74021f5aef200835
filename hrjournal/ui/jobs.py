"""The one way the app runs work off the UI thread.

Key derivation takes about a second on purpose, and imports, evidence intake and exports take
longer; a frozen window looks like a crash to someone under stress. `run_job` runs a service
call on the thread pool and hands its result, its error or its progress back on the UI thread.
A job can be cancelled: its next progress report then raises `JobCancelled` inside the work,
and services are all-or-nothing, so a cancelled job leaves the journal as it was.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hrjournal.errors import JournalError

ProgressCallback = Callable[[int, int], None]
PROGRESS_EVERY_SECONDS = 0.05


class JobCancelled(JournalError):
    """Raised inside a job's work when the user cancelled it."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)


class Job:
    """A handle on running work: cancel it, or ask whether it is still running."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self.finished = False

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], relay: _Relay, job: Job) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._job = job
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        if self._job.cancelled:
            raise JobCancelled
        # Services may report thousands of times a second; each report is a call queued for
        # the UI thread, and a flood of them would freeze the window they are meant to keep
        # alive. A bar moving 20 times a second looks the same.
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_EVERY_SECONDS or done >= total:
            self._last_report = now
            self._report(self._relay.progressed, done, total)

    def run(self) -> None:
        try:
            if self._job.cancelled:
                raise JobCancelled
            result = self._work(self._progress)
        except JournalError as error:
            self._report(self._relay.failed, str(error))
        except Exception as error:  # never a traceback in front of the user, never content
            self._report(
                self._relay.failed,
                f"HR Journal hit an internal error ({type(error).__name__}); please report it.",
            )
        else:
            self._report(self._relay.succeeded, result)

    @staticmethod
    def _report(signal: Any, *values: Any) -> None:
        # RuntimeError: the application is shutting down and no one is listening any more.
        with contextlib.suppress(RuntimeError):
            signal.emit(*values)


_running: dict[Job, _Relay] = {}


def run_job(
    work: Callable[[ProgressCallback], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
    *,
    job: Job | None = None,
) -> Job:
    """Run `work(progress)` off the UI thread; the callbacks run on the UI thread."""
    job = job or Job()
    relay = _Relay()
    _running[job] = relay

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.pop(job, None)
        job.finished = True
        callback(value)

    relay.succeeded.connect(lambda result: finish(on_success, result))
    relay.failed.connect(lambda message: finish(on_failure, message))
    if on_progress is not None:
        relay.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(_Runnable(work, relay, job))
    return job


def jobs_running() -> int:
    return len(_running)


def cancel_all_jobs() -> None:
    for job in list(_running):
        job.cancel()
