"""The encrypted half of the export register: what each export is, when it was made, how big
it is and its SHA-256 (the plain half, vault/register.py, holds only the paths)."""

from __future__ import annotations

from dataclasses import dataclass

from hrjournal.store.transactions import transaction
from hrjournal.vault.database import Connection


@dataclass(frozen=True)
class ExportRecord:
    id: int
    path: str
    kind: str  # incident, incidents, plan, contacts or json
    profile: str | None  # full or share; None for a JSON export
    protected: bool  # encrypted with a password
    title: str
    created_at: str
    size: int
    sha256: str | None  # None for a JSON export (a file and a folder)


_COLUMNS = "id, path, kind, profile, protected, title, created_at, size, sha256"


def record_export(
    connection: Connection,
    *,
    path: str,
    kind: str,
    profile: str | None,
    protected: bool,
    title: str,
    created_at: str,
    size: int,
    sha256: str | None,
) -> ExportRecord:
    with transaction(connection):
        connection.execute("DELETE FROM exports WHERE path = ?", (path,))
        cursor = connection.execute(
            "INSERT INTO exports (path, kind, profile, protected, title, created_at, size, sha256)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (path, kind, profile, int(protected), title, created_at, size, sha256),
        )
    return ExportRecord(
        int(cursor.lastrowid or 0), path, kind, profile, protected, title, created_at, size, sha256
    )


def _record(row: tuple[object, ...]) -> ExportRecord:
    number, path, kind, profile, protected, title, created_at, size, sha256 = row
    return ExportRecord(
        int(number),  # type: ignore[call-overload]
        str(path),
        str(kind),
        None if profile is None else str(profile),
        bool(protected),
        str(title),
        str(created_at),
        int(size),  # type: ignore[call-overload]
        None if sha256 is None else str(sha256),
    )


def list_exports(connection: Connection) -> list[ExportRecord]:
    """Every recorded export, newest first."""
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM exports ORDER BY created_at DESC, id DESC"  # noqa: S608
    ).fetchall()
    return [_record(row) for row in rows]


def get_export(connection: Connection, number: int) -> ExportRecord | None:
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM exports WHERE id = ?",  # noqa: S608
        (number,),
    ).fetchone()
    return None if row is None else _record(row)


def forget_exports(connection: Connection, numbers: list[int]) -> None:
    with transaction(connection):
        connection.executemany("DELETE FROM exports WHERE id = ?", [(n,) for n in numbers])
