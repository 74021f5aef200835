"""Incidents: a filterable, sortable list read in pages, beside the incident editor."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hrjournal.services import records, searching
from hrjournal.services.records import IncidentFilter, IncidentRow
from hrjournal.services.reports import ReportKind
from hrjournal.ui.attachments_panel import AttachmentsPanel
from hrjournal.ui.history_view import HistoryView
from hrjournal.ui.incident_editor import IncidentEditor
from hrjournal.ui.pickers import DateField, VocabularyCombo, term_label
from hrjournal.ui.record_list_model import Column, RecordListModel
from hrjournal.ui.record_section import RecordSection
from hrjournal.ui.report_dialog import ReportDialog, ReportSubject, open_report
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import show_message

SEARCH_LIMIT = 1000  # hits kept when the search box narrows the list


def _status_label(row: IncidentRow) -> str:
    return term_label("incident_statuses", row.status)


class IncidentsView(RecordSection):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        model = RecordListModel(
            [
                Column(
                    QCoreApplication.translate("IncidentsView", "Reference"),
                    lambda r: r.reference,
                    "reference",
                ),
                Column(
                    QCoreApplication.translate("IncidentsView", "When"),
                    lambda r: r.start or "",
                    "start",
                ),
                Column(
                    QCoreApplication.translate("IncidentsView", "Title"), lambda r: r.title, "title"
                ),
                Column(
                    QCoreApplication.translate("IncidentsView", "Status"), _status_label, "status"
                ),
            ],
            self._fetch,
            lambda row: row.uid,
        )
        editor = IncidentEditor(session)
        super().__init__(
            session,
            model,
            editor,
            lambda uid: records.delete_incident(session.journal, uid),
            accessible_name=QCoreApplication.translate("IncidentsView", "Incidents"),
            parent=parent,
        )
        self._where = IncidentFilter()
        self._no_hits = False
        self.incident_editor = editor
        self.attachments = AttachmentsPanel(session, editor.evidence_tab)
        self.history = HistoryView(session, editor.history_tab)
        for tab, panel in (
            (editor.evidence_tab, self.attachments),
            (editor.history_tab, self.history),
        ):
            layout = tab.layout()
            assert layout is not None
            layout.addWidget(panel)
        self.attachments.attachments_changed.connect(self._reload_evidence)
        editor.saved.connect(self._show_panels)
        self.record_opened.connect(self._show_panels)
        self.new_button.setAccessibleName(self.tr("New incident"))

        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self._build_filters()
        self._build_report_buttons()

    # -- filters ----------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search incidents (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search incidents"))
        self.search.setClearButtonEnabled(True)
        self.type_filter = VocabularyCombo(
            "incident_types", self.tr("Filter by type"), self, optional=True, leaves_only=False
        )
        self.status_filter = VocabularyCombo(
            "incident_statuses", self.tr("Filter by status"), self, optional=True
        )
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.date_from = DateField(self.tr("From date"), self)
        self.date_to = DateField(self.tr("To date"), self)
        self.reset_button = QPushButton(self.tr("Show &all"), self)
        self.reset_button.setAccessibleName(self.tr("Clear the filters"))

        grid = QGridLayout()
        grid.addWidget(self.search, 0, 0, 1, 4)
        for column, (label, widget) in enumerate(
            ((self.tr("Type"), self.type_filter), (self.tr("Status"), self.status_filter))
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, 1, column * 2)
            grid.addWidget(widget, 1, column * 2 + 1)
        tag_caption = QLabel(self.tr("Tag"), self)
        tag_caption.setBuddy(self.tag_filter)
        grid.addWidget(tag_caption, 2, 0)
        grid.addWidget(self.tag_filter, 2, 1)
        grid.addWidget(self.reset_button, 2, 3)
        from_caption = QLabel(self.tr("From"), self)
        from_caption.setBuddy(self.date_from)
        to_caption = QLabel(self.tr("to"), self)
        to_caption.setBuddy(self.date_to)
        grid.addWidget(from_caption, 3, 0)
        grid.addWidget(self.date_from, 3, 1)
        grid.addWidget(to_caption, 3, 2)
        grid.addWidget(self.date_to, 3, 3)
        self.list_layout.insertLayout(0, grid)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.type_filter, self.status_filter, self.tag_filter):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(self.apply_filters)
        self.reset_button.clicked.connect(self.reset_filters)
        self.setTabOrder(self.search, self.type_filter)
        self.setTabOrder(self.type_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.tag_filter)
        self.setTabOrder(self.tag_filter, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if not self.session.is_open:
            return
        try:
            start_from, start_to = self.date_from.date(), self.date_to.date()
        except ValueError as error:
            problem = self.tr("%1 is not a date; write it as YYYY-MM-DD.")
            show_message(self.message, problem.replace("%1", str(error)))
            return
        uids: tuple[str, ...] = ()
        self._no_hits = False
        query = self.search.text().strip()
        if query:
            hits = searching.search_journal(
                self.session.journal, query, SEARCH_LIMIT, kind="incident"
            )
            uids = tuple(hit.uid for hit in hits)
            self._no_hits = not uids
        tag = self.tag_filter.currentData()
        self._where = IncidentFilter(
            status=self.status_filter.key(),
            type_key=self.type_filter.key(),
            tag=str(tag) if tag else None,
            start_from=start_from,
            start_to=start_to,
            uids=uids,
        )
        show_message(self.message, self.tr("No incident matches.") if self._no_hits else "")
        self.model.reload()
        self._select(self.current_uid)

    def reset_filters(self) -> None:
        for widget in (self.search, self.date_from, self.date_to):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.type_filter, self.status_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def _fetch(
        self, offset: int, limit: int, order: str | None, descending: bool
    ) -> list[IncidentRow]:
        if not self.session.is_open or self._no_hits:
            return []
        where = replace(self._where, order=order or "start", descending=descending)
        return records.list_incidents(self.session.journal, limit=limit, offset=offset, where=where)

    def _refresh_tags(self) -> None:
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem("—", None)
        for tag in records.incident_tags(self.session.journal):
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(chosen), 0))
        self.tag_filter.blockSignals(False)

    # -- reports ----------------------------------------------------------------------------

    def _build_report_buttons(self) -> None:
        self.report_button = QPushButton(self.tr("&Report…"), self)
        self.report_button.setAccessibleName(self.tr("Make a PDF report of the open incident"))
        self.report_button.clicked.connect(self.report_selected)
        self.summary_button = QPushButton(self.tr("Su&mmary…"), self)
        self.summary_button.setAccessibleName(
            self.tr("Make a PDF summary of the incidents in the list")
        )
        self.summary_button.clicked.connect(self.report_summary)
        self.add_button(self.report_button)
        self.add_button(self.summary_button)
        self.report_button.setEnabled(False)
        self.current_changed.connect(lambda uid: self.report_button.setEnabled(uid is not None))

    def report_selected(self) -> ReportDialog | None:
        uid = self.current_uid
        if uid is None or not self.session.is_open or not self.leave_allowed():
            return None
        number = self.model.row_of(uid)
        row = self.model.row_at(number) if number is not None else None
        about = f"{row.reference} · {row.title}" if isinstance(row, IncidentRow) else ""
        return open_report(self, self.session, ReportSubject(ReportKind.INCIDENT, uid, about))

    def report_summary(self) -> ReportDialog | None:
        """Report on the incidents the list shows, chosen as the filters say."""
        if not self.session.is_open:
            return None
        self.apply_filters()  # what the fields say now, even a search still being typed
        try:
            start_from, start_to = self.date_from.date(), self.date_to.date()
        except ValueError:
            return None  # apply_filters has said what is wrong
        if self._no_hits or self.model.rowCount() == 0:
            show_message(
                self.message,
                self.tr("No incident matches the filters: there is nothing to sum up."),
            )
            return None
        chosen_by = []
        for caption, combo in (
            (self.tr("Type: %1"), self.type_filter),
            (self.tr("Status: %1"), self.status_filter),
        ):
            if combo.key():
                chosen_by.append(caption.replace("%1", combo.currentText()))
        if self.tag_filter.currentData():
            chosen_by.append(self.tr("Tag: %1").replace("%1", self.tag_filter.currentText()))
        if start_from:
            chosen_by.append(self.tr("Happened on or after %1").replace("%1", start_from))
        if start_to:
            chosen_by.append(self.tr("Happened on or before %1").replace("%1", start_to))
        subject = ReportSubject(
            ReportKind.INCIDENTS,
            where=self._where,
            chosen_by=tuple(chosen_by),
            search=self.search.text().strip(),
        )
        return open_report(self, self.session, subject)

    # -- evidence and history of the open incident -------------------------------------------

    def _show_panels(self, uid: str) -> None:
        incident = records.get_incident(self.session.journal, uid)
        self.attachments.show_incident(incident.id, incident.attachments)
        self.history.show_record("incident", incident.id)

    def _reload_evidence(self) -> None:
        uid = self.incident_editor.uid()
        if uid is not None and self.session.is_open:
            self._show_panels(uid)

    def new_record(self) -> bool:
        if not super().new_record():
            return False
        self.attachments.show_incident(None, [])
        self.history.show_record("incident", None)
        return True

    # -- the journal opens and locks ---------------------------------------------------------

    def refresh(self) -> None:
        self._refresh_tags()
        super().refresh()

    def _on_records_changed(self, kind: str) -> None:
        if kind == "incident" and self.session.is_open:
            self._refresh_tags()
        super()._on_records_changed(kind)

    def clear(self) -> None:
        super().clear()
        self.attachments.clear()
        self.history.clear()
        self.tag_filter.clear()
        self.search.clear()
        self._search_timer.stop()
        self._where = IncidentFilter()
