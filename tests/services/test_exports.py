"""The export register: every file made from the journal is named where the panic wipe can
read it with the journal locked, written whole or not at all, and destroyed on request."""

from __future__ import annotations

import hashlib
import importlib.resources
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hrjournal.resources import find

from hrjournal.errors import InputRejected, StorageFailed
from hrjournal.services import exports, interchange
from hrjournal.services.app_settings import AppSettings, app_settings, save_app_settings
from hrjournal.services.reports import ReportKind, ReportRequest, export_report
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.journal import UnlockedJournal
from hrjournal.vault.register import partial_path, read_register

SUMMARY = ReportRequest(ReportKind.INCIDENTS)


@pytest.fixture
def example(journal: UnlockedJournal) -> UnlockedJournal:
    with importlib.resources.as_file(find("examples/journal.json")) as path:
        interchange.import_json(journal, path)
    return journal


def test_an_export_is_registered_and_recorded(example: UnlockedJournal, tmp_path: Path) -> None:
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    record = export_report(example, SUMMARY, target)
    content = target.read_bytes()
    assert content.startswith(b"%PDF")
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert read_register(example.files) == [target]
    assert record.sha256 == hashlib.sha256(content).hexdigest()
    assert record.size == len(content)
    assert (record.kind, record.profile, record.protected) == ("incidents", "share", False)
    [listed] = exports.list_exports(example)
    assert listed.record == record
    assert listed.present
    assert list(target.parent.iterdir()) == [target]  # no partial file left


def test_the_register_is_readable_with_the_journal_closed(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    export_report(example, SUMMARY, target)
    files = example.files
    example.connection.close()
    assert read_register(JournalFiles(files.directory)) == [target]
    # It names paths and nothing else: no time, size, kind or fingerprint in clear.
    text = files.export_register.read_text()
    assert "sha256" not in text
    assert "incidents" not in text
    assert "share" not in text


def test_an_existing_file_is_kept_unless_replacing_was_asked(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(InputRejected, match="already exists"):
        export_report(example, SUMMARY, target)
    assert target.read_bytes() == b"mine"
    export_report(example, SUMMARY, target, replace=True)
    assert target.read_bytes().startswith(b"%PDF")


def test_an_unwritable_folder_is_one_sentence_and_leaves_nothing(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    if os.geteuid() == 0:  # root writes anywhere in a normal folder, but never into /proc
        folder = Path("/proc")
    with pytest.raises(StorageFailed, match=r"^Could not write summary\.pdf .*\.$"):
        export_report(example, SUMMARY, folder / "summary.pdf")
    assert not (folder / "summary.pdf").exists()
    assert not partial_path(folder / "summary.pdf").exists()
    assert read_register(example.files) == []


def test_a_missing_folder_is_refused_before_anything_is_built(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    with pytest.raises(InputRejected, match="does not exist"):
        export_report(example, SUMMARY, tmp_path / "nowhere" / "summary.pdf")
    assert read_register(example.files) == []


def test_a_failed_write_leaves_no_partial_file(
    example: UnlockedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.pdf"
    real_replace = os.replace

    def disk_full(source: str | Path, destination: str | Path) -> None:
        if str(source).endswith(".partial"):
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(StorageFailed, match=r"^Could not write summary\.pdf .*No space left"):
        export_report(example, SUMMARY, target)
    assert not any(
        p.name.endswith(".partial") or p.name == "summary.pdf" for p in tmp_path.iterdir()
    )
    assert not partial_path(target).exists()
    assert read_register(example.files) == []


def test_an_interruption_while_writing_leaves_no_partial_file(
    example: UnlockedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C (or the app quitting) in the middle of the write: the half-written plaintext is
    overwritten and removed, and the register forgets the path."""
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    real_fsync = os.fsync
    pressed = []

    def interrupted(descriptor: int) -> None:
        if not pressed and Path(f"/proc/self/fd/{descriptor}").resolve().name.endswith(".partial"):
            pressed.append(True)
            raise KeyboardInterrupt
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_report(example, SUMMARY, target)
    assert list(target.parent.iterdir()) == []
    assert read_register(example.files) == []


def test_replacing_overwrites_the_old_file_and_its_record(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    first = export_report(example, SUMMARY, target)
    witness = tmp_path / "witness"
    os.link(target, witness)
    old = witness.read_bytes()
    second = export_report(example, ReportRequest(ReportKind.INCIDENTS), target, replace=True)
    assert witness.read_bytes() != old
    assert b"%PDF" not in witness.read_bytes()
    assert [listed.record for listed in exports.list_exports(example)] == [second]
    assert first.sha256 != second.sha256


@pytest.mark.parametrize("name", ["journal.header", "exports.register", "new.pdf"])
def test_an_export_into_the_journal_folder_is_refused(example: UnlockedJournal, name: str) -> None:
    header = example.files.header.read_bytes()
    with pytest.raises(InputRejected, match="outside the journal's own folder"):
        export_report(example, SUMMARY, example.files.directory / name, replace=True)
    assert example.files.header.read_bytes() == header


def test_odd_file_names_are_one_sentence_or_work(example: UnlockedJournal, tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match=r"^That file name cannot be used here: .*\.$"):
        export_report(example, SUMMARY, tmp_path / ("x" * 300 + ".pdf"))
    longest = tmp_path / ("y" * 251 + ".pdf")  # 255 bytes: the limit, partial name included
    export_report(example, SUMMARY, longest)
    assert longest.exists()
    undecodable = tmp_path / os.fsdecode(b"caf\xe9.pdf")
    with pytest.raises(InputRejected, match="not text"):
        export_report(example, SUMMARY, undecodable)
    assert not undecodable.exists()


def test_delete_overwrites_before_unlinking(example: UnlockedJournal, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    record = export_report(example, SUMMARY, target)
    # A second name for the same blocks shows what was left in them after the delete.
    witness = tmp_path / "witness"
    os.link(target, witness)
    before = witness.read_bytes()
    exports.delete_export(example, record.id)
    after = witness.read_bytes()
    assert not target.exists()
    assert len(after) == len(before)
    assert after != before
    assert b"%PDF" not in after
    assert exports.list_exports(example) == []
    assert read_register(example.files) == []


def test_a_json_export_is_registered_with_its_folder_and_deleted_whole(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "all.json"
    interchange.export_json(example, target)
    folder = interchange.attachments_folder(target)
    assert folder.is_dir()
    assert set(read_register(example.files)) == {target, folder}
    [listed] = exports.list_exports(example)
    assert listed.record.kind == "json"
    exports.delete_export(example, listed.record.id)
    assert not target.exists()
    assert not folder.exists()
    assert read_register(example.files) == []


def test_old_exports_expire(example: UnlockedJournal, tmp_path: Path) -> None:
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    old_record = export_report(example, SUMMARY, old)
    export_report(example, SUMMARY, new)
    assert exports.expire_exports(example).deleted == []  # off by default
    save_app_settings(example, AppSettings(export_expiry_days=7))
    assert app_settings(example).export_expiry_days == 7
    long_ago = (datetime.now(UTC) - timedelta(days=8)).strftime("%Y-%m-%dT%H:%M:%SZ")
    example.connection.execute(
        "UPDATE exports SET created_at = ? WHERE id = ?", (long_ago, old_record.id)
    )
    expiry = exports.expire_exports(example)
    assert [r.id for r in expiry.deleted] == [old_record.id]
    assert expiry.failed == []
    assert not old.exists()
    assert new.exists()
    assert read_register(example.files) == [new]


def test_a_damaged_register_line_is_skipped_not_fatal(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    export_report(example, SUMMARY, target)
    register = example.files.export_register
    register.write_text("garbage\n" + register.read_text() + '{"path": 3}\n\x00\xff\n')
    assert read_register(example.files) == [target]
