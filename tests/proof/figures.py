"""Where each proof campaign leaves its figures: one JSON file per campaign in
benchmarks/results/proof/, which benchmarks/run_all.py gathers into docs/proof.md beside the
benchmarks' figures."""

from __future__ import annotations

import datetime
import json
import os
import platform
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parents[2] / "benchmarks" / "results" / "proof"


def record(campaign: str, promise: str, figures: dict[str, Any], headline: str) -> Path:
    """Save one campaign's figures.

    `promise` names the promise (SECURITY.md) it tries to break; `headline` is the one
    line the proof table shows (e.g. "200 runs, 0 journals lost, 0 records lost")."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    path = FOLDER / f"{campaign}.json"
    path.write_text(
        json.dumps(
            {
                "campaign": campaign,
                "promise": promise,
                "headline": headline,
                "figures": figures,
                "measured": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    return path
