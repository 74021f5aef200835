"""How quickly the app appears, how much memory a big journal takes, and whether the window
stays responsive during long work.

Each measurement runs in a fresh process (`--child MODE`), against a baseline measured in the
same run:
- start to the unlock window shown, against a bare PySide6 window (target: ratio under 3);
- unlock to the main window shown, with the key derivation it includes named separately;
- peak memory with a 10,000-incident journal open and its list scrolled end to end
  (target: under 300 MB), beside the bare window's;
- the longest stall of the UI thread while 1,000 incidents are imported (target: under
  100 ms), sampled by a 5 ms timer on the UI thread.

    python benchmarks/startup.py [--runs 5] [--out benchmarks/results/startup.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from peak_memory import peak_mb  # beside this script

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase of several words"
WORDS = " ".join(
    (
        "la policía detención arbitraria oficina abogada amenaza agentes documentos defensora",
        "اعتقال تعسفي الشرطة المحكمة محامية تهديد مداهمة",
        "задержание полиция суд адвокат угроза",
    )
).split()


def _journal_json(path: Path, incidents: int) -> None:
    rng = random.Random(2026)

    def text(words: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(words))

    document = {
        "format": "hrjournal/1",
        "contacts": [{"id": f"c-{n}", "name": f"Contact {n}"} for n in range(200)],
        "incidents": [
            {
                "id": f"i-{n}",
                "title": text(8),
                "description": text(300),
                "start": f"{2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "location": {"country": "MX", "locality": "Oaxaca"},
                "types": ["threats::threat"],
                "affected": ["me", f"c-{n % 200}"],
                "tags": [f"tag{n % 50}"],
                "private_notes": text(30),
            }
            for n in range(incidents)
        ],
        "safety_plans": [],
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


# -- children: each prints one JSON line ---------------------------------------------------


def _since_spawn() -> float:
    return time.time() - float(os.environ["SPAWNED_AT"])


def _wait(app: Any, condition: Any, limit: float = 600.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.001)


def child_bare() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.show()
    app.processEvents()
    return {"shown_s": _since_spawn(), "peak_mb": peak_mb()}


def _app_window(directory: Path) -> tuple[Any, Any]:
    from hrjournal.resources import preload_fonts

    preload_fonts()  # as `hrjournal` does before it loads Qt
    from hrjournal.ui.app import make_application
    from hrjournal.ui.main_window import MainWindow

    app = make_application(["hrjournal"])
    window = MainWindow(directory)
    window.show()
    app.processEvents()
    return app, window


def _unlock(app: Any, window: Any) -> float:
    start = time.perf_counter()
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    _wait(app, lambda: window.pages.currentWidget() is window.journal_page)
    app.processEvents()
    return time.perf_counter() - start


def child_unlock_window(directory: Path) -> dict[str, Any]:
    app, window = _app_window(directory)
    shown = _since_spawn()
    assert window.pages.currentWidget() is window.unlock_view
    from hrjournal.services import journal as journal_service

    start = time.perf_counter()
    journal_service.unlock(directory, PASSPHRASE).close()
    key_derivation = time.perf_counter() - start
    to_main = _unlock(app, window)
    return {
        "unlock_window_shown_s": shown,
        "unlock_to_main_window_s": to_main,
        "of_which_key_derivation_s": key_derivation,
    }


def child_scroll(directory: Path) -> dict[str, Any]:
    app, window = _app_window(directory)
    _unlock(app, window)
    incidents = window.journal_view.incidents
    table, model = incidents.table, incidents.model
    start = time.perf_counter()
    while model.canFetchMore():
        table.scrollToBottom()
        app.processEvents()
    table.scrollToBottom()
    app.processEvents()
    return {
        "rows_listed": model.rowCount(),
        "scroll_end_to_end_s": round(time.perf_counter() - start, 2),
        "peak_mb": peak_mb(),
    }


def child_import_stall(directory: Path, data: Path) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    app, window = _app_window(directory)
    _unlock(app, window)
    interval = 5
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        if os.environ.get("SHOW_GAPS") and gaps[-1] > 30:
            print(f"gap {gaps[-1]:.0f} ms at {now / 1e6:.0f} ms", file=sys.stderr)
        last[0] = now

    timer = QTimer()
    timer.setInterval(interval)
    timer.timeout.connect(tick)
    timer.start()
    exports = window.journal_view.exports
    start = time.perf_counter()
    exports.import_from(data)
    _wait(app, lambda: not window.session.busy)
    seconds = time.perf_counter() - start
    timer.stop()
    assert "Imported" in exports.message.text(), exports.message.text()
    longest = max(gaps)
    return {
        "import_s": round(seconds, 2),
        "samples": len(gaps),
        "longest_gap_ms": round(longest, 1),
        "longest_stall_ms": round(max(0.0, longest - interval), 1),
        "p99_gap_ms": round(sorted(gaps)[int(len(gaps) * 0.99)], 1),
    }


# -- the run ---------------------------------------------------------------------------------


def _child(mode: str, *arguments: str, cheap_kdf: bool = False) -> dict[str, Any]:
    env = {**os.environ, "SPAWNED_AT": repr(time.time()), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(ROOT)
    if cheap_kdf:  # the key derivation is not what these measure
        env["HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS"] = "1"
    else:
        env.pop("HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS", None)
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, *arguments],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _make_journal(directory: Path, data: Path | None, *, cheap_kdf: bool) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if cheap_kdf:
        env["HRJOURNAL_INSECURE_CHEAP_KDF_FOR_TESTS"] = "1"
    secret = directory.parent / f"{directory.name}.passphrase"
    secret.write_text(PASSPHRASE)
    hrjournal = [sys.executable, "-m", "hrjournal", "--journal", str(directory)]
    subprocess.run([*hrjournal, "init", "--passphrase-file", str(secret)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    if data is not None:
        subprocess.run([*hrjournal, "import", str(data), "--passphrase-file", str(secret)],
                       env=env, check=True, capture_output=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/startup.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("arguments", nargs="*", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        paths = [Path(a) for a in options.arguments]
        runner = {
            "bare": child_bare,
            "unlock_window": child_unlock_window,
            "scroll": child_scroll,
            "import_stall": child_import_stall,
        }[options.child]
        print(json.dumps(runner(*paths)), flush=True)  # type: ignore[operator]
        # Skip interpreter teardown: Qt objects the measurement kept would be destroyed in
        # an arbitrary order, which says nothing about the program and can abort.
        os._exit(0)

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        small, big, target = work / "small", work / "big", work / "target"
        big_data, stall_data = work / "big.json", work / "stall.json"
        _journal_json(big_data, 10_000)
        _journal_json(stall_data, 1_000)
        _make_journal(small, None, cheap_kdf=False)  # a real, calibrated key derivation
        _make_journal(big, big_data, cheap_kdf=True)
        _make_journal(target, None, cheap_kdf=True)

        bare, app = [], []
        for _ in range(options.runs):  # interleaved, so both see the same machine
            bare.append(_child("bare"))
            app.append(_child("unlock_window", str(small)))
        scroll = _child("scroll", str(big), cheap_kdf=True)
        stall = _child("import_stall", str(target), str(stall_data), cheap_kdf=True)

    def median(runs: list[dict[str, Any]], key: str) -> float:
        return round(statistics.median(r[key] for r in runs), 3)

    bare_shown = median(bare, "shown_s")
    unlock_shown = median(app, "unlock_window_shown_s")
    result = {
        "benchmark": "startup",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "runs": options.runs,
        "bare_window_shown_s": bare_shown,
        "unlock_window_shown_s": unlock_shown,
        "ratio_unlock_window_over_bare": round(unlock_shown / bare_shown, 2),
        "unlock_to_main_window_s": median(app, "unlock_to_main_window_s"),
        "of_which_key_derivation_s": median(app, "of_which_key_derivation_s"),
        "bare_window_peak_mb": median(bare, "peak_mb"),
        "big_journal": scroll,
        "import_1000": stall,
    }
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
