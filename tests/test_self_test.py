"""`hrjournal --self-test`, the trainer's check of a borrowed laptop: every step passes, and
nothing is left behind in the temporary folder it used."""

from __future__ import annotations

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
                 "Panic wipe"):  # fmt: skip
        assert any(line.startswith(step) and ": ok " in line for line in lines), ran.stdout
    assert lines[-1] == "Self-test passed."
    assert list(temp.iterdir()) == []


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
