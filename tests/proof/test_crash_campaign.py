"""Crash campaign: the program is killed (SIGKILL, nothing runs after it) at a random moment
while it saves incidents, imports JSON, takes in attachments and changes the passphrase; after
every kill the journal must open, pass its integrity check, and hold everything the program had
reported saved.

Two journals are worked on side by side (one per core), each through 100 kills; what each
survives accumulates, so later runs work on journals that have been crashed many times."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from hrjournal.errors import JournalError, WrongPassphrase
from hrjournal.services import journal as journal_service
from hrjournal.services.records import get_incident, read_attachment
from tests.proof import figures
from tests.proof.crash_worker import fingerprint
from tests.support.journals import OTHER_PASSPHRASE, PASSPHRASE, make_journal

RUNS = 200
LANES = 2
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Lane:
    """One journal, crashed again and again; what its program reported saved so far."""

    directory: Path
    work: Path
    passphrase: int = 0
    incidents: dict[str, str] = field(default_factory=dict)
    attachments: dict[str, str] = field(default_factory=dict)
    journals_lost: int = 0
    records_lost: int = 0
    operations_reported: int = 0
    killed_before_ready: int = 0
    problems: list[str] = field(default_factory=list)


def _run_once(lane: Lane, seed: int) -> list[tuple[str, str, str]]:
    """Start the worker, kill it at a random moment, return what it reported saved."""
    rng = random.Random(seed)
    secrets = (PASSPHRASE, OTHER_PASSPHRASE)
    current = secrets[lane.passphrase]
    command = [sys.executable, "-m", "tests.proof.crash_worker", str(lane.directory),
               str(lane.work), str(seed), current, secrets[1 - lane.passphrase]]  # fmt: skip
    lines: list[str] = []
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, env=os.environ.copy()) as worker:  # fmt: skip

        def read() -> None:
            assert worker.stdout is not None
            lines.extend(line.strip() for line in worker.stdout)

        reader = threading.Thread(target=read)
        reader.start()
        # One kill in ten lands while the program starts and unlocks; the rest while it works.
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.05, 0.5))
        else:
            deadline = time.monotonic() + 30
            while "ready" not in lines and worker.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.8))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        reader.join()
        assert worker.stderr is not None
        errors = worker.stderr.read()
    if worker.returncode != -signal.SIGKILL:
        lane.problems.append(f"run {seed} ended by itself ({worker.returncode}): {errors[-300:]}")
    if "ready" not in lines:
        lane.killed_before_ready += 1
    return [tuple(line.split(" ", 2)) for line in lines if line != "ready"]  # type: ignore[misc]


def _verify(lane: Lane, reported: list[tuple[str, str, str]], seed: int) -> None:
    """Open the journal as a user would and find every record the program reported saved."""
    for kind, value, digest in [(*r, "")[:3] for r in reported]:
        lane.operations_reported += 1
        if kind == "incident":
            lane.incidents[value] = digest
        elif kind == "attachment":
            lane.attachments[value] = digest
        elif kind == "passphrase":
            lane.passphrase = int(value)
    secrets = (PASSPHRASE, OTHER_PASSPHRASE)
    # A kill during a passphrase change may leave either one in force, never neither.
    for attempt in (lane.passphrase, 1 - lane.passphrase):
        try:
            journal = journal_service.unlock(lane.directory, secrets[attempt])
        except WrongPassphrase:
            continue
        except JournalError as error:
            lane.journals_lost += 1
            lane.problems.append(f"after run {seed} the journal does not open: {error}")
            return
        lane.passphrase = attempt
        break
    else:
        lane.journals_lost += 1
        lane.problems.append(f"after run {seed} neither passphrase opens the journal")
        return
    try:
        journal.check_integrity()
        # What this run reported, a sample of what earlier runs did, and at the end (seed -1)
        # everything: reading all of it after every run would cost more than the crashes.
        now = {r[1] for r in reported}
        earlier = random.Random(seed).sample(sorted(lane.incidents), min(50, len(lane.incidents)))
        for uid in lane.incidents if seed < 0 else [*now & lane.incidents.keys(), *earlier]:
            incident = get_incident(journal, uid)
            if fingerprint(incident.title, incident.description) != lane.incidents[uid]:
                lane.records_lost += 1
                lane.problems.append(f"after run {seed} incident {uid} changed")
        for uid in lane.attachments if seed < 0 else now & lane.attachments.keys():
            if hashlib.sha256(read_attachment(journal, uid)).hexdigest() != lane.attachments[uid]:
                lane.records_lost += 1
                lane.problems.append(f"after run {seed} attachment {uid} changed")
    except JournalError as error:
        lane.records_lost += 1
        lane.problems.append(f"after run {seed}: {error}")
    finally:
        journal.close()


def _work_lane(lane: Lane, seeds: list[int]) -> Lane:
    for seed in seeds:
        _verify(lane, _run_once(lane, seed), seed)
    _verify(lane, [], -1)  # every record, once more
    return lane


def test_kill_9_at_random_moments_loses_no_journal_and_no_reported_record(
    tmp_path: Path,
) -> None:
    lanes = []
    for number in range(LANES):
        directory = tmp_path / f"journal-{number}"
        make_journal(directory)
        work = tmp_path / f"work-{number}"
        work.mkdir()
        lanes.append(Lane(directory, work))
    started = time.monotonic()
    with ThreadPoolExecutor(LANES) as pool:
        done = list(
            pool.map(
                _work_lane,
                lanes,
                [list(range(n + 1, RUNS + 1, LANES)) for n in range(LANES)],
            )
        )
    seconds = time.monotonic() - started
    journals_lost = sum(lane.journals_lost for lane in done)
    records_lost = sum(lane.records_lost for lane in done)
    checked = {
        "incidents": sum(len(lane.incidents) for lane in done),
        "attachments": sum(len(lane.attachments) for lane in done),
    }
    figures.record(
        "crash",
        "a crash never leaves a half-written journal, and loses nothing reported saved",
        {
            "runs": RUNS,
            "killed_while_starting": sum(lane.killed_before_ready for lane in done),
            "operations_reported_saved": sum(lane.operations_reported for lane in done),
            "records_checked_at_the_end": checked,
            "journals_lost": journals_lost,
            "records_lost": records_lost,
            "seconds": round(seconds, 1),
        },
        f"{RUNS} kill -9 runs, {journals_lost} journals lost, {records_lost} records lost "
        f"({checked['incidents']:,} incidents and {checked['attachments']} attachments checked)",
    )
    problems = [problem for lane in done for problem in lane.problems]
    assert problems == []
    assert journals_lost == 0
    assert records_lost == 0
