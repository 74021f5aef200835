"""The real program in a real window on a real (virtual) X server, seen in a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtGui import QImage

from tests.support.xserver import XVFB, virtual_display

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def display() -> Iterator[str]:
    if XVFB is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb xauth)")
    with virtual_display() as name:
        yield name


def _colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_the_app_opens_a_real_window_that_is_not_blank(display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HRJOURNAL_HOME": str(tmp_path / "journal"),
        "PYTHONPATH": str(ROOT),
    }
    errors = tmp_path / "stderr.txt"
    with open(errors, "wb") as stderr:
        app = subprocess.Popen(
            [sys.executable, "-m", "hrjournal"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    shot = tmp_path / "screen.png"
    colours = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.5)
            subprocess.run(
                [sys.executable, "-m", "tests.support.grab_screen", str(shot)],
                env=env,
                cwd=ROOT,
                check=True,
                timeout=30,
            )
            colours = _colours(shot)
            if colours > 20:
                break
        assert app.poll() is None, errors.read_text(errors="replace")[-2000:]
    finally:
        app.terminate()
        app.wait(10)
    # An empty X screen is one colour; a window with text and widgets has many.
    assert colours > 20
    assert "Traceback" not in errors.read_text(errors="replace")
    # Nothing of a journal is created by merely opening the first-run screen.
    assert not (tmp_path / "journal").exists()
