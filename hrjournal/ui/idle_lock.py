"""Lock the journal after a while without keyboard or mouse use.

Watches input for the whole application (every window and dialog). Time comes from a clock
that tests replace, so auto-lock is checked without waiting minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

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
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, minutes: float) -> None:
        """Begin watching (the journal has just been opened)."""
        self._delay_seconds = minutes * 60.0
        self._last_activity = self._clock()
        self._active = True
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
