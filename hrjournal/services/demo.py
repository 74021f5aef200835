"""Trainer mode: a demo journal full of fictional records, unmistakably marked.

The demo's passphrase is public (printed, and in the trainer's guide): it protects nothing,
which is the point. The journal is marked twice: inside, so that every PDF made from it
carries a TRAINING - FICTIONAL DATA watermark whatever else changes, and in the preferences
beside it, so that the app can mark it from the very first screen. Its panic wipe is real.
"""

from __future__ import annotations

import importlib.resources
import tempfile
from dataclasses import replace
from pathlib import Path

from hrjournal.errors import InputRejected, JournalError
from hrjournal.resources import find
from hrjournal.services import interchange
from hrjournal.services.preferences import load_preferences, save_preferences
from hrjournal.store import settings
from hrjournal.vault import journal as vault
from hrjournal.vault.header import read_header
from hrjournal.vault.journal import UnlockedJournal
from hrjournal.vault.kdf import Argon2Params
from hrjournal.vault.keyslots import SlotRole
from hrjournal.vault.unsealing import existing_files, unseal
from hrjournal.wipe.panic import wipe_journal

DEMO_PASSPHRASE = "training journal, fictional data only"  # noqa: S105 - public on purpose
WATERMARK = "TRAINING - FICTIONAL DATA"
# Quick to create on a slow borrowed laptop; the passphrase is public anyway.
DEMO_PARAMS = Argon2Params(memory_kib=64 * 1024, time_cost=1, parallelism=2)


def is_training(journal: UnlockedJournal) -> bool:
    return settings.get_setting(journal.connection, settings.TRAINING) == "1"


def create_demo(directory: Path) -> None:
    """A new demo journal in `directory` (which must be new or empty)."""
    vault.create_journal(directory, DEMO_PASSPHRASE, params=DEMO_PARAMS)
    with vault.unlocked(directory, DEMO_PASSPHRASE) as journal:
        settings.set_setting(journal.connection, settings.TRAINING, "1")
        # The whole folder: the JSON file names its attachments beside it, and a packaged
        # program may have to unpack both.
        with importlib.resources.as_file(find("demo")) as folder:
            interchange.import_json(journal, folder / "journal.json")
    save_preferences(directory, replace(load_preferences(directory), training=True))


def temporary_demo() -> Path:
    """A fresh demo journal in a new temporary folder, for `hrjournal demo`."""
    directory = Path(tempfile.mkdtemp(prefix="hrjournal-demo-")) / "journal"
    create_demo(directory)
    return directory


def _is_demo(directory: Path) -> bool:
    """Whether `directory` holds a demo journal: marked beside it, opened by the demo
    passphrase through its passphrase slot, and marked inside. The slot is checked before the
    journal is opened: a real journal whose duress passphrase happened to be the demo's must
    not be turned into an empty one by a reset."""
    if not load_preferences(directory).training:
        return False
    try:
        files = existing_files(directory)
        if unseal(read_header(files.header).header, DEMO_PASSPHRASE).role is not (
            SlotRole.PASSPHRASE
        ):
            return False
        with vault.unlocked(directory, DEMO_PASSPHRASE) as journal:
            return is_training(journal)
    except JournalError:
        return False


def reset_demo(directory: Path) -> None:
    """Back to the start: wipe the demo journal (and the files exported from it) and make it
    again. Refused for anything that is not a demo journal: it must never destroy a real one."""
    if not _is_demo(directory):
        raise InputRejected(f"{directory} does not hold a demo journal; nothing was changed.")
    language = load_preferences(directory).language
    wipe_journal(directory)
    create_demo(directory)
    save_preferences(directory, replace(load_preferences(directory), language=language))


def is_demo_folder(directory: Path) -> bool:
    """The mark beside the journal, readable without unlocking (for the banner and for the
    watermark of a demo that a duress passphrase emptied)."""
    return load_preferences(directory).training
