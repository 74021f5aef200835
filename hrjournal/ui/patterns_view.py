"""What the incidents show together: when they happened, how often, and of what kinds.

The view keeps itself current: it empties on lock, and rereads when incidents change (at once
if it is showing and no job holds the journal, otherwise as soon as both are true).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from hrjournal.errors import JournalError
from hrjournal.services.patterns import Patterns, patterns_of
from hrjournal.ui.charts import MONTHS, TYPES, BarChart, incidents_text, month_label
from hrjournal.ui.session import JournalSession
from hrjournal.ui.timeline import TimelineWidget, partial_start
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import message_label, show_message


class PatternsView(QWidget):
    incident_activated = Signal(str)  # the incident's id

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = False
        heading = QLabel(self.tr("<h2>Patterns</h2>"), self)
        self.message = message_label(self, self.tr("Message"))
        self.empty_state = QLabel(
            self.tr(
                "Nothing to show yet. Once you record incidents with a start date or a type, "
                "this page shows when they happened and what kinds they were."
            ),
            self,
        )
        self.empty_state.setWordWrap(True)
        self.empty_state.setAccessibleName(self.tr("No patterns yet"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))

        self.timeline = TimelineWidget(self)
        self.by_month = BarChart(MONTHS, self.tr("Incidents by month"), self)
        self.by_type = BarChart(TYPES, self.tr("Incidents by type"), self)
        self.timeline.incident_activated.connect(self.incident_activated)
        timeline_note = QLabel(
            self.tr(
                "Click a mark to open the incident. Hollow marks are incidents known only to "
                "the month or year, placed in the middle of that time."
            ),
            self,
        )
        timeline_note.setWordWrap(True)
        self.timeline_section = self._section(self.tr("&Timeline"), self.timeline, timeline_note)
        self.month_section = self._section(
            self.tr("Incidents by &month"),
            self.by_month,
            QLabel(self.tr("Incidents dated only to a year are not counted here."), self),
        )
        self.type_section = self._section(
            self.tr("Incidents by t&ype"),
            self.by_type,
            QLabel(self.tr("An incident of several types is counted under each."), self),
        )

        content = QWidget(self)
        column = QVBoxLayout(content)
        for widget in (
            heading,
            self.message,
            self.empty_state,
            self.summary,
            self.timeline_section,
            self.month_section,
            self.type_section,
        ):
            column.addWidget(widget)
        column.addStretch()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setTabOrder(self.timeline, self.by_month)
        self.setTabOrder(self.by_month, self.by_type)

        session.locked.connect(self.clear)
        session.opened.connect(self._reread_soon)
        session.records_changed.connect(self._records_changed)
        session.busy_changed.connect(self._busy_changed)
        self.clear()

    def _section(self, title: str, chart: QWidget, note: QLabel) -> QWidget:
        section = QWidget(self)
        label = QLabel(title, section)  # plain text: a rich-text label loses its mnemonic
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        label.setBuddy(chart)
        note.setWordWrap(True)
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 8, 0, 0)
        for widget in (label, chart, note):
            column.addWidget(widget)
        return section

    # -- what the window calls ---------------------------------------------------------------

    def refresh(self) -> None:
        """Reread the patterns from the open journal (or empty the view if none is open)."""
        if not self.session.is_open:
            self.clear()
            return
        if self.session.busy:  # a job has the journal to itself; reread when it is done
            self._stale = True
            return
        self._stale = False
        try:
            found = patterns_of(self.session.journal)
        except JournalError as problem:
            self.clear()
            show_message(self.message, str(problem))
            return
        show_message(self.message, "")
        self.timeline.set_points(found.timeline)
        self.by_month.set_bars(found.by_month)
        self.by_type.set_bars(found.by_type)
        self.summary.setText(self._summary(found))
        self.timeline_section.setVisible(bool(found.timeline))
        self.month_section.setVisible(bool(found.by_month))
        self.type_section.setVisible(bool(found.by_type))
        anything = bool(found.timeline or found.by_month or found.by_type)
        self.empty_state.setVisible(not anything)
        self.summary.setVisible(anything)

    def clear(self) -> None:
        """Empty every widget: after this nothing of the journal is held here (used on lock)."""
        self._stale = False
        self.timeline.clear()
        self.by_month.clear()
        self.by_type.clear()
        self.summary.clear()
        show_message(self.message, "")
        for section in (self.timeline_section, self.month_section, self.type_section):
            section.hide()
        self.summary.hide()
        self.empty_state.show()

    # -- keeping current ---------------------------------------------------------------------

    def _records_changed(self, kind: str) -> None:
        if kind == "incident":
            self._reread_soon()

    def _reread_soon(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _summary(self, found: Patterns) -> str:
        dated = len(found.timeline)
        if dated == 1:
            lines = [self.tr("1 incident has a start date.")]
        else:
            lines = [fill(self.tr("%1 have a start date."), incidents_text(dated))]
        to_the_year = sum(
            1
            for point in found.timeline
            if (when := partial_start(point)) is not None and when.month is None
        )
        if to_the_year == 1:
            lines.append(self.tr("One of them is dated only to a year."))
        elif to_the_year:
            lines.append(
                fill(
                    self.tr("%1 of them are dated only to a year."),
                    self.locale().toString(to_the_year),
                )
            )
        busiest = max((count for _, count in found.by_month), default=0)
        months = [month_label(key, self.locale()) for key, n in found.by_month if n == busiest]
        if len(months) > 3:
            lines.append(
                fill(
                    self.tr("The busiest months had %1 each; there were %2 of them."),
                    incidents_text(busiest),
                    self.locale().toString(len(months)),
                )
            )
        elif busiest and len(months) == 1:
            lines.append(
                fill(
                    self.tr("The busiest month was %1, with %2."),
                    months[0],
                    incidents_text(busiest),
                )
            )
        elif busiest:
            lines.append(
                fill(
                    self.tr("The busiest months were %1, with %2 each."),
                    self.tr(", ").join(months),
                    incidents_text(busiest),
                )
            )
        lines.append(self.tr("Incidents without a start date are not on the timeline."))
        return " ".join(lines)
