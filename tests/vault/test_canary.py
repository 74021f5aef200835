"""Nothing written through the vault reaches the disk in clear."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hrjournal.vault.journal import unlocked
from tests.support.journals import PASSPHRASE

CANARY = "CANARY-7f3a9-Защита-حماية-保护-☂"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def _clear_hits(directory: Path) -> list[str]:
    """Every (file, encoding) in which the canary can be read in clear."""
    hits = []
    for path in sorted(directory.iterdir()):
        data = path.read_bytes()
        hits += [f"{path.name} ({enc})" for enc in ENCODINGS if CANARY.encode(enc) in data]
        if b"CANARY-7f3a9" in data:  # a fragment is a leak too
            hits.append(f"{path.name} (fragment)")
    return hits


def _plain_headers(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.read_bytes().startswith(b"SQLite format 3")]


def _write_canaries(connection: object, count: int) -> None:
    connection.executemany(  # type: ignore[attr-defined]
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [(f"{CANARY} key {i}", f"{CANARY} value {i} " * 20) for i in range(count)],
    )


def test_the_canary_is_never_on_disk_in_clear(journal_dir: Path) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        _write_canaries(journal.connection, 300)
        # Before a checkpoint, the new pages live in the write-ahead log.
        names = {p.name for p in journal_dir.iterdir()}
        assert {"journal.db-wal", "journal.db-shm"} <= names
        assert _clear_hits(journal_dir) == []
        assert _plain_headers(journal_dir) == []
        journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _clear_hits(journal_dir) == []
        # Deleted rows must not linger in clear either (secure_delete, and pages are encrypted).
        journal.connection.execute("DELETE FROM settings")
        journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _clear_hits(journal_dir) == []
    assert _clear_hits(journal_dir) == []
    assert _plain_headers(journal_dir) == []
    with unlocked(journal_dir, PASSPHRASE) as journal:
        assert journal.connection.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_the_canary_is_read_back_through_the_vault(journal_dir: Path) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        _write_canaries(journal.connection, 1)
    with unlocked(journal_dir, PASSPHRASE) as journal:
        key = journal.connection.execute("SELECT key FROM settings").fetchone()[0]
    assert key == f"{CANARY} key 0"


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16le", "UTF-16be"])
def test_the_search_would_find_a_canary_in_a_plain_database(tmp_path: Path, encoding: str) -> None:
    """The control: the same writes to plain SQLite are caught, in each text encoding."""
    with sqlite3.connect(tmp_path / "plain.db") as plain:
        plain.execute(f"PRAGMA encoding = '{encoding}'")
        plain.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        _write_canaries(plain, 3)
    plain.close()
    assert _clear_hits(tmp_path)
    assert _plain_headers(tmp_path) == ["plain.db"]


def test_a_canary_in_every_field_of_every_record_is_never_on_disk(
    journal_dir: Path, tmp_path: Path
) -> None:
    """A distinct canary in each text field of a contact, an incident, a safety plan and an
    attachment (its name, description and content), written through the real import: none is
    on disk in clear after a checkpoint, in any encoding, nor folded as the index folds it."""
    import json
    import secrets

    from hrjournal.domain.search_text import searchable
    from hrjournal.services import interchange
    from hrjournal.services.searching import search_journal
    from tests.support.records import contact_json, incident_json, plan_json

    canaries: dict[str, str] = {}

    def text(field: str) -> str:
        canaries[field] = f"Cnry{secrets.token_hex(5)}"
        return f"{canaries[field]} {field}"

    incident = incident_json("i-1", "c-1", text)
    canaries["attachment.content"] = f"Cnry{secrets.token_hex(5)}"
    canaries["attachment.filename"] = f"Cnry{secrets.token_hex(5)}"
    canaries["attachment.description"] = f"Cnry{secrets.token_hex(5)}"
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "evidence.txt").write_text(
        f"witness statement {canaries['attachment.content']}"
    )
    incident["attachments"] = [
        {
            "id": "a-1",
            "path": "files/evidence.txt",
            "filename": f"{canaries['attachment.filename']}.txt",
            "description": canaries["attachment.description"],
        }
    ]
    document = {
        "format": "hrjournal/1",
        "contacts": [contact_json("c-1", text)],
        "incidents": [incident],
        "safety_plans": [plan_json("p-1", "c-1", text)],
    }
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    with unlocked(journal_dir, PASSPHRASE) as journal:
        interchange.import_json(journal, source)
        # The control: every canary is really in the journal (found by search, or stored).
        for field, canary in canaries.items():
            if field != "attachment.content":
                assert search_journal(journal, canary), field
        journal.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = b"".join(p.read_bytes() for p in journal_dir.iterdir())
        leaks = [
            field
            for field, canary in canaries.items()
            for form in (canary, searchable(canary).strip())
            for encoding in ENCODINGS
            if form.encode(encoding) in raw
        ]
        assert leaks == []
    raw = b"".join(p.read_bytes() for p in journal_dir.iterdir())
    assert not [f for f, c in canaries.items() if c.encode() in raw or c.lower().encode() in raw]
    assert len(canaries) == 52
