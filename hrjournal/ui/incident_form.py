"""The fields of an incident, laid out in tabs that fit a 1000 x 700 window.

Only the widgets and their layout live here; `IncidentEditor` moves records in and out.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.incident import PARTS_DEFAULT_CONFIDENTIALITY
from hrjournal.ui.incident_tables import (
    AffectedTable,
    InterventionsTable,
    PerpetratorsTable,
    RelatedIncidentsTable,
    SourcesTable,
)
from hrjournal.ui.partial_date_field import PartialDateField
from hrjournal.ui.pickers import CountryCombo, VocabularyChecklist, VocabularyCombo
from hrjournal.ui.session import JournalSession
from hrjournal.ui.widgets import line_field


def _prose(parent: QWidget, accessible_name: str, height: int | None = None) -> QPlainTextEdit:
    field = QPlainTextEdit(parent)
    field.setAccessibleName(accessible_name)
    # Tab moves on to the next field; a narrative rarely needs a tab character.
    field.setTabChangesFocus(True)
    if height is not None:
        field.setMinimumHeight(height)
    return field


def _line(parent: QWidget, accessible_name: str) -> QLineEdit:
    field = line_field(parent)
    field.setAccessibleName(accessible_name)
    return field


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


class IncidentForm(QTabWidget):
    changed = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Incident"))
        self.addTab(self._what_page(), self.tr("&What happened"))
        self.addTab(self._place_page(), self.tr("&Place"))
        self.addTab(self._people_page(session), self.tr("Peop&le"))
        self.addTab(self._sources_page(session), self.tr("S&ources and actions"))
        self.evidence_tab = QWidget(self)
        QVBoxLayout(self.evidence_tab)  # the window puts the attachments panel here
        self.addTab(self.evidence_tab, self.tr("E&vidence"))
        self.addTab(self._assessment_page(), self.tr("&Assessment and notes"))
        self.addTab(self._confidentiality_page(), self.tr("&Confidentiality"))
        self.history_tab = QWidget(self)
        QVBoxLayout(self.history_tab)  # the window puts the history panel here
        self.addTab(self.history_tab, self.tr("&History"))
        self._connect_changes()

    def _what_page(self) -> QWidget:
        page = QWidget()
        self.title = _line(page, self.tr("Title"))
        self.reference = _line(page, self.tr("Reference"))
        self.reference.setReadOnly(True)
        self.reference.setPlaceholderText(self.tr("Given when you first save"))
        self.status = VocabularyCombo("incident_statuses", self.tr("Status"), page)
        self.start = PartialDateField(self.tr("Started"), page)
        self.end = PartialDateField(self.tr("Ended"), page)
        self.ongoing = QCheckBox(self.tr("Still &going on"), page)
        self.ongoing.setAccessibleName(self.tr("Still going on"))
        self.tags = _line(page, self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Words to find it by, separated by commas"))
        self.types = VocabularyChecklist("incident_types", self.tr("Incident types"), page)
        self.description = _prose(page, self.tr("Description"))
        self.description.setPlaceholderText(
            self.tr("What happened, in order: who, what, when, where, how.")
        )

        form = QFormLayout()
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("Sta&rted"), self.start)
        form.addRow(self.tr("&Ended"), self.end)
        form.addRow("", self.ongoing)
        form.addRow(self.tr("&Tags"), self.tags)
        types_label = QLabel(self.tr("Incident t&ypes"), page)
        types_label.setBuddy(self.types)
        types = QVBoxLayout()
        types.addWidget(types_label)
        types.addWidget(self.types)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addLayout(types, 2)
        description_label = QLabel(self.tr("&Description"), page)
        description_label.setBuddy(self.description)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(description_label)
        layout.addWidget(self.description, 1)
        self.types.setMaximumHeight(230)
        return page

    def _place_page(self) -> QWidget:
        page = QWidget()
        self.country = CountryCombo(self.tr("Country"), page)
        self.region = _line(page, self.tr("Region"))
        self.locality = _line(page, self.tr("Town or city"))
        self.location_detail = _line(page, self.tr("Place details"))
        self.location_type = VocabularyCombo(
            "location_types", self.tr("Kind of place"), page, optional=True
        )
        self.latitude = _line(page, self.tr("Latitude"))
        self.latitude.setPlaceholderText("19.4326")
        self.longitude = _line(page, self.tr("Longitude"))
        self.longitude.setPlaceholderText("-99.1332")
        form = QFormLayout()
        form.addRow(self.tr("Countr&y"), self.country)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("Town or ci&ty"), self.locality)
        form.addRow(self.tr("&Details"), self.location_detail)
        form.addRow(self.tr("&Kind of place"), self.location_type)
        form.addRow(self.tr("Latit&ude"), self.latitude)
        form.addRow(self.tr("Lo&ngitude"), self.longitude)
        note = QLabel(
            self.tr(
                "Coordinates are optional. They are never put in exported reports unless "
                "you choose to include them."
            ),
            page,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch()
        return _scrolling(page)

    def _people_page(self, session: JournalSession) -> QWidget:
        page = QWidget()
        self.perpetrators = PerpetratorsTable(session, page)
        self.affected = AffectedTable(session, page)
        self.impact = _prose(page, self.tr("Impact"), 60)
        self.impact.setPlaceholderText(
            self.tr("What it changed for you, your work, your family or others.")
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self._group(self.tr("Pe&rpetrators"), self.perpetrators), 3)
        layout.addWidget(self._group(self.tr("People a&ffected"), self.affected), 2)
        layout.addWidget(self._group(self.tr("&Impact"), self.impact), 2)
        return page

    def _sources_page(self, session: JournalSession) -> QWidget:
        page = QWidget()
        self.sources = SourcesTable(session, page)
        self.interventions = InterventionsTable(session, page)
        self.related = RelatedIncidentsTable(session, page)
        layout = QVBoxLayout(page)
        layout.addWidget(self._group(self.tr("Sou&rces: how you know"), self.sources), 3)
        layout.addWidget(self._group(self.tr("Ac&tions taken"), self.interventions), 3)
        layout.addWidget(self._group(self.tr("Related i&ncidents"), self.related), 2)
        return page

    def _assessment_page(self) -> QWidget:
        page = QWidget()
        self.facts = _prose(page, self.tr("Facts"), 50)
        self.pattern = _prose(page, self.tr("Pattern"), 50)
        self.objective = _prose(page, self.tr("Objective"), 50)
        self.who_is_behind = _prose(page, self.tr("Who is behind it"), 50)
        self.feasibility = _prose(page, self.tr("Feasibility"), 50)
        self.private_notes = _prose(page, self.tr("Private notes"), 70)
        self.facts.setPlaceholderText(self.tr("What is known for certain."))
        self.pattern.setPlaceholderText(self.tr("Is it part of a series? Is it escalating?"))
        self.objective.setPlaceholderText(self.tr("What do they want to achieve?"))
        self.who_is_behind.setPlaceholderText(self.tr("Who may be behind it, and why."))
        self.feasibility.setPlaceholderText(self.tr("Could they carry out the threat?"))
        assessment = QWidget(page)
        form = QFormLayout(assessment)
        form.addRow(self.tr("&Facts"), self.facts)
        form.addRow(self.tr("Pa&ttern"), self.pattern)
        form.addRow(self.tr("O&bjective"), self.objective)
        form.addRow(self.tr("Who is behin&d it"), self.who_is_behind)
        form.addRow(self.tr("F&easibility"), self.feasibility)
        layout = QVBoxLayout(page)
        layout.addWidget(self._group(self.tr("Threat assessment"), assessment), 5)
        notes_label = QLabel(self.tr("P&rivate notes (only for you)"), page)
        notes_label.setBuddy(self.private_notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.private_notes, 2)
        return _scrolling(page)

    def _confidentiality_page(self) -> QWidget:
        page = QWidget()
        parts = {
            "description": self.tr("Description"),
            "location": self.tr("Place"),
            "perpetrators": self.tr("Perpetrators"),
            "affected": self.tr("People affected"),
            "sources": self.tr("Sources"),
            "interventions": self.tr("Actions taken"),
            "impact": self.tr("Impact"),
            "attachments": self.tr("Evidence"),
            "private_notes": self.tr("Private notes"),
            "threat_assessment": self.tr("Threat assessment"),
        }
        intro = QLabel(
            self.tr(
                "Who may see each part when you share a report. Restricted parts go only to "
                "people you trust; confidential parts stay with you unless you choose otherwise."
            ),
            page,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.confidentiality: dict[str, VocabularyCombo] = {}
        for part, default in PARTS_DEFAULT_CONFIDENTIALITY.items():
            label = parts.get(part, part)
            combo = VocabularyCombo("confidentiality_levels", label, page)
            combo.set_key(default)
            self.confidentiality[part] = combo
            form.addRow(label, combo)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch()
        return _scrolling(page)

    def _group(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(content)
        return box

    def _connect_changes(self) -> None:
        lines = (self.title, self.tags, self.region, self.locality, self.location_detail)
        for line in (*lines, self.latitude, self.longitude):
            line.textChanged.connect(self._emit_changed)
        prose = (self.description, self.impact, self.facts, self.pattern, self.objective)
        for text in (*prose, self.who_is_behind, self.feasibility, self.private_notes):
            text.textChanged.connect(self._emit_changed)
        combos = (self.status, self.country, self.location_type, *self.confidentiality.values())
        for combo in combos:
            combo.currentIndexChanged.connect(self._emit_changed)
        self.ongoing.toggled.connect(self._emit_changed)
        self.types.changed.connect(self._emit_changed)
        for part in (self.start, self.end, self.perpetrators, self.affected, self.sources):
            part.changed.connect(self._emit_changed)
        for table in (self.interventions, self.related):
            table.changed.connect(self._emit_changed)

    def _emit_changed(self, *_: object) -> None:
        self.changed.emit()
