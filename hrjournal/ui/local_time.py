"""Times as the journal keeps them (UTC) shown as the reader lives them (local time)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt


def local_time(utc: str | None) -> str:
    """`2025-03-05T14:30:00Z` as local time with seconds; evidence timelines need the second.
    Text that is not such a time is shown as it is rather than hidden."""
    if not utc:
        return ""
    moment = QDateTime.fromString(utc, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return utc
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")
