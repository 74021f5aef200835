"""Fixtures for the views: the example journal (resources/examples/journal.json), open in a
session as the window would hold it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hrjournal.resources import find

from hrjournal.services import interchange
from hrjournal.services import journal as journal_service
from tests.support.journals import PASSPHRASE

if TYPE_CHECKING:
    from hrjournal.ui.session import JournalSession


@pytest.fixture
def example_dir(journal_dir: Path) -> Path:
    """A locked journal holding the example's contacts, incidents and safety plan."""
    with journal_service.unlocked(journal_dir, PASSPHRASE) as journal:
        interchange.import_json(journal, Path(str(find("examples/journal.json"))))
    return journal_dir


@pytest.fixture
def example_session(example_dir: Path) -> Iterator[JournalSession]:
    """The example journal, open in a session; locked (closed) after the test."""
    pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")
    from hrjournal.ui.session import JournalSession

    session = JournalSession()
    session.open(journal_service.unlock(example_dir, PASSPHRASE))
    yield session
    session.lock()
