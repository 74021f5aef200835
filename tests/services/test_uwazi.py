"""The Uwazi export: a ZIP that Uwazi's CSV import accepts, redacted by profile, written whole or
not at all, and recorded like every export.

`check_uwazi_csv` is written from Uwazi's import rules (docs/uwazi.md), not from the exporter's
code, and reads the shipped template and thesauri the way Uwazi would.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.resources
import io
import json
import os
import re
import zipfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from hrjournal.resources import find

from hrjournal.errors import InputRejected, StorageFailed
from hrjournal.export.profiles import Profile
from hrjournal.services import exports, interchange, records, uwazi
from hrjournal.vault.journal import UnlockedJournal
from hrjournal.vault.register import partial_path, read_register

# Uwazi's names of the languages a thesaurus CSV may have columns for.
UWAZI_LANGUAGES = {
    "English": "en",
    "Arabic": "ar",
    "Spanish": "es",
    "Persian (Farsi)": "fa",
    "French": "fr",
    "Russian": "ru",
}
DAY = r"(\d{4}/\d{2}/\d{2})"
COORDINATE = r"-?\d{1,3}(?:\.\d+)?"


def uwazi_name(header: str) -> str:
    """How Uwazi matches a header to a property: case ignored, anything not a letter or a
    digit an underscore."""
    return re.sub(r"[^a-z0-9]", "_", header.strip(), flags=re.IGNORECASE).lower()


def _resource(name: str) -> str:
    return str(find(f"uwazi/{name}").read_text(encoding="utf-8"))


def _template() -> dict[str, dict[str, str]]:
    """The template's rows by the name a header must normalise to."""
    rows = csv.DictReader(io.StringIO(_resource("template.csv")))
    return {row["Property name"] or uwazi_name(row["Label"]): row for row in rows}


@functools.cache
def _allowed_labels(thesaurus_file: str) -> dict[str, set[str]]:
    """Per language, the labels a select cell may hold: a term of a group as `Group::Term`, a
    term outside any group alone, never a group by itself (Uwazi refuses one)."""
    rows = list(csv.reader(io.StringIO(_resource(f"thesauri/{thesaurus_file}"))))
    allowed: dict[str, set[str]] = {}
    for column, language in enumerate(rows[0]):
        labels, groups, tops, group = set(), set(), [], ""
        for row in rows[1:]:
            value = row[column]
            if value.startswith("-"):
                assert group, f"{thesaurus_file}: a term before any group"
                labels.add(f"{group}::{value[1:]}")
                groups.add(group)
            else:
                group = value
                tops.append(value)
        allowed[UWAZI_LANGUAGES[language]] = labels | {t for t in tops if t not in groups}
    return allowed


def _real_day(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y/%m/%d")
    except ValueError:
        return False
    return True


def _cell_problems(spec: dict[str, str], language: str, cell: str, zip_names: set[str]) -> str:
    kind = spec["Type"]
    if kind == "date":
        return "" if re.fullmatch(DAY, cell) and _real_day(cell) else "not YYYY/MM/DD"
    if kind == "daterange":
        found = re.fullmatch(f"{DAY}:{DAY}", cell)
        if not found or not all(_real_day(d) for d in found.groups()):
            return "not YYYY/MM/DD:YYYY/MM/DD"
        return "" if found[1] <= found[2] else "ends before it starts"
    if kind in ("select", "multiselect"):
        values = cell.split("|")
        if kind == "select" and len(values) > 1:
            return "several values in a select"
        thesaurus = re.search(r"\(thesauri/([a-z_]+\.csv)\)", spec["Thesaurus"])
        assert thesaurus, spec
        if deeper := [v for v in values if v.count("::") > 1]:
            return f"deeper than two levels: {deeper}"
        allowed = _allowed_labels(thesaurus[1])[language]
        unknown = [v for v in values if v not in allowed]
        return f"not in the thesaurus: {unknown}" if unknown else ""
    if kind == "geolocation":
        found = re.fullmatch(f"({COORDINATE})\\|({COORDINATE})", cell)
        fits = found and abs(float(found[1])) <= 90 and abs(float(found[2])) <= 180
        return "" if fits else "not lat|lon"
    if kind == "file":
        return "" if cell in zip_names and cell.endswith(".pdf") else "not a PDF in the ZIP"
    if kind == "attachments":
        missing = [name for name in cell.split("|") if name not in zip_names]
        return f"not in the ZIP: {missing}" if missing else ""
    if kind in ("text", "title") and "\n" in cell:
        return "a line break, which Uwazi folds into a space in a text property"
    return ""


def check_uwazi_csv(rows: list[dict[str, str]], zip_names: set[str]) -> list[str]:
    """Everything Uwazi's CSV import would refuse or misread in these rows, in words."""
    if not rows:
        return ["import.csv has no rows"]
    header = list(rows[0])
    names = [uwazi_name(h) for h in header]
    # `id` would overwrite an existing entity; the dates are Uwazi's own.
    misread = ("id", "date_added", "date_modified", "creationdate", "editdate")
    problems = [f"a column Uwazi would misread: {n}" for n in names if n in misread]
    problems += [f"two columns are {n} to Uwazi" for n in set(names) if names.count(n) > 1]
    if "title" not in names:
        problems.append("no Title column")
    template = _template()
    columns: dict[str, tuple[dict[str, str], str]] = {}
    plain: set[str] = set()
    languages: defaultdict[str, set[str]] = defaultdict(set)
    for column, name in zip(header, names, strict=True):
        base, separator, language = name.rpartition("__")
        if not separator or language not in UWAZI_LANGUAGES.values():
            base, language = name, ""
        spec = template.get(base)
        if spec is None:
            problems.append(f"{column} is not in the template")
            continue
        if language and spec["Type"] not in ("select", "multiselect"):
            problems.append(f"{column}: only select columns come in languages here")
        if language:
            languages[base].add(language)
        else:
            plain.add(base)
        columns[column] = (spec, language or "en")
    for base, found in languages.items():
        if base in plain:
            problems.append(f"{base} has both a plain column and language columns")
        if "en" not in found:
            problems.append(f"{base} has language columns but none for English")
    title = header[names.index("title")] if "title" in names else ""
    for line, row in enumerate(rows, start=2):
        if title and not row[title].strip():
            problems.append(f"line {line}: no title")
        for column, (spec, language) in columns.items():
            if row[column] and (problem := _cell_problems(spec, language, row[column], zip_names)):
                problems.append(f"line {line}, {column}: {problem} ({row[column]!r})")
    return problems


def read_zip(path: Path) -> tuple[list[dict[str, str]], set[str], dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    table = contents["import.csv"]
    assert not table.startswith(b"\xef\xbb\xbf"), "a BOM would become part of Title"
    rows = list(csv.DictReader(io.StringIO(table.decode("utf-8"), newline="")))
    return rows, set(contents) - {"import.csv"}, contents


def by_reference(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["Reference"]: row for row in rows}


# -- the journal exported ----------------------------------------------------------------------

EXTRA = "CASE/7:a"  # a reference with characters no file name may hold
SHARE_CANARIES = (
    "CANARY-REGION",
    "CANARY-DETAIL",
    "CANARY-IDENTIFIED",
    "CANARY-SOURCE",
    "CANARY-PARTY",
    "CANARY-PRIVATE",
    "CANARY-ASSESSMENT",
    "CANARY-CUSTODY",
    "CANARY-original",
    "ORIGINAL-UNREDACTED",
    "17.0654321",
    "96.7212345",
    "Иван Петров",
    "Elena Ruiz Torres",
    "Office, second floor",
    "Colleague present",
    "Check whether the laptops",
    "To find the names of our sources",
    "Uniforms and a patrol car number",
    "summons.txt",
)


@pytest.fixture
def example(journal: UnlockedJournal, tmp_path: Path) -> UnlockedJournal:
    """The shipped example, and one incident more with what it lacks: coordinates, a year
    that is an estimate, categories without a type, a PDF and a redacted copy of it, and a
    canary in every part the share profile removes."""
    with importlib.resources.as_file(find("examples/journal.json")) as path:
        interchange.import_json(journal, path)
    folder = tmp_path / "extra"
    (folder / "files").mkdir(parents=True)
    (folder / "files" / "original.pdf").write_bytes(b"%PDF-1.4 ORIGINAL-UNREDACTED\n%%EOF\n")
    (folder / "files" / "redacted.pdf").write_bytes(b"%PDF-1.4 plates blurred\n%%EOF\n")
    incident = {
        "id": "i-watched",
        "reference": EXTRA,
        "title": "Car parked outside the house",
        "description": "A grey car without plates, every night.",
        "start": "2024",
        "start_precision": "estimate",
        "ongoing": True,
        "location": {
            "country": "MX",
            "region": "CANARY-REGION",
            "locality": "San Felipe",
            "detail": "CANARY-DETAIL",
            "type": "home",
            "latitude": 17.0654321,
            "longitude": -96.7212345,
        },
        "types": ["surveillance", "liberty::arrest"],
        "perpetrators": [
            {
                "type": "state",
                "involvement": "suspected",
                "contact": "c-witness",
                "identified_by": "CANARY-IDENTIFIED",
            }
        ],
        "affected": ["me"],
        "sources": [{"who": "CANARY-SOURCE", "contact": "c-witness"}],
        "interventions": [
            {"type": "complaint", "party": "CANARY-PARTY", "contact": "c-lawyer", "date": "2024-05"}
        ],
        "private_notes": "CANARY-PRIVATE",
        "threat_assessment": {"facts": "CANARY-ASSESSMENT"},
        "attachments": [
            {
                "id": "a-car-original",
                "path": "files/original.pdf",
                "filename": "CANARY-original.pdf",
                "media_type": "application/pdf",
                "description": "The car",
                "custody": [
                    {
                        "at": "2024-06-01T10:00:00Z",
                        "action": "collected",
                        "sha256": hashlib.sha256(
                            (folder / "files" / "original.pdf").read_bytes()
                        ).hexdigest(),
                        "note": "CANARY-CUSTODY",
                    }
                ],
            },
            {
                "id": "a-car-redacted",
                "path": "files/redacted.pdf",
                "filename": "redacted.pdf",
                "media_type": "application/pdf",
                "origin": "derived",
                "derived_from": "a-car-original",
                "description": "The car, plates blurred",
            },
        ],
    }
    document = {"format": "hrjournal/1", "incidents": [incident]}
    (folder / "extra.json").write_text(json.dumps(document), encoding="utf-8")
    interchange.import_json(journal, folder / "extra.json")
    return journal


@pytest.mark.parametrize("profile", [Profile.SHARE, Profile.FULL])
@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_both_profiles_pass_the_import_rules(
    example: UnlockedJournal, tmp_path: Path, profile: Profile, language: str
) -> None:
    target = tmp_path / "uwazi.zip"
    uwazi.export_uwazi(example, target, profile=profile, language=language)
    rows, files, _ = read_zip(target)
    assert len(rows) == 3
    assert check_uwazi_csv(rows, files) == []
    named = {n for row in rows for n in [row["File"], *row["Attachments"].split("|")] if n}
    assert named == files  # and nothing in the ZIP that no row names


def test_share_leaves_out_what_it_promises(example: UnlockedJournal, tmp_path: Path) -> None:
    share, full = tmp_path / "share.zip", tmp_path / "full.zip"
    uwazi.export_uwazi(example, share)  # share unless asked otherwise
    uwazi.export_uwazi(example, full, profile=Profile.FULL)
    shared = b"".join(name.encode() + content for name, content in read_zip(share)[2].items())
    everything = b"".join(name.encode() + content for name, content in read_zip(full)[2].items())
    for canary in SHARE_CANARIES:
        assert canary.encode() not in shared, canary
        assert canary.encode() in everything, canary
    rows = by_reference(read_zip(share)[0])
    assert "Coordinates_geolocation" not in rows[EXTRA]
    assert "Sources" not in rows[EXTRA]
    assert rows[EXTRA]["Locality"] == "San Felipe"
    assert "Witness 1" in rows[EXTRA]["Perpetrators"]  # an alias instead of the name
    full_rows = by_reference(read_zip(full)[0])
    assert full_rows[EXTRA]["Coordinates_geolocation"] == "17.0654321|-96.7212345"


def test_share_sends_the_redacted_copy_and_full_sends_both(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    uwazi.export_uwazi(example, tmp_path / "share.zip")
    uwazi.export_uwazi(example, tmp_path / "full.zip", profile=Profile.FULL)
    share = by_reference(read_zip(tmp_path / "share.zip")[0])[EXTRA]
    contents = read_zip(tmp_path / "share.zip")[2]
    assert share["File"] == "CASE_7_a-02.pdf"
    assert share["Attachments"] == ""
    assert b"plates blurred" in contents["CASE_7_a-02.pdf"]
    assert "not included" in share["Evidence"]  # the original, listed by its SHA-256
    full = by_reference(read_zip(tmp_path / "full.zip")[0])[EXTRA]
    assert full["File"] == "CASE_7_a-01-CANARY-original.pdf"
    assert full["Attachments"] == "CASE_7_a-02-redacted.pdf"


def test_approximate_dates_keep_their_precision(example: UnlockedJournal, tmp_path: Path) -> None:
    uwazi.export_uwazi(example, tmp_path / "uwazi.zip")
    rows = list(by_reference(read_zip(tmp_path / "uwazi.zip")[0]).values())
    threat = next(r for r in rows if r["Title"] == "تهديد بالقتل عبر الهاتف")
    assert threat["Start date"] == "2025/03/01"
    assert threat["Date range"] == "2025/03/01:2025/03/31"
    assert threat["Date precision"] == "Day unknown"
    assert threat["Date as recorded"] == "2025-03 (day unknown)"
    watched = by_reference(rows)[EXTRA]
    assert watched["Start date"] == "2024/01/01"
    assert watched["Date range"] == ""  # still going on: no end to write
    assert watched["Date precision"] == "Estimated date"
    assert watched["Date as recorded"] == "2024 (estimated date), ongoing"
    raid = next(r for r in rows if r["Title"].startswith("Registro"))
    assert raid["Date as recorded"] == "2025-03-04T07:30-06:00 – 2025-03-04"  # time and zone


def test_select_values_are_thesaurus_labels(example: UnlockedJournal, tmp_path: Path) -> None:
    uwazi.export_uwazi(example, tmp_path / "en.zip")
    uwazi.export_uwazi(example, tmp_path / "es.zip", language="es")
    english = by_reference(read_zip(tmp_path / "en.zip")[0])[EXTRA]
    assert english["Types"] == "Surveillance::Other|Deprivation of liberty::Arrest"
    assert english["Perpetrator types"] == "State::Other"
    spanish = by_reference(read_zip(tmp_path / "es.zip")[0])[EXTRA]
    assert "Types" not in spanish
    assert spanish["Types__en"] == english["Types"]
    assert spanish["Types__es"] == "Vigilancia::Otro|Privación de libertad::Arresto"
    assert spanish["Country__es"] == "México"
    assert spanish["Title"] == english["Title"]  # the user's own words are never translated


def test_a_language_without_translations_is_refused(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    for language in ("pt", "xx", "../en"):
        with pytest.raises(InputRejected, match=r"^An Uwazi export can be labelled in en, .*\.$"):
            uwazi.export_uwazi(example, tmp_path / "uwazi.zip", language=language)
    assert read_register(example.files) == []


def test_the_export_is_registered_recorded_and_in_the_custody_log(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "uwazi.zip"
    record = uwazi.export_uwazi(example, target)
    content = target.read_bytes()
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert read_register(example.files) == [target]
    assert (record.kind, record.profile, record.protected) == ("uwazi", "share", False)
    assert (record.size, record.sha256) == (len(content), hashlib.sha256(content).hexdigest())
    [listed] = exports.list_exports(example)
    assert listed.record == record
    assert listed.present
    assert list(tmp_path.glob("*.partial")) == []
    shipped = records.get_incident(example, "i-watched").attachments
    kept_back, sent = shipped  # share sends the redacted copy only
    assert sent.custody[-1].action == "exported"
    assert sent.custody[-1].note == "Uwazi export uwazi.zip"
    assert kept_back.custody[-1].action != "exported"
    exports.delete_export(example, record.id)
    assert not target.exists()
    assert read_register(example.files) == []


def test_a_failed_write_leaves_nothing(
    example: UnlockedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "uwazi.zip"
    real_replace = os.replace

    def disk_full(source: str | Path, destination: str | Path) -> None:
        if str(source).endswith(".partial"):
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(StorageFailed, match=r"^Could not write uwazi\.zip .*No space left"):
        uwazi.export_uwazi(example, target)
    assert [p for p in tmp_path.iterdir() if p.is_file()] == []
    assert not partial_path(target).exists()
    assert read_register(example.files) == []
    assert exports.list_exports(example) == []
    redacted = records.get_incident(example, "i-watched").attachments[1]
    assert all(event.action != "exported" for event in redacted.custody)


def test_an_interruption_leaves_nothing(example: UnlockedJournal, tmp_path: Path) -> None:
    """Cancelled from the app in the middle of the evidence: the half-written ZIP is
    overwritten and removed, and the register forgets it."""

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    target = tmp_path / "out" / "uwazi.zip"
    target.parent.mkdir()
    with pytest.raises(Cancelled):
        uwazi.export_uwazi(example, target, progress=cancel)
    assert list(target.parent.iterdir()) == []
    assert read_register(example.files) == []


def test_an_existing_file_is_kept_unless_replacing_was_asked(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "uwazi.zip"
    target.write_bytes(b"mine")
    with pytest.raises(InputRejected, match="already exists"):
        uwazi.export_uwazi(example, target)
    assert target.read_bytes() == b"mine"
    uwazi.export_uwazi(example, target, replace=True)
    assert zipfile.is_zipfile(target)


def test_an_empty_journal_is_refused(journal: UnlockedJournal, tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="no incidents"):
        uwazi.export_uwazi(journal, tmp_path / "uwazi.zip")
    assert not (tmp_path / "uwazi.zip").exists()
    assert read_register(journal.files) == []


# -- the shipped template and thesauri ---------------------------------------------------------


def test_the_shipped_files_are_the_generated_ones() -> None:
    for name, text in uwazi.resource_files().items():
        assert _resource(name) == text, (
            f"resources/uwazi/{name} is stale; remake it as resources/uwazi/README.md says"
        )


def test_every_thesaurus_is_importable() -> None:
    thesauri = [spec["Thesaurus"] for spec in _template().values() if spec["Thesaurus"]]
    named = {re.findall(r"thesauri/(\S+\.csv)", thesaurus)[0] for thesaurus in thesauri}
    assert {path.name for path in find("uwazi/thesauri").iterdir()} == named
    for name in named:
        assert _allowed_labels(name)["en"]
    for path in find("uwazi/thesauri").iterdir():
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert set(rows[0]) <= set(UWAZI_LANGUAGES), path.name
        for row in rows[1:]:
            assert len({value.startswith("-") for value in row}) == 1, row  # a term everywhere
            for value in row:
                assert value.strip() == value, row
                assert value.lstrip("-"), row
                assert "|" not in value, row  # Uwazi's separator of several values
                assert "::" not in value, row  # and of a group and its term


def test_the_checker_catches_what_uwazi_refuses() -> None:
    good = {
        "Title": "A title",
        "Start date": "2024/02/29",
        "Date range": "2024/02/01:2024/02/29",
        "Types": "Deprivation of liberty::Arrest|Threats and harassment::Threat",
        "Status": "Open",
        "File": "a.pdf",
    }
    assert check_uwazi_csv([good], {"a.pdf"}) == []
    bad = [
        ({"id": "x"}, "misread: id"),
        ({"Date added": "2024/01/01"}, "misread: date_added"),
        ({"title": "again"}, "two columns are title"),
        ({"Title": ""}, "no title"),
        ({"Start date": "2024-02-29"}, "not YYYY/MM/DD"),
        ({"Start date": "2023/02/29"}, "not YYYY/MM/DD"),
        ({"Date range": "2024/03/01:2024/02/01"}, "ends before it starts"),
        ({"Types": "Deprivation of liberty"}, "not in the thesaurus"),
        ({"Types": "Deprivation of liberty::Arrest::More"}, "deeper than two levels"),
        ({"Status": "Open|Closed"}, "several values"),
        ({"Coordinates_geolocation": "17.06, -96.72"}, "not lat|lon"),
        ({"File": "b.pdf"}, "not a PDF in the ZIP"),
        ({"Attachments": "a.pdf|c.txt"}, "not in the ZIP: ['c.txt']"),
        ({"Reference": "two\nlines"}, "a line break"),
        ({"Types__es": "Vigilancia::Otro"}, "both a plain column and language columns"),
        ({"Status__es": "Abierto"}, "none for English"),
        ({"Reference__es": "x"}, "only select columns"),
        ({"Nickname": "x"}, "not in the template"),
    ]
    for change, expected in bad:
        problems = check_uwazi_csv([{**good, **change}], {"a.pdf"})
        assert any(expected in p for p in problems), (change, problems)
