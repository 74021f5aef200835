"""Backup and restore as the command line and the app use them (vault/backup.py has the file
format). A backup written from the journal goes into the export register like any export:
the panic wipe destroys the ones it can reach."""

from __future__ import annotations

from pathlib import Path

from hrjournal.services import exports
from hrjournal.services.journal import unlocked
from hrjournal.store.exports import ExportRecord
from hrjournal.vault import backup as vault_backup

__all__ = ["last_backup", "make_backup", "restore_backup", "verify_backup"]


def make_backup(
    directory: Path, secret: str, target: Path, backup_passphrase: str | None = None
) -> ExportRecord:
    with unlocked(directory, secret) as journal:
        target = exports.check_target(journal, target, replace=False)
        exports.register_path(journal, target)
        try:
            made = vault_backup.create_backup(directory, secret, target, backup_passphrase)
        except BaseException:
            exports.unregister_path(journal, target)
            raise
        return exports.record_export(
            journal, target, kind="backup", title=f"Backup {target.name}", size=made.size,
            protected=True,
        )  # fmt: skip


def verify_backup(path: Path, secret: str) -> None:
    vault_backup.verify_backup(path, secret)


def restore_backup(path: Path, secret: str, directory: Path, new_passphrase: str) -> str:
    """The new journal's recovery secret."""
    return vault_backup.restore_backup(path, secret, directory, new_passphrase)


def last_backup(records: list[ExportRecord]) -> str | None:
    """When the newest backup was made (ISO UTC), for the reminder; None if never."""
    times = [r.created_at for r in records if r.kind == "backup"]
    return max(times) if times else None
