"""`hrjournal --self-test`, the trainer's check of a borrowed laptop: every step passes, and
nothing is left behind in the temporary folder it used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.journals import run_cli


def test_the_self_test_passes_and_leaves_nothing(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    ran = run_cli("--self-test", env={"TMPDIR": str(temp)})
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    for step in ("Create a journal", "Write an incident", "Search", "Export a protected PDF",
                 "Panic wipe", "This computer's keyring", "Open the window"):  # fmt: skip
        assert any(line.startswith(step) and ": ok " in line for line in lines), ran.stdout
    window = next(line for line in lines if line.startswith("Open the window: ok"))
    assert "ar (right to left)" in window
    assert "fa (right to left)" in window
    assert "ru" in window
    assert lines[-1] == "Self-test passed."
    assert list(temp.iterdir()) == []


def test_without_a_screen_the_window_step_says_so_and_the_test_fails(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    ran = subprocess.run(
        [sys.executable, "-m", "hrjournal", "--self-test"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "Open the window: FAILED" in ran.stdout
    assert "there is no screen to open it on" in ran.stdout
    assert "Traceback" not in ran.stdout + ran.stderr
    assert ran.stdout.splitlines()[-1] == "Self-test FAILED: see the step above."


def test_a_failing_step_is_named_and_stops_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from hrjournal.services import self_test

    monkeypatch.setattr(self_test.searching, "search_journal", lambda *_: [])
    seen: list[self_test.StepResult] = []
    assert self_test.run_self_test(seen.append) is False
    assert [(s.name, s.ok) for s in seen] == [
        ("Create a journal", True),
        ("Write an incident with evidence", True),
        ("Search", False),
    ]
    assert "found nothing" in seen[-1].detail
