"""The panic wipe, timed: how soon the key is gone, and the whole wipe against dd.

    .venv/bin/python benchmarks/wipe.py [--gib 1.0] [--exports 50] [--out FILE.json]

1. From the start of `hrjournal panic --now` (a new process, interpreter start included) to the
   moment the key header no longer holds its magic bytes, seen by polling the file every
   millisecond from outside. Seven runs on small journals; the median.
2. The whole wipe of a journal holding GiB of attachments and 50 exported PDFs, against `dd`
   overwriting the very same files with random bytes and flushing them (conv=fsync), in the
   same run, on a copy of the same journal.

Prints and saves JSON with the ratio wipe / dd.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase, never a real one"
MAGIC = b"HRJKEYHD"
CHUNK = 128 * 1024 * 1024


def _program(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "hrjournal", *arguments]


def time_to_key_destroyed(work: Path, runs: int = 7) -> dict[str, Any]:
    from hrjournal.vault.journal import create_journal

    seconds = []
    for number in range(runs):
        directory = work / f"small{number}"
        create_journal(directory, PASSPHRASE)
        header = directory / "journal.header"
        started = time.perf_counter()
        process = subprocess.Popen(_program("--journal", str(directory), "panic", "--now"),
                                   stdout=subprocess.DEVNULL, cwd=ROOT)  # fmt: skip
        while True:
            try:
                with open(header, "rb") as file:
                    if file.read(len(MAGIC)) != MAGIC:
                        break
            except FileNotFoundError:
                break
            time.sleep(0.001)
        seconds.append(time.perf_counter() - started)
        process.wait()
    return {
        "median_s": round(statistics.median(seconds), 3),
        "runs_s": [round(s, 3) for s in seconds],
    }


def build_big_journal(directory: Path, gib: float, exports: int, outside: Path) -> None:
    from hrjournal.domain.incident import Incident
    from hrjournal.services.records import add_attachment, new_id, save_incident
    from hrjournal.services.reports import ReportKind, ReportRequest, export_report
    from hrjournal.vault.journal import create_journal, unlocked

    create_journal(directory, PASSPHRASE)
    total = int(gib * 1024**3)
    with unlocked(directory, PASSPHRASE) as journal:
        incident = save_incident(journal, Incident(id=new_id("incident"), title="Evidence"))
        written = 0
        source = outside.parent / "evidence.bin"
        while written < total:
            size = min(CHUNK, total - written)
            with open(source, "wb") as file:
                file.write(os.urandom(size))
            add_attachment(journal, incident.id, source)
            written += size
        source.unlink()
        for number in range(exports):
            export_report(journal, ReportRequest(ReportKind.INCIDENT, reference=incident.id),
                          outside / f"report-{number:02d}.pdf")  # fmt: skip


def _files_of(directory: Path, outside: Path) -> list[Path]:
    return [p for p in sorted(directory.iterdir()) if p.is_file()] + sorted(outside.iterdir())


def dd_overwrite(files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        size = path.stat().st_size
        blocks = max(1, -(-size // (1024 * 1024)))
        subprocess.run(["dd", "if=/dev/urandom", f"of={path}", "bs=1M", f"count={blocks}",
                        "conv=notrunc,fsync", "status=none"], check=True)  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--exports", type=int, default=50)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/wipe.json")
    arguments = parser.parse_args()
    # Throwaway journals: cheap key derivation keeps the set-up short (unlocking is not timed).
    os.environ["HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS"] = "1"
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(dir=ROOT / "benchmarks") as folder:
        work = Path(folder)
        key = time_to_key_destroyed(work)
        journal, outside = work / "big", work / "usb"
        outside.mkdir()
        build_big_journal(journal, arguments.gib, arguments.exports, outside)
        copy, copy_outside = work / "big-copy", work / "usb-copy"
        shutil.copytree(journal, copy)
        shutil.copytree(outside, copy_outside)
        files = _files_of(copy, copy_outside)
        total_bytes = sum(p.stat().st_size for p in files)
        os.sync()
        dd_seconds = dd_overwrite(files)
        os.sync()
        started = time.perf_counter()
        wiped = subprocess.run(_program("--journal", str(journal), "panic", "--now"),
                               capture_output=True, text=True, cwd=ROOT, check=False)  # fmt: skip
        wipe_seconds = time.perf_counter() - started
        assert wiped.returncode == 0, wiped.stderr
        assert not journal.exists()
        assert not any(outside.iterdir())
    results = {
        "benchmark": "wipe",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "start_to_key_destroyed": {**key, "target_s": 0.3},
        "whole_wipe": {
            "bytes": total_bytes,
            "files": len(files),
            "exports": arguments.exports,
            "wipe_s": round(wipe_seconds, 2),
            "dd_overwrite_s": round(dd_seconds, 2),
            "ratio_wipe_vs_dd": round(wipe_seconds / dd_seconds, 2),
            "target_ratio": 1.3,
        },
    }
    print(json.dumps(results, indent=2))
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
