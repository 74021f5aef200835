"""Uwazi's import CSV: incidents as the rows of `import.csv`, and the template and thesauri
(resources/uwazi/) an organisation loads into HURIDOCS' Uwazi before importing it.

The CSV follows Uwazi's import rules (docs/uwazi.md): headers are property labels, select
values are thesaurus labels (two levels as `Group::Term`), several values are joined by `|`,
dates are `YYYY/MM/DD` and ranges `from:to`, a geolocation is `lat|lon` in a
`<label>_geolocation` column, and the vocabulary columns come in `<label>__en` and
`<label>__<language>` pairs when a translation is asked for. Each row names the evidence files
the ZIP will carry beside it; reading them and writing the ZIP is services.uwazi's work.
"""

from __future__ import annotations

import calendar
import csv
import io
import mimetypes
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.domain.catalog import Catalog
from hrjournal.domain.dates import EXACT, PartialDate
from hrjournal.domain.incident import Incident
from hrjournal.domain.vocabularies import Vocabulary
from hrjournal.export.profiles import Names, Profile, redact_incident

__all__ = [
    "COLUMNS",
    "CSV_NAME",
    "LANGUAGES",
    "ME",
    "THESAURI",
    "Column",
    "Shipped",
    "UwaziImport",
    "import_csv",
    "property_name",
    "resource_files",
    "template_rows",
    "thesaurus_rows",
    "uwazi_import",
]

Translate = Callable[[str], str]

CSV_NAME = "import.csv"
# Uwazi's own names for the languages HR Journal is translated into: the column headers of a
# thesaurus CSV. English comes first: it is the language the import's labels are matched in.
LANGUAGES = {
    "en": "English",
    "ar": "Arabic",
    "es": "Spanish",
    "fa": "Persian (Farsi)",
    "fr": "French",
    "ru": "Russian",
}
# Uwazi cannot select a group of a two-level thesaurus, only a term in it. A category chosen
# without a type (HR Journal allows `threats` alone) is exported as the group's "Other".
OTHER = "Other"
ME = "Me (the defender)"


@dataclass(frozen=True)
class Column:
    """One column of import.csv and the Uwazi property it fills."""

    label: str
    type: str  # the Uwazi property type; "file" and "attachments" are Uwazi's own columns
    thesaurus: str | None = None  # a vocabulary of resources/vocabularies.json, or "countries"
    full_only: bool = False  # what the share profile removes is not even a column
    note: str = ""

    @property
    def header(self) -> str:
        # Uwazi names a geolocation property after its label with this suffix.
        return f"{self.label}_geolocation" if self.type == "geolocation" else self.label


COLUMNS = (
    Column("Title", "title", note="Uwazi's own title; the incident's title as written"),
    Column("Reference", "text", note="the journal's reference, e.g. INC-2025-0007"),
    Column("Status", "select", "incident_statuses"),
    Column("Start date", "date", note="the first day it may have begun"),
    Column("Date range", "daterange", note="from the first to the last day it may cover"),
    Column("Date precision", "select", "date_precisions", note="how exact the start is"),
    Column("Date as recorded", "text", note="start and end as written, time, zone, precision"),
    Column("Country", "select", "countries"),
    Column("Region", "text", full_only=True),
    Column("Locality", "text"),
    Column("Place detail", "text", full_only=True),
    Column("Kind of place", "select", "location_types", full_only=True),
    Column("Coordinates", "geolocation", full_only=True),
    Column("Types", "multiselect", "incident_types"),
    Column("Perpetrator types", "multiselect", "perpetrator_types"),
    Column("Perpetrator involvement", "multiselect", "involvement_degrees"),
    Column("Perpetrators", "markdown", note="one line each: type, involvement, who, how known"),
    Column("People affected", "text", note="aliases in the share profile"),
    Column("Description", "markdown"),
    Column("Impact", "markdown"),
    Column("Action types", "multiselect", "intervention_types"),
    Column("Actions taken", "markdown", note="one line each: date, type, who, request, response"),
    Column("Related incidents", "text", note="how they relate, by reference"),
    Column("Tags", "text"),
    Column("Sources", "markdown", full_only=True),
    Column("Threat assessment", "markdown", full_only=True),
    Column("Private notes", "markdown", full_only=True),
    Column("Evidence", "markdown", note="every attachment: file in the ZIP, type, size, SHA-256"),
    Column("File", "file", note="not a property: the main document (a PDF) in the ZIP"),
    Column("Attachments", "attachments", note="not a property: the other files in the ZIP"),
)
# Thesaurus files (resources/uwazi/thesauri/<key>.csv) and the names to give them in Uwazi.
THESAURI = {
    "incident_types": "Incident types",
    "perpetrator_types": "Perpetrator types",
    "involvement_degrees": "Degrees of involvement",
    "incident_statuses": "Incident statuses",
    "date_precisions": "Date precisions",
    "location_types": "Kinds of place",
    "intervention_types": "Types of action",
    "countries": "Countries",
}
Selection = tuple[str, ...]  # vocabulary keys (or country codes) of a select column
Row = dict[str, str | Selection]  # by column label


def property_name(label: str) -> str:
    """The name Uwazi gives a property with this label, and matches a CSV header against."""
    return re.sub(r"[^a-z0-9]", "_", label.strip(), flags=re.IGNORECASE).lower()


# -- labels, thesauri and the template ---------------------------------------------------------


def _term_label(vocabulary: Vocabulary, key: str, tr: Translate) -> str:
    term = vocabulary.term(key)
    if term.parent:
        return f"{tr(vocabulary.label_of(term.parent))}::{tr(term.label)}"
    if any(other.parent == key for other in vocabulary.terms):
        return f"{tr(term.label)}::{tr(OTHER)}"
    return tr(term.label)


def _english(text: str) -> str:
    return text


def _label(catalog: Catalog, thesaurus: str, key: str, tr: Translate) -> str:
    if thesaurus == "countries":
        return tr(catalog.countries[key])
    return _term_label(catalog.vocabularies[thesaurus], key, tr)


def thesaurus_rows(
    thesaurus: str, catalog: Catalog, translator: Callable[[str], Translate]
) -> list[list[str]]:
    """A thesaurus in Uwazi's thesaurus CSV form: a column per language, headed by Uwazi's
    name for it, and a term of a group under its group, marked by a leading "-".
    `translator` gives the translate function of a language code."""
    translators = [translator(code) for code in LANGUAGES]
    rows = [list(LANGUAGES.values())]

    def row(text: str, prefix: str = "") -> list[str]:
        return [prefix + tr(text) for tr in translators]

    if thesaurus == "countries":
        rows += [row(name) for name in sorted(catalog.countries.values())]
        return rows
    vocabulary = catalog.vocabularies[thesaurus]
    for term in vocabulary.terms:
        if term.parent:
            continue
        rows.append(row(term.label))
        children = [other.label for other in vocabulary.terms if other.parent == term.key]
        rows += [row(label, "-") for label in ([*children, OTHER] if children else [])]
    return rows


def resource_files(catalog: Catalog, translator: Callable[[str], Translate]) -> dict[str, str]:
    """resources/uwazi/'s generated files, by path inside it."""

    def text(rows: list[list[str]]) -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue()

    files = {"template.csv": text(template_rows())}
    files |= {
        f"thesauri/{name}.csv": text(thesaurus_rows(name, catalog, translator)) for name in THESAURI
    }
    return files


def template_rows() -> list[list[str]]:
    """The Uwazi template the CSV fills, as resources/uwazi/template.csv describes it."""
    rows = [["Label", "Property name", "Type", "Thesaurus", "Profiles", "Notes"]]
    for column in COLUMNS:
        name = property_name(column.header) if column.type not in ("file", "attachments") else ""
        thesaurus = ""
        if column.thesaurus:
            thesaurus = f"{THESAURI[column.thesaurus]} (thesauri/{column.thesaurus}.csv)"
        profiles = "full" if column.full_only else "full, share"
        rows.append([column.label, name, column.type, thesaurus, profiles, column.note])
    return rows


# -- one incident as one row -------------------------------------------------------------------


def _first_day(date: PartialDate) -> str:
    return f"{date.year:04d}/{date.month or 1:02d}/{date.day or 1:02d}"


def _last_day(date: PartialDate) -> str:
    month = date.month or 12
    day = date.day or calendar.monthrange(date.year, month)[1]
    return f"{date.year:04d}/{month:02d}/{day:02d}"


def _as_written(date: PartialDate, catalog: Catalog) -> str:
    if date.precision == EXACT:
        return str(date)
    precision = catalog.vocabularies["date_precisions"].label_of(date.precision)
    return f"{date} ({precision.lower()})"


def _dates(incident: Incident, catalog: Catalog) -> Row:
    start, end = incident.start, incident.end
    written = " – ".join(_as_written(d, catalog) for d in (start, end) if d is not None)
    if start is None and end is not None:
        written = f"until {written}"
    if incident.ongoing:
        written = f"{written}, ongoing" if written else "ongoing"
    values: Row = {"Date as recorded": written}
    if start is not None:
        values["Start date"] = _first_day(start)
        values["Date precision"] = (start.precision,)
        if end is not None or not incident.ongoing:  # an open range is not written
            first = _first_day(start)
            # Calendar days as written: zoned times can put the end's day before the start's.
            values["Date range"] = f"{first}:{max(first, _last_day(end or start))}"
    return values


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _joined(parts: Iterable[str], separator: str = "; ") -> str:
    return separator.join(p for p in (_one_line(p) for p in parts) if p)


def _bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines if line)


@dataclass(frozen=True)
class Shipped:
    """An evidence file the ZIP carries, under the name the rows give it."""

    attachment: str  # id
    name: str  # in the ZIP
    size: int
    media_type: str


@dataclass
class UwaziImport:
    """What goes into the ZIP: the rows of import.csv and the files they name."""

    profile: Profile
    rows: list[Row]
    files: list[Shipped]


def uwazi_import(
    incidents: Sequence[Incident],
    catalog: Catalog,
    profile: Profile,
    names: Names,
    title_prefix: str = "",
) -> UwaziImport:
    """The incidents as rows, redacted by `profile`; a related incident is named by its
    reference, and each title starts with `title_prefix`."""
    references = {event.id: event.reference or event.id for event in incidents}
    maker = _RowMaker(catalog, profile, names, references)
    rows = [maker.row(event, title_prefix) for event in incidents]
    return UwaziImport(profile, rows, maker.files)


class _RowMaker:
    def __init__(
        self, catalog: Catalog, profile: Profile, names: Names, references: Mapping[str, str]
    ) -> None:
        self.catalog = catalog
        self.profile = profile
        self.names = names
        self.references = references
        self.taken: set[str] = {CSV_NAME}
        self.files: list[Shipped] = []

    def row(self, incident: Incident, title_prefix: str) -> Row:
        shown = redact_incident(incident, self.profile)
        place = shown.location
        values: Row = {
            "Title": title_prefix + shown.title,
            "Reference": shown.reference or "",
            "Status": (shown.status,),
            "Country": (place.country,) if place.country else (),
            "Region": place.region,
            "Locality": place.locality,
            "Place detail": place.detail,
            "Kind of place": (place.type,) if place.type else (),
            "Types": tuple(shown.types),
            "Perpetrator types": tuple(dict.fromkeys(p.type for p in shown.perpetrators)),
            "Perpetrator involvement": tuple(
                dict.fromkeys(p.involvement for p in shown.perpetrators if p.involvement)
            ),
            "Perpetrators": self._perpetrators(shown),
            "People affected": _joined(self.names.of(uid) for uid in shown.affected),
            "Description": shown.description,
            "Impact": shown.impact,
            "Action types": tuple(dict.fromkeys(i.type for i in shown.interventions if i.type)),
            "Actions taken": self._actions(shown),
            "Related incidents": _joined(
                f"{self._plain('relation_types', r.relation)}: "
                f"{self.references.get(r.incident, '')}"
                for r in shown.related
            ),
            "Tags": _joined(shown.tags, ", "),
            "Sources": self._sources(shown),
            "Threat assessment": self._assessment(shown),
            "Private notes": shown.private_notes,
            **_dates(shown, self.catalog),
        }
        if place.latitude is not None and place.longitude is not None:
            values["Coordinates"] = f"{_number(place.latitude)}|{_number(place.longitude)}"
        values.update(self._evidence(shown))
        return values

    def _plain(self, vocabulary: str, key: str | None) -> str:
        """A term for reading, not matching: "State: Police", or "State" for the category."""
        if not key:
            return ""
        terms = self.catalog.vocabularies[vocabulary]
        term = terms.term(key)
        return f"{terms.label_of(term.parent)}: {term.label}" if term.parent else term.label

    def _who(self, party: str, contact: str | None) -> str:
        return _joined([party, self.names.of(contact) if contact else ""], ", ")

    def _perpetrators(self, shown: Incident) -> str:
        return _bullets(
            _joined(
                [
                    self._plain("perpetrator_types", p.type),
                    self._plain("involvement_degrees", p.involvement),
                    self.names.of(p.contact) if p.contact else "",
                    p.description,
                    f"identified by: {p.identified_by}" if p.identified_by.strip() else "",
                ]
            )
            for p in shown.perpetrators
        )

    def _actions(self, shown: Incident) -> str:
        return _bullets(
            _joined(
                [
                    str(i.date) if i.date else "",
                    self._plain("intervention_types", i.type),
                    self._who(i.party, i.contact),
                    f"asked: {i.request}" if i.request.strip() else "",
                    f"response: {i.response}" if i.response.strip() else "",
                ]
            )
            for i in shown.interventions
        )

    def _sources(self, shown: Incident) -> str:
        return _bullets(
            _joined(
                [
                    self._who(s.who, s.contact),
                    self._plain("source_connections", s.connection),
                    self._plain("source_materials", s.material),
                    self._plain("source_reliability", s.reliability),
                    s.notes,
                ]
            )
            for s in shown.sources
        )

    @staticmethod
    def _assessment(shown: Incident) -> str:
        a = shown.threat_assessment
        parts = [
            ("Facts", a.facts),
            ("Pattern", a.pattern),
            ("Objective", a.objective),
            ("Who is behind it", a.who_is_behind),
            ("Feasibility", a.feasibility),
        ]
        return "\n\n".join(f"**{label}:** {text.strip()}" for label, text in parts if text.strip())

    def _evidence(self, shown: Incident) -> dict[str, str]:
        # In share, an original with a (redacted) copy derived from it stays behind: the copy
        # is what was made to be shared. Its fingerprint is still listed.
        replaced = {a.derived_from for a in shown.attachments if a.derived_from}
        if self.profile is Profile.FULL:
            replaced.clear()
        named: dict[str, str] = {}
        for number, info in enumerate(shown.attachments, start=1):
            if info.id not in replaced:
                named[info.id] = self._ship(shown.reference or shown.id, number, info)
        lines = [self._evidence_line(info, named) for info in shown.attachments]
        pdfs = [
            named[a.id]
            for a in shown.attachments
            if a.id in named and a.media_type == "application/pdf"
        ]
        main = pdfs[0] if pdfs else ""  # Uwazi turns the main document into pages: a PDF
        return {
            "Evidence": "\n".join(lines),
            "File": main,
            "Attachments": "|".join(name for name in named.values() if name != main),
        }

    def _evidence_line(self, info: AttachmentInfo, named: Mapping[str, str]) -> str:
        where = f"`{named[info.id]}`" if info.id in named else "not included"
        parts = [
            info.description,
            info.media_type,
            f"{info.size} bytes" if info.size is not None else "",
            f"SHA-256 {info.sha256}" if info.sha256 else "",
        ]
        if info.derived_from:
            parts.append(f"derived from `{named.get(info.derived_from, 'an original')}`")
        if self.profile is Profile.FULL:
            parts += [f"original name: {info.filename}", f"taken in {info.intake_at or ''}"]
        line = f"- {where}: {_joined(parts)}"
        for event in info.custody:  # empty in share
            line += f"\n    - {event.at} {event.action}, SHA-256 {event.sha256}"
            line += f": {_one_line(event.note)}" if event.note.strip() else ""
        return line

    def _ship(self, reference: str, number: int, info: AttachmentInfo) -> str:
        stem = f"{_safe(reference) or 'incident'}-{number:02d}"
        original, _, extension = info.filename.rpartition(".")
        if self.profile is Profile.FULL and _safe(original):
            stem += f"-{_safe(original)[:60]}"
        if not re.fullmatch(r"[A-Za-z0-9]{1,10}", extension) or not original:
            extension = (mimetypes.guess_extension(info.media_type) or ".bin").lstrip(".")
        name, again = f"{stem}.{extension.lower()}", 1
        while name.casefold() in self.taken:  # unique on any disk, whatever its case rules
            again += 1
            name = f"{stem}-{again}.{extension.lower()}"
        self.taken.add(name.casefold())
        self.files.append(Shipped(info.id, name, info.size or 0, info.media_type))
        return name


def _safe(text: str) -> str:
    """ASCII letters, digits, `.`, `_` and `-` only: the same name on every system, no folder."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._-")


def _number(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".")


# -- the CSV -----------------------------------------------------------------------------------


def _columns(profile: Profile) -> list[Column]:
    return [c for c in COLUMNS if profile is Profile.FULL or not c.full_only]


def import_csv(contents: UwaziImport, catalog: Catalog, code: str, tr: Translate) -> bytes:
    """import.csv, with the select columns labelled in English and, unless `code` is "en",
    in that language too through `tr`: UTF-8 without a byte order mark, which Uwazi would
    read into `Title`."""
    # English labels match the shipped thesauri; a translation goes beside them.
    labels = [_english] if code == "en" else [_english, tr]
    header: list[str] = []
    for column in _columns(contents.profile):
        if column.thesaurus and code != "en":
            # Uwazi refuses a property with both a plain and a language column, and wants the
            # default language's column beside any other.
            header += [f"{column.header}__en", f"{column.header}__{code}"]
        else:
            header.append(column.header)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for values in contents.rows:
        cells: list[str] = []
        for column in _columns(contents.profile):
            value = values.get(column.label, "")
            if column.thesaurus:
                keys = value if isinstance(value, tuple) else ()
                cells += [
                    "|".join(_label(catalog, column.thesaurus, k, t) for k in keys) for t in labels
                ]
            else:
                cells.append(value if isinstance(value, str) else "")
        writer.writerow(cells)
    return out.getvalue().encode("utf-8")
