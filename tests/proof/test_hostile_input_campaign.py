"""Hostile input campaign: the strings of tests/proof/nasty.py, and hypothesis' mixtures of
them, go through every way text enters or leaves the journal: the JSON import, the incident,
contact and safety-plan editors, the search, and every PDF.

Each answer must be one of two. Kept: the record reads back exactly as given, or changed only
by a deliberate rule of the program that this file names where it applies. Refused: a
JournalError whose message is one sentence for a person, with the journal left as it was.
Anything else is a failure: it is counted and described (by code points, never by quoting the
text), the target's test fails, and the count still feeds the figures, which the last test
records."""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import re
import shutil
import stringprep
import subprocess
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from hrjournal.domain.contact import Channel, Contact, contact_to_json
from hrjournal.domain.fields import MAX_SHORT, MAX_TEXT
from hrjournal.domain.incident import Incident, Location, incident_to_json
from hrjournal.domain.safety_plan import (
    SECTIONS,
    CheckIn,
    EscalationStep,
    Review,
    Risk,
    SafetyPlan,
    plan_to_json,
)
from hrjournal.domain.search_text import query_terms
from hrjournal.errors import JournalError
from hrjournal.export.quickref import quickref_texts
from hrjournal.services import interchange, records, reports
from hrjournal.services.reports import Profile, ReportKind, ReportRequest
from hrjournal.services.searching import search_journal
from hrjournal.store.incidents import IncidentFilter
from hrjournal.vault.journal import UnlockedJournal
from tests.proof import figures, nasty
from tests.support.fingerprint import content_digest
from tests.support.journals import PASSPHRASE, make_journal, run_cli
from tests.support.records import contact_json, incident_json, plan_json

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

CAMPAIGN = "hostile_input"
PROMISE = "bad input gets a clear one-sentence error and loses nothing"
# Sized so that the whole campaign takes one to two minutes on two cores.
IMPORT_EXAMPLES = 300
EDITOR_EXAMPLES = 200
SEARCH_EXAMPLES = 300
LONGEST_ARGUMENT = 131_072  # bytes in one command-line argument on Linux (MAX_ARG_STRLEN)
PDF_EXAMPLES = 160
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
PDFTOTEXT = shutil.which("pdftotext")
GOOD_PASSWORD = "correct horse battery staple"  # opens in every reader, pdftotext included


@dataclass
class Tally:
    """What one target made of its examples."""

    tried: int = 0
    kept: int = 0
    refused: int = 0
    failed: int = 0  # examples with at least one failure
    skipped: str = ""  # why the target could not run here
    kinds: Counter[str] = field(default_factory=Counter)  # failures by kind
    notes: Counter[str] = field(default_factory=Counter)  # observations that are not failures
    seconds: dict[str, float] = field(default_factory=dict)
    first_of_kind: dict[str, str] = field(default_factory=dict)  # kind: the example and detail

    def fail(self, text: str, kind: str, detail: str = "") -> None:
        self.kinds[kind] += 1
        self.first_of_kind.setdefault(kind, nasty.label(text) + (f": {detail}" if detail else ""))

    @property
    def failures(self) -> int:
        return sum(self.kinds.values())

    def figures(self) -> dict[str, Any]:
        return {
            "examples_tried": self.tried,
            "kept_or_answered": self.kept,
            "refused": self.refused,
            "failed_examples": self.failed,
            "failures": self.failures,
            "failure_kinds": {
                kind: {"count": count, "first": self.first_of_kind[kind]}
                for kind, count in self.kinds.most_common()
            },
            "observations": dict(self.notes.most_common()),
            "seconds": self.seconds,
            **({"skipped": self.skipped} if self.skipped else {}),
        }


TALLIES = {target: Tally() for target in ("import", "editors", "search", "pdf")}


@contextlib.contextmanager
def example(target: str, text: str, doing: str = "") -> Iterator[Tally]:
    """Count one example; any exception escaping it is a failure, named by what was being
    done and the exception's type (its message could quote journal content)."""
    tally = TALLIES[target]
    tally.tried += 1
    earlier = tally.failures
    try:
        yield tally
    except Exception as error:
        tally.fail(text, f"{doing or target} raised {type(error).__name__}")
    finally:
        if tally.failures > earlier:
            tally.failed += 1


def judge_refusal(tally: Tally, text: str, message: str, *, unchanged: bool = True) -> None:
    tally.refused += 1
    problem = nasty.message_problem(message)
    if problem:
        tally.fail(text, f"the refusal {problem}", ascii(message)[:160])
    if not unchanged:
        tally.fail(text, "a refusal changed the journal")
    if nasty.has_surrogate(message):
        # Shown as an escape on the command line and dropped by Qt: odd, but still clear.
        tally.notes["a refusal quotes the half surrogate pair it refused"] += 1


def assert_no_failures(target: str) -> None:
    tally = TALLIES[target]
    kinds = "\n".join(
        f"{count} x {kind}\n    first: {tally.first_of_kind[kind]}"
        for kind, count in tally.kinds.most_common()
    )
    assert not tally.failures, f"{tally.failed} of {tally.tried} examples failed:\n{kinds}"


def at(data: Any, path: str) -> Any:
    """The value at a dotted path of a record's JSON form ("risks.0.threat"); None where a
    list has no such row."""
    for step in path.split("."):
        if isinstance(data, list):
            if int(step) >= len(data):
                return None
            data = data[int(step)]
        else:
            data = data[step]
    return data


def delete_records(journal: UnlockedJournal, uid: int | str) -> None:
    """Keep the journal small, so that checking it stays quick whatever was kept before."""
    for delete, prefix in (
        (records.delete_plan, "p"),
        (records.delete_incident, "i"),
        (records.delete_contact, "c"),
    ):
        with contextlib.suppress(JournalError):
            delete(journal, f"{prefix}-{uid}")


# -- import ----------------------------------------------------------------------------------
# The import rewrites no text: the only rewriting in its code is Fields.optional_text making
# an empty optional field null (domain/fields.py), and no field filled here goes through it.
# So a kept record must read back exactly as written.

SENTINEL = "\x02every text field\x02"  # stands in for the text while the builders run
LANGUAGE_LIMIT = 35  # a contact's language (domain/contact.py): the shortest text limit


def swap(data: Any, old: str, new: str) -> Any:
    """`data` with every string equal to `old` replaced by `new`."""
    if isinstance(data, dict):
        return {key: swap(value, old, new) for key, value in data.items()}
    if isinstance(data, list):
        return [swap(value, old, new) for value in data]
    return new if data == old else data


def document(uid: int | str, text: str, *, raw: bool) -> dict[str, Any]:
    """A contact, an incident and a safety plan with `text` in every text field: as the shared
    builders make them (short fields cut to their limit, required ones never blank), or raw,
    exactly `text` in every field."""
    fill = SENTINEL if raw else text

    def each(_: str) -> str:
        return fill

    contact = f"c-{uid}"
    built = {
        "format": interchange.FORMAT,
        "contacts": [contact_json(contact, each)],
        "incidents": [incident_json(f"i-{uid}", contact, each)],
        "safety_plans": [plan_json(f"p-{uid}", contact, each)],
    }
    return swap(built, SENTINEL, text) if raw else built


def import_should_keep(text: str, *, raw: bool) -> bool:
    """The format's rules: no NUL or half surrogate pair anywhere; raw, also no blank
    required field and nothing longer than the shortest limit."""
    if not nasty.storable(text):
        return False
    return not raw or (bool(text.strip()) and len(text) <= LANGUAGE_LIMIT)


READ_BACK: dict[str, Callable[[UnlockedJournal, str], dict[str, Any]]] = {
    "contacts": lambda journal, uid: contact_to_json(records.get_contact(journal, uid)),
    "incidents": lambda journal, uid: incident_to_json(records.get_incident(journal, uid)),
    "safety_plans": lambda journal, uid: plan_to_json(records.get_plan(journal, uid)),
}


def lost_in_import(journal: UnlockedJournal, written: dict[str, Any]) -> list[str]:
    """Every field of every imported record that does not read back as it was written."""
    lost = []
    for section, read in READ_BACK.items():
        for record in written.get(section, []):
            stored = read(journal, record["id"])
            lost += [
                f"{section} {record['id']} {key}: {nasty.difference(value, stored.get(key))}"
                for key, value in record.items()
                if stored.get(key) != value
            ]
    return lost


def import_and_judge(
    journal: UnlockedJournal, path: Path, content: bytes, text: str, should_keep: bool | None
) -> str:
    """Import `content` and judge the answer; None for `should_keep` when either answer is
    right. Says which answer it was."""
    answer = "neither kept nor refused"
    with example("import", text, "the import") as tally:
        path.write_bytes(content)
        before = content_digest(journal)
        try:
            interchange.import_json(journal, path)
        except JournalError as refused:
            answer = "refused"
            judge_refusal(tally, text, str(refused), unchanged=content_digest(journal) == before)
            if should_keep:
                tally.fail(text, "refused what the format allows", ascii(str(refused))[:160])
        else:
            answer = "kept"
            judge_import(tally, journal, text, json.loads(content), should_keep)
    return answer


def judge_import(
    tally: Tally,
    journal: UnlockedJournal,
    text: str,
    written: dict[str, Any],
    should_keep: bool | None,
) -> None:
    tally.kept += 1
    if should_keep is False:
        tally.fail(text, "kept what the format refuses")
    for lost in lost_in_import(journal, written):
        tally.fail(text, "changed by the import", lost)
    for section in READ_BACK:
        for record in written.get(section, []):
            delete_records(journal, record["id"][2:])


def raw_file(uid: str, name: bytes, extra: bytes = b"") -> bytes:
    return (
        b'{"format": "hrjournal/1", "contacts": [{"id": "c-' + uid.encode() + b'", '
        b'"name": ' + name + extra + b"}]}"
    )


# (what it is, the file's bytes, whether it must be kept: None when either answer is right)
RAW_FILES: list[tuple[str, bytes, bool | None]] = [
    ("lone high surrogate escape", raw_file("r1", b'"a\\ud800b"'), False),
    ("lone low surrogate escape", raw_file("r2", b'"\\udfff"'), False),
    ("surrogate pair escapes reversed", raw_file("r3", b'"\\ude00\\ud83d"'), False),
    ("surrogate pair escapes", raw_file("r4", b'"\\ud83d\\ude00 smile"'), True),
    ("surrogate escape in a field name", raw_file("r5", b'"x"', b', "n\\ud800": 1'), False),
    ("surrogate escape in an id", raw_file("r6\\ud800", b'"x"'), False),
    ("NUL escape", raw_file("r7", b'"a\\u0000b"'), False),
    ("NUL byte in a string", raw_file("r8", b'"a\x00b"'), False),
    ("NUL byte between values", raw_file("r9", b'"x"', b",\x00"), False),
    ("escape byte in a string", raw_file("r10", b'"a\x1b[31m"'), False),
    ("escape as an escape", raw_file("r11", b'"a\\u001b[31m"'), True),
    ("invalid UTF-8 byte", raw_file("r12", b'"a\xffb"'), False),
    ("overlong UTF-8", raw_file("r13", b'"\xc0\xaf"'), False),
    ("truncated UTF-8", raw_file("r14", b'"\xe2\x82"'), False),
    ("surrogate encoded in UTF-8", raw_file("r15", b'"\xed\xa0\x80"'), False),
    ("C1 control and override in UTF-8", raw_file("r16", b'"\xc2\x85 \xe2\x80\xae x"'), True),
    ("UTF-8 byte-order mark first", b"\xef\xbb\xbf" + raw_file("r17", b'"x"'), None),
    ("UTF-16 with its byte-order mark", raw_file("r18", b'"x"').decode().encode("utf-16"), None),
    ("empty file", b"", False),
]


def test_hostile_text_through_the_json_import(journal: UnlockedJournal, tmp_path: Path) -> None:
    """Every corpus string and every mixture in every field, as the builders make records and
    raw; then files broken below the JSON (bytes, escapes, encodings); then a 1 MB field."""
    numbers = itertools.count()

    def one(text: str, *, raw: bool, ascii_only: bool) -> None:
        n = next(numbers)
        written = document(n, text, raw=raw)
        # Half surrogate pairs can only be written as escapes: that is how a file holds them.
        escaped = ascii_only or nasty.has_surrogate(text)
        content = json.dumps(written, ensure_ascii=escaped).encode("utf-8")
        should_keep = import_should_keep(text, raw=raw)
        import_and_judge(journal, tmp_path / f"{n}.json", content, text, should_keep)

    for text in nasty.EVERY_STRING:
        one(text, raw=False, ascii_only=False)
        one(text, raw=True, ascii_only=True)

    @settings(max_examples=IMPORT_EXAMPLES, deadline=None, suppress_health_check=SLOW)
    @given(text=nasty.hostile_text(), raw=st.booleans(), ascii_only=st.booleans())
    def mixtures(text: str, raw: bool, ascii_only: bool) -> None:
        one(text, raw=raw, ascii_only=ascii_only)

    mixtures()
    for what, content, should_keep in RAW_FILES:
        outcome = import_and_judge(journal, tmp_path / "raw.json", content, what, should_keep)
        TALLIES["import"].notes[f"raw file, {what}: {outcome}"] += 1
    for length, should_keep in ((MAX_TEXT, True), (MAX_TEXT + 1, False)):
        incident = {
            "id": f"i-big{length}",
            "title": "x",
            "description": nasty.megabyte_text(length),
        }
        big = {"format": interchange.FORMAT, "incidents": [incident]}
        content = json.dumps(big, ensure_ascii=False).encode("utf-8")
        import_and_judge(journal, tmp_path / "big.json", content, "a 1 MB field", should_keep)
    assert_no_failures("import")


# -- editors ---------------------------------------------------------------------------------

LINE_EDIT_MAX = 32767  # the most a QLineEdit holds unless told otherwise


def same(text: str) -> str:
    """Most fields keep the text exactly as given."""
    return text


def stripped(text: str) -> str:
    """The contact editor trims what surrounds a name, an alias, the availability and a
    channel (contact_editor.py, channel_table.py): a deliberate rule."""
    return text.strip()


def stripped_row(text: str) -> str | None:
    """A channel row with nothing in it but spaces is dropped (channel_table.py)."""
    return text.strip() or None


def kept_row(text: str) -> str | None:
    """A risk or an escalation step with no text at all is dropped (risk_register.py,
    check_in_editor.py)."""
    return text if text.strip() else None


def tags_of(text: str) -> list[str]:
    """The tags field is a list written with commas: each tag trimmed, each once
    (incident_editor.py)."""
    return list(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


def languages_of(text: str) -> list[str]:
    """Languages are a list written with Latin, Arabic or ideographic commas, each trimmed,
    each once (contact_editor.py)."""
    parts = (part.strip() for part in re.split("[,\u060c\u3001]", text))
    return list(dict.fromkeys(part for part in parts if part))


def prose(text: str) -> str:
    """A multi-line field's text as the editors keep it (widgets.prose_text, documented in
    docs/json-format.md): paragraph breaks as line feeds, however they came in, CR LF, CR or
    U+2029, and U+FDD0 and U+FDD1, which Qt's text document uses as its own paragraph marks."""
    text = text.replace("\r\n", "\n")
    for mark in ("\r", "\u2029", "\ufdd0", "\ufdd1"):
        text = text.replace(mark, "\n")
    return text


@dataclass(frozen=True)
class EditedField:
    """A text field of an editor, as its saved record keeps it."""

    path: str  # where the record's JSON form keeps it
    limit: int = MAX_TEXT
    keep: Callable[[str], Any] = same  # what the editor deliberately makes of the text

    def fits(self, value: Any) -> bool:
        """Whether the format takes `value` here: storable and within the field's limit."""
        values = value if isinstance(value, list) else [] if value is None else [value]
        return all(nasty.storable(item) and len(item) <= self.limit for item in values)


@dataclass(frozen=True)
class Driver:
    """One editor, as the campaign drives it: which widgets get the text, where the saved
    record keeps each, and a record with a megabyte in one line field and one prose field."""

    kind: str
    fill: Callable[[Any, str], None]
    read: Callable[[UnlockedJournal, str], dict[str, Any]]
    delete: Callable[[UnlockedJournal, str], None]
    fields: tuple[EditedField, ...]
    required: str  # the field the record cannot be without
    save_big: Callable[[UnlockedJournal, str], str]  # saves such a record, gives its id
    big: tuple[str, str]  # the line field and the prose field holding the megabyte

    def edited(self, path: str) -> EditedField:
        return next(edited for edited in self.fields if edited.path == path)


ASSESSMENT = ("facts", "pattern", "objective", "who_is_behind", "feasibility")
RISK_TEXTS = ("threat", "source", "vulnerabilities", "capacities", "prevention", "contingency")


def fill_incident(editor: Any, text: str) -> None:
    form = editor.form
    for line in (form.title, form.tags, form.region, form.locality, form.location_detail):
        line.setText(text)
    for prose in (form.description, form.impact, form.private_notes):
        prose.setPlainText(text)
    for part in ASSESSMENT:
        getattr(form, part).setPlainText(text)
    form.perpetrators.set_values([{"type": "unknown", "description": text, "identified_by": text}])
    form.sources.set_values([{"who": text, "notes": text}])
    form.interventions.set_values([{"party": text, "request": text, "response": text}])


def fill_contact(editor: Any, text: str) -> None:
    for line in (editor.name, editor.alias, editor.languages, editor.availability):
        line.setText(text)
    editor.notes.setPlainText(text)
    editor.channels.set_channels([Channel("signal", text, fingerprint=text)])


def fill_plan(editor: Any, text: str) -> None:
    editor.title.setText(text)
    editor.owner.setText(text)
    editor.review_triggers.setPlainText(text)
    for section in editor.sections.values():
        section.setPlainText(text)
    risk = Risk(
        threat=text,
        source=text,
        vulnerabilities=text,
        capacities=text,
        prevention=text,
        contingency=text,
        owner=text,
    )
    editor.risk_register.set_risks([risk])
    editor.check_in_editor.set_check_in(
        CheckIn(schedule=text, escalation=[EscalationStep(30, text)])
    )
    editor.review_log.set_reviews([Review("2025-01-01", text, text)])


def big_incident(journal: UnlockedJournal, text: str) -> str:
    uid = records.new_id("incident")
    incident = Incident(uid, "one megabyte", description=text, location=Location(detail=text))
    return records.save_incident(journal, incident).id


def big_contact(journal: UnlockedJournal, text: str) -> str:
    contact = Contact(records.new_id("contact"), "one megabyte", availability=text, notes=text)
    return records.save_contact(journal, contact).id


def big_plan(journal: UnlockedJournal, text: str) -> str:
    plan = SafetyPlan(records.new_id("plan"), "one megabyte", check_in=CheckIn(schedule=text))
    plan.sections["relocation"] = text
    return records.save_plan(journal, plan).id


DRIVERS = (
    Driver(
        kind="incident",
        fill=fill_incident,
        read=READ_BACK["incidents"],
        delete=records.delete_incident,
        fields=(
            EditedField("title", MAX_SHORT),
            EditedField("tags", 100, tags_of),
            EditedField("description", keep=prose),
            EditedField("location.region", MAX_SHORT),
            EditedField("location.locality", MAX_SHORT),
            EditedField("location.detail"),
            EditedField("perpetrators.0.description"),
            EditedField("perpetrators.0.identified_by"),
            EditedField("sources.0.who", MAX_SHORT),
            EditedField("sources.0.notes"),
            EditedField("interventions.0.party", MAX_SHORT),
            EditedField("interventions.0.request"),
            EditedField("interventions.0.response"),
            EditedField("impact", keep=prose),
            EditedField("private_notes", keep=prose),
            *(EditedField(f"threat_assessment.{part}", keep=prose) for part in ASSESSMENT),
        ),
        required="title",
        save_big=big_incident,
        big=("location.detail", "description"),
    ),
    Driver(
        kind="contact",
        fill=fill_contact,
        read=READ_BACK["contacts"],
        delete=records.delete_contact,
        fields=(
            EditedField("name", MAX_SHORT, stripped),
            EditedField("alias", MAX_SHORT, stripped),
            EditedField("languages", LANGUAGE_LIMIT, languages_of),
            EditedField("availability", keep=stripped),
            EditedField("notes", keep=prose),
            EditedField("channels.0.value", MAX_SHORT, stripped_row),
            EditedField("channels.0.fingerprint", MAX_SHORT, stripped_row),
        ),
        required="name",
        save_big=big_contact,
        big=("availability", "notes"),
    ),
    Driver(
        kind="plan",
        fill=fill_plan,
        read=READ_BACK["safety_plans"],
        delete=records.delete_plan,
        fields=(
            EditedField("title", MAX_SHORT),
            EditedField("owner", MAX_SHORT),
            EditedField("review_triggers", keep=prose),
            *(EditedField(f"sections.{section}", keep=prose) for section in SECTIONS),
            *(EditedField(f"risks.0.{part}", keep=kept_row) for part in RISK_TEXTS),
            EditedField("risks.0.owner", MAX_SHORT, kept_row),
            EditedField("check_in.schedule"),
            EditedField("check_in.escalation.0.action", keep=kept_row),
            EditedField("review_log.0.by", MAX_SHORT),
            EditedField("review_log.0.note"),
        ),
        required="title",
        save_big=big_plan,
        big=("check_in.schedule", "sections.relocation"),
    ),
)


def through_qt(text: str) -> str:
    """`text` as PySide6 hands it to Qt and back, with no widget in between."""
    from PySide6.QtCore import QObject

    holder = QObject()
    holder.setObjectName(text)
    return holder.objectName()


def through_plain_text_edit(text: str) -> str:
    """`text` set into a QPlainTextEdit and read back as the editors read it."""
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    editor.setPlainText(text)
    return editor.toPlainText()


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def likely_cause(expected: Any, got: Any) -> str:
    """The known way the text was changed, for the failure's description."""
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        changed = [(was, now) for was, now in zip(expected, got, strict=True) if was != now]
        return likely_cause(*changed[0]) if changed else "changed by the editor"
    if isinstance(expected, str) and isinstance(got, str):
        # Qt counts UTF-16 units, and a cut between the halves of a pair loses the first half.
        if expected.startswith(got) and utf16_length(got) >= LINE_EDIT_MAX - 1:
            return "cut to the 32,767 UTF-16 units a QLineEdit holds"
        if got == through_qt(expected):
            return (
                "changed on its way into Qt: PySide6 drops a leading U+FEFF and reads the text "
                "after a leading U+FFFE byte-swapped"
            )
        if got == through_plain_text_edit(expected):
            return (
                "rewritten by QPlainTextEdit.toPlainText(): no-break space to space; CR, U+2028, "
                "U+2029, U+FDD0 and U+FDD1 to line feed"
            )
    return "changed by the editor"


def edit_and_judge(driver: Driver, editor: Any, journal: UnlockedJournal, text: str) -> None:
    """Put `text` in every text field of a new record, save, read the record back."""
    with example("editors", text, f"the {driver.kind} editor") as tally:
        editor.new_record()
        driver.fill(editor, text)
        typed = editor.draft()
        # What the widgets hold is what PySide6 let into Qt: half surrogate pairs dropped, a
        # leading U+FEFF dropped (a text that no stored record can begin with, and that no
        # one types), a leading U+FFFE read as a byte-order mark.
        shown = through_qt(text)
        expected = {edited.path: edited.keep(shown) for edited in driver.fields}
        should_save = bool(expected[driver.required].strip()) and all(
            edited.fits(expected[edited.path]) for edited in driver.fields
        )
        before = content_digest(journal)
        if not editor.save():
            message = editor.message.text()
            judge_refusal(tally, text, message, unchanged=content_digest(journal) == before)
            if editor.draft() != typed:
                tally.fail(text, f"the {driver.kind} editor lost edits when it refused to save")
            if should_save:
                tally.fail(text, f"the {driver.kind} editor refused what the format allows")
            return
        tally.kept += 1
        uid = str(editor.uid())
        if not should_save:
            tally.fail(text, f"the {driver.kind} editor saved what the format refuses")
        compare_fields(tally, driver, text, expected, driver.read(journal, uid))
        driver.delete(journal, uid)


def compare_fields(
    tally: Tally, driver: Driver, text: str, expected: dict[str, Any], stored: dict[str, Any]
) -> None:
    """Each field as saved against what the editor should have kept; a difference is named by
    its likely cause."""
    for path, value in expected.items():
        got = at(stored, path)
        if got != value:
            cause = likely_cause(value, got)
            tally.fail(
                text, f"{driver.kind} editor: {cause}", f"{path}: {nasty.difference(value, got)}"
            )


def reopen_and_judge(driver: Driver, editor: Any, journal: UnlockedJournal, big: str) -> None:
    """Open a saved record holding a megabyte in two fields and save it unchanged."""
    with example("editors", big, f"the {driver.kind} editor") as tally:
        uid = driver.save_big(journal, big)
        before = driver.read(journal, uid)
        editor.load(uid)
        if not editor.save():
            judge_refusal(tally, big, editor.message.text())
            tally.fail(big, f"the {driver.kind} editor refused a record it had just shown")
            return
        tally.kept += 1
        expected = {path: driver.edited(path).keep(at(before, path)) for path in driver.big}
        compare_fields(tally, driver, big, expected, driver.read(journal, uid))


def test_hostile_text_through_every_editor(qtbot: QtBot, journal: UnlockedJournal) -> None:
    """The text set into every text widget of each editor (through widget calls: typing
    non-ASCII text with qtbot aborts the process), saved and read back; then a saved record
    holding a megabyte, opened and saved unchanged."""
    try:
        from hrjournal.ui.contact_editor import ContactEditor
        from hrjournal.ui.incident_editor import IncidentEditor
        from hrjournal.ui.plan_editor import PlanEditor
        from hrjournal.ui.session import JournalSession
    except ImportError as missing:
        TALLIES["editors"].skipped = f"Qt cannot load here: {missing}"
        pytest.skip(TALLIES["editors"].skipped)
    session = JournalSession()
    session.open(journal)
    editors = [IncidentEditor(session), ContactEditor(session), PlanEditor(session)]
    for editor in editors:
        qtbot.addWidget(editor)
    pairs = list(zip(DRIVERS, editors, strict=True))

    for text in nasty.EVERY_STRING:
        for driver, editor in pairs:
            edit_and_judge(driver, editor, journal, text)

    @settings(max_examples=EDITOR_EXAMPLES, deadline=None, suppress_health_check=SLOW)
    @given(text=nasty.hostile_text())
    def mixtures(text: str) -> None:
        for driver, editor in pairs:
            edit_and_judge(driver, editor, journal, text)

    mixtures()
    big = nasty.megabyte_text()
    for driver, editor in pairs:
        reopen_and_judge(driver, editor, journal, big)
    assert_no_failures("editors")


# -- search ----------------------------------------------------------------------------------


def ask(tally: Tally, journal: UnlockedJournal, text: str, query: str) -> list[str] | None:
    """The ids the search finds for `query` in every kind of record and in each kind alone;
    None once it refuses, clearly or not."""
    found: list[str] = []
    for kind in (None, "incident", "contact", "plan"):
        try:
            found += [hit.uid for hit in search_journal(journal, query, kind=kind)]
        except JournalError as refused:
            judge_refusal(tally, text, str(refused))
            return None
        except Exception as error:
            tally.fail(text, f"the search raised {type(error).__name__}")
            return None
    return found


def search_and_judge(journal: UnlockedJournal, n: int, text: str) -> None:
    """`text` as a query; then in a record, which its other words must still find."""
    with example("search", text, "the search") as tally:
        if ask(tally, journal, text, text) is not None:
            tally.kept += 1
        marker, uid = f"zq{n}qz", f"i-search{n}"
        incident = Incident(uid, marker, description=f"{marker} {text}")
        try:
            records.save_incident(journal, incident)
        except JournalError:
            tally.notes["refused when saved, so never indexed"] += 1
            return
        if uid not in (ask(tally, journal, text, marker) or []):
            tally.fail(text, "a record holding it is no longer found by its other words")
        if query_terms(text):
            tally.notes[found_by_itself(uid, ask(tally, journal, text, text) or [], text)] += 1


def found_by_itself(uid: str, found: list[str], text: str) -> str:
    """Whether the record holding `text` is found by `text`; where not, whether a word of it
    holds no letter or digit (a search for "Juan & Maria" finds nothing)."""
    if uid in found:
        return "a record found by the hostile text itself"
    if any(not any(char.isalnum() for char in word) for word in text.split()):
        return "not found by itself: a word of it is only punctuation or symbols"
    return "not found by itself, though every word of it has a letter or digit"


def big_search_and_judge(journal: UnlockedJournal) -> None:
    """A record holding a megabyte is still found by its other words; the longest query a
    person can give (one command-line argument) is answered, and the time it takes kept.
    A query of a whole megabyte is left out: it takes over half a minute."""
    big = nasty.megabyte_text()
    with example("search", big, "the search") as tally:
        marker, uid = "zqmegabyteqz", "i-search-megabyte"
        description = f"{marker} {big}"[:MAX_TEXT]
        records.save_incident(journal, Incident(uid, marker, description=description))
        if uid not in (ask(tally, journal, big, marker) or []):
            tally.fail(big, "a record holding it is no longer found by its other words")
        query = big.encode("utf-8")[:LONGEST_ARGUMENT].decode("utf-8", "ignore")
        started = time.monotonic()
        if ask(tally, journal, big, query) is not None:
            tally.kept += 1
        tally.seconds["four searches for the longest command-line argument"] = round(
            time.monotonic() - started, 2
        )


def cli_search_and_judge(tmp_path: Path) -> None:
    """The real program, searching for words typed in a Latin-1 terminal: the operating
    system hands Python bytes that are not UTF-8, which it keeps as half surrogate pairs."""
    what = "cafe, typed in a Latin-1 terminal"
    with example("search", what, "the command line") as tally:
        folder, secret = tmp_path / "cli-journal", tmp_path / "passphrase"
        make_journal(folder)
        secret.write_text(PASSPHRASE, encoding="utf-8")
        query = os.fsdecode(b"caf\xe9")
        run = run_cli("search", "--journal", str(folder), "--passphrase-file", str(secret), query)
        if run.returncode == 0:
            tally.kept += 1
        else:
            judge_refusal(tally, what, run.stderr.strip())


def test_hostile_text_through_the_search(journal: UnlockedJournal, tmp_path: Path) -> None:
    """The text as a query and inside a record; a record of a megabyte; the real program
    given a query that is not UTF-8."""
    numbers = itertools.count()
    for text in nasty.EVERY_STRING:
        search_and_judge(journal, next(numbers), text)

    @settings(max_examples=SEARCH_EXAMPLES, deadline=None, suppress_health_check=SLOW)
    @given(text=nasty.hostile_text())
    def mixtures(text: str) -> None:
        search_and_judge(journal, next(numbers), text)

    mixtures()
    big_search_and_judge(journal)
    cli_search_and_judge(tmp_path)
    assert_no_failures("search")


# -- PDFs ------------------------------------------------------------------------------------

DOCUMENTS = [
    (ReportKind.INCIDENT, Profile.SHARE),
    (ReportKind.INCIDENT, Profile.FULL),
    (ReportKind.INCIDENTS, Profile.SHARE),
    (ReportKind.INCIDENTS, Profile.FULL),
    (ReportKind.PLAN, Profile.FULL),
    (ReportKind.PLAN, Profile.SHARE),  # refused: a plan leaves only in full
    (ReportKind.CONTACTS, Profile.SHARE),
    (ReportKind.CONTACTS, Profile.FULL),
]
# Each kind of document once, both profiles among them; the plan's risks are narrow columns.
EACH_KIND = [DOCUMENTS[1], DOCUMENTS[2], DOCUMENTS[4], DOCUMENTS[6]]
HOSTILE_PASSWORDS = (
    "short",
    "\u202eevil password\u202c",
    "пароль с пробелом \U0001f600",
    "e\u0301" * 8,
    "x" * 200,
    "no\u00a0break\u00a0space",
    "\ufeffbyte-order mark",
    "zero\u200bwidth space",
    "nul\x00password",
    "lone \ud800 surrogate",
    "tab\tand\nline feed",
    " " * 12,
    "اعتقال ١٢٣ رقم 45",
)
PDF_PASSWORD_BYTES = 127  # ISO 32000-2: a reader uses the first 127 bytes of a password


def request_for(
    kind: ReportKind, profile: Profile, uid: int | str, password: str | None, language: str
) -> ReportRequest:
    return ReportRequest(
        kind,
        profile,
        reference={ReportKind.INCIDENT: f"i-{uid}", ReportKind.PLAN: f"p-{uid}"}.get(kind),
        where=IncidentFilter(uids=(f"i-{uid}",)) if kind is ReportKind.INCIDENTS else None,
        password=password,
        language=language,
    )


def pdf_problems(
    content: bytes, password: str | None, words: list[str], *, every_page: bool = True
) -> list[tuple[str, str]]:
    """What keeps a reader from the PDF or from its text: pypdf, then pdftotext if present.
    Not `every_page`, pypdf reads the first and the last page only, and leaves the text to
    pdftotext: pypdf takes seconds for every hundred pages."""
    reader = PdfReader(io.BytesIO(content))
    if reader.is_encrypted != (password is not None):
        return [("encrypted without a password, or not with one", "")]
    if password is not None and not reader.decrypt(password):
        return [("pypdf cannot open it with its password", "")]
    pages = list(reader.pages) if every_page else [reader.pages[0], reader.pages[-1]]
    text = "\n".join(page.extract_text() or "" for page in pages)
    problems = []
    missing = nasty.missing_words(words, text) if every_page else []
    if missing:
        problems.append(("pypdf finds words missing", f"{len(missing)}, {ascii(missing[0])[:40]}"))
    if PDFTOTEXT:
        unlock = ["-upw", password] if password else []
        run = subprocess.run(
            [PDFTOTEXT, "-raw", *unlock, "-", "-"], input=content, capture_output=True, check=False
        )
        shown = run.stdout.decode("utf-8", "replace")
        if run.returncode:
            problems.append(("pdftotext cannot read it", ascii(run.stderr[:80])))
        elif missing := nasty.missing_words(words, shown):
            problems.append(("pdftotext finds words missing", f"{len(missing)}, {missing[0]!a}"))
    return problems


def import_for_pdf(journal: UnlockedJournal, folder: Path, uid: int | str, text: str) -> bool:
    """The records of `text`, in the journal; False when they are refused at the door (which
    the import's own test judges)."""
    path = folder / f"{uid}.json"
    path.write_text(json.dumps(document(uid, text, raw=False)), encoding="utf-8")
    try:
        interchange.import_json(journal, path)
    except JournalError:
        return False
    return True


def pdf_and_judge(
    journal: UnlockedJournal,
    folder: Path,
    uid: int | str,
    text: str,
    document_kind: tuple[ReportKind, Profile],
    password: str | None = None,
    language: str = "en",
) -> None:
    """`text` in every field of a contact, an incident and a plan; one document of them."""
    kind, profile = document_kind
    with example("pdf", text, f"the {kind.value} PDF ({profile.value})") as tally:
        if not import_for_pdf(journal, folder, uid, text):
            tally.notes["refused at the door, so never printed"] += 1
            return
        try:
            built = reports.build_report(
                journal, request_for(kind, profile, uid, password, language)
            )
        except JournalError as refused:
            judge_refusal(tally, text, str(refused))
            return
        finally:
            delete_records(journal, uid)
        tally.kept += 1
        # A summary shows the title and the town, both cut to the short fields' limit.
        shown = text[:MAX_SHORT] if kind is ReportKind.INCIDENTS else text
        for problem, detail in pdf_problems(built.content, password, nasty.printed_words(shown)):
            tally.fail(text, f"{kind.value} ({profile.value}): {problem}", detail)


def big_pdf_and_judge(journal: UnlockedJournal) -> None:
    """An incident report whose description is the largest a field may hold."""
    big = nasty.megabyte_text()
    with example("pdf", big, "the incident PDF (full)") as tally:
        records.save_incident(journal, Incident("i-megabyte", "one megabyte", description=big))
        request = request_for(ReportKind.INCIDENT, Profile.FULL, "megabyte", None, "en")
        built = reports.build_report(journal, request)
        tally.kept += 1
        words = nasty.printed_words(big)
        for problem, detail in pdf_problems(built.content, None, words, every_page=False):
            tally.fail(big, f"incident (full): {problem}", detail)
        records.delete_incident(journal, "i-megabyte")


def pdfium_opens(content: bytes, password: str) -> bool:
    import pypdfium2

    try:
        pypdfium2.PdfDocument(content, password=password).close()
    except pypdfium2.PdfiumError:
        return False
    return True


def changed_by_saslprep(password: str) -> bool:
    """Whether SASLprep (RFC 4013), which ISO 32000-2 applies to an AES-256 password before
    its UTF-8 bytes are used, changes it: spaces mapped, invisible characters removed, NFKC."""
    mapped = "".join(
        "" if stringprep.in_table_b1(char) else " " if stringprep.in_table_c12(char) else char
        for char in password
    )
    return unicodedata.normalize("NFKC", mapped) != password


def password_and_judge(journal: UnlockedJournal, password: str) -> None:
    """A contact card protected by `password`: refused clearly, or opened with it by pypdf,
    which reads passwords as ISO 32000-2 says (SASLprep, then the first 127 bytes)."""
    with example("pdf", password, "a PDF with this password") as tally:
        request = ReportRequest(ReportKind.CONTACTS, Profile.SHARE, password=password)
        try:
            built = reports.build_report(journal, request)
        except JournalError as refused:
            judge_refusal(tally, password, str(refused))
            return
        tally.kept += 1
        before_nul = password.split("\x00", maxsplit=1)[0]
        if before_nul != password and pdfium_opens(built.content, before_nul):
            tally.fail(password, "the password is cut at its NUL: what comes before opens the PDF")
        elif not PdfReader(io.BytesIO(built.content)).decrypt(password):
            pdfium = pdfium_opens(built.content, password)
            tally.fail(
                password,
                f"pypdf cannot open it with its password: {password_trouble(password)}",
                "pdfium opens it" if pdfium else "pdfium cannot open it either",
            )


def password_trouble(password: str) -> str:
    if len(password.encode("utf-8")) > PDF_PASSWORD_BYTES:
        return "it is over 127 bytes"
    return "SASLprep changes it" if changed_by_saslprep(password) else "no known cause"


def quickref_and_judge(language: str) -> None:
    """The quick reference, whose only input is a language: in it, or in English."""
    with example("pdf", language, "the quick reference") as tally:
        try:
            built = reports.build_quickref(language)
        except JournalError as refused:
            judge_refusal(tally, language, str(refused))
            return
        tally.kept += 1
        title = nasty.printed_words(str(quickref_texts(language)["title"]))
        for problem, detail in pdf_problems(built.content, None, title):
            tally.fail(language, f"quick reference: {problem}", detail)


def test_hostile_text_in_every_pdf(journal: UnlockedJournal, tmp_path: Path) -> None:
    """Every document in both profiles, with and without a password, first with the whole
    corpus at once in every field, then each long word, then mixtures (in any document
    language, or the text itself as the language); a megabyte; hostile passwords; the quick
    reference with hostile languages."""
    numbers = itertools.count()
    everything = " ".join(text for text in nasty.SHORT_STRINGS if nasty.storable(text))
    for n, document_kind in enumerate(DOCUMENTS):
        password = GOOD_PASSWORD if n % 2 else None
        pdf_and_judge(journal, tmp_path, next(numbers), everything, document_kind, password)
    for text in nasty.LONG:
        for document_kind in EACH_KIND:
            pdf_and_judge(journal, tmp_path, next(numbers), text, document_kind)

    @settings(max_examples=PDF_EXAMPLES, deadline=None, suppress_health_check=SLOW)
    @given(
        text=nasty.hostile_text(long_words=False),
        document_kind=st.sampled_from(DOCUMENTS),
        password=st.sampled_from([None, GOOD_PASSWORD]),
        language=st.sampled_from(["en", "ar", "fa", "my"]),
        hostile_language=st.booleans(),
    )
    def mixtures(
        text: str,
        document_kind: tuple[ReportKind, Profile],
        password: str | None,
        language: str,
        hostile_language: bool,
    ) -> None:
        language = text if hostile_language else language
        pdf_and_judge(journal, tmp_path, next(numbers), text, document_kind, password, language)

    mixtures()
    big_pdf_and_judge(journal)
    for password in HOSTILE_PASSWORDS:
        password_and_judge(journal, password)
    for language in (*nasty.SHORT_STRINGS[::4], *nasty.LONG):
        quickref_and_judge(language)
    assert_no_failures("pdf")


# -- the checks themselves, and the figures --------------------------------------------------


def test_the_checks_find_what_is_planted(journal: UnlockedJournal, tmp_path: Path) -> None:
    """Each judgement, shown a fault planted on purpose, finds it: checks that cannot fail
    would prove nothing."""
    written = document("canary", "<b>kept</b> \u202e", raw=False)
    path = tmp_path / "canary.json"
    path.write_text(json.dumps(written), encoding="utf-8")
    interchange.import_json(journal, path)
    assert lost_in_import(journal, written) == []
    written["incidents"][0]["description"] += "\u200b"
    assert lost_in_import(journal, written) == [
        "incidents i-canary description: 14 characters became 13; "
        "at character 13, U+200B became the end"
    ]

    assert (
        nasty.message_problem("Incident i-1, field title: is longer than 500 characters.") is None
    )
    for planted in (
        "",
        "Traceback (most recent call last):",
        "It was saved. Then it was lost.",
        "no end",
        "HR Journal stopped on an internal error (UnicodeEncodeError); please report it.",
    ):
        assert nasty.message_problem(planted) is not None, planted

    words = nasty.printed_words("<b>kept</b> \u202e 漢")
    assert words == ["202E", "kept", "漢"]
    assert nasty.missing_words(words, "<b>kept</b> [U+202E] 漢") == []
    assert nasty.missing_words(words, "<b>kept</b> \u202e 漢") == ["202E"]
    long_word = "y" * 3000
    assert nasty.missing_words([long_word], long_word[:1500] + "Page 1 of 2" + long_word) == []
    assert nasty.missing_words([long_word], long_word[:1500]) == [long_word]

    quick_reference = reports.build_quickref("en").content
    assert pdf_problems(quick_reference, None, []) == []
    planted_word = pdf_problems(quick_reference, None, ["zqnotthereqz"])
    assert planted_word[0][0] == "pypdf finds words missing"
    assert pdf_problems(quick_reference, GOOD_PASSWORD, []) != []


def test_the_figures_are_recorded() -> None:
    """Last in the file, so that it sees every target's tally (pytest keeps a file's order)."""
    not_run = [name for name, tally in TALLIES.items() if not tally.tried and not tally.skipped]
    if not_run:
        pytest.skip(f"the figures need the whole campaign; not run: {', '.join(not_run)}")
    tried = sum(tally.tried for tally in TALLIES.values())
    failed = sum(tally.failed for tally in TALLIES.values())
    headline = (
        f"{tried} hostile examples through the import, 3 editors, the search and every PDF: "
        f"{failed} failed"
    )
    figures.record(
        CAMPAIGN,
        PROMISE,
        {
            "examples_tried": tried,
            "by_target": {name: tally.figures() for name, tally in TALLIES.items()},
            "failures": failed,
            "corpus": {group: len(strings) for group, strings in nasty.CORPUS.items()},
        },
        headline,
    )
    assert failed == 0, headline
