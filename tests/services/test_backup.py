"""Backups: one encrypted file that the recovery secret (and a backup passphrase, if chosen)
opens, checked without restoring, restored into a working journal elsewhere."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest
from hrjournal.resources import find

from hrjournal.errors import InputRejected, JournalDamaged, JournalExists, WrongPassphrase
from hrjournal.services import backup, exports, interchange
from hrjournal.services.journal import unlocked
from hrjournal.vault.journal import create_journal
from hrjournal.vault.register import read_register
from hrjournal.wipe.panic import wipe_journal
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE

BACKUP_PASSPHRASE = "a passphrase for the backup only"


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, str]:
    directory = tmp_path / "journal"
    created = create_journal(directory, PASSPHRASE)
    with (
        unlocked(directory, PASSPHRASE) as journal,
        importlib.resources.as_file(find("examples")) as folder,
    ):
        interchange.import_json(journal, folder / "journal.json")
    return directory, created.recovery_secret


def _export(directory: Path, secret: str, folder: Path) -> bytes:
    folder.mkdir()
    with unlocked(directory, secret) as journal:
        interchange.export_json(journal, folder / "all.json")
    return (folder / "all.json").read_bytes() + b"".join(
        p.read_bytes() for p in sorted((folder / "all.attachments").rglob("*")) if p.is_file()
    )


def test_a_restored_journal_holds_exactly_what_was_backed_up(
    source: tuple[Path, str], tmp_path: Path
) -> None:
    directory, recovery = source
    file = tmp_path / "usb" / "journal.backup"
    file.parent.mkdir()
    record = backup.make_backup(directory, PASSPHRASE, file, BACKUP_PASSPHRASE)
    assert record.kind == "backup"
    backup.verify_backup(file, BACKUP_PASSPHRASE)
    backup.verify_backup(file, recovery)
    elsewhere = tmp_path / "other-computer" / "journal"
    new_recovery = backup.restore_backup(file, BACKUP_PASSPHRASE, elsewhere, OTHER_PASSPHRASE)
    assert new_recovery != recovery
    assert _export(directory, PASSPHRASE, tmp_path / "a") == _export(
        elsewhere, OTHER_PASSPHRASE, tmp_path / "b"
    )
    with unlocked(elsewhere, new_recovery):
        pass


def test_without_a_backup_passphrase_only_the_recovery_secret_opens_it(
    source: tuple[Path, str], tmp_path: Path
) -> None:
    directory, recovery = source
    file = tmp_path / "journal.backup"
    backup.make_backup(directory, PASSPHRASE, file)
    for wrong in (PASSPHRASE, BACKUP_PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            backup.verify_backup(file, wrong)
    backup.verify_backup(file, recovery)


PAGE = 16384
_TRAILER_AT = {"header": 100, "length": 8192 + 7, "magic": 8200, "mac": 8208 + 31}


@pytest.mark.parametrize(
    "where",
    [
        # The database: SQLCipher's salt, a page's content, its IV, its HMAC, the last byte.
        "0",
        "100",
        f"{2 * PAGE - 48}",
        f"{2 * PAGE - 1}",
        "-1",
        # The trailer, from the end of the database.
        *(f"+{offset}" for offset in _TRAILER_AT.values()),
    ],
)
def test_a_flipped_byte_anywhere_is_detected(
    source: tuple[Path, str], tmp_path: Path, where: str
) -> None:
    directory, _ = source
    file = tmp_path / "journal.backup"
    backup.make_backup(directory, PASSPHRASE, file, BACKUP_PASSPHRASE)
    data = bytearray(file.read_bytes())
    database_bytes = int.from_bytes(data[-48:-40], "big")
    assert database_bytes % PAGE == 0
    assert database_bytes > 2 * PAGE
    offset = int(where)
    position = database_bytes + offset if where.startswith("+") else offset % database_bytes
    data[position] ^= 0x01
    file.write_bytes(bytes(data))
    with pytest.raises((JournalDamaged, InputRejected, WrongPassphrase)):
        backup.verify_backup(file, BACKUP_PASSPHRASE)
    with pytest.raises((JournalDamaged, InputRejected, WrongPassphrase)):
        backup.restore_backup(file, BACKUP_PASSPHRASE, tmp_path / "r", OTHER_PASSPHRASE)
    assert not (tmp_path / "r").exists()


def test_a_restore_never_overwrites(source: tuple[Path, str], tmp_path: Path) -> None:
    directory, _ = source
    file = tmp_path / "journal.backup"
    backup.make_backup(directory, PASSPHRASE, file, BACKUP_PASSPHRASE)
    with pytest.raises(JournalExists):
        backup.restore_backup(file, BACKUP_PASSPHRASE, directory, OTHER_PASSPHRASE)
    with unlocked(directory, PASSPHRASE):
        pass


def test_a_backup_is_in_the_register_and_the_wipe_destroys_it(
    source: tuple[Path, str], tmp_path: Path
) -> None:
    directory, _ = source
    file = tmp_path / "journal.backup"
    backup.make_backup(directory, PASSPHRASE, file)
    with unlocked(directory, PASSPHRASE) as journal:
        listed = exports.list_exports(journal)
        assert backup.last_backup([x.record for x in listed]) is not None
        assert file in read_register(journal.files)
    wipe_journal(directory)
    assert not file.exists()
