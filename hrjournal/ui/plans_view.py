"""Safety plans: the list, with plans due for review marked, beside the plan editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from hrjournal.services import records
from hrjournal.services.catalog import safety_plan_templates
from hrjournal.services.records import PlanRow
from hrjournal.services.reports import ReportKind
from hrjournal.ui.plan_editor import PlanEditor
from hrjournal.ui.record_list_model import Column, RecordListModel
from hrjournal.ui.record_section import RecordSection
from hrjournal.ui.report_dialog import ReportDialog, ReportSubject, open_report
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import show_message


def today() -> str:
    return QDate.currentDate().toString(Qt.DateFormat.ISODate)


def _review(row: PlanRow) -> str:
    if row.next_review is None:
        return ""
    if row.next_review <= today():
        return QCoreApplication.translate("PlansView", "%1 (due)").replace("%1", row.next_review)
    return row.next_review


class PlansView(RecordSection):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        model = RecordListModel(
            [
                Column(QCoreApplication.translate("PlansView", "Plan"), lambda r: r.title),
                Column(QCoreApplication.translate("PlansView", "Next review"), _review),
            ],
            self._fetch,
            lambda row: row.uid,
        )
        editor = PlanEditor(session)
        super().__init__(
            session,
            model,
            editor,
            lambda uid: records.delete_plan(session.journal, uid),
            accessible_name=QCoreApplication.translate("PlansView", "Safety plans"),
            parent=parent,
        )
        self.plan_editor = editor
        self.new_button.setAccessibleName(self.tr("New safety plan from the chosen template"))
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Template for a new plan"))
        for template in safety_plan_templates():
            title = QCoreApplication.translate("template", template.title)
            self.template.addItem(title, template.key)
            self.template.setItemData(
                self.template.count() - 1,
                QCoreApplication.translate("template", template.description),
                Qt.ItemDataRole.ToolTipRole,
            )
        caption = QLabel(self.tr("New plans start from:"), self)
        caption.setBuddy(self.template)
        self.list_layout.addWidget(caption)
        self.list_layout.addWidget(self.template)
        self.reminder = QLabel(self)
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName(self.tr("Review reminder"))
        self.reminder.hide()
        self.list_layout.insertWidget(0, self.reminder)
        self.report_button = QPushButton(self.tr("&Report…"), self)
        self.report_button.setAccessibleName(self.tr("Make a PDF of the open safety plan"))
        self.report_button.clicked.connect(self.report_selected)
        self.report_button.setEnabled(False)
        self.add_button(self.report_button)
        self.current_changed.connect(lambda uid: self.report_button.setEnabled(uid is not None))

    def report_selected(self) -> ReportDialog | None:
        uid = self.current_uid
        if uid is None or not self.session.is_open or not self.leave_allowed():
            return None
        number = self.model.row_of(uid)
        row = self.model.row_at(number) if number is not None else None
        about = row.title if isinstance(row, PlanRow) else ""
        return open_report(self, self.session, ReportSubject(ReportKind.PLAN, uid, about))

    def new_record(self) -> bool:
        if not self.leave_allowed():
            return False
        self._current = None
        self._select(None)
        self.plan_editor.new_from_template(str(self.template.currentData()))
        self.plan_editor.setFocus()
        return True

    def _fetch(
        self, offset: int, limit: int, _order: str | None, _descending: bool
    ) -> list[PlanRow]:
        if not self.session.is_open:
            return []
        return records.list_plans(self.session.journal, limit=limit, offset=offset)

    def due_for_review(self) -> list[PlanRow]:
        return records.plans_due_for_review(self.session.journal, today())

    def refresh(self) -> None:
        super().refresh()
        self._remind()

    def _on_records_changed(self, kind: str) -> None:
        super()._on_records_changed(kind)
        if kind == "plan" and self.session.is_open:
            self._remind()

    def _remind(self) -> None:
        due = self.due_for_review()
        if not due:
            show_message(self.reminder, "")
            return
        titles = ", ".join(row.title for row in due)
        show_message(
            self.reminder,
            self.tr("Time to review: %1. Plans work only while they match your situation.").replace(
                "%1", titles
            ),
        )

    def clear(self) -> None:
        super().clear()
        show_message(self.reminder, "")
