"""What every record editor (incident, contact, safety plan) offers the window.

The window guards unsaved edits through this: it asks `is_modified()` before navigating or
closing, and when the journal locks under an open editor it keeps `draft()` in the encrypted
journal and later hands it back through `restore_draft()`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hrjournal.ui.session import JournalSession


class RecordEditor(QWidget):
    kind = ""  # incident, contact or plan
    modified_changed = Signal(bool)
    saved = Signal(str)  # the record's id

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._modified = False
        self._loading = False

    # -- to implement ------------------------------------------------------------------------

    def new_record(self) -> None:
        """Start a new, empty record (with a fresh id)."""
        raise NotImplementedError

    def load(self, uid: str) -> None:
        """Show the saved record `uid`."""
        raise NotImplementedError

    def uid(self) -> str | None:
        """The id of the record being edited, None when the editor is empty."""
        raise NotImplementedError

    def save(self) -> bool:
        """Validate and save; on a problem, say it in one sentence and keep every edit."""
        raise NotImplementedError

    def draft(self) -> dict[str, Any]:
        """The edits as JSON-able data, to keep when the journal locks."""
        raise NotImplementedError

    def restore_draft(self, body: dict[str, Any]) -> None:
        """Show a kept draft again, marked as modified."""
        raise NotImplementedError

    def clear(self) -> None:
        """Empty every field (the journal is locking)."""
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool = True) -> None:
        if self._loading or modified == self._modified:
            return
        self._modified = modified
        self.modified_changed.emit(modified)

    def mark_modified(self, *_: object) -> None:
        """Connect any field's change signal here."""
        self.set_modified(True)

    def begin_loading(self) -> None:
        """Fill fields without marking them modified; end with `end_loading`."""
        self._loading = True

    def end_loading(self, modified: bool = False) -> None:
        self._loading = False
        self._modified = not modified
        self.set_modified(modified)
