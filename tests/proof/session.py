"""One full session of HR Journal through its real window, as a user would have it, with a
canary typed into every field it fills.

    python -m tests.proof.session WORKDIR CANARIES.json

Run in a child process whose HOME, temporary and per-user folders lie inside WORKDIR (see
tests/proof/sessions.py). It creates the journal on the first-run pages, unlocks it, writes a
contact, an incident with evidence taken in through the file dialog, and a safety plan;
searches; copies a number; saves a password-protected PDF report into ~/Documents; changes
the settings; locks with Ctrl+L over an unsaved edit; unlocks with the recovery secret;
restores and saves that edit; checks that every canary meant to be kept is in the journal;
and closes the window. Its last line of output is one JSON object saying what it did.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from hrjournal.cli import disable_core_dumps
from hrjournal.domain.contact import contact_to_json
from hrjournal.domain.incident import incident_to_json
from hrjournal.domain.safety_plan import SECTIONS, plan_to_json
from hrjournal.services import records
from hrjournal.services.locations import default_journal_directory
from hrjournal.services.preferences import load_preferences
from hrjournal.services.reports import ReportKind
from hrjournal.ui import channel_table, check_in_editor, review_log, risk_register
from hrjournal.ui.app import make_application
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.report_dialog import ReportDialog, suggested_name
from hrjournal.ui.translation import install_language
from tests.proof.sessions import STORED_FIELDS, Folders, Scan, needles, scan

WAIT_SECONDS = 120  # slow under strace; a real hang still ends the session
RISK_COLUMNS = {
    "risk_threat": risk_register.THREAT,
    "risk_source": risk_register.SOURCE,
    "risk_vulnerabilities": risk_register.VULNERABILITIES,
    "risk_capacities": risk_register.CAPACITIES,
    "risk_prevention": risk_register.PREVENTION,
    "risk_contingency": risk_register.CONTINGENCY,
    "risk_owner": risk_register.OWNER,
}
# The text cells of an incident's tables: column, canary.
PERPETRATOR_CELLS = {
    "description": "perpetrator_description",
    "identified_by": "perpetrator_identified_by",
}
SOURCE_CELLS = {"who": "source_who", "notes": "source_notes"}
ACTION_CELLS = {"party": "action_party", "request": "action_request", "response": "action_response"}
ASSESSMENT = ("facts", "pattern", "objective", "who_is_behind", "feasibility")


class SessionFailed(Exception):
    pass


def require(condition: bool, what: str) -> None:
    if not condition:
        raise SessionFailed(what)


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Turn the event loop until `condition` holds, as the running app would meanwhile."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        require(time.monotonic() < deadline, f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character, in any script (QTest cannot send non-ASCII keys)."""
    widget.setFocus()
    for character in text:
        press(widget, Qt.Key.Key_unknown, character)


def replace_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select what a field holds (a template's words) and type over it."""
    widget.selectAll()
    type_text(widget, text)


def append_text(widget: QPlainTextEdit, text: str) -> None:
    widget.moveCursor(QTextCursor.MoveOperation.End)
    type_text(widget, text)


def type_in_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Open a table cell's editor, type, and press Enter, as in a spreadsheet."""
    table.setCurrentCell(row, column)
    item = table.item(row, column)
    if item is None:
        raise SessionFailed(f"no cell at row {row}, column {column}")
    index = table.model().index(row, column)
    if table.indexWidget(index) is None:  # a new row may open its first cell by itself
        table.editItem(item)
    editor = table.indexWidget(index)
    require(editor is not None, f"cell at row {row}, column {column} did not open for editing")
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)
    wait_until(lambda: table.indexWidget(table.currentIndex()) is None, "the cell to close")


def choose(combo: QWidget, data: object) -> None:
    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    require(index >= 0, f"{data} is not offered")
    combo.setCurrentIndex(index)


def answer_file_dialog(path: Path) -> None:
    """When the program's file dialog opens, pick `path` in it and accept, as a user would."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.selectFile(str(path))
                widget.accept()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


class Session:
    def __init__(self, folders: Folders, canaries: dict[str, str]) -> None:
        self.folders = folders
        self.canaries = canaries
        self.directory = default_journal_directory()
        self.app = make_application(["hrjournal"])
        install_language(self.app, load_preferences(self.directory).language)
        self.window = MainWindow(self.directory)
        self.window.show()
        self.report: dict[str, Any] = {"steps": []}
        self.recovery_secret = ""

    def done(self, step: str, **facts: Any) -> None:
        self.report["steps"].append(step)
        self.report.update(facts)

    def settle(self) -> None:
        wait_until(lambda: jobs_running() == 0 and not self.window.session.busy, "work to end")

    # -- first run, unlock ---------------------------------------------------------------------

    def create_journal(self) -> str:
        window, passphrase = self.window, self.canaries["passphrase"]
        view = window.create_view
        type_text(view.passphrase, passphrase)
        type_text(view.repeat, passphrase)
        view.create_button.click()
        if jobs_running() == 0 and window.pages.currentWidget() is view:
            view.create_button.click()  # asked once whether so guessable a passphrase will do
        wait_until(lambda: window.pages.currentWidget() is window.recovery_view, "the secret")
        recovery = window.recovery_view
        secret = recovery.secret.text().replace("\n", "")  # as written down on paper
        type_text(recovery.check, secret.split("-")[recovery.asked_group - 1])
        recovery.continue_button.click()
        require(window.pages.currentWidget() is window.unlock_view, "no unlock page")
        self.recovery_secret = secret
        self.done("created the journal on the first-run pages")
        return secret

    def unlock(self, secret: str) -> str:
        window = self.window
        type_text(window.unlock_view.passphrase, secret)
        window.unlock_view.unlock_button.click()
        wait_until(
            lambda: window.session.is_open and window.pages.currentWidget() is window.journal_page,
            "the journal to open",
        )
        self.settle()
        return window.session.journal.unlocked_with.name

    # -- records -------------------------------------------------------------------------------

    def write_contact(self) -> str:
        window, c = self.window, self.canaries
        view = window.journal_view
        view.go_to(view.contacts)
        window.new_action.trigger()
        editor = view.contacts.contact_editor
        type_text(editor.name, c["contact_name"])
        type_text(editor.alias, c["contact_alias"])
        editor.channels.add_button.click()
        row = editor.channels.table.rowCount() - 1
        type_in_cell(editor.channels.table, row, channel_table.VALUE, c["contact_phone"])
        type_in_cell(
            editor.channels.table, row, channel_table.FINGERPRINT, c["contact_fingerprint"]
        )
        type_text(editor.languages, c["contact_languages"])
        type_text(editor.availability, c["contact_availability"])
        editor.call_order.setValue(1)
        type_text(editor.notes, c["contact_notes"])
        window.save_action.trigger()
        require(not editor.is_modified(), f"contact not saved: {editor.message.text()}")
        self.done("wrote a contact")
        return str(editor.uid())

    def write_incident(self, contact: str) -> str:
        window, c = self.window, self.canaries
        view = window.journal_view
        view.go_to(view.incidents)
        window.new_action.trigger()
        editor = view.incidents.incident_editor
        form = editor.form
        form.setCurrentIndex(0)
        for field, key in ((form.title, "incident_title"), (form.tags, "incident_tags")):
            type_text(field, c[key])
        type_text(form.description, c["incident_description"])
        form.setCurrentIndex(1)
        type_text(form.region, c["incident_region"])
        type_text(form.locality, c["incident_locality"])
        type_text(form.location_detail, c["incident_place_detail"])
        form.setCurrentIndex(2)
        self._fill_rows(form.perpetrators, PERPETRATOR_CELLS)
        form.affected.add_button.click()
        choose(form.affected.cell(0, "person"), contact)
        type_text(form.impact, c["incident_impact"])
        form.setCurrentIndex(3)
        self._fill_rows(form.sources, SOURCE_CELLS)
        self._fill_rows(form.interventions, ACTION_CELLS)
        form.setCurrentIndex(5)
        for key in ASSESSMENT:
            type_text(getattr(form, key), c[f"assessment_{key}"])
        type_text(form.private_notes, c["incident_private_notes"])
        window.save_action.trigger()
        require(not editor.is_modified(), f"incident not saved: {editor.message.text()}")
        self.done("wrote an incident, every text field filled")
        return str(editor.uid())

    def _fill_rows(self, table: Any, cells: dict[str, str]) -> None:
        table.add_button.click()
        row = table.table.rowCount() - 1
        for column, key in cells.items():
            type_text(table.cell(row, column), self.canaries[key])

    def take_in_evidence(self) -> None:
        """Add a file through the file dialog, look at it in the viewer, then delete the
        original, as advised once evidence is safely in the journal."""
        c, view = self.canaries, self.window.journal_view
        view.incidents.incident_editor.form.setCurrentIndex(4)
        source = self.folders.outside / f"{c['attachment_file_name']}.txt"
        source.write_text(c["attachment_content"] + "\n", encoding="utf-8")
        panel = view.incidents.attachments
        answer_file_dialog(source)
        panel.add_button.click()
        wait_until(lambda: len(panel.attachments()) == 1, "the evidence to be taken in")
        self.settle()
        panel.table.selectRow(0)
        panel.view_selected()
        viewer = panel.viewer
        wait_until(lambda: c["attachment_content"] in viewer.text_view.toPlainText(), "viewer")
        viewer.close()
        source.unlink()
        self.done("took in evidence through the file dialog, viewed it, deleted the original")

    def write_plan(self, contact: str) -> str:
        window, c = self.window, self.canaries
        view = window.journal_view
        view.go_to(view.plans)
        window.new_action.trigger()
        plan = view.plans.plan_editor
        plan.parts.setCurrentRow(0)
        replace_text(plan.title, c["plan_title"])
        replace_text(plan.owner, c["plan_owner"])
        replace_text(plan.review_triggers, c["plan_review_triggers"])
        for number, key in enumerate(SECTIONS, start=1):
            plan.parts.setCurrentRow(number)
            replace_text(plan.sections[key], c[f"plan_section_{key}"])
        plan.parts.setCurrentRow(len(SECTIONS) + 1)
        risks = plan.risk_register
        risks.add_button.click()
        for key, column in RISK_COLUMNS.items():
            type_in_cell(risks.table, risks.table.rowCount() - 1, column, c[key])
        plan.parts.setCurrentRow(len(SECTIONS) + 2)
        self._fill_check_in(contact)
        plan.parts.setCurrentRow(len(SECTIONS) + 3)
        choose(plan.contact_tree.choice, contact)
        plan.contact_tree.add_button.click()
        plan.parts.setCurrentRow(len(SECTIONS) + 4)
        log = plan.review_log
        log.add_button.click()
        type_in_cell(log.table, log.table.rowCount() - 1, review_log.BY, c["review_by"])
        type_in_cell(log.table, log.table.rowCount() - 1, review_log.NOTE, c["review_note"])
        window.save_action.trigger()
        require(not plan.is_modified(), f"plan not saved: {plan.message.text()}")
        self.done("wrote a safety plan: sections, a risk, check-ins, contact tree, review")
        return str(plan.uid())

    def _fill_check_in(self, contact: str) -> None:
        check_in = self.window.journal_view.plans.plan_editor.check_in_editor
        choose(check_in.contact, contact)
        type_text(check_in.schedule, self.canaries["check_in_schedule"])
        check_in.add_button.click()
        row = check_in.steps.rowCount() - 1
        type_in_cell(check_in.steps, row, check_in_editor.ACTION, self.canaries["check_in_step"])
        choose(check_in.steps.cellWidget(row, check_in_editor.CONTACT), contact)

    # -- using the journal ---------------------------------------------------------------------

    def search(self) -> None:
        window, c = self.window, self.canaries
        view = window.journal_view
        view.go_to(view.incidents)
        window.find_action.trigger()
        box = view.incidents.search
        type_text(box, c["search_incidents"])
        press(box, Qt.Key.Key_Return)
        unknown_words = view.incidents.model.rowCount()
        replace_text(box, c["incident_title"])
        press(box, Qt.Key.Key_Return)
        title = view.incidents.model.rowCount()
        window.escape_action.trigger()
        view.go_to(view.contacts)
        type_text(view.contacts.search, c["search_contacts"])
        view.contacts.apply_search()  # what its typing pause sets off
        contacts = view.contacts.model.rowCount()
        window.escape_action.trigger()
        view.contacts.apply_search()
        searches = {
            "incidents_unknown_words": unknown_words,
            "incidents_by_title": title,
            "contacts_unknown_words": contacts,
        }
        self.done("searched incidents and contacts", searches=searches)

    def copy_number(self) -> None:
        contacts = self.window.journal_view.contacts
        contacts.emergency_button.click()
        cards = contacts.emergency.cards
        require(bool(cards and cards[0].channel_lines), "no one to call first")
        cards[0].channel_lines[0].copy_button.click()
        copied = QGuiApplication.clipboard().text() == self.canaries["contact_phone"]
        contacts.emergency_button.click()
        self.done("copied a number from who to call first", copied=copied)

    def export_report(self, incident: str) -> Path:
        view = self.window.journal_view
        view.go_to(view.incidents)
        view.incidents.open_record(incident)
        view.incidents.report_button.click()
        dialog = next(
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, ReportDialog) and widget.isVisible()
        )
        dialog.full.click()
        dialog.protect.click()
        type_text(dialog.password, self.canaries["pdf_password"])
        type_text(dialog.again, self.canaries["pdf_password"])
        target = self.folders.documents / suggested_name(ReportKind.INCIDENT)
        answer_file_dialog(target)
        dialog.save_button.click()
        wait_until(lambda: not dialog.working, "the report")
        require(dialog.message.text().startswith("Saved"), dialog.message.text())
        dialog.close()
        self.done("saved a full, password-protected PDF report in Documents")
        return target

    def change_settings(self) -> None:
        view = self.window.journal_view
        view.go_to(view.settings)
        settings = view.settings
        settings.auto_lock.setValue(9)
        settings.clipboard.setValue(20)
        settings.export_expiry.setValue(30)
        settings.save_button.click()
        require(settings.message.text() == "Saved.", settings.message.text())
        settings.discreet.click()
        settings.preferences_button.click()
        self.done("changed the protection settings and discreet mode")

    def lock_over_an_unsaved_edit(self, incident: str) -> None:
        window = self.window
        view = window.journal_view
        view.go_to(view.incidents)
        view.incidents.open_record(incident)
        editor = view.incidents.incident_editor
        editor.form.setCurrentIndex(5)
        append_text(editor.form.private_notes, " " + self.canaries["incident_draft"])
        require(editor.is_modified(), "the edit did not count")
        self.report["scan_while_unlocked"] = self.scan().figures()
        # A shortcut reaches the active window only; on a real X server (with no window
        # manager) that is the window the keyboard focus was last given to.
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 2000)
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        self.settle()
        require(not window.session.is_open, "Ctrl+L did not lock")
        require(window.session.connection_closed(), "the journal stayed open")
        require(window.pages.currentWidget() is window.unlock_view, "no unlock page")
        cleared = QGuiApplication.clipboard().text() != self.canaries["contact_phone"]
        self.done("locked with Ctrl+L over an unsaved edit", clipboard_cleared=cleared)

    def restore_draft(self) -> None:
        window = self.window
        require(window.drafts_bar.isVisible(), "no kept edit offered")
        window.drafts_bar.restore_button.click()
        window.save_action.trigger()
        editor = window.journal_view.incidents.incident_editor
        require(not editor.is_modified(), f"draft not saved: {editor.message.text()}")
        self.done("restored the kept edit and saved it")

    def scan(self) -> Scan:
        """Every file the session has written so far, searched for every canary and secret:
        files that live only while the journal is open (its write-ahead log, temporary
        files) are seen here, not after the session."""
        shown = {"recovery_secret": self.recovery_secret}
        return scan(self.folders.workdir, needles(self.canaries, shown))

    def missing_from_journal(self, incident: str, contact: str, plan: str) -> list[str]:
        """The canaries meant to be kept that the journal does not hold: none, or the session
        typed less than it claims."""
        journal = self.window.session.journal
        kept = records.get_incident(journal, incident)
        texts = [
            json.dumps(incident_to_json(kept), ensure_ascii=False),
            json.dumps(contact_to_json(records.get_contact(journal, contact)), ensure_ascii=False),
            json.dumps(plan_to_json(records.get_plan(journal, plan)), ensure_ascii=False),
            *(records.read_attachment(journal, a.id).decode() for a in kept.attachments),
        ]
        everything = "\n".join(texts)
        return [field for field in STORED_FIELDS if self.canaries[field] not in everything]

    def quit(self) -> None:
        window = self.window
        window.close()
        wait_until(lambda: not window.isVisible(), "the window to close")
        require(not window.session.is_open, "closing left the journal open")
        self.done("closed the window")


def run(folders: Folders, canaries: dict[str, str]) -> dict[str, Any]:
    session = Session(folders, canaries)
    secret = session.create_journal()
    session.report["first_unlock"] = session.unlock(canaries["passphrase"])
    contact = session.write_contact()
    incident = session.write_incident(contact)
    session.take_in_evidence()
    plan = session.write_plan(contact)
    session.search()
    session.copy_number()
    pdf = session.export_report(incident)
    session.change_settings()
    session.lock_over_an_unsaved_edit(incident)
    session.report["second_unlock"] = session.unlock(secret)
    session.restore_draft()
    missing = session.missing_from_journal(incident, contact, plan)
    session.quit()
    session.report.update(
        journal=str(session.directory.relative_to(folders.workdir)),
        pdf=str(pdf.relative_to(folders.workdir)),
        recovery_secret=secret,
        missing_from_journal=missing,
    )
    return session.report


def main() -> int:
    disable_core_dumps()
    surprises: list[str] = []

    def keep(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        surprises.append(kind.__name__)
        sys.__excepthook__(kind, error, trace)

    sys.excepthook = keep  # an exception in a slot is otherwise printed and forgotten
    workdir, canaries_file = Path(sys.argv[1]), Path(sys.argv[2])
    canaries = json.loads(canaries_file.read_text(encoding="utf-8"))
    report = run(Folders(workdir), canaries)
    report["surprises"] = surprises
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 1 if surprises else 0


if __name__ == "__main__":
    sys.exit(main())
