"""Where a journal's files are. Knowing the names needs no key and no heavy import, so the
panic wipe can find everything with the app closed and the passphrase unknown."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "journal.db"
HEADER_NAME = "journal.header"
PREFERENCES_NAME = "preferences.json"
EXPORT_REGISTER_NAME = "exports.register"
# A journal is built in ".<folder name>.creating-<id>" beside its folder, then renamed.
STAGING_MARK = ".creating-"


@dataclass(frozen=True)
class JournalFiles:
    directory: Path

    @property
    def database(self) -> Path:
        return self.directory / DATABASE_NAME

    @property
    def header(self) -> Path:
        return self.directory / HEADER_NAME

    @property
    def preferences(self) -> Path:
        """The app's language and discreet-mode choice: needed before unlock, so not encrypted,
        and holding nothing of the journal's content."""
        return self.directory / PREFERENCES_NAME

    @property
    def export_register(self) -> Path:
        """Where every export was written (vault/register.py), readable with the journal locked."""
        return self.directory / EXPORT_REGISTER_NAME

    @property
    def wipe_marker(self) -> Path:
        """Present from the moment a panic wipe starts until it has finished (wipe/panic.py)."""
        return self.directory / "wipe.pending"

    @property
    def database_companions(self) -> tuple[Path, ...]:
        """SQLite's write-ahead log and shared-memory index, present while the journal is open."""
        return (
            self.directory / (DATABASE_NAME + "-wal"),
            self.directory / (DATABASE_NAME + "-shm"),
        )

    def all_files(self) -> tuple[Path, ...]:
        return (self.header, self.database, *self.database_companions)

    def staging_leftovers(self) -> list[Path]:
        """Folders an interrupted creation left beside the journal (each holds a new, empty
        journal of its own)."""
        pattern = f".{self.directory.name}{STAGING_MARK}*"
        try:
            return sorted(p for p in self.directory.parent.glob(pattern) if p.is_dir())
        except OSError:
            return []

    def any_exist(self) -> bool:
        """Whether any file of a journal, or of the remains of one, is here."""
        return any(path.exists() for path in self.all_files())
