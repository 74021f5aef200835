"""The panic wipe and the duress passphrase, as the app and the command line use them.

The wipe itself (wipe/panic.py) needs no passphrase and no open journal; the app closes its
connection first, so that nothing of the journal stays open while its files are destroyed.
"""

from __future__ import annotations

from pathlib import Path

from hrjournal.services.journal import counting_failures
from hrjournal.vault import duress
from hrjournal.wipe.panic import (
    Rehearsal,
    Step,
    WipeReport,
    overwrite_speed,
    rehearse,
    wipe_journal,
)

__all__ = [
    "Rehearsal",
    "Step",
    "WipeReport",
    "clear_duress_passphrase",
    "estimated_seconds",
    "rehearse",
    "set_duress_passphrase",
    "wipe_journal",
]


def estimated_seconds(directory: Path, rehearsal: Rehearsal) -> float | None:
    """How long overwriting everything would take on this disk; None if it cannot be told."""
    speed = overwrite_speed(directory) if directory.is_dir() else 0.0
    return rehearsal.total_bytes / speed if speed else None


def set_duress_passphrase(directory: Path, passphrase: str, duress_passphrase: str) -> None:
    """Set (or replace) the duress passphrase; `passphrase` must be the journal's own. A wrong
    one counts like any other wrong passphrase."""
    with counting_failures(directory, passphrase):
        duress.set_duress_passphrase(directory, passphrase, duress_passphrase)


def clear_duress_passphrase(directory: Path, passphrase: str) -> None:
    """Remove any duress passphrase (nothing says whether there was one)."""
    with counting_failures(directory, passphrase):
        duress.clear_duress_passphrase(directory, passphrase)
