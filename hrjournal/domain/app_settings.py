"""How the app protects an open journal: auto-lock, lock on minimise, clipboard clearing,
how long exports are kept, and when to remind the user that a backup is due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

AUTO_LOCK_RANGE = (1, 120)  # minutes; never "off": an unlocked laptop left behind is the risk
CLIPBOARD_RANGE = (5, 300)  # seconds
EXPORT_EXPIRY_RANGE = (0, 3650)  # days; 0: exports are kept until deleted
BACKUP_REMINDER_RANGE = (0, 365)  # days; 0: never remind


@dataclass(frozen=True)
class AppSettings:
    auto_lock_minutes: int = 5
    lock_on_minimise: bool = False
    clipboard_seconds: int = 30
    export_expiry_days: int = 0
    backup_reminder_days: int = 30

    def problems(self) -> list[str]:
        found = []
        low, high = AUTO_LOCK_RANGE
        if not low <= self.auto_lock_minutes <= high:
            found.append(f"The journal must lock itself after {low} to {high} minutes idle.")
        low, high = CLIPBOARD_RANGE
        if not low <= self.clipboard_seconds <= high:
            found.append(f"Copied text must be cleared after {low} to {high} seconds.")
        low, high = EXPORT_EXPIRY_RANGE
        if not low <= self.export_expiry_days <= high:
            found.append(f"Exports can be deleted after 1 to {high} days, or never (0).")
        low, high = BACKUP_REMINDER_RANGE
        if not low <= self.backup_reminder_days <= high:
            found.append(f"The backup reminder can come after 1 to {high} days, or never (0).")
        return found


@dataclass(frozen=True)
class BackupDue:
    """A backup the user should make: `days_old` is the age of the newest one, in whole
    days, or None when there has never been one."""

    days_old: int | None


def backup_due(
    reminder_days: int, last_backup: str | None, now: dt.datetime, *, holds_records: bool
) -> BackupDue | None:
    """Whether to remind the user to back up: the newest backup (ISO UTC, as the export
    register keeps it) is older than `reminder_days`, or there is none and the journal holds
    something to lose. None when there is nothing to say, or the user chose never (0)."""
    if reminder_days <= 0:
        return None
    if last_backup is None:
        return BackupDue(None) if holds_records else None
    made = dt.datetime.fromisoformat(last_backup.replace("Z", "+00:00"))
    if made.tzinfo is None:
        made = made.replace(tzinfo=dt.UTC)
    age = now - made
    if age <= dt.timedelta(days=reminder_days):
        return None
    return BackupDue(age.days)
