"""Helpers to make journals and look at their files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hrjournal.vault.journal import NewJournal, create_journal

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a completely different passphrase"


def make_journal(directory: Path, passphrase: str = PASSPHRASE, **options: object) -> NewJournal:
    return create_journal(directory, passphrase, **options)  # type: ignore[arg-type]


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file in `directory` with its bytes, to prove an operation changed nothing."""
    if not directory.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def run_cli(
    *arguments: str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real program in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "hrjournal", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
        check=False,
    )
