from __future__ import annotations

from pathlib import Path

import pytest

from hrjournal.services.locations import default_journal_directory


def test_hrjournal_home_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HRJOURNAL_HOME", str(tmp_path / "x"))
    assert default_journal_directory() == tmp_path / "x"


def test_linux_uses_the_xdg_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_journal_directory() == tmp_path / "data" / "hrjournal" / "journal"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_journal_directory() == Path.home() / ".local/share/hrjournal/journal"


def test_windows_and_macos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert default_journal_directory() == tmp_path / "HR Journal" / "journal"
    monkeypatch.setattr("sys.platform", "darwin")
    assert default_journal_directory().parts[-3:] == (
        "Application Support",
        "HR Journal",
        "journal",
    )
