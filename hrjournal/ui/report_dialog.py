"""Making a PDF report: who the copy is for, what it leaves out, an optional password, and
where it goes.

The user sees what a profile removes before anything is written (DESIGN.md section 6), in
their own language. The password lives only in this dialog's fields and in the job that
encrypts the document; the fields are emptied when the dialog closes or the journal locks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.errors import JournalError
from hrjournal.services import reports
from hrjournal.services.exports import ExportRecord
from hrjournal.services.records import IncidentFilter
from hrjournal.services.reports import Profile, ReportKind
from hrjournal.ui import file_dialogs
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.job_progress import JobProgress
from hrjournal.ui.jobs import Job
from hrjournal.ui.report_wording import kept_as_written, kind_title, removed_lines
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import current_language, fill
from hrjournal.ui.widgets import confirm, message_label, secret_field, show_message


@dataclass(frozen=True)
class ReportSubject:
    """What a report is about, as the view that asks for it knows it."""

    kind: ReportKind
    reference: str | None = None  # the incident or the plan
    about: str = ""  # one line naming it, shown in the dialog only
    where: IncidentFilter | None = None  # a summary's incidents; None: all of them
    chosen_by: tuple[str, ...] = ()  # the filter in words, printed on the summary
    # A search's words can name the very person a shared copy hides: printed in full only.
    search: str = ""


def suggested_name(kind: ReportKind) -> str:
    """A neutral file name: the kind and the day, never anything from the records."""
    return f"{kind.value}-{QDate.currentDate().toString('yyyyMMdd')}.pdf"


class ReportDialog(QDialog):
    def __init__(
        self, session: JournalSession, subject: ReportSubject, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        exclude_from_capture(self)
        self.session = session
        self.subject = subject
        self._job: Job | None = None
        self._gone = False  # closed by a lock: late progress reports find nothing to show
        self._images_touched = False
        # Replaced by tests to answer without a dialog.
        self.confirm: Callable[[QWidget, str, str, str], bool] = confirm
        self.choose_path: Callable[[], Path | None] = self._ask_for_path
        self.setWindowTitle(kind_title(subject.kind))
        self.setAccessibleName(kind_title(subject.kind))

        heading = QLabel(kind_title(subject.kind), self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.tr("Report"))
        self.about = QLabel(self._about_text(), self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)  # record titles are never markup
        self.about.setAccessibleName(self.tr("What the report is about"))

        layout = QVBoxLayout(self)
        # Exactly as tall as its text: it grows and shrinks with the list of what the profile
        # leaves out, and no line of that list is ever cut off on a small screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(heading)
        layout.addWidget(self.about)
        layout.addWidget(self._profile_box())
        layout.addWidget(self._removed_box())
        self.images = QCheckBox(self.tr("Show &images of the evidence"), self)
        self.images.setAccessibleName(self.tr("Show images of the evidence"))
        self.images.clicked.connect(self._images_chosen)
        self.images.setVisible(subject.kind is ReportKind.INCIDENT)
        layout.addWidget(self.images)
        layout.addWidget(self._password_box())
        self.progress = JobProgress(self)
        self.progress.cancel_requested.connect(self._cancel)
        self.message = message_label(self, self.tr("Report message"))
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the report window"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        session.locked.connect(self._on_locked)
        self._profile_changed()

    # -- what the dialog shows ---------------------------------------------------------------

    def _about_text(self) -> str:
        subject = self.subject
        if subject.kind is ReportKind.CONTACTS:
            return self.tr("The people in your call order, and how to reach them.")
        if subject.kind is ReportKind.INCIDENTS:
            lines = list(subject.chosen_by)
            if subject.search:
                lines.insert(0, self.tr("Search: %1").replace("%1", subject.search))
            if not lines:
                return self.tr("All the incidents in the journal.")
            return self.tr("The incidents chosen by: %1").replace("%1", "; ".join(lines))
        return subject.about

    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who is this copy for?"), self)
        self.share = QRadioButton(self.tr("&Share (redacted, for other people)"), box)
        self.share.setAccessibleName(self.tr("Share: redacted, for other people"))
        self.full = QRadioButton(self.tr("&Full (everything, for yourself)"), box)
        self.full.setAccessibleName(self.tr("Full: everything, for yourself"))
        self.profiles = QButtonGroup(self)
        self.profiles.addButton(self.share)
        self.profiles.addButton(self.full)
        default = reports.default_profile(self.subject.kind)
        (self.share if default is Profile.SHARE else self.full).setChecked(True)
        self.share.toggled.connect(lambda _checked: self._profile_changed())
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.share)
        box_layout.addWidget(self.full)
        # A safety plan exists only in full: it says when you would be missed.
        if self.subject.kind is ReportKind.PLAN:
            self.share.setEnabled(False)
            only = QLabel(
                self.tr(
                    "A safety plan is only made in full: it tells whoever reads it when you "
                    "would be missed and what you would do. Protect it with a password."
                ),
                box,
            )
            only.setWordWrap(True)
            only.setMinimumWidth(480)
            only.setAccessibleName(self.tr("Why a safety plan is only made in full"))
            box_layout.addWidget(only)
        return box

    def _removed_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What this copy leaves out"), self)
        # One line per thing left out, never wrapped: a wrapped label's height is guessed
        # before its width is known, and the last lines of the list were cut off.
        self.removed = QLabel(box)
        self.removed.setTextFormat(Qt.TextFormat.PlainText)
        self.removed.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.removed.setAccessibleName(self.tr("What this copy leaves out"))
        self.kept = QLabel(kept_as_written(), box)
        self.kept.setWordWrap(True)
        self.kept.setAccessibleName(self.tr("What is kept as you wrote it"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.removed)
        box_layout.addWidget(self.kept)
        self.kept.setMinimumWidth(480)
        return box

    def _password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Password"), self)
        self.protect = QCheckBox(self.tr("&Protect the PDF with a password"), box)
        self.protect.setAccessibleName(self.tr("Protect the PDF with a password"))
        self.password = secret_field(box, self.tr("PDF password"))
        self.again = secret_field(box, self.tr("PDF password again"))
        note = QLabel(
            self.tr(
                "The password is never stored. Give it to the reader another way than the "
                "file: in person, by phone or in a different app."
            ),
            box,
        )
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About the password"))
        self.password_message = message_label(box, self.tr("Password message"))
        form = QFormLayout(box)
        form.addRow(self.protect)
        password_label = QLabel(self.tr("Pass&word:"), box)
        password_label.setBuddy(self.password)
        again_label = QLabel(self.tr("A&gain:"), box)
        again_label.setBuddy(self.again)
        form.addRow(password_label, self.password)
        form.addRow(again_label, self.again)
        form.addRow(note)
        form.addRow(self.password_message)
        self.protect.toggled.connect(self._protect_toggled)
        self._protect_toggled(False)
        self.protect.setChecked(self.subject.kind is ReportKind.PLAN)  # see _profile_box
        return box

    # -- choices -----------------------------------------------------------------------------

    def chosen_profile(self) -> Profile:
        return Profile.FULL if self.full.isChecked() else Profile.SHARE

    def _profile_changed(self) -> None:
        profile = self.chosen_profile()
        lines = removed_lines(self.subject.kind, profile)
        if lines:
            self.removed.setText("\n".join(f"• {line}" for line in lines))
        else:
            self.removed.setText(
                self.tr(
                    "Nothing is removed: this copy holds every detail, names and contact "
                    "details included."
                )
            )
        self.kept.setVisible(profile is Profile.SHARE)
        if not self._images_touched:
            self.images.setChecked(profile is Profile.FULL)

    def _images_chosen(self, _checked: bool) -> None:
        self._images_touched = True

    def _protect_toggled(self, protect: bool) -> None:
        for field in (self.password, self.again):
            field.setEnabled(protect)
            if not protect:
                field.clear()
        show_message(self.password_message, "")

    def chosen_password(self) -> str | None:
        """The password asked for, or None; raises ValueError with the sentence to show."""
        if not self.protect.isChecked():
            return None
        password = self.password.text()
        if password != self.again.text():
            raise ValueError(self.tr("The two passwords are not the same."))
        problem = reports.password_problem(password)
        if problem is not None:
            raise ValueError(self._password_sentence(problem))
        return password

    def _password_sentence(self, problem: reports.PasswordProblem) -> str:
        if problem is reports.PasswordProblem.TOO_SHORT:
            return self.tr(
                "A PDF password needs at least %1 characters; a short one is guessed in minutes."
            ).replace("%1", str(reports.MIN_PASSWORD_LENGTH))
        if problem is reports.PasswordProblem.TOO_LONG:
            return self.tr(
                "A PDF password can be at most %1 bytes long (about 60 letters of a non-Latin "
                "script), or some readers will not open the PDF."
            ).replace("%1", str(reports.MAX_PASSWORD_BYTES))
        return self.tr(
            "This PDF password holds a character that PDF readers do not all read alike (an "
            "invisible or unusual character or space); choose another."
        )

    def request(self) -> reports.ReportRequest:
        """The report asked for; raises ValueError when the password cannot be used."""
        subject = self.subject
        profile = self.chosen_profile()
        chosen_by = subject.chosen_by
        if subject.search:
            search = (
                self.tr("Search: %1").replace("%1", subject.search)
                if profile is Profile.FULL
                else self.tr("Matching a search (its words are left out of shared copies)")
            )
            chosen_by = (search, *chosen_by)
        return reports.ReportRequest(
            subject.kind,
            profile,
            reference=subject.reference,
            where=subject.where,
            chosen_by=chosen_by,
            with_images=self.images.isChecked() if subject.kind is ReportKind.INCIDENT else None,
            password=self.chosen_password(),
            language=current_language(),  # the document's own words, as on the screens
        )

    # -- saving ------------------------------------------------------------------------------

    def _ask_for_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return file_dialogs.save_file(
            self,
            self.tr("Save the report as"),
            str(Path(folder) / suggested_name(self.subject.kind)),
            self.tr("PDF files (*.pdf)"),
        )

    def choose_file(self) -> None:
        """Check the choices, ask where to save, then make the report there."""
        try:
            self.chosen_password()
        except ValueError as problem:
            show_message(self.password_message, str(problem))
            return
        path = self.choose_path()
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".pdf")
        replace = False
        if path.exists() and not path.is_dir():
            replace = self.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it with this report?").replace("%1", str(path)),
                self.tr("&Replace it"),
            )
            if not replace:
                return
        self.export_to(path, replace=replace)

    def export_to(self, path: Path, *, replace: bool = False) -> None:
        show_message(self.message, "")
        try:
            request = self.request()
        except ValueError as problem:
            show_message(self.password_message, str(problem))
            return
        show_message(self.password_message, "")
        self.save_button.setEnabled(False)
        self.progress.begin(self.tr("Making the report…"))
        try:
            self._job = self.session.run(
                lambda journal, progress: reports.export_report(
                    journal, request, path, progress, replace=replace
                ),
                self._saved,
                self._failed,
                self._advance,
            )
        except JournalError as error:  # locked, or busy, meanwhile
            self._failed(str(error))

    def _saved(self, record: ExportRecord) -> None:
        self._finish()
        self.session.notify_changed("export")
        size = QLocale().formattedDataSize(record.size)
        sentence = self.tr(
            "Saved %1 (%2). It is in the export register; the panic wipe will destroy it."
        )
        sentence = fill(sentence, record.path, size)
        if not record.protected:
            sentence += " " + self.tr("It has no password: anyone who gets the file can read it.")
        show_message(self.message, sentence)

    def _advance(self, done: int, total: int) -> None:
        if not self._gone:
            self.progress.advance(done, total)

    def _failed(self, message: str) -> None:
        self._finish()
        show_message(self.message, message)

    def _finish(self) -> None:
        self._job = None
        self.progress.end()
        self.save_button.setEnabled(True)
        if not self.isVisible():  # closed while the report was being made
            self.deleteLater()

    def _cancel(self) -> None:
        self.progress.cancelling()
        if self._job is not None:
            self._job.cancel()

    @property
    def working(self) -> bool:
        return self._job is not None

    # -- closing -----------------------------------------------------------------------------

    def forget_password(self) -> None:
        for field in (self.password, self.again):
            field.clear()

    def done(self, result: int) -> None:
        self.forget_password()
        super().done(result)
        if self._job is None:
            self.deleteLater()
        else:  # its result would have nowhere to go; it is deleted when the job lets go
            self._job.cancel()

    def _on_locked(self) -> None:
        # The session drops a running job's result at a lock: nothing will come back here.
        self._gone = True
        self._job = None
        self.forget_password()
        self.about.clear()
        show_message(self.message, "")
        if self.isVisible():
            self.reject()
        else:
            self.deleteLater()


def open_report(parent: QWidget, session: JournalSession, subject: ReportSubject) -> ReportDialog:
    """Show the report dialog for `subject`; it deletes itself when closed."""
    dialog = ReportDialog(session, subject, parent)
    dialog.open()
    return dialog
