"""Corruption campaign: 1,000 random byte flips, zeroed blocks and truncations across the
database, its write-ahead log and the key header of a journal left as a crash leaves it (recent
changes still in the log). Each case must be reported as damage, or repaired from the header's
spare copy, or read back exactly as it was: never a crash, never a different answer given as
if it were right, never a file in clear."""

from __future__ import annotations

import hashlib
import random
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hrjournal.domain.contact import Contact
from hrjournal.domain.incident import Incident
from hrjournal.errors import JournalError
from hrjournal.services import journal as journal_service
from hrjournal.services import searching
from hrjournal.services.records import (
    add_attachment,
    get_contact,
    get_incident,
    list_contacts,
    list_incidents,
    new_id,
    read_attachment,
    save_contact,
    save_incident,
)
from tests.proof import figures
from tests.support.journals import PASSPHRASE, make_journal

CASES = 1000
CANARY = "CORRUPTION-CANARY-5d1e"
SEARCHED = "detención"
PLAIN_MAGIC = b"SQLite format 3\x00"
# Where the damage goes: the database, its write-ahead log, the key header, SQLite's
# shared-memory index (rebuilt from the log, so damage there must change nothing).
TARGETS = {"journal.db": 45, "journal.db-wal": 30, "journal.header": 20, "journal.db-shm": 5}


def _write(journal: Any, rng: random.Random, count: int, evidence: Path) -> None:
    words = ("detención", "amenaza", "اعتقال", "задержание", "法院", CANARY)
    for n in range(count):
        incident = save_incident(journal, Incident(
            id=new_id("incident"), title=f"{CANARY} incident {n}",
            description=" ".join(rng.choice(words) for _ in range(150)),
        ))  # fmt: skip
        if n % 10 == 0:
            evidence.write_bytes(rng.randbytes(40_000) + CANARY.encode())
            add_attachment(journal, incident.id, evidence)
    for n in range(count // 4):
        save_contact(journal, Contact(id=new_id("contact"), name=f"{CANARY} contact {n}"))


def _crashed_journal(folder: Path) -> Path:
    """A journal with changes both in the database and still in the write-ahead log, copied
    as it stands while open: what a crash or a seized running laptop leaves."""
    rng = random.Random(2026)
    directory, snapshot = folder / "live", folder / "base"
    make_journal(directory)
    with journal_service.unlocked(directory, PASSPHRASE) as journal:
        _write(journal, rng, 40, folder / "evidence.bin")
    with journal_service.unlocked(directory, PASSPHRASE) as journal:
        _write(journal, rng, 12, folder / "evidence.bin")
        shutil.copytree(directory, snapshot)
    assert (snapshot / "journal.db-wal").stat().st_size > 0
    return snapshot


def _content(journal: Any) -> tuple[Any, ...]:
    """Everything a user could see: each record, each attachment's bytes, a search."""
    incidents = []
    for row in list_incidents(journal, limit=100_000):
        incident = get_incident(journal, row.uid)
        files = sorted(
            (a.id, hashlib.sha256(read_attachment(journal, a.id)).hexdigest())
            for a in incident.attachments
        )
        incidents.append((incident.id, incident.title, incident.description, tuple(files)))
    contacts = [get_contact(journal, row.uid).name for row in list_contacts(journal)]
    hits = sorted(hit.uid for hit in searching.search_journal(journal, SEARCHED))
    return tuple(sorted(incidents)), tuple(sorted(contacts)), tuple(hits)


def _damage(directory: Path, rng: random.Random) -> str:
    name = rng.choices(list(TARGETS), list(TARGETS.values()))[0]
    path = directory / name
    data = bytearray(path.read_bytes())
    kind = rng.choices(("bit", "bytes", "block", "truncate"), (45, 20, 15, 20))[0]
    if kind == "bit":
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
    elif kind == "bytes":
        for _ in range(rng.randint(2, 16)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "block":
        at = rng.randrange(0, len(data), 4096)
        data[at : at + 4096] = bytes(len(data[at : at + 4096]))
    else:
        del data[rng.randrange(len(data)) :]
    path.write_bytes(bytes(data))
    return f"{name}:{kind}"


def _open_and_read(directory: Path, expected: tuple[Any, ...], header_before: bytes) -> str:
    """Open the damaged journal and read everything, as the program does (its errors are
    translated into the one-sentence reports the user sees); what came of it."""
    try:
        journal = journal_service.unlock(directory, PASSPHRASE)
    except JournalError:
        return "reported as damage"
    except Exception:  # the campaign counts every failure, whatever it is
        return "crash"
    try:
        seen = _content(journal)
    except Exception as error:  # as above
        reported = journal_service.as_journal_error(error, journal) is not None
        return "reported as damage" if reported else "crash"
    finally:
        journal.close()
    if seen != expected:
        return "wrong answer"
    if (directory / "journal.header").read_bytes() != header_before:
        return "repaired from the spare header copy"
    return "read back exactly"


def _clear_files(directory: Path) -> list[str]:
    found = []
    for path in directory.iterdir():
        data = path.read_bytes()
        if data.startswith(PLAIN_MAGIC) or CANARY.encode() in data:
            found.append(path.name)
    return found


def test_a_thousand_corruptions_are_reported_repaired_or_harmless(tmp_path: Path) -> None:
    base = _crashed_journal(tmp_path)
    expected_copy = tmp_path / "expected"
    shutil.copytree(base, expected_copy)
    with journal_service.unlocked(expected_copy, PASSPHRASE) as journal:
        expected = _content(journal)
    outcomes: Counter[str] = Counter()
    by_target: dict[str, Counter[str]] = {}
    wrong: list[str] = []
    crashes: list[str] = []
    clear: list[str] = []
    rng = random.Random(1000)
    started = time.monotonic()
    for case in range(CASES):
        directory = tmp_path / f"case-{case}"
        shutil.copytree(base, directory)
        damage = _damage(directory, rng)
        header_before = (directory / "journal.header").read_bytes()
        outcome = _open_and_read(directory, expected, header_before)
        if outcome == "crash":
            crashes.append(f"case {case} ({damage})")
        elif outcome == "wrong answer" and damage == "journal.db-wal:truncate":
            # A log cut short leaves no trace of what it lost: the journal opens as it was
            # before its last saves, as after a power cut (a known limit, SECURITY.md).
            outcome = "log cut short: last saves missing"
        elif outcome == "wrong answer":
            wrong.append(f"case {case} ({damage})")
        clear += [f"case {case}: {name}" for name in _clear_files(directory)]
        outcomes[outcome] += 1
        by_target.setdefault(damage.split(":")[0], Counter())[outcome] += 1
        shutil.rmtree(directory)
    seconds = time.monotonic() - started
    figures.record(
        "corruption",
        "tampering is detected and reported, never repaired into plaintext",
        {
            "cases": CASES,
            "outcomes": dict(outcomes),
            "by_file": {name: dict(counts) for name, counts in sorted(by_target.items())},
            "wrong_answers": wrong[:20],
            "crashes": crashes[:20],
            "files_in_clear": clear[:20],
            "seconds": round(seconds, 1),
        },
        f"{CASES} cases: {outcomes['reported as damage']} reported as damage, "
        f"{outcomes['repaired from the spare header copy']} repaired from the spare header copy, "
        f"{outcomes['read back exactly']} read back exactly, "
        f"{outcomes['log cut short: last saves missing']} log truncations opened without their "
        f"last saves; {len(crashes)} crashes, {len(wrong)} wrong answers, "
        f"{len(clear)} files in clear",
    )
    assert crashes == []
    assert wrong == []
    assert clear == []
