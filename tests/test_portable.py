"""Portable mode: run from a USB stick with the journal beside the program, and leave nothing
in the host's user folders (its home and its temporary folder are checked afterwards)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hrjournal.resources import find

from tests.support.journals import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from hrjournal.cli import main
sys.exit(main())
"""


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "hrjournal-on-a-stick.py").write_text(LAUNCHER)
    (folder / "hrjournal.portable").write_text("")
    (folder / "pw").write_text(PASSPHRASE)
    return folder


def _host(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    home, temp = tmp_path / "host-home", tmp_path / "host-tmp"
    home.mkdir()
    temp.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("XDG_") and k not in ("HRJOURNAL_HOME", "TMPDIR", "TEMP", "TMP")
    }
    env |= {"HOME": str(home), "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    return home, temp, env


def _run(stick: Path, env: dict[str, str], *arguments: str, timeout: float = 120) -> str:
    done = subprocess.run(
        [sys.executable, str(stick / "hrjournal-on-a-stick.py"), *arguments],
        capture_output=True, text=True, env=env, cwd=stick, timeout=timeout, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_portable_run_writes_nothing_outside_its_folder(stick: Path, tmp_path: Path) -> None:
    home, temp, env = _host(tmp_path)
    pw = ["--passphrase-file", str(stick / "pw")]
    created = _run(stick, env, "init", *pw)
    assert str(stick / "journal") in created
    example = Path(str(find("examples/journal.json")))
    _run(stick, env, "import", str(example), *pw)
    _run(stick, env, "search", "Registro", *pw)
    _run(stick, env, "report", "incidents", "--out", str(stick / "summary.pdf"), *pw)
    # The app itself: started, left on its unlock window for a few seconds, then stopped.
    log = tmp_path / "app.log"
    with log.open("wb") as errors:
        app = subprocess.Popen(
            [sys.executable, str(stick / "hrjournal-on-a-stick.py")],
            env=env, cwd=stick, stdout=subprocess.DEVNULL, stderr=errors,
        )  # fmt: skip
        try:
            app.wait(timeout=6)
            pytest.fail(f"the app stopped by itself: {log.read_text()}")
        except subprocess.TimeoutExpired:
            app.terminate()
            app.wait(10)
    assert (stick / "journal" / "journal.header").is_file()
    assert sorted(p.name for p in home.rglob("*")) == []
    assert sorted(p.name for p in temp.rglob("*")) == []


def test_the_marker_can_name_another_folder(stick: Path, tmp_path: Path) -> None:
    _, _, env = _host(tmp_path)
    (stick / "hrjournal.portable").write_text("data/my-journal\n")
    _run(stick, env, "init", "--passphrase-file", str(stick / "pw"))
    assert (stick / "data" / "my-journal" / "journal.header").is_file()


def test_on_macos_the_marker_sits_beside_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside `HR Journal.app` a file would break the app's signature."""
    from hrjournal.services.locations import portable_directory

    program = tmp_path / "usb" / "HR Journal.app" / "Contents" / "MacOS" / "hrjournal"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(sys, "argv", [str(program)])
    assert portable_directory() is None
    (tmp_path / "usb" / "hrjournal.portable").write_text("")
    assert portable_directory() == tmp_path / "usb" / "journal"
