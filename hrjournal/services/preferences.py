"""The choices the app needs before the journal is unlocked: the language of the screens,
discreet mode (a neutral window title and icon, so the unlock screen does not name us), the
panic countdown, and the wipe after failed unlocks (with the count of them).

They sit beside the journal in a small plain file, because nothing can be decrypted before
the unlock. They hold no content; the panic wipe removes the file with the journal.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from hrjournal.errors import StorageFailed
from hrjournal.vault.files import JournalFiles

PANIC_COUNTDOWN_RANGE = (0, 10)  # seconds; 0 wipes at once
FAILED_UNLOCKS_RANGE = (3, 20)  # or 0: never wipe after failed unlocks


@dataclass(frozen=True)
class Preferences:
    language: str = ""  # a BCP 47 code such as "ar" or "pt-BR"; empty: follow the system
    discreet: bool = False
    # The panic button must work on the unlock screen, so its countdown is known before it.
    panic_countdown: int = 3
    # Wipe after this many wrong passphrases in a row (0: never), and how many there were.
    # Known before the unlock by necessity: someone who takes the laptop can read (and edit)
    # both, which is said in SECURITY.md.
    wipe_after_failed_unlocks: int = 0
    failed_unlocks: int = 0
    # A demo journal for training: the app marks it from the first screen (services/demo.py).
    training: bool = False


def load_preferences(directory: Path) -> Preferences:
    """The saved choices, or the defaults when there are none or the file is unreadable (a
    damaged preferences file must never keep anyone out of their journal)."""
    try:
        data = json.loads(JournalFiles(directory).preferences.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    language = data.get("language")
    discreet = data.get("discreet")
    low, high = FAILED_UNLOCKS_RANGE
    return Preferences(
        language=language if isinstance(language, str) and len(language) <= 20 else "",
        discreet=discreet if isinstance(discreet, bool) else False,
        panic_countdown=_number(data.get("panic_countdown"), *PANIC_COUNTDOWN_RANGE, default=3),
        wipe_after_failed_unlocks=_number(data.get("wipe_after_failed_unlocks"), low, high),
        failed_unlocks=_number(data.get("failed_unlocks"), 0, 1000),
        training=data.get("training") is True,
    )


def _number(value: object, low: int, high: int, default: int = 0) -> int:
    """An integer setting within its range, else its default (0 where 0 means "off")."""
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return value if low <= value <= high else default


def save_preferences(directory: Path, preferences: Preferences) -> None:
    """Write the choices beside an existing journal (never creates the journal folder)."""
    target = JournalFiles(directory).preferences
    staging = target.with_name(f".{target.name}.new")
    text = json.dumps(asdict(preferences), sort_keys=True)
    try:
        descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(staging, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise StorageFailed(f"Could not save your preferences: {error.strerror}.") from None
