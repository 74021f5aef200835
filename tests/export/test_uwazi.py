"""Uwazi's import CSV made from incidents alone, with no journal: the rows, the labels in a
second language, the names the evidence gets in the ZIP, and the thesauri.

That the ZIP passes Uwazi's import rules, and what the share profile leaves out of it, is
tested on a real journal in tests/services/test_uwazi.py.
"""

from __future__ import annotations

import csv
import io
import itertools
from typing import Any

from hrjournal.domain.catalog import Catalog
from hrjournal.domain.incident import Incident, incident_from_json
from hrjournal.export.profiles import Names, Profile
from hrjournal.export.uwazi import LANGUAGES, import_csv, thesaurus_rows, uwazi_import
from hrjournal.services.catalog import catalog


def _incident(known: Catalog, **fields: Any) -> Incident:
    data = {"id": "i-1", "reference": "INC-1", "title": "Followed home", **fields}
    return incident_from_json(data, known.vocabularies, known.country_codes)


def _rows(table: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(table.decode("utf-8"), newline="")))


def test_select_columns_come_in_english_and_the_language_asked_for() -> None:
    known = catalog()
    incident = _incident(known, start="2024-02", types=["surveillance"], location={"country": "MX"})
    contents = uwazi_import([incident], known, Profile.SHARE, Names(Profile.SHARE, {}))
    [english] = _rows(import_csv(contents, known, "en", str.upper))
    assert english["Types"] == "Surveillance::Other"
    assert english["Date range"] == "2024/02/01:2024/02/29"
    [other] = _rows(import_csv(contents, known, "xx", str.upper))
    assert (other["Types__en"], other["Types__xx"]) == (
        "Surveillance::Other",
        "SURVEILLANCE::OTHER",
    )
    assert other["Country__xx"] == "MEXICO"
    assert other["Title"] == "Followed home"  # the user's words are never translated


def test_evidence_names_are_safe_and_unique_whatever_the_case() -> None:
    known = catalog()
    incidents = [
        _incident(
            known,
            id=f"i-{n}",
            reference=reference,
            attachments=[{"id": f"a-{n}", "filename": name, "media_type": "application/pdf"}],
        )
        for n, (reference, name) in enumerate([("CASE/7", "../notes.pdf"), ("case:7", "NOTES.pdf")])
    ]
    contents = uwazi_import(incidents, known, Profile.FULL, Names(Profile.FULL, {}))
    names = [shipped.name for shipped in contents.files]
    assert names == ["CASE_7-01-notes.pdf", "case_7-01-NOTES-2.pdf"]
    assert [row["File"] for row in contents.rows] == names


def test_a_thesaurus_has_a_column_per_language_and_other_in_every_group() -> None:
    rows = thesaurus_rows("perpetrator_types", catalog(), lambda code: str.upper)
    assert rows[0] == list(LANGUAGES.values())
    state = rows.index(["STATE"] * len(LANGUAGES))
    group = list(itertools.takewhile(lambda row: row[0].startswith("-"), rows[state + 1 :]))
    assert group[-1] == ["-OTHER"] * len(LANGUAGES)
    assert len(group) > 1
