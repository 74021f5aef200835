"""What unlocking costs beyond the deliberate Argon2id work, and how well calibration hits 1 s.

    .venv/bin/python benchmarks/unlock.py [--runs 9] [--out benchmarks/results/unlock.json]

Baseline, measured in the same run: one bare Argon2id derivation with the journal's own
parameters and salt. The overhead is measured twice: as unlock minus that baseline (paired
runs), and directly, as the unlock of a journal whose Argon2id costs nothing.

Targets: unlock minus Argon2id under 50 ms (median); the calibrated derivation within 25% of
its 1 s target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from hrjournal.vault.header import read_header
from hrjournal.vault.journal import create_journal, secret_bytes, unlock_journal
from hrjournal.vault.kdf import (
    CHEAP_KDF_FOR_TESTS_ENV,
    TARGET_SECONDS,
    Argon2Params,
    argon2id,
    calibrate,
)
from hrjournal.vault.keyslots import SlotRole

PASSPHRASE = "benchmark passphrase, long enough"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/unlock.json"))
    options = parser.parse_args()
    os.environ.pop(CHEAP_KDF_FOR_TESTS_ENV, None)

    started = time.perf_counter()
    params = calibrate()
    calibration_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch) / "journal"
        create_journal(directory, PASSPHRASE, params=params)
        header = read_header(directory / "journal.header").header
        salt = header.slots[SlotRole.PASSPHRASE].salt
        argon2_times, unlock_times = [], []
        argon2id(secret_bytes(PASSPHRASE), salt, params)  # warm-up: map the memory once
        for _ in range(options.runs):
            begin = time.perf_counter()
            argon2id(secret_bytes(PASSPHRASE), salt, params)
            argon2_times.append(time.perf_counter() - begin)
            begin = time.perf_counter()
            unlock_journal(directory, PASSPHRASE).close()
            unlock_times.append(time.perf_counter() - begin)

        # The same unlock with the cheapest Argon2id: everything but the deliberate work.
        cheap = Path(scratch) / "cheap"
        create_journal(cheap, PASSPHRASE, params=Argon2Params.cheapest_for_tests())
        rest_times = []
        for _ in range(options.runs * 10):
            begin = time.perf_counter()
            unlock_journal(cheap, PASSPHRASE).close()
            rest_times.append(time.perf_counter() - begin)

    overheads = [u - a for u, a in zip(unlock_times, argon2_times, strict=True)]
    argon2_median = statistics.median(argon2_times)
    result = {
        "benchmark": "unlock",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "runs": options.runs,
        "params": {
            "memory_mib": params.memory_kib // 1024,
            "time_cost": params.time_cost,
            "parallelism": params.parallelism,
        },
        "calibration": {
            "target_s": TARGET_SECONDS,
            "achieved_median_s": round(argon2_median, 4),
            "achieved_over_target": round(argon2_median / TARGET_SECONDS, 3),
            "within_25_percent": abs(argon2_median / TARGET_SECONDS - 1) <= 0.25,
            "calibration_took_s": round(calibration_seconds, 3),
        },
        "argon2id_median_s": round(argon2_median, 4),
        "unlock_median_s": round(statistics.median(unlock_times), 4),
        "unlock_over_argon2id": round(statistics.median(unlock_times) / argon2_median, 4),
        "unlock_minus_argon2id_median_ms": round(statistics.median(overheads) * 1000, 2),
        "unlock_without_argon2id_median_ms": round(statistics.median(rest_times) * 1000, 2),
        "unlock_without_argon2id_max_ms": round(max(rest_times) * 1000, 2),
        "overhead_under_50_ms": max(statistics.median(overheads), statistics.median(rest_times))
        < 0.050,
    }
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
