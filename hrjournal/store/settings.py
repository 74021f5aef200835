"""Journal settings, kept inside the encrypted journal (never in a plain settings file)."""

from __future__ import annotations

from hrjournal.vault.database import Connection

ATTACHMENT_MAX_BYTES = "attachment_max_bytes"
AUTO_LOCK_MINUTES = "auto_lock_minutes"
LOCK_ON_MINIMISE = "lock_on_minimise"
CLIPBOARD_SECONDS = "clipboard_seconds"
EXPORT_EXPIRY_DAYS = "export_expiry_days"
BACKUP_REMINDER_DAYS = "backup_reminder_days"
TRAINING = "training"  # "1" in a demo journal: fictional data, marked on every document
DEFAULTS = {
    ATTACHMENT_MAX_BYTES: str(2 * 1024**3),
    AUTO_LOCK_MINUTES: "5",
    LOCK_ON_MINIMISE: "0",
    CLIPBOARD_SECONDS: "30",
    EXPORT_EXPIRY_DAYS: "0",
    BACKUP_REMINDER_DAYS: "30",
    TRAINING: "0",
}


def get_setting(connection: Connection, key: str) -> str:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else DEFAULTS[key]


def set_setting(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def attachment_limit(connection: Connection) -> int:
    return int(get_setting(connection, ATTACHMENT_MAX_BYTES))
