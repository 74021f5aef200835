"""Lock the journal after a while without keyboard or mouse use.

Watches the input arriving at each of the application's windows and dialogs. It watches the
windows rather than the whole application on purpose: an application-wide filter would run
Python for every event of every widget (hundreds per repaint), and while a job holds the
interpreter each of those calls waits its turn, which froze the window for 100 ms at the start
of an import. Time comes from a clock that tests replace, so auto-lock is checked without
waiting minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._delay_seconds = 5 * 60.0
        self._last_activity = clock()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing twice keeps one filter

    def start(self, minutes: float) -> None:
        """Begin watching (the journal has just been opened)."""
        self._delay_seconds = minutes * 60.0
        self._last_activity = self._clock()
        self._active = True
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def set_delay(self, minutes: float) -> None:
        self._delay_seconds = minutes * 60.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY:
            self._last_activity = self._clock()
        return False

    def check(self) -> None:
        if self._active and self._clock() - self._last_activity >= self._delay_seconds:
            self.stop()
            self.idle.emit()

    @property
    def active(self) -> bool:
        return self._active
