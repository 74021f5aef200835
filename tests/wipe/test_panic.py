"""The panic wipe's promise: after it, nothing opens the journal, not even the passphrase or
the recovery secret, and nothing it recorded exporting is left."""

from __future__ import annotations

import importlib.resources
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hrjournal.resources import find

from hrjournal.errors import JournalDamaged, JournalNotFound, WrongPassphrase
from hrjournal.services import interchange
from hrjournal.services.reports import ReportKind, ReportRequest, export_report
from hrjournal.vault.files import JournalFiles
from hrjournal.vault.journal import create_journal, unlock_journal, unlocked
from hrjournal.wipe import panic
from tests.support.journals import PASSPHRASE, run_cli
from tests.support.memory_keyring import MemoryKeyring


def _fill(directory: Path, outside: Path) -> list[Path]:
    """The example records, a PDF report and a JSON export; returns the exported paths."""
    with unlocked(directory, PASSPHRASE) as journal:
        with importlib.resources.as_file(find("examples/journal.json")) as example:
            interchange.import_json(journal, example)
        pdf = outside / "summary.pdf"
        export_report(journal, ReportRequest(ReportKind.INCIDENTS), pdf)
        json_file = outside / "all.json"
        interchange.export_json(journal, json_file)
    return [pdf, json_file, interchange.attachments_folder(json_file)]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_after_a_wipe_nothing_is_left_and_nothing_opens(
    tmp_path: Path, outside: Path, memory_keyring: MemoryKeyring
) -> None:
    directory = tmp_path / "journal"
    created = create_journal(directory, PASSPHRASE, bind_device=True)
    exported = _fill(directory, outside)
    assert all(p.exists() for p in exported)
    assert len(memory_keyring.entries) == 1
    report = panic.wipe_journal(directory)
    assert report.failures == []
    assert report.key_destroyed_at is not None
    assert not directory.exists()
    assert [p for p in exported if p.exists()] == []
    assert list(outside.iterdir()) == []  # no renamed leftovers either
    assert memory_keyring.entries == {}
    for secret in (PASSPHRASE, created.recovery_secret):
        with pytest.raises(JournalNotFound):
            unlock_journal(directory, secret)


def test_the_first_step_alone_destroys_the_journal(tmp_path: Path, outside: Path) -> None:
    """Crypto-erase: with the header overwritten, even an intact copy of the database and the
    right passphrase or recovery secret open nothing."""
    directory = tmp_path / "journal"
    created = create_journal(directory, PASSPHRASE)
    _fill(directory, outside)
    report = panic.WipeReport()
    panic._destroy_key(JournalFiles(directory), report, time.perf_counter())
    assert report.key_destroyed_at is not None
    assert (directory / "journal.db").exists()
    for secret in (PASSPHRASE, created.recovery_secret):
        with pytest.raises((JournalDamaged, WrongPassphrase)):
            unlock_journal(directory, secret)


def test_a_second_wipe_finds_nothing_and_fails_on_nothing(tmp_path: Path, outside: Path) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    _fill(directory, outside)
    panic.wipe_journal(directory)
    again = panic.wipe_journal(directory)
    assert again.steps == []
    assert again.failures == []


def test_a_wipe_keeps_going_past_an_export_it_cannot_destroy(
    tmp_path: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    pdf, json_file, folder = _fill(directory, outside)
    real = panic.destroy_file

    def stuck(path: Path, folder_depth: int = 0) -> bool:  # a USB stick pulled out, say
        if path == pdf:
            raise OSError(30, "Read-only file system")
        return real(path, folder_depth=folder_depth)

    monkeypatch.setattr(panic, "destroy_file", stuck)
    report = panic.wipe_journal(directory)
    assert [s.path for s in report.failures] == [str(pdf)]
    assert not json_file.exists()
    assert not folder.exists()
    assert not directory.exists()  # the journal itself is still destroyed
    assert f"Could not destroy {pdf}: read-only file system." in report.lines()


def test_files_the_user_keeps_in_the_folder_are_left_alone(tmp_path: Path, outside: Path) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    _fill(directory, outside)
    mine = directory / "notes-of-my-own.txt"
    mine.write_text("not the journal's")
    panic.wipe_journal(directory)
    assert [p.name for p in directory.iterdir()] == [mine.name]
    assert mine.read_text() == "not the journal's"


def test_rehearsal_lists_everything_and_destroys_nothing(tmp_path: Path, outside: Path) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    exported = _fill(directory, outside)
    before = {p: p.stat().st_mtime_ns for p in [*directory.iterdir(), *exported]}
    found = panic.rehearse(directory)
    assert [p for p, _ in found.exports] == exported
    assert {p.name for p, _ in found.journal_files} >= {"journal.db", "journal.header"}
    assert not found.keyring_entry  # not bound: no keyring entry to delete
    assert found.total_bytes > 0
    assert {p: p.stat().st_mtime_ns for p in before} == before
    listed = run_cli("--journal", str(directory), "panic", "--rehearse")
    assert listed.returncode == 0, listed.stderr
    assert "nothing has been destroyed" in listed.stdout
    assert str(exported[0]) in listed.stdout
    with unlocked(directory, PASSPHRASE):
        pass


def test_panic_asks_first_and_a_no_destroys_nothing(tmp_path: Path, outside: Path) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    _fill(directory, outside)
    refused = run_cli("--journal", str(directory), "panic", stdin="no\n")
    assert refused.returncode == 1
    assert "Nothing was destroyed." in refused.stderr
    with unlocked(directory, PASSPHRASE):
        pass
    wiped = run_cli("--journal", str(directory), "panic", stdin="yes\n")
    assert wiped.returncode == 0, wiped.stderr
    assert "can no longer be opened" in wiped.stdout
    assert not directory.exists()


def _big_journal(directory: Path, outside: Path, megabytes: int) -> None:
    create_journal(directory, PASSPHRASE)
    _fill(directory, outside)
    evidence = outside.parent / "evidence.bin"
    evidence.write_bytes(os.urandom(megabytes * 1024 * 1024))
    from hrjournal.services.records import add_attachment

    with unlocked(directory, PASSPHRASE) as journal:
        uid = journal.connection.execute("SELECT uid FROM incidents LIMIT 1").fetchone()[0]
        add_attachment(journal, uid, evidence)
        for number in range(5):
            export_report(journal, ReportRequest(ReportKind.CONTACTS), outside / f"c{number}.pdf")
    evidence.unlink()


@pytest.mark.slow
def test_a_wipe_killed_half_way_is_completed_by_the_next(tmp_path: Path, outside: Path) -> None:
    rng = random.Random(7)
    interrupted = 0
    for attempt in range(12):
        directory = tmp_path / f"journal{attempt}"
        for leftover in outside.iterdir():
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        _big_journal(directory, outside, megabytes=64)
        process = subprocess.Popen(
            [sys.executable, "-m", "hrjournal", "--journal", str(directory), "panic", "--now"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.15, 0.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if directory.exists() and (directory / "wipe.pending").exists():
            interrupted += 1  # killed after the key was destroyed, before the end
        again = run_cli("--journal", str(directory), "panic", "--now")
        assert again.returncode == 0, again.stderr
        assert not directory.exists()
        assert list(outside.iterdir()) == []
        with pytest.raises(JournalNotFound):
            unlock_journal(directory, PASSPHRASE)
        if interrupted >= 3:
            break
    assert interrupted >= 1, "no run was killed in the middle of its wipe"


def test_the_remains_of_an_interrupted_creation_go_too(tmp_path: Path, outside: Path) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    staging = tmp_path / ".journal.creating-0123456789ab"
    staging.mkdir()
    (staging / "journal.db").write_bytes(b"half-made journal")
    panic.wipe_journal(directory)
    assert not staging.exists()
    assert list(tmp_path.iterdir()) == [outside]


def test_a_damaged_register_line_does_not_stop_the_wipe(tmp_path: Path, outside: Path) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    exported = _fill(directory, outside)
    register = directory / "exports.register"
    register.write_text(
        '{"path": "/tmp/a\\u0000b"}\n{"path": "\\ud800"}\nnot json\n' + register.read_text()
    )
    report = panic.wipe_journal(directory)
    assert report.key_destroyed_at is not None
    assert [p for p in exported if p.exists()] == []
    assert not directory.exists()


@pytest.mark.parametrize("planted", ["folder", "root", "home", "journal_parent"])
def test_the_wipe_refuses_register_entries_that_are_not_exports(
    tmp_path: Path, outside: Path, planted: str
) -> None:
    """The register is a plain file: an entry added to it must not turn the wipe against the
    user's own folders."""
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    exported = _fill(directory, outside)
    theirs = tmp_path / "my documents"
    theirs.mkdir()
    (theirs / "thesis.txt").write_text("years of work")
    target = {
        "folder": theirs,
        "root": Path("/"),
        "home": Path.home(),
        "journal_parent": tmp_path,
    }[planted]
    with (directory / "exports.register").open("a") as register:
        register.write(json.dumps({"path": str(target)}) + "\n")
    rehearsal = panic.rehearse(directory)
    assert [p for p, _ in rehearsal.refused] == [target]
    report = panic.wipe_journal(directory)
    assert (theirs / "thesis.txt").read_text() == "years of work"
    assert [s.path for s in report.failures] == [str(target)]
    assert [p for p in exported if p.exists()] == []


def test_a_read_only_header_is_still_destroyed_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    header = directory / "journal.header"
    header.chmod(0o400)
    real_open = os.open
    refused = []

    def as_for_a_user(path: object, flags: int, *args: object) -> int:
        if Path(str(path)) == header and flags & os.O_RDWR and not refused:
            refused.append(True)
            if os.stat(header).st_mode & 0o200 == 0:
                raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(panic.os, "open", as_for_a_user)
    report = panic.wipe_journal(directory)
    assert refused
    assert report.key_destroyed_at is not None
    assert report.failures == []


def test_a_header_replaced_by_a_link_is_not_followed(tmp_path: Path) -> None:
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    precious = tmp_path / "precious.txt"
    precious.write_text("not the journal's")
    (directory / "journal.header").unlink()
    (directory / "journal.header").symlink_to(precious)
    panic.wipe_journal(directory)
    assert precious.read_text() == "not the journal's"
    assert not directory.exists()


def test_an_unlock_finishes_a_wipe_that_was_cut_short(tmp_path: Path, outside: Path) -> None:
    from hrjournal.services import journal as journal_service

    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    exported = _fill(directory, outside)
    # Killed just after noting the wipe, before the header was overwritten.
    panic._note_pending(JournalFiles(directory), None)
    with pytest.raises(JournalNotFound):
        journal_service.unlock(directory, PASSPHRASE)
    assert not directory.exists()
    assert [p for p in exported if p.exists()] == []


def test_an_export_finishing_during_a_wipe_leaves_nothing(tmp_path: Path, outside: Path) -> None:
    from hrjournal.services.exports import WipedMeanwhile

    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    with unlocked(directory, PASSPHRASE) as journal:
        panic._note_pending(journal.files, None)  # a wipe has begun in another process
        with pytest.raises(WipedMeanwhile):
            export_report(journal, ReportRequest(ReportKind.CONTACTS), outside / "card.pdf")
    assert list(outside.iterdir()) == []


def test_the_keyring_entry_is_found_through_the_marker(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """Killed after the header was overwritten: the next run still deletes the entry."""
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE, bind_device=True)
    report = panic.WipeReport()
    files = JournalFiles(directory)
    facts, _ = panic._destroy_key(files, report, time.perf_counter())
    assert facts is not None
    assert facts[1]
    assert memory_keyring.entries  # as if killed here
    panic.wipe_journal(directory)
    assert memory_keyring.entries == {}


def test_panic_where_there_is_no_journal_asks_nothing(tmp_path: Path) -> None:
    nothing = run_cli("--journal", str(tmp_path / "none"), "panic", stdin="")
    assert nothing.returncode == 0
    assert "nothing was destroyed" in nothing.stdout
    assert "Type yes" not in nothing.stderr
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    refused = run_cli("--journal", str(a_file), "panic", "--now")
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        f"{a_file} is a file, not a journal folder; nothing was destroyed."
    ]
    assert a_file.read_text() == "mine"


def test_the_panic_path_loads_no_qt_no_reportlab_no_cryptography(tmp_path: Path) -> None:
    """So that the first step starts at once (the keyring, for a bound journal, only after)."""
    directory = tmp_path / "journal"
    create_journal(directory, PASSPHRASE)
    probe = (
        "import sys\n"
        "from hrjournal.cli import main\n"
        f"code = main(['--journal', {str(directory)!r}, 'panic', '--now'])\n"
        "slow = sorted({m.split('.')[0] for m in sys.modules}\n"
        "              & {'PySide6', 'shiboken6', 'reportlab', 'cryptography', 'argon2',\n"
        "                 'sqlcipher3', 'keyring', 'pypdf', 'PIL'})\n"
        "print(code, slow)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stdout + result.stderr
    assert not directory.exists()


def test_a_key_header_that_could_not_be_overwritten_is_not_reported_as_absent() -> None:
    """The one line that matters most: whether the journal can still be opened."""
    from hrjournal.wipe.panic import Step, WipeReport

    report = WipeReport(steps=[Step("key header", "/j/journal.header", False, "read-only")])
    assert report.lines()[0].startswith("The journal's key could not be destroyed")
    assert "can still be opened" in report.lines()[0]
    assert "Could not destroy /j/journal.header: read-only." in report.lines()
    assert WipeReport().lines()[0] == "There was no key header to destroy here."


def test_a_failure_carries_the_systems_error_name_for_the_app_to_word() -> None:
    import errno as errors

    from hrjournal.wipe.panic import REFUSALS, _failed

    step = _failed("export", "/media/usb/a.pdf", OSError(errors.EROFS, "Read-only file system"))
    assert (step.done, step.code, step.problem) == (False, "EROFS", "read-only file system")
    assert _failed("export", "/a", KeyError("x")).code == ""
    assert set(REFUSALS) == {"not_an_export_folder", "another_users_file"}
