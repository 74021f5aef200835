"""Copying a value out of the journal: marked so clipboard history keeps no copy of it, and
cleared after a delay if it is still what the clipboard holds (never the user's own later
copies). Locking clears it at once.

This covers the Copy buttons and every ordinary Ctrl+C in the app alike: any copy made while
one of our windows has the focus is taken over, marked and timed. On X11, text merely selected
is offered to other programs too (the "primary selection", pasted with a middle click); a lock
clears that as well.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

# Hints that clipboard managers honour: KDE Klipper and others on Linux, Windows' clipboard
# history and cloud clipboard, and macOS tools following nspasteboard.org.
_PRIVATE_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    "org.nspasteboard.ConcealedType": b"",
    "org.nspasteboard.TransientType": b"",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_after_seconds = 30
        self._ours: bytes | None = None  # a digest: the guard keeps no copy of the value
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_ours)
        self._copying = False
        QGuiApplication.clipboard().dataChanged.connect(self._on_changed)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for name, value in _PRIVATE_HINTS.items():
            data.setData(name, value)
        self._copying = True
        try:
            QGuiApplication.clipboard().setMimeData(data)
        finally:
            self._copying = False
        self._ours = _digest(text)
        self._timer.start(self.clear_after_seconds * 1000)

    def _on_changed(self) -> None:
        if self._copying:
            return
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        ours = clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None
        if ours and text and _digest(text) != self._ours:
            self.copy(text)  # an ordinary Ctrl+C in one of our windows

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(QGuiApplication.clipboard().text()) == self._ours

    def clear_ours(self) -> None:
        """Empty the clipboard if it still holds what we put there, and drop our selection."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self.holds_ours():
            clipboard.clear()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._ours = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
