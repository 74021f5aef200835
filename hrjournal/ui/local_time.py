"""Times as the journal keeps them (UTC) shown as the reader lives them (local time)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt


def local_time(utc: str | None) -> str:
    """`2025-03-05T14:30:00Z` as local time with seconds (evidence timelines need the
    second), written the way the app's language writes dates, times and digits. Text that is
    not such a time is shown as it is rather than hidden."""
    if not utc:
        return ""
    moment = QDateTime.fromString(utc, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return utc
    locale = QLocale()  # the app's language (ui/translation.py sets the default)
    local = moment.toLocalTime()
    day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
    return f"{day} {locale.toString(local.time(), 'HH:mm:ss')}"
