"""Where the journal lives when the user does not say."""

from __future__ import annotations

import os
import sys
from pathlib import Path

JOURNAL_HOME_ENV = "HRJOURNAL_HOME"


def default_journal_directory() -> Path:
    """The platform's per-user data folder, unless HRJOURNAL_HOME names another."""
    override = os.environ.get(JOURNAL_HOME_ENV)
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "HR Journal" / "journal"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "HR Journal" / "journal"
    base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "hrjournal" / "journal"
