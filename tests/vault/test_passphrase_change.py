"""Changing the passphrase rewraps the key in place; a crash at any moment loses nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hrjournal.errors import (
    HeaderDamaged,
    InputRejected,
    RecoverySecretMistyped,
    WrongPassphrase,
)
from hrjournal.vault import header as header_module
from hrjournal.vault.header import COPY_STRIDE, FILE_BYTES, read_header
from hrjournal.vault.journal import (
    change_passphrase,
    create_journal,
    unlock_journal,
    unlocked,
)
from hrjournal.vault.unsealing import unseal as _unseal
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE, snapshot


def _opens_with(directory: Path, secret: str) -> bool:
    try:
        unlock_journal(directory, secret).close()
    except WrongPassphrase:
        return False
    return True


def test_the_new_passphrase_opens_and_the_old_one_no_longer_does(journal_dir: Path) -> None:
    before = snapshot(journal_dir)
    header_inode = (journal_dir / "journal.header").stat().st_ino
    change_passphrase(journal_dir, PASSPHRASE, OTHER_PASSPHRASE)
    after = snapshot(journal_dir)
    assert after.keys() == before.keys()  # no copy of the header anywhere
    assert after["journal.db"] == before["journal.db"]  # the database is not rewritten
    assert (journal_dir / "journal.header").stat().st_ino == header_inode  # in place
    assert _opens_with(journal_dir, OTHER_PASSPHRASE)
    assert not _opens_with(journal_dir, PASSPHRASE)


def test_the_old_passphrase_is_gone_from_both_header_copies(journal_dir: Path) -> None:
    change_passphrase(journal_dir, PASSPHRASE, OTHER_PASSPHRASE)
    header = journal_dir / "journal.header"
    for keep in (0, 1):  # even if one copy were lost, the other holds only the new slot
        copy = header.read_bytes()[keep * COPY_STRIDE : keep * COPY_STRIDE + COPY_STRIDE]
        header.write_bytes(copy * 2)
        assert not _opens_with(journal_dir, PASSPHRASE)


def test_the_recovery_secret_opens_and_can_set_a_new_passphrase(tmp_path: Path) -> None:
    created = create_journal(tmp_path / "j", PASSPHRASE)
    with unlocked(tmp_path / "j", created.recovery_secret) as journal:
        assert journal.unlocked_with.name == "RECOVERY"
        assert journal.notices
    change_passphrase(tmp_path / "j", created.recovery_secret.lower(), OTHER_PASSPHRASE)
    assert _opens_with(tmp_path / "j", OTHER_PASSPHRASE)
    assert _opens_with(tmp_path / "j", created.recovery_secret)


def test_a_mistyped_recovery_secret_names_its_group(tmp_path: Path) -> None:
    created = create_journal(tmp_path / "j", PASSPHRASE)
    text = created.recovery_secret
    typo = text[:7] + ("X" if text[7] != "X" else "Y") + text[8:]
    with pytest.raises(RecoverySecretMistyped, match="Group 2"):
        unlock_journal(tmp_path / "j", typo)


def test_the_passphrase_is_normalised(tmp_path: Path) -> None:
    composed = "café au lait, s'il vous plaît"
    decomposed = composed.replace("é", "e\u0301").replace("î", "i\u0302")
    create_journal(tmp_path / "j", composed)
    assert _opens_with(tmp_path / "j", decomposed)


@pytest.mark.parametrize("weak", ["short", "seven77"])
def test_a_too_short_new_passphrase_is_refused_and_nothing_changes(
    journal_dir: Path, weak: str
) -> None:
    before = snapshot(journal_dir)
    with pytest.raises(InputRejected, match="at least 8"):
        change_passphrase(journal_dir, PASSPHRASE, weak)
    assert snapshot(journal_dir) == before


@pytest.mark.parametrize(
    "lookalike",
    ["ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH", "0" * 40],
)
def test_a_new_passphrase_shaped_like_a_recovery_secret_is_refused(
    journal_dir: Path, lookalike: str
) -> None:
    before = snapshot(journal_dir)
    with pytest.raises(InputRejected, match="recovery secret"):
        change_passphrase(journal_dir, PASSPHRASE, lookalike)
    assert snapshot(journal_dir) == before


def test_a_wrong_old_passphrase_changes_nothing(journal_dir: Path) -> None:
    before = snapshot(journal_dir)
    with pytest.raises(WrongPassphrase):
        change_passphrase(journal_dir, "not the passphrase", OTHER_PASSPHRASE)
    assert snapshot(journal_dir) == before


def _header_opens_with(state: bytes, path: Path, secret: str) -> bool:
    """Whether `secret` opens a header file holding `state` (read only, nothing repaired)."""
    path.write_bytes(state)
    try:
        _unseal(read_header(path).header, secret)
    except (WrongPassphrase, HeaderDamaged):
        return False
    return True


def test_a_crash_at_any_moment_of_the_rewrite_loses_nothing(
    journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Record the real writes and flushes of a passphrase change, then rebuild every state a
    power cut could leave: after each byte in write order, and, since a disk may store the
    bytes of one unflushed write in any order, random mixes of each copy's old and new bytes.
    Exactly one of the two passphrases must open every one of them."""
    header = journal_dir / "journal.header"
    original = header.read_bytes()
    events: list[tuple[str, int, bytes]] = []
    real_write_at, real_fsync = header_module._write_at, header_module.os.fsync

    def recording_write_at(fd: int, data: bytes, offset: int) -> None:
        events.append(("write", offset, data))
        real_write_at(fd, data, offset)

    def recording_fsync(fd: int) -> None:
        events.append(("fsync", 0, b""))
        real_fsync(fd)

    monkeypatch.setattr(header_module, "_write_at", recording_write_at)
    monkeypatch.setattr(header_module.os, "fsync", recording_fsync)
    change_passphrase(journal_dir, PASSPHRASE, OTHER_PASSPHRASE)
    monkeypatch.undo()
    final = header.read_bytes()
    # Each copy is flushed before the other is touched.
    assert [kind for kind, _, _ in events] == ["write", "fsync", "write", "fsync"]
    writes = [(offset, data) for kind, offset, data in events if kind == "write"]
    assert {offset for offset, _ in writes} == {0, COPY_STRIDE}

    stream = [(offset + i, byte) for offset, data in writes for i, byte in enumerate(data)]
    replayed = bytearray(original)
    for offset, byte in stream:
        replayed[offset] = byte
    assert bytes(replayed) == final

    states = []
    for cut in range(len(stream) + 1):
        state = bytearray(original)
        for offset, byte in stream[:cut]:
            state[offset] = byte
        states.append(bytes(state))
    chooser = random.Random(7)
    for index, (offset, data) in enumerate(writes):
        base = bytearray(original)
        for earlier_offset, earlier in writes[:index]:
            base[earlier_offset : earlier_offset + len(earlier)] = earlier
        for _ in range(100):
            state = bytearray(base)
            for i, byte in enumerate(data):
                if chooser.random() < 0.5:
                    state[offset + i] = byte
            states.append(bytes(state))

    probe = tmp_path / "probe.header"
    for number, state in enumerate(states):
        old_ok = _header_opens_with(state, probe, PASSPHRASE)
        new_ok = _header_opens_with(state, probe, OTHER_PASSPHRASE)
        assert old_ok != new_ok, f"state {number}: old opens {old_ok}, new opens {new_ok}"


@pytest.mark.slow
def test_kill_minus_nine_during_passwd_never_loses_the_journal(
    journal_dir: Path, tmp_path: Path
) -> None:
    """50 real `hrjournal passwd` processes killed at a random moment: every time, the journal
    opens with either the old or the new passphrase."""
    files = {}
    for name, text in (("a", PASSPHRASE), ("b", OTHER_PASSPHRASE)):
        files[text] = tmp_path / name
        files[text].write_text(text)

    def passwd(old: str, new: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hrjournal",
                "--journal",
                str(journal_dir),
                "passwd",
                "--passphrase-file",
                str(files[old]),
                "--new-passphrase-file",
                str(files[new]),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=os.environ.copy(),
        )

    started = time.perf_counter()
    assert passwd(PASSPHRASE, OTHER_PASSPHRASE).wait(timeout=60) == 0
    duration = time.perf_counter() - started
    current, other = OTHER_PASSPHRASE, PASSPHRASE
    outcomes = {"old": 0, "new": 0}
    chooser = random.Random(2026)
    for _ in range(50):
        process = passwd(current, other)
        time.sleep(chooser.uniform(0.0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        old_ok = _opens_with(journal_dir, current)
        new_ok = _opens_with(journal_dir, other)
        assert old_ok or new_ok
        assert (journal_dir / "journal.header").stat().st_size == FILE_BYTES
        outcomes["new" if new_ok else "old"] += 1
        if new_ok:
            current, other = other, current
    # The kills landed both before and after the header changed, so both outcomes were met.
    assert outcomes["old"] > 0, outcomes
    assert outcomes["new"] > 0, outcomes
