"""Device binding against a real gnome-keyring over D-Bus, as on a defender's desktop."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCENARIO = Path(__file__).parent.parent / "support" / "real_keyring_scenario.py"
NEEDED = ("dbus-run-session", "gnome-keyring-daemon")
MISSING = [tool for tool in NEEDED if shutil.which(tool) is None]


@pytest.mark.slow
@pytest.mark.skipif(
    bool(MISSING), reason=f"needs D-Bus and gnome-keyring (missing: {', '.join(MISSING)})"
)
def test_binding_with_the_real_secret_service(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    work = tmp_path / "work"
    work.mkdir()
    script = (
        "echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f'exec "{sys.executable}" "{SCENARIO}" "{work}"'
    )
    root = str(Path(__file__).parents[2])
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "real keyring scenario passed" in result.stdout
