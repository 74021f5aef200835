"""Write down an incident, or change one: what happened, who, how we know, what was done."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.dates import DateProblem, PartialDate, check_order
from hrjournal.domain.incident import (
    PARTS_DEFAULT_CONFIDENTIALITY,
    Incident,
    Location,
    ThreatAssessment,
    incident_to_json,
)
from hrjournal.errors import JournalError
from hrjournal.services import records
from hrjournal.ui.incident_form import IncidentForm
from hrjournal.ui.partial_date_field import PartialDateField
from hrjournal.ui.record_editor import RecordEditor
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import message_label, prose_text, show_message

_ASSESSMENT = ("facts", "pattern", "objective", "who_is_behind", "feasibility")


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)


def _key(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and value else None


def _object(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}


def _rows(data: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    return (
        [dict(row) for row in value if isinstance(row, Mapping)] if isinstance(value, list) else []
    )


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key)
    return [str(item) for item in value if item is not None] if isinstance(value, list) else []


def _set_line(field: QLineEdit, text: str) -> None:
    if field.text() != text:  # leave the cursor alone when nothing changes (after a save)
        field.setText(text)


def _set_prose(field: QPlainTextEdit, text: str) -> None:
    if prose_text(field) != text:
        field.setPlainText(text)


def _tags(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for tag in text.split(","):
        if tag.strip():
            seen.setdefault(tag.strip(), None)
    return list(seen)


class IncidentEditor(RecordEditor):
    kind = "incident"

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._uid: str | None = None
        # The incident as last saved: it keeps what the form does not show (attachments,
        # creation time), and whether the record exists yet.
        self._saved: Incident | None = None
        # Levels the record states even where they equal the default, so saving keeps them.
        self._stated_parts: set[str] = set()

        self.form = IncidentForm(session, self)
        self.evidence_tab = self.form.evidence_tab
        self.history_tab = self.form.history_tab
        self.message = message_label(self, self.tr("Message"))
        # Messages can quote what was typed; it must show as typed, never as markup.
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the incident"))
        self.save_button.setToolTip(self.tr("Save the incident (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.form.changed.connect(self.mark_modified)

    # -- RecordEditor ------------------------------------------------------------------------

    def new_record(self) -> None:
        self.begin_loading()
        self._reset()
        self._uid = records.new_id(self.kind)
        self.form.related.set_current_incident(self._uid)
        self.end_loading(False)
        self.form.setCurrentIndex(0)
        self.form.title.setFocus()

    def load(self, uid: str) -> None:
        try:
            incident = records.get_incident(self.session.journal, uid)
        except JournalError as problem:
            self.clear()
            show_message(self.message, str(problem))
            return
        self._show_saved(incident)
        self.form.setCurrentIndex(0)

    def uid(self) -> str | None:
        return self._uid

    def saved_incident(self) -> Incident | None:
        """The incident as last loaded or saved (None while new): its attachments are what
        the evidence panel shows."""
        return self._saved

    def save(self) -> bool:
        try:
            incident = self._build()
            saved = records.save_incident(self.session.journal, incident)
        except (JournalError, ValueError) as problem:
            show_message(self.message, str(problem))
            return False
        self._show_saved(saved)
        self.saved.emit(saved.id)
        self.session.notify_changed(self.kind)
        return True

    def draft(self) -> dict[str, Any]:
        """The record as typed, in its JSON form; what does not parse yet is kept as text."""
        form = self.form
        data = incident_to_json(self._build(strict=False))
        for key, field in (("start", form.start), ("end", form.end)):
            text, precision = field.raw()
            data[key] = text or None
            data[f"{key}_precision"] = precision if text else None
        data["location"]["latitude"] = self._raw_number(form.latitude)
        data["location"]["longitude"] = self._raw_number(form.longitude)
        data["perpetrators"] = form.perpetrators.values()
        data["affected"] = [row["person"] for row in form.affected.values()]
        data["sources"] = form.sources.values()
        data["interventions"] = form.interventions.values()
        data["related"] = form.related.values()
        if self._saved is None:
            data["_new"] = True
        return data

    def restore_draft(self, body: dict[str, Any]) -> None:
        data = dict(body)
        new = bool(data.pop("_new", False))
        uid = _key(data, "id") or records.new_id(self.kind)
        saved = None
        if not new:
            try:
                saved = records.get_incident(self.session.journal, uid)
            except JournalError:
                saved = None  # deleted since: saving the draft writes it anew
        self.begin_loading()
        self._reset()
        self._uid, self._saved = uid, saved
        self._stated_parts = set(
            saved.confidentiality if saved else _object(data, "confidentiality")
        )
        # Straight into the fields, not through validation: a draft may lack a title or hold
        # a half-typed date, and it is the user's to finish.
        self._fill(data)
        self.end_loading(True)

    def clear(self) -> None:
        self.begin_loading()
        self._reset()
        self.end_loading(False)

    # -- between the record and the fields ---------------------------------------------------

    def _show_saved(self, incident: Incident) -> None:
        self.begin_loading()
        self._uid, self._saved = incident.id, incident
        self._stated_parts = set(incident.confidentiality)
        self._fill(incident_to_json(incident))
        self.end_loading(False)
        show_message(self.message, "")

    def _reset(self) -> None:
        self._uid, self._saved, self._stated_parts = None, None, set()
        self._fill({})
        show_message(self.message, "")

    def _fill(self, data: Mapping[str, Any]) -> None:
        """Show the JSON form of an incident (or a draft of one), tolerating gaps."""
        form = self.form
        _set_line(form.title, _text(data, "title"))
        _set_line(form.reference, _text(data, "reference"))
        form.status.set_key(_key(data, "status") or "open")
        form.start.set_raw(_text(data, "start"), _key(data, "start_precision"))
        form.end.set_raw(_text(data, "end"), _key(data, "end_precision"))
        form.ongoing.setChecked(data.get("ongoing") is True)
        tags = _strings(data, "tags")
        if _tags(form.tags.text()) != tags:
            form.tags.setText(", ".join(tags))
        form.types.set_keys(_strings(data, "types"))
        _set_prose(form.description, _text(data, "description"))

        where = _object(data, "location")
        form.country.set_code(_key(where, "country"))
        _set_line(form.region, _text(where, "region"))
        _set_line(form.locality, _text(where, "locality"))
        _set_line(form.location_detail, _text(where, "detail"))
        form.location_type.set_key(_key(where, "type"))
        for field, key in ((form.latitude, "latitude"), (form.longitude, "longitude")):
            shown = self._raw_number(field)
            if shown != where.get(key):
                _set_line(field, _text(where, key))

        form.perpetrators.set_values(_rows(data, "perpetrators"))
        affected = data.get("affected")
        people = affected if isinstance(affected, list) else []
        form.affected.set_values([{"person": person} for person in people])
        form.sources.set_values(_rows(data, "sources"))
        form.interventions.set_values(_rows(data, "interventions"))
        form.related.set_current_incident(self._uid)
        form.related.set_values(_rows(data, "related"))
        _set_prose(form.impact, _text(data, "impact"))

        assessment = _object(data, "threat_assessment")
        for key in _ASSESSMENT:
            _set_prose(getattr(form, key), _text(assessment, key))
        _set_prose(form.private_notes, _text(data, "private_notes"))
        levels = _object(data, "confidentiality")
        for part, combo in form.confidentiality.items():
            combo.set_key(_key(levels, part) or PARTS_DEFAULT_CONFIDENTIALITY[part])

    def _build(self, *, strict: bool = True) -> Incident:
        """The incident the fields describe. Strict (for saving): raises ValueError with a
        sentence for the user. Not strict (for drafts): what does not parse is left out, and
        the lists are left to `draft`, which keeps them as typed."""
        form = self.form
        title = form.title.text()
        if strict and not title.strip():
            raise ValueError(
                self.tr("Give the incident a title before saving; a few words will do.")
            )
        start = self._date(form.start, self.tr("Started"), strict)
        end = self._date(form.end, self.tr("Ended"), strict)
        if strict:
            try:
                check_order(start, end)
            except DateProblem as problem:
                raise ValueError(self._problem(self.tr("Ended"), problem)) from None
        if self._uid is None:
            self._uid = records.new_id(self.kind)
        saved = self._saved
        assessment = {key: prose_text(getattr(form, key)) for key in _ASSESSMENT}
        return Incident(
            id=self._uid,
            title=title,
            reference=form.reference.text() or None,
            description=prose_text(form.description),
            start=start,
            end=end,
            ongoing=form.ongoing.isChecked(),
            location=Location(
                country=form.country.code(),
                region=form.region.text(),
                locality=form.locality.text(),
                detail=form.location_detail.text(),
                type=form.location_type.key(),
                latitude=self._number(form.latitude, self.tr("Latitude"), strict),
                longitude=self._number(form.longitude, self.tr("Longitude"), strict),
            ),
            types=form.types.keys(),
            perpetrators=form.perpetrators.rows() if strict else [],
            affected=form.affected.rows() if strict else [],
            sources=form.sources.rows() if strict else [],
            interventions=form.interventions.rows() if strict else [],
            impact=prose_text(form.impact),
            status=form.status.key() or "open",
            confidentiality={
                part: level
                for part, combo in form.confidentiality.items()
                if (level := combo.key() or PARTS_DEFAULT_CONFIDENTIALITY[part])
                != PARTS_DEFAULT_CONFIDENTIALITY[part]
                or part in self._stated_parts
            },
            tags=_tags(form.tags.text()),
            related=form.related.rows() if strict else [],
            private_notes=prose_text(form.private_notes),
            threat_assessment=ThreatAssessment(**assessment),
            attachments=list(saved.attachments) if saved else [],
            created_at=saved.created_at if saved else None,
            updated_at=saved.updated_at if saved else None,
        )

    def _problem(self, label: str, problem: Exception) -> str:
        return fill(self.tr("%1: %2."), label, str(problem).rstrip("."))

    def _date(self, field: PartialDateField, label: str, strict: bool) -> PartialDate | None:
        try:
            return field.value()
        except ValueError as problem:
            if not strict:
                return None
            raise ValueError(self._problem(label, problem)) from None

    def _number(self, field: QLineEdit, label: str, strict: bool) -> float | None:
        value = self._raw_number(field)
        if value is None or isinstance(value, float):
            return value
        if not strict:
            return None
        raise ValueError(
            fill(self.tr("%1 must be a number such as 19.4326; it is now “%2”."), label, value)
        )

    @staticmethod
    def _raw_number(field: QLineEdit) -> float | str | None:
        """The coordinate typed: a number, the text if it is not one, None if empty."""
        text = field.text().strip()
        if not text:
            return None
        try:
            number = float(text.replace(",", "."))  # a decimal comma is common
        except ValueError:
            return text
        return number if math.isfinite(number) else text
