"""Where the journal lives when the user does not say, and portable mode.

Portable mode: a file named `hrjournal.portable` beside the program (a USB stick with the
program and the journal on it; on macOS beside `HR Journal.app`, as a file inside a signed app
would break its signature) makes the journal the folder it names (`journal` beside it by
default), and keeps everything the program or Qt would write in the host's user folders
(caches, settings, runtime files, temporary files) inside a folder on the stick instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

JOURNAL_HOME_ENV = "HRJOURNAL_HOME"
PORTABLE_MARKER = "hrjournal.portable"
PORTABLE_HOST_FOLDER = ".hrjournal-host"  # on the stick: what would go to the host's folders


def _program_folders() -> list[Path]:
    folders = []
    if getattr(sys, "frozen", False):  # an installed bundle: the folder of its executable
        executable = Path(sys.executable).resolve()
        folders.append(executable.parent)
        contents = executable.parent.parent
        if (executable.parent.name, contents.name, contents.parent.suffix) == (
            "MacOS",
            "Contents",
            ".app",
        ):  # a macOS app: beside it, not inside its signed folder
            folders.append(contents.parent.parent)
    if sys.argv and sys.argv[0]:
        folders.append(Path(sys.argv[0]).resolve().parent)
    return folders


def portable_directory() -> Path | None:
    """The journal folder a portable marker beside the program names, or None."""
    for folder in _program_folders():
        marker = folder / PORTABLE_MARKER
        try:
            named = marker.read_text(encoding="utf-8").strip() if marker.is_file() else None
        except (OSError, UnicodeDecodeError):
            named = None
        if named is not None:
            path = Path(named or "journal")
            return path if path.is_absolute() else folder / path
    return None


def keep_host_folders_clean(journal: Path) -> None:
    """In portable mode, point every per-user folder a library might write to (XDG caches,
    settings and runtime files, the temporary folder) at a folder beside the journal, before
    anything (Qt above all) reads them."""
    base = journal.parent / PORTABLE_HOST_FOLDER
    for variable, name in (
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
        ("TMPDIR", "tmp"),
        ("TEMP", "tmp"),
        ("TMP", "tmp"),
    ):
        folder = base / name
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.chmod(0o700)
        os.environ[variable] = str(folder)


def default_journal_directory() -> Path:
    """A portable journal beside the program, else the one HRJOURNAL_HOME names, else the
    platform's per-user data folder."""
    portable = portable_directory()
    if portable is not None:
        return portable
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
