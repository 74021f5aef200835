"""The one way the app runs work off the UI thread.

Key derivation takes about a second on purpose, and later exports and imports take longer; a
frozen window looks like a crash to someone under stress. `run_job` runs a service call on the
thread pool and hands its result, its error or its progress back on the UI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hrjournal.errors import JournalError

ProgressCallback = Callable[[int, int], None]


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
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
    def _report(signal: Any, value: Any) -> None:
        # RuntimeError: the application is shutting down and no one is listening any more.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_running: set[_Relay] = set()


def run_job(
    work: Callable[[ProgressCallback], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run `work(progress)` off the UI thread; the callbacks run on the UI thread."""
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.succeeded.connect(lambda result: finish(on_success, result))
    relay.failed.connect(lambda message: finish(on_failure, message))
    if on_progress is not None:
        relay.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(_Runnable(work, relay))


def jobs_running() -> int:
    return len(_running)
