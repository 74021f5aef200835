"""The journal's protection settings, kept inside the encrypted journal."""

from __future__ import annotations

from hrjournal.domain.app_settings import AppSettings
from hrjournal.errors import InputRejected
from hrjournal.store import settings
from hrjournal.store.transactions import transaction
from hrjournal.vault.journal import UnlockedJournal

__all__ = ["AppSettings", "app_settings", "save_app_settings"]


def app_settings(journal: UnlockedJournal) -> AppSettings:
    connection = journal.connection
    return AppSettings(
        auto_lock_minutes=int(settings.get_setting(connection, settings.AUTO_LOCK_MINUTES)),
        lock_on_minimise=settings.get_setting(connection, settings.LOCK_ON_MINIMISE) == "1",
        clipboard_seconds=int(settings.get_setting(connection, settings.CLIPBOARD_SECONDS)),
        export_expiry_days=int(settings.get_setting(connection, settings.EXPORT_EXPIRY_DAYS)),
        backup_reminder_days=int(settings.get_setting(connection, settings.BACKUP_REMINDER_DAYS)),
    )


def save_app_settings(journal: UnlockedJournal, chosen: AppSettings) -> None:
    problems = chosen.problems()
    if problems:
        raise InputRejected(problems[0])
    connection = journal.connection
    with transaction(connection):
        settings.set_setting(connection, settings.AUTO_LOCK_MINUTES, str(chosen.auto_lock_minutes))
        settings.set_setting(
            connection, settings.LOCK_ON_MINIMISE, "1" if chosen.lock_on_minimise else "0"
        )
        settings.set_setting(connection, settings.CLIPBOARD_SECONDS, str(chosen.clipboard_seconds))
        settings.set_setting(
            connection, settings.EXPORT_EXPIRY_DAYS, str(chosen.export_expiry_days)
        )
        settings.set_setting(
            connection, settings.BACKUP_REMINDER_DAYS, str(chosen.backup_reminder_days)
        )
