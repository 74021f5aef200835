"""The safety plan editor: the header, the written sections, the risk register, the check-in
protocol, the contact tree and the review log, one part at a time from a list on the left."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.safety_plan import (
    SECTIONS,
    CheckIn,
    EscalationStep,
    Review,
    Risk,
    SafetyPlan,
    plan_to_json,
)
from hrjournal.errors import JournalError
from hrjournal.services import records
from hrjournal.services.catalog import catalog, safety_plan_templates
from hrjournal.ui.check_in_editor import CheckInEditor
from hrjournal.ui.contact_tree import ContactTreeEditor
from hrjournal.ui.pickers import DateField, term_label
from hrjournal.ui.record_editor import RecordEditor
from hrjournal.ui.review_log import ReviewLogEditor
from hrjournal.ui.risk_register import RiskRegister
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import current_language
from hrjournal.ui.widgets import line_field, message_label, prose_text, show_message

MAX_VERSION = 1_000_000
# Dark text on amber, both set, so the reminder reads the same in light and dark themes.
BANNER_STYLE = (
    "QLabel { background-color: #fff1bf; color: #463800; border: 1px solid #b08900;"
    " border-radius: 4px; padding: 6px; }"
)


def today() -> str:
    return datetime.date.today().isoformat()


class PlanEditor(RecordEditor):
    kind = "plan"

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._plan: SafetyPlan | None = None  # what was loaded: its id and timestamps

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Review reminder"))
        self.banner.hide()
        self.message = message_label(self, self.tr("Problem with this plan"))

        self.parts = QListWidget(self)
        self.parts.setAccessibleName(self.tr("Parts of the plan"))
        self.pages = QStackedWidget(self)
        self.parts.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._build_pages(session)
        self.parts.setMaximumWidth(self.parts.sizeHintForColumn(0) + 32)
        # Created after every page, so Tab goes list, page, then Save.
        self.save_button = QPushButton(self.tr("&Save plan"), self)
        self.save_button.setAccessibleName(self.tr("Save the safety plan"))
        self.save_button.clicked.connect(self.save)

        self.body = QWidget(self)
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.parts)
        body_layout.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self._connect_changes()
        self.setFocusProxy(self.title)  # the window focuses the editor on a new plan
        session.records_changed.connect(self._records_changed)
        session.locked.connect(self.refresh_contacts)
        self.parts.setCurrentRow(0)
        self.body.setEnabled(False)
        self.save_button.setEnabled(False)

    def _connect_changes(self) -> None:
        self.title.textChanged.connect(self.mark_modified)
        self.owner.textChanged.connect(self.mark_modified)
        self.version.valueChanged.connect(self.mark_modified)
        self.last_reviewed.textChanged.connect(self.mark_modified)
        self.next_review.textChanged.connect(self.mark_modified)
        self.next_review.textChanged.connect(self._update_banner)
        self.review_triggers.textChanged.connect(self.mark_modified)
        for editor in self.sections.values():
            editor.textChanged.connect(self.mark_modified)
        self.risk_register.changed.connect(self.mark_modified)
        self.check_in_editor.changed.connect(self.mark_modified)
        self.contact_tree.changed.connect(self.mark_modified)
        self.review_log.changed.connect(self.mark_modified)

    # -- pages -------------------------------------------------------------------------------

    def _build_pages(self, session: JournalSession) -> None:
        self._add_page(self.tr("About this plan"), self._build_overview())
        self.sections: dict[str, QPlainTextEdit] = {}
        for key in SECTIONS:
            self._add_page(term_label("plan_sections", key), self._build_section(key))
        self.risk_register = RiskRegister(self)
        explanation = self.tr(
            "Each risk is scored likelihood times impact, each from 1 (very low) to 5 (very "
            "high). The risk level follows from the score."
        )
        self._add_page(self.tr("Risk register"), self._explained(explanation, self.risk_register))
        self.check_in_editor = CheckInEditor(session, self)
        self._add_page(self.tr("Check-in protocol"), self.check_in_editor)
        self.contact_tree = ContactTreeEditor(session, self)
        self._add_page(self.tr("Contact tree"), self.contact_tree)
        self.review_log = ReviewLogEditor(self)
        self._add_page(self.tr("Review log"), self.review_log)

    def _build_overview(self) -> QWidget:
        page = QWidget(self)
        self.title = line_field(page)
        self.title.setAccessibleName(self.tr("Title of the plan"))
        self.owner = line_field(page)
        self.owner.setAccessibleName(self.tr("Whose plan this is"))
        self.version = QSpinBox(page)
        self.version.setRange(1, MAX_VERSION)
        self.version.setAccessibleName(self.tr("Version"))
        self.last_reviewed = DateField(self.tr("Last reviewed on"), page)
        self.next_review = DateField(self.tr("Next review on"), page)
        self.review_triggers = QPlainTextEdit(page)
        self.review_triggers.setAccessibleName(self.tr("When to review the plan sooner"))
        self.review_triggers.setPlaceholderText(
            self.tr("Events that mean this plan must be read again, such as a new threat.")
        )
        self.review_triggers.setTabChangesFocus(True)
        form = QFormLayout(page)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("&Last reviewed:"), self.last_reviewed)
        form.addRow(self.tr("&Next review:"), self.next_review)
        form.addRow(self.tr("Review soone&r if:"), self.review_triggers)
        return page

    def _build_section(self, key: str) -> QWidget:
        label = term_label("plan_sections", key)
        editor = QPlainTextEdit(self)
        editor.setAccessibleName(label)
        editor.setTabChangesFocus(True)
        self.sections[key] = editor
        description = catalog().vocabularies["plan_sections"].term(key).extra.get("description")
        explanation = QCoreApplication.translate("vocabulary", str(description or ""))
        return self._explained(explanation, editor)

    def _explained(self, explanation: str, content: QWidget) -> QWidget:
        page = QWidget(self)
        note = QLabel(explanation, page)
        note.setWordWrap(True)
        note.setBuddy(content)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(content, 1)
        return page

    def _add_page(self, name: str, page: QWidget) -> None:
        self.parts.addItem(name)
        self.pages.addWidget(page)

    # -- RecordEditor ------------------------------------------------------------------------

    def new_record(self) -> None:
        self.new_from_template(safety_plan_templates()[0].key)

    def new_from_template(self, key: str) -> None:
        """Start a new, unsaved plan from the shipped template `key`."""
        try:
            plan = records.new_plan(key, current_language())
        except JournalError as problem:
            show_message(self.message, str(problem))
            return
        self._show(plan, modified=False)

    def load(self, uid: str) -> None:
        try:
            plan = records.get_plan(self.session.journal, uid)
        except JournalError as problem:
            show_message(self.message, str(problem))
            return
        self._show(plan, modified=False)

    def uid(self) -> str | None:
        return self._plan.id if self._plan is not None else None

    def save(self) -> bool:
        if self._plan is None:
            return False
        problem = self._problem_before_saving()
        if problem:
            show_message(self.message, problem)
            return False
        try:
            stored = records.save_plan(self.session.journal, self._collect())
        except JournalError as refused:
            show_message(self.message, str(refused))
            return False
        self._plan = stored
        show_message(self.message, "")
        self.set_modified(False)
        self.session.notify_changed(self.kind)
        self.saved.emit(stored.id)
        return True

    def draft(self) -> dict[str, Any]:
        if self._plan is None:
            return {}
        return {"plan": plan_to_json(self._collect())}

    def restore_draft(self, body: dict[str, Any]) -> None:
        try:
            plan = plan_from_draft(body["plan"])
        except (KeyError, TypeError, ValueError):
            show_message(self.message, self.tr("These kept edits could not be read back."))
            return
        self._show(plan, modified=True)

    def clear(self) -> None:
        self.begin_loading()
        self._plan = None
        self.title.clear()
        self.owner.clear()
        self.version.setValue(1)
        self.last_reviewed.clear()
        self.next_review.clear()
        self.review_triggers.setPlainText("")
        for editor in self.sections.values():
            editor.setPlainText("")
        self.risk_register.set_risks([])
        self.check_in_editor.set_check_in(CheckIn())
        self.contact_tree.set_contacts([])
        self.review_log.set_reviews([])
        self.refresh_contacts()
        self.end_loading(modified=False)
        show_message(self.message, "")
        self.banner.hide()
        self.body.setEnabled(False)
        self.save_button.setEnabled(False)

    def refresh_contacts(self) -> None:
        """Reread the contacts offered in every contact choice (names change, people are
        added; once the journal is locked the names are dropped)."""
        self.check_in_editor.refresh_contacts()
        self.contact_tree.refresh_contacts()

    # -- between fields and the plan ---------------------------------------------------------

    def _show(self, plan: SafetyPlan, *, modified: bool) -> None:
        self.begin_loading()
        self._plan = plan
        self.title.setText(plan.title)
        self.owner.setText(plan.owner)
        self.version.setValue(plan.version)
        self.last_reviewed.set_date(plan.last_reviewed)
        self.next_review.set_date(plan.next_review)
        self.review_triggers.setPlainText(plan.review_triggers)
        for key, editor in self.sections.items():
            editor.setPlainText(plan.sections.get(key, ""))
        self.risk_register.set_risks(plan.risks)
        self.check_in_editor.set_check_in(plan.check_in)
        self.contact_tree.set_contacts(plan.contact_tree)
        self.review_log.set_reviews(plan.review_log)
        self.end_loading(modified=modified)
        show_message(self.message, "")
        self._update_banner()
        self.body.setEnabled(True)
        self.save_button.setEnabled(True)
        self.parts.setCurrentRow(0)

    def _collect(self) -> SafetyPlan:
        """The plan as the fields show it, dates as typed (saving checks them)."""
        assert self._plan is not None
        return SafetyPlan(
            id=self._plan.id,
            title=self.title.text(),
            owner=self.owner.text(),
            version=self.version.value(),
            last_reviewed=self.last_reviewed.text().strip() or None,
            next_review=self.next_review.text().strip() or None,
            review_triggers=prose_text(self.review_triggers),
            sections={key: prose_text(editor) for key, editor in self.sections.items()},
            risks=self.risk_register.risks(),
            contact_tree=self.contact_tree.contacts(),
            check_in=self.check_in_editor.check_in(),
            review_log=self.review_log.reviews(),
            created_at=self._plan.created_at,
            updated_at=self._plan.updated_at,
        )

    def _problem_before_saving(self) -> str:
        """What the user can fix on the first page, said more plainly than the record check
        would; the page is shown and the field focused."""
        problems: list[tuple[str, QWidget]] = []
        if not self.title.text().strip():
            problems.append((self.tr("Give the plan a title before saving it."), self.title))
        for date_field, name in (
            (self.last_reviewed, self.tr("The last review date")),
            (self.next_review, self.tr("The next review date")),
        ):
            try:
                date_field.date()
            except ValueError:
                problem = self.tr("%1 is not a real date; write it as YYYY-MM-DD.")
                problems.append((problem.replace("%1", name), date_field))
        if not problems:
            return ""
        problem, field = problems[0]
        self.parts.setCurrentRow(0)
        field.setFocus()
        return problem

    def _update_banner(self) -> None:
        try:
            due = self.next_review.date()
        except ValueError:
            due = None
        if due is not None and due <= today():
            self.banner.setText(
                self.tr(
                    "This plan was due for review on %1. Read it through, change what is no "
                    "longer true and add a line to the review log."
                ).replace("%1", due)
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _records_changed(self, kind: str) -> None:
        if kind == "contact":
            self.refresh_contacts()


def plan_from_draft(data: dict[str, Any]) -> SafetyPlan:
    """A plan from kept edits, as it was, without checks: a draft may hold what saving would
    refuse (a half-typed date), and the person must get it back to fix it."""
    check_in = data.get("check_in") or {}
    return SafetyPlan(
        id=str(data["id"]),
        title=str(data.get("title") or ""),
        owner=str(data.get("owner") or ""),
        version=int(data.get("version") or 1),
        last_reviewed=data.get("last_reviewed"),
        next_review=data.get("next_review"),
        review_triggers=str(data.get("review_triggers") or ""),
        sections={key: str((data.get("sections") or {}).get(key) or "") for key in SECTIONS},
        risks=[Risk(**risk) for risk in data.get("risks") or []],
        contact_tree=[str(uid) for uid in data.get("contact_tree") or []],
        check_in=CheckIn(
            contact=check_in.get("contact"),
            schedule=str(check_in.get("schedule") or ""),
            channel=check_in.get("channel"),
            grace_minutes=int(check_in.get("grace_minutes") or 0),
            escalation=[EscalationStep(**step) for step in check_in.get("escalation") or []],
        ),
        review_log=[Review(**review) for review in data.get("review_log") or []],
        created_at=data.get("created_at"),
        updated_at=data.get("updated_at"),
    )
