"""Copying a value out of the journal: marked so clipboard history keeps no copy of it, and
cleared after a delay if it is still what the clipboard holds (never the user's own later
copies). Locking clears it at once."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

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

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for name, value in _PRIVATE_HINTS.items():
            data.setData(name, value)
        QGuiApplication.clipboard().setMimeData(data)
        self._ours = _digest(text)
        self._timer.start(self.clear_after_seconds * 1000)

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(QGuiApplication.clipboard().text()) == self._ours

    def clear_ours(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._ours = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
