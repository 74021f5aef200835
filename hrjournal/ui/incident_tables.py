"""The lists inside an incident: who did it, who was affected, sources, actions, related."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hrjournal.domain.dates import DateProblem, PartialDate
from hrjournal.domain.incident import ME, Intervention, Perpetrator, Relation, Source
from hrjournal.services import records
from hrjournal.ui.pickers import ContactCombo, VocabularyCombo
from hrjournal.ui.record_table import Column, RecordTable
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import line_field

# Enough for every incident a defender records in years; the list is read when a row is added.
MAX_LISTED_INCIDENTS = 5000


def _as_dict(record: object) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in fields(record)}  # type: ignore[arg-type]


def _text() -> QLineEdit:
    return line_field()


def _date_text() -> QLineEdit:
    field = line_field()
    # The hint every date field shows, translated once (under PartialDateField).
    field.setPlaceholderText(QCoreApplication.translate("PartialDateField", "YYYY-MM-DD"))
    return field


class PersonCombo(ContactCombo):
    """Someone affected: the journal's keeper ("me") or one of the contacts."""

    def refresh(self) -> None:
        chosen = self.contact()
        self.blockSignals(True)
        self.setCurrentIndex(0)  # so the base class does not keep "me" as an unknown contact
        super().refresh()
        self.blockSignals(True)
        self.insertItem(1, self.tr("Me (the keeper of this journal)"), ME)
        self.set_contact(chosen)
        self.blockSignals(False)


class IncidentCombo(QComboBox):
    """Another incident of the journal, by reference and title; never the one being edited."""

    def __init__(
        self,
        session: JournalSession,
        accessible_name: str,
        exclude: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.exclude = exclude
        self.setAccessibleName(accessible_name)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem("—", None)
        if self.session.is_open:
            for row in records.list_incidents(self.session.journal, limit=MAX_LISTED_INCIDENTS):
                if row.uid != self.exclude:
                    self.addItem(f"{row.reference} — {row.title}", row.uid)
        index = self.findData(chosen)
        if index < 0 and chosen is not None:
            self.addItem(str(chosen), chosen)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)


class PerpetratorsTable(RecordTable):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        kind, degree = self.tr("Who"), self.tr("Involvement")
        contact = self.tr("Linked contact")
        columns = [
            Column(
                "type",
                kind,
                lambda: VocabularyCombo("perpetrator_types", kind, leaves_only=False),
                width=210,
                default="unknown",
            ),
            Column(
                "involvement",
                degree,
                lambda: VocabularyCombo("involvement_degrees", degree, optional=True),
                width=150,
            ),
            Column(
                "contact",
                contact,
                lambda: ContactCombo(session, contact),
                width=150,
                lists="contact",
            ),
            Column("description", self.tr("Description"), _text, width=230, default=""),
            Column("identified_by", self.tr("How identified"), _text, default=""),
        ]
        super().__init__(session, self.tr("Perpetrators"), columns, parent)

    def rows(self) -> list[Perpetrator]:
        return [
            Perpetrator(
                type=row["type"] or "unknown",
                involvement=row["involvement"],
                contact=row["contact"],
                description=row["description"],
                identified_by=row["identified_by"],
            )
            for row in self.values()
        ]

    def set_rows(self, rows: list[Perpetrator]) -> None:
        self.set_values([_as_dict(row) for row in rows])


class AffectedTable(RecordTable):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        person = self.tr("Person")
        columns = [
            Column("person", person, lambda: PersonCombo(session, person), lists="contact"),
        ]
        super().__init__(session, self.tr("People affected"), columns, parent)

    def rows(self) -> list[str]:
        """Contact ids, and ME for the journal's keeper; raises ValueError on an empty row."""
        chosen = []
        for number, row in enumerate(self.values(), start=1):
            if row["person"] is None:
                raise ValueError(
                    self.tr(
                        "Choose who was affected in row %1 of People affected, or remove that row."
                    ).replace("%1", str(number))
                )
            chosen.append(str(row["person"]))
        return chosen

    def set_rows(self, rows: list[str]) -> None:
        self.set_values([{"person": person} for person in rows])


class SourcesTable(RecordTable):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        contact, connection = self.tr("Linked contact"), self.tr("Connection")
        material, reliability = self.tr("Material"), self.tr("Reliability")
        columns = [
            Column("who", self.tr("Who"), _text, width=150, default=""),
            Column(
                "contact",
                contact,
                lambda: ContactCombo(session, contact),
                width=140,
                lists="contact",
            ),
            Column(
                "connection",
                connection,
                lambda: VocabularyCombo("source_connections", connection, optional=True),
                width=130,
            ),
            Column(
                "material",
                material,
                lambda: VocabularyCombo("source_materials", material, optional=True),
                width=130,
            ),
            Column(
                "reliability",
                reliability,
                lambda: VocabularyCombo("source_reliability", reliability, optional=True),
                width=110,
            ),
            Column("notes", self.tr("Notes"), _text, default=""),
        ]
        super().__init__(session, self.tr("Sources"), columns, parent)

    def rows(self) -> list[Source]:
        return [Source(**row) for row in self.values()]

    def set_rows(self, rows: list[Source]) -> None:
        self.set_values([_as_dict(row) for row in rows])


class InterventionsTable(RecordTable):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        kind, contact = self.tr("Action"), self.tr("Linked contact")
        columns = [
            Column(
                "type",
                kind,
                lambda: VocabularyCombo("intervention_types", kind, optional=True),
                width=150,
            ),
            Column("party", self.tr("Told or asked"), _text, width=150, default=""),
            Column(
                "contact",
                contact,
                lambda: ContactCombo(session, contact),
                width=130,
                lists="contact",
            ),
            Column("date", self.tr("When"), _date_text, width=120, default=""),
            Column("request", self.tr("What was asked"), _text, width=170, default=""),
            Column("response", self.tr("Response"), _text, default=""),
        ]
        super().__init__(session, self.tr("Actions taken"), columns, parent)

    def rows(self) -> list[Intervention]:
        """Raises ValueError naming the row when a date is not a date."""
        found = []
        for number, row in enumerate(self.values(), start=1):
            text = str(row["date"]).strip()
            try:
                date = PartialDate.parse(text) if text else None
            except DateProblem as problem:
                message = fill(self.tr("Actions taken, row %1: %2"), str(number), str(problem))
                raise ValueError(message) from None
            found.append(Intervention(**{**row, "date": date}))
        return found

    def set_rows(self, rows: list[Intervention]) -> None:
        self.set_values(
            [{**_as_dict(row), "date": str(row.date) if row.date else ""} for row in rows]
        )


class RelatedIncidentsTable(RecordTable):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        incident, relation = self.tr("Incident"), self.tr("How it is related")
        self._exclude: str | None = None
        columns = [
            Column(
                "incident",
                incident,
                lambda: IncidentCombo(session, incident, self._exclude),
                width=420,
                lists="incident",
            ),
            Column(
                "relation",
                relation,
                lambda: VocabularyCombo("relation_types", relation, optional=True),
            ),
        ]
        super().__init__(session, self.tr("Related incidents"), columns, parent)

    def set_current_incident(self, uid: str | None) -> None:
        """The incident being edited, left out of the choices (none is related to itself)."""
        self._exclude = uid
        for row in range(self.table.rowCount()):
            combo = self.cell(row, "incident")
            if isinstance(combo, IncidentCombo) and combo.exclude != uid:
                combo.exclude = uid
                combo.refresh()

    def rows(self) -> list[Relation]:
        """Raises ValueError naming the row when its incident or relation is not chosen."""
        found = []
        for number, row in enumerate(self.values(), start=1):
            if row["incident"] is None or row["relation"] is None:
                raise ValueError(
                    self.tr(
                        "Choose the incident and how it is related in row %1 of Related "
                        "incidents, or remove that row."
                    ).replace("%1", str(number))
                )
            found.append(Relation(str(row["incident"]), str(row["relation"])))
        return found

    def set_rows(self, rows: list[Relation]) -> None:
        self.set_values([_as_dict(row) for row in rows])
