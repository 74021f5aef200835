"""The two choices the app needs before the journal is unlocked: the language of the screens,
and discreet mode (a neutral window title and icon, so the unlock screen does not name us).

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


@dataclass(frozen=True)
class Preferences:
    language: str = ""  # a BCP 47 code such as "ar" or "pt-BR"; empty: follow the system
    discreet: bool = False


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
    return Preferences(
        language=language if isinstance(language, str) and len(language) <= 20 else "",
        discreet=discreet if isinstance(discreet, bool) else False,
    )


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
