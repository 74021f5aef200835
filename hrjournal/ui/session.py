"""The open journal as the window sees it: who may use the connection, and locking.

Reads and small saves (a few milliseconds) run on the UI thread, so a lock can never arrive in
the middle of one. Long work (import, evidence intake, export) runs as a job with the
connection to itself: while it runs, the views ask nothing of the journal. A lock arriving
then clears every view at once, cancels the job, and closes the connection as soon as the
job has let go of it; the job's own result is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from hrjournal.errors import JournalError
from hrjournal.services.journal import UnlockedJournal, as_journal_error
from hrjournal.ui.jobs import Job, ProgressCallback, run_job


class JournalLocked(JournalError):
    def __init__(self) -> None:
        super().__init__("The journal is locked.")


class JournalSession(QObject):
    opened = Signal()
    locked = Signal()
    busy_changed = Signal(bool)
    progressed = Signal(int, int)  # any job's progress, for the window's own progress bar
    records_changed = Signal(str)  # the kind: incident, contact, plan or export (a file made)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: UnlockedJournal | None = None
        self._job: Job | None = None
        # Journals locked while a job held them, each closed (after its last writes) once the
        # job lets go; a list, since the journal may be unlocked and locked again meanwhile.
        self._closing: list[tuple[UnlockedJournal, Callable[[UnlockedJournal], None] | None]] = []
        self.lock_problem = ""  # what went wrong keeping drafts at the last lock, if anything

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def journal(self) -> UnlockedJournal:
        """The open journal; raises `JournalLocked` when there is none."""
        if self._journal is None:
            raise JournalLocked
        return self._journal

    def open(self, journal: UnlockedJournal) -> None:
        if self._journal is not None:  # already open: never hold two keys at once
            journal.close()
            return
        self._journal = journal
        self.opened.emit()

    def notify_changed(self, kind: str) -> None:
        self.records_changed.emit(kind)

    def run(
        self,
        work: Callable[[UnlockedJournal, ProgressCallback], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Job:
        """Run `work(journal, progress)` as a job that has the journal to itself."""
        journal = self.journal
        if self._job is not None:
            raise JournalError("HR Journal is still busy with the last task; please wait.")

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._job = None
            self.busy_changed.emit(False)
            if self._closing:  # locked while the job ran: its result is not shown
                closing, self._closing = self._closing, []
                for waiting, writes in closing:
                    self._close(waiting, writes)
                return
            callback(value)

        def progressed(done: int, total: int) -> None:
            self.progressed.emit(done, total)
            if on_progress is not None:
                on_progress(done, total)

        # The views settle into "busy" before the work starts: once it runs, every bit of
        # Python on the UI thread waits its turn for the interpreter.
        job = self._job = Job()
        self.busy_changed.emit(True)
        return run_job(
            lambda progress: work(journal, progress),
            lambda result: finish(on_success, result),
            lambda message: finish(on_failure, message),
            progressed,
            job=job,
        )

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def lock(self, last_writes: Callable[[UnlockedJournal], None] | None = None) -> None:
        """Drop the key. Views listening to `locked` empty themselves at once.

        `last_writes` (keeping drafts of unsaved edits) runs on the journal just before it
        closes: at once, or when a running job has let go of the connection.
        """
        journal, self._journal = self._journal, None
        if journal is None:
            return
        try:
            if self._job is not None:
                self._job.cancel()
                self._closing.append((journal, last_writes))
            else:
                self._close(journal, last_writes)
        finally:
            self.locked.emit()

    def _close(
        self, journal: UnlockedJournal, writes: Callable[[UnlockedJournal], None] | None
    ) -> None:
        try:
            if writes is not None:
                writes(journal)
        except Exception as error:  # a full disk, a damaged page: the lock goes on regardless
            failure = as_journal_error(error, journal)
            self.lock_problem = str(failure) if failure else "The unsaved edits could not be kept."
        finally:
            journal.close()

    def connection_closed(self) -> bool:
        """For tests and the lock check: no open journal and no connection waiting to close."""
        return self._journal is None and not self._closing
