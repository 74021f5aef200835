"""Run every benchmark, then write docs/proof.md: each figure beside its baseline, their ratio
and its target, and the proof campaigns' figures (tests/proof, which CI runs).

    .venv/bin/python benchmarks/run_all.py               # run every benchmark, then write
    .venv/bin/python benchmarks/run_all.py --campaigns   # also run the proof campaigns first
    .venv/bin/python benchmarks/run_all.py --write-only  # write from the last saved results

Each benchmark is its own script with its own baseline measured in the same run; this one only
runs them in turn (each in a fresh process) and reads the JSON they save.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
PROOF = ROOT / "docs" / "proof.md"
# In the order they run; bundled_start needs the bundle that ./dev bundle builds.
BENCHMARKS = ("unlock", "journal", "startup", "export", "wipe", "backup", "bundled_start")
CAMPAIGNS = ("crash", "corruption", "hostile_input", "leak", "offline", "bruteforce")


@dataclass(frozen=True)
class Row:
    """One line of the table: where its figure, baseline and ratio are in a result file."""

    benchmark: str
    what: str
    figure: str
    unit: str
    baseline: str | None
    baseline_what: str
    ratio: str | None
    target: str
    met: Callable[[dict[str, Any]], bool] | None  # None: context, no target


def _get(data: dict[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        value = value[part]
    return value


ROWS = (
    Row(
        "unlock",
        "unlock beyond Argon2id",
        "unlock_minus_argon2id_median_ms",
        "ms",
        "argon2id_median_s",
        "the Argon2id derivation alone (s)",
        "unlock_over_argon2id",
        "overhead < 50 ms",
        lambda d: d["unlock_minus_argon2id_median_ms"] < 50,
    ),
    Row(
        "unlock",
        "calibrated derivation",
        "calibration.achieved_median_s",
        "s",
        None,
        "its target, 1 s",
        "calibration.achieved_over_target",
        "within 25 % of 1 s",
        lambda d: d["calibration"]["within_25_percent"],
    ),
    Row(
        "journal",
        "import of 10,000 incidents",
        "sqlcipher.import_s",
        "s",
        "plain_sqlite.import_s",
        "plain SQLite, same code (s)",
        "ratio_sqlcipher_over_plain.import_s",
        "ratio < 1.5",
        lambda d: d["ratio_sqlcipher_over_plain"]["import_s"] < 1.5,
    ),
    Row(
        "journal",
        "first page of the list",
        "sqlcipher.newest_100_page_ms",
        "ms",
        "plain_sqlite.newest_100_page_ms",
        "plain SQLite (ms)",
        "ratio_sqlcipher_over_plain.newest_100_page_ms",
        "< 20 ms",
        lambda d: d["targets"]["page_and_open_under_20_ms"],
    ),
    Row(
        "journal",
        "search, Arabic",
        "sqlcipher.search_arabic_ms",
        "ms",
        "plain_sqlite.search_arabic_ms",
        "plain SQLite (ms)",
        "ratio_sqlcipher_over_plain.search_arabic_ms",
        "< 50 ms, ratio < 1.5",
        lambda d: d["targets"]["search_under_50_ms"] and d["targets"]["query_ratios_under_1_5"],
    ),
    Row(
        "journal",
        "attachment intake",
        "sqlcipher.attachment_write_mb_s",
        "MB/s",
        "sqlcipher.file_copy_fsynced_mb_s",
        "a plain fsynced file copy (MB/s)",
        "attachment_write_over_fsynced_copy",
        "at least half a file copy",
        lambda d: d["targets"]["attachments_at_least_half_of_file_copy"],
    ),
    Row(
        "journal",
        "peak memory, 10,000 incidents",
        "sqlcipher.peak_memory_mb",
        "MB",
        "plain_sqlite.peak_memory_mb",
        "plain SQLite (MB)",
        None,
        "< 300 MB",
        lambda d: d["targets"]["peak_memory_under_300_mb"],
    ),
    Row(
        "startup",
        "start to the unlock window",
        "unlock_window_shown_s",
        "s",
        "bare_window_shown_s",
        "a bare PySide6 window (s)",
        "ratio_unlock_window_over_bare",
        "ratio < 3",
        lambda d: d["ratio_unlock_window_over_bare"] < 3,
    ),
    Row(
        "startup",
        "peak memory, 10,000 incidents scrolled",
        "big_journal.peak_mb",
        "MB",
        "bare_window_peak_mb",
        "a bare PySide6 window (MB)",
        None,
        "< 300 MB",
        lambda d: d["big_journal"]["peak_mb"] < 300,
    ),
    Row(
        "startup",
        "longest UI stall, importing 1,000",
        "import_1000.longest_stall_ms",
        "ms",
        None,
        "",
        None,
        "< 100 ms",
        lambda d: d["import_1000"]["longest_stall_ms"] < 100,
    ),
    Row(
        "export",
        "1,000-incident summary PDF",
        "ours.end_to_end_s",
        "s",
        "plain_reportlab.layout_s",
        "plain reportlab, same text (s)",
        "ratios.end_to_end_vs_plain",
        "ratio < 2",
        lambda d: d["ratios"]["end_to_end_vs_plain"] < 2,
    ),
    Row(
        "export",
        "its peak memory",
        "ours.peak_memory_mb",
        "MB",
        "plain_reportlab.peak_memory_mb",
        "plain reportlab (MB)",
        "ratios.peak_memory_vs_plain",
        "< 400 MB",
        lambda d: d["ours"]["peak_memory_mb"] < 400,
    ),
    Row(
        "wipe",
        "start of the wipe to the key destroyed",
        "start_to_key_destroyed.median_s",
        "s",
        None,
        "",
        None,
        "< 0.3 s",
        lambda d: d["start_to_key_destroyed"]["median_s"] < 0.3,
    ),
    Row(
        "wipe",
        "whole wipe, 1 GiB and 50 exports",
        "whole_wipe.wipe_s",
        "s",
        "whole_wipe.dd_overwrite_s",
        "a raw overwrite of the same bytes (s)",
        "whole_wipe.ratio_wipe_vs_dd",
        "ratio < 1.3",
        lambda d: d["whole_wipe"]["ratio_wipe_vs_dd"] < 1.3,
    ),
    Row(
        "backup",
        "backup of a 1 GiB journal",
        "backup_s",
        "s",
        "plain_copy_s",
        "a plain fsynced copy (s)",
        "ratio_backup_vs_copy",
        "ratio < 1.5",
        lambda d: d["ratio_backup_vs_copy"] < 1.5,
    ),
    Row(
        "backup",
        "re-encryption alone (the floor)",
        "reencryption_floor_s",
        "s",
        "plain_copy_s",
        "a plain fsynced copy (s)",
        "ratio_floor_vs_copy",
        "(context)",
        None,
    ),
    Row(
        "bundled_start",
        "installed program to its unlock window",
        "bundled_to_unlock_window_s",
        "s",
        "source_to_unlock_window_s",
        "the same from source (s)",
        "ratio_bundled_vs_source",
        "(measured)",
        None,
    ),
    Row(
        "bundled_start",
        "the Linux bundle",
        "bundle_mib",
        "MiB",
        None,
        "",
        None,
        "< 120 MB",
        lambda d: d["bundle_mib"] * 1.048576 < 120,
    ),
)


def _run(name: str) -> tuple[bool, float]:
    script = ROOT / "benchmarks" / f"{name}.py"
    started = time.monotonic()
    print(f"== {name}", flush=True)
    ran = subprocess.run([sys.executable, str(script)], cwd=ROOT, check=False)
    return ran.returncode == 0, time.monotonic() - started


def _load(folder: Path, name: str) -> dict[str, Any] | None:
    path = folder / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _benchmark_table(failed: set[str]) -> list[str]:
    lines = [
        "| benchmark | figure | result | baseline (same run) | ratio | target | met | measured |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        data = _load(RESULTS, row.benchmark)
        if data is None or row.benchmark in failed:
            lines.append(f"| {row.benchmark} | {row.what} | not measured | | | {row.target} | | |")
            continue
        measured = datetime.datetime.fromtimestamp(
            (RESULTS / f"{row.benchmark}.json").stat().st_mtime, datetime.UTC
        ).strftime("%Y-%m-%d %H:%M UTC")
        try:
            figure = f"{_number(_get(data, row.figure))} {row.unit}"
            baseline = (
                f"{_number(_get(data, row.baseline))}: {row.baseline_what}" if row.baseline else ""
            )
            ratio = f"×{_get(data, row.ratio):.2f}" if row.ratio else ""
            met = "" if row.met is None else "yes" if row.met(data) else "**no**"
        except (KeyError, TypeError):
            lines.append(f"| {row.benchmark} | {row.what} | missing in its results | | | | | |")
            continue
        lines.append(
            f"| {row.benchmark} | {row.what} | {figure} | {baseline} | {ratio} | "
            f"{row.target} | {met} | {measured} |"
        )
    return lines


def _campaign_table() -> list[str]:
    lines = [
        "| campaign | the promise it tries to break | how it held | measured |",
        "|---|---|---|---|",
    ]
    for name in CAMPAIGNS:
        data = _load(RESULTS / "proof", name)
        if data is None:
            lines.append(f"| {name} | | not run yet (`./dev test tests/proof`) | |")
            continue
        lines.append(f"| {name} | {data['promise']} | {data['headline']} | {data['measured']} |")
    return lines


def write_proof(failed: set[str]) -> None:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = [
        "# Proof: how HR Journal's promises held, and how fast it is",
        "",
        f"Written by `benchmarks/run_all.py` on {now}, on a machine with {os.cpu_count()} "
        f"cores and Python {platform.python_version()}. Every figure comes from a script or a "
        "test in this repository; run them again to check it.",
        "",
        "## Campaigns",
        "",
        "Each promise HR Journal makes ([SECURITY.md](../SECURITY.md)) gets a campaign in "
        "`tests/proof/` that tries to break it. They are tests marked slow: CI runs them, "
        '`./dev test -m "not slow"` skips them. Each test fails if its promise does not hold; '
        "the details of every run are in `benchmarks/results/proof/*.json`.",
        "",
        *_campaign_table(),
        "",
        "## Benchmarks",
        "",
        "Each benchmark measures its baseline in the same run, on the same data, and reports "
        "the ratio. Results in `benchmarks/results/*.json`.",
        "",
        *_benchmark_table(failed),
        "",
    ]
    PROOF.write_text("\n".join(text), encoding="utf-8")
    print(f"wrote {PROOF.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", action="store_true", help="run tests/proof first")
    parser.add_argument("--write-only", action="store_true", help="only write docs/proof.md")
    arguments = parser.parse_args()
    failed: set[str] = set()
    if arguments.campaigns:
        subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/proof"], cwd=ROOT, check=False)
    if not arguments.write_only:
        for name in BENCHMARKS:
            ok, seconds = _run(name)
            print(f"   {name}: {'ok' if ok else 'FAILED'} in {seconds:.0f} s", flush=True)
            if not ok:
                failed.add(name)
    write_proof(failed)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
