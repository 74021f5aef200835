"""How long the installed program takes to show its unlock window, against the same from source.

    .venv/bin/python benchmarks/bundled_start.py [--runs 7] [--bundle dist/hrjournal/hrjournal]
                                                 [--out benchmarks/results/bundled_start.json]

Build the bundle first (./dev bundle). Both programs open the same journal on a real X server
(Xvfb, started here) and are timed from their start to the moment the window named "HR Journal"
is mapped, as the X server reports it (xev on the root window): the same outside view for
both, with no code of ours inside either. Runs alternate bundled and source, so a slow moment
of the machine falls on both. Needs Debian's xvfb and x11-utils.
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

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase of several words"


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            display = f":{number}"
            server = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(200):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return server, display
                time.sleep(0.01)
            server.kill()
    raise SystemExit("Xvfb did not start")


def _time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to the X server mapping its first top-level window
    (seen through xev, which prints each map as it happens; only this program draws here)."""
    watcher = subprocess.Popen(
        ["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert watcher.stdout is not None
    time.sleep(0.2)  # xev is listening
    started = time.perf_counter()
    program = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        for line in watcher.stdout:
            if line.startswith("MapNotify event"):
                return time.perf_counter() - started
        raise SystemExit("the program ended without showing a window")
    finally:
        for process in (program, watcher):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist/hrjournal/hrjournal")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/bundled_start.json")
    arguments = parser.parse_args()
    missing = [tool for tool in ("Xvfb", "xev", "stdbuf") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"Install {', '.join(missing)} (Debian: xvfb x11-utils) to run this.")
    if not arguments.bundle.is_file():
        raise SystemExit(f"No bundle at {arguments.bundle}: run ./dev bundle first.")
    source = [sys.executable, "-m", "hrjournal"]
    server, display = _start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as work:
            directory = Path(work) / "journal"
            home = Path(work) / "home"
            home.mkdir()
            env = {
                **os.environ,
                "DISPLAY": display,
                "HOME": str(home),
                "QT_QPA_PLATFORM": "xcb",
                "HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS": "1",
            }
            env.pop("WAYLAND_DISPLAY", None)
            passphrase = Path(work) / "passphrase"
            passphrase.write_text(PASSPHRASE)
            subprocess.run(
                [
                    *source,
                    "--journal",
                    str(directory),
                    "init",
                    "--passphrase-file",
                    str(passphrase),
                ],
                env=env,
                check=True,
                capture_output=True,
            )
            timings: dict[str, list[float]] = {"bundled": [], "source": []}
            for _name, command in (("bundled", [str(arguments.bundle)]), ("source", source)):
                _time_to_window([*command, "--journal", str(directory)], env)  # warm the caches
            for _ in range(arguments.runs):
                for name, command in (("bundled", [str(arguments.bundle)]), ("source", source)):
                    timings[name].append(
                        _time_to_window([*command, "--journal", str(directory)], env)
                    )
    finally:
        server.terminate()
        server.wait()
    bundled, from_source = (statistics.median(timings[k]) for k in ("bundled", "source"))
    results = {
        "benchmark": "bundled_start",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "runs": arguments.runs,
        "bundle_mib": round(
            sum(
                p.stat().st_size
                for p in arguments.bundle.parent.rglob("*")
                if p.is_file() and not p.is_symlink()
            )
            / 2**20,
            1,
        ),
        "bundled_to_unlock_window_s": round(bundled, 3),
        "source_to_unlock_window_s": round(from_source, 3),
        "ratio_bundled_vs_source": round(bundled / from_source, 2),
        "all_s": {k: [round(v, 3) for v in values] for k, values in timings.items()},
    }
    print(json.dumps(results, indent=2))
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
