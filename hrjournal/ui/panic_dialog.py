"""The last seconds before a panic wipe: anything the user does in them stops it.

A panic button pressed by mistake must cost nothing, so any key, any click, Esc or closing the
window cancels, and only a countdown left alone to the end goes on to the wipe. The tick is a
parameter so that tests need not wait whole seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

_HEADING_SCALE = 1.8


class PanicCountdown(QDialog):
    """Accepted when the countdown reaches zero; rejected by anything else."""

    def __init__(self, seconds: int, parent: QWidget | None = None, *, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.remaining = seconds
        self.setWindowTitle(self.tr("Panic wipe"))
        self.setAccessibleName(self.tr("Panic wipe countdown"))
        # Above whatever dialog was open when the shortcut was pressed, and nothing behind
        # it can start anything meanwhile.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * _HEADING_SCALE)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Time before the wipe"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(seconds, 1))
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Time before the wipe"))
        hint = QLabel(self.tr("Press any key or click to cancel."), self)
        hint.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel the wipe"), self)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(hint)
        layout.addWidget(self.cancel_button)

        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self.finished.connect(self._timer.stop)
        for watched in (self, *self.findChildren(QWidget)):
            watched.installEventFilter(self)
        self._show_remaining()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._timer.isActive() and self.remaining > 0:
            self._timer.start()
        self.cancel_button.setFocus()

    def _tick(self) -> None:
        self.remaining -= 1
        self._show_remaining()
        if self.remaining <= 0:
            self._timer.stop()
            self.accept()

    def _show_remaining(self) -> None:
        self.heading.setText(self.tr("Wiping the journal in %n…", "", max(self.remaining, 0)))
        self.progress.setValue(self.progress.maximum() - max(self.remaining, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            # Every key is ours while counting down, shortcuts too: Ctrl+Shift+Del pressed
            # again, or Ctrl+L, stops the wipe like any other key.
            event.accept()
            return True
        if kind == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.isAutoRepeat():
                return True  # the shortcut's own keys, still held down: not a new press
            self.reject()
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.reject()
            return True
        return super().eventFilter(watched, event)
