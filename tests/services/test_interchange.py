"""Import all or nothing; export everything; the round trip changes nothing."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hrjournal.resources import find
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrjournal.domain.contact import Contact
from hrjournal.domain.incident import Incident
from hrjournal.errors import InputRejected, InvalidRecord
from hrjournal.services import interchange, records
from hrjournal.services.searching import search_journal
from hrjournal.store import revisions
from hrjournal.vault.journal import UnlockedJournal, create_journal, unlocked
from tests.support.fingerprint import content_digest
from tests.support.journals import PASSPHRASE
from tests.support.records import contact_json, incident_json, plan_json

EXAMPLE = Path(str(find("examples/journal.json")))


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A writable copy of the shipped example, with its attachment folder."""
    copy = tmp_path / "example" / "journal.json"
    shutil.copytree(EXAMPLE.parent, copy.parent)
    return copy


def test_the_shipped_example_imports(journal: UnlockedJournal) -> None:
    summary = interchange.import_json(journal, EXAMPLE)
    assert (summary.contacts, summary.incidents, summary.plans, summary.attachments) == (3, 2, 1, 1)
    raid = records.open_incident(journal, "i-office-raid")
    assert raid.contacts["c-witness"] == ("Иван Петров", "Witness 1")
    assert raid.incident.attachments[0].custody[0].note.startswith("Photographed")
    assert records.read_attachment(journal, "a-summons").startswith(b"CITATORIO")
    assert {h.uid for h in search_journal(journal, "decomiso")} == {"i-office-raid"}
    assert revisions.verify(journal.connection) == []


def _export(journal: UnlockedJournal, folder: Path) -> str:
    folder.mkdir()
    interchange.export_json(journal, folder / "export.json")
    return (folder / "export.json").read_text(encoding="utf-8")


def test_export_import_export_gives_identical_json(
    journal: UnlockedJournal, tmp_path: Path
) -> None:
    interchange.import_json(journal, EXAMPLE)
    first = _export(journal, tmp_path / "one")
    create_journal(tmp_path / "second", PASSPHRASE)
    with unlocked(tmp_path / "second", PASSPHRASE) as second:
        interchange.import_json(second, tmp_path / "one" / "export.json")
        again = _export(second, tmp_path / "two")
    assert again == first
    data = json.loads(first)
    assert data["format"] == "hrjournal/1"
    attachment = data["incidents"][0]["attachments"][0]
    assert (tmp_path / "one" / attachment["path"]).read_bytes().startswith(b"CITATORIO")


def test_an_export_is_logged_and_never_overwrites(journal: UnlockedJournal, tmp_path: Path) -> None:
    interchange.import_json(journal, EXAMPLE)
    _export(journal, tmp_path / "one")
    info = records.get_incident(journal, "i-office-raid").attachments[0]
    assert info.custody[-1].action == "exported"
    with pytest.raises(InputRejected, match="already exists"):
        interchange.export_json(journal, tmp_path / "one" / "export.json")


def _mutate_example(example: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(example.read_text(encoding="utf-8"))
    change(data)
    example.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _raid(data: dict[str, Any]) -> dict[str, Any]:
    return data["incidents"][0]


BAD_FILES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "unknown vocabulary key": (
        lambda d: _raid(d).update(types=["threats::curse"]),
        "Incident i-office-raid, field types: 'threats::curse' is not a known",
    ),
    "impossible date": (
        lambda d: _raid(d).update(start="2025-02-30"),
        "Incident i-office-raid, field start: 2025-02-30 is not a real date",
    ),
    "dangling contact link": (
        lambda d: _raid(d).update(affected=["me", "c-nobody"]),
        "Incident i-office-raid, field affected[1]: links to contact c-nobody",
    ),
    "dangling incident link": (
        lambda d: d["incidents"][1].update(related=[{"incident": "i-x", "relation": "follows"}]),
        "Incident i-threat-call, field related[0].incident: links to incident i-x",
    ),
    "dangling plan link": (
        lambda d: d["safety_plans"][0].update(contact_tree=["c-lawyer", "c-gone"]),
        "Safety plan p-trial, field contact_tree[1]: links to contact c-gone",
    ),
    "duplicate id": (
        lambda d: d["contacts"].append(dict(d["contacts"][0])),
        "Contact c-lawyer, field id: is used by two records in the file",
    ),
    "duplicate reference": (
        lambda d: [i.update(reference="INC-2025-0001") for i in d["incidents"]],
        "Two incidents in journal.json have the reference INC-2025-0001",
    ),
    "missing attachment file": (
        lambda d: _raid(d)["attachments"][0].update(path="journal.attachments/missing.txt"),
        "Incident i-office-raid, field attachments[0].path: there is no file",
    ),
    "attachment outside the folder": (
        lambda d: _raid(d)["attachments"][0].update(path="../../etc/hostname"),
        "Incident i-office-raid, field attachments[0].path: must be a path inside",
    ),
    "attachment changed since listed": (
        lambda d: _raid(d)["attachments"][0].update(sha256="0" * 64),
        "Incident i-office-raid, field attachment a-summons.sha256: does not match the file",
    ),
    "attachment of another size": (
        lambda d: _raid(d)["attachments"][0].update(size=5),
        "Incident i-office-raid, field attachments[0].size: is 5, but the file has 127",
    ),
    "unknown field": (
        lambda d: d["contacts"][0].update(nmae="typo"),
        "Contact c-lawyer, field nmae: is not a field of this record",
    ),
    "wrong format": (lambda d: d.update(format="other/2"), "is not an HR Journal file"),
    "unknown section": (lambda d: d.update(extras=[]), "a section HR Journal does not know"),
}


def _something_already_there(journal: UnlockedJournal, folder: Path) -> None:
    records.save_contact(journal, Contact(id="c-before", name="Already here"))
    records.save_incident(
        journal, Incident(id="i-before", title="Already here", affected=["c-before"])
    )
    (folder / "before.txt").write_bytes(b"earlier evidence")
    records.add_attachment(journal, "i-before", folder / "before.txt")


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_names_its_problem_and_changes_nothing(
    journal: UnlockedJournal, example: Path, case: str
) -> None:
    _something_already_there(journal, example.parent)
    change, message = BAD_FILES[case]
    _mutate_example(example, change)
    before = content_digest(journal)
    with pytest.raises(InputRejected) as caught:
        interchange.import_json(journal, example)
    assert message in str(caught.value)
    assert content_digest(journal) == before


def test_ids_with_any_allowed_character_survive_the_round_trip(
    journal: UnlockedJournal, example: Path, tmp_path: Path
) -> None:
    text = example.read_text(encoding="utf-8").replace(
        '"a-summons"', '"case:2025/a.1"'[:0] + '"case:2025.a-1"'
    )
    example.write_text(text, encoding="utf-8")
    interchange.import_json(journal, example)
    first = _export(journal, tmp_path / "one")
    create_journal(tmp_path / "second", PASSPHRASE)
    with unlocked(tmp_path / "second", PASSPHRASE) as second:
        interchange.import_json(second, tmp_path / "one" / "export.json")
        assert _export(second, tmp_path / "two") == first


def test_a_copy_listed_before_its_original_imports(journal: UnlockedJournal, example: Path) -> None:
    def add_copy_first(data: dict[str, Any]) -> None:
        original = _raid(data)["attachments"][0]
        copy = dict(original, id="a-copy", origin="derived", derived_from="a-summons", custody=[])
        data["incidents"][1]["attachments"] = [copy]
        data["incidents"].reverse()  # the copy's incident now comes first

    _mutate_example(example, add_copy_first)
    summary = interchange.import_json(journal, example)
    assert summary.attachments == 2


def test_an_export_is_private_to_its_owner(journal: UnlockedJournal, tmp_path: Path) -> None:
    interchange.import_json(journal, EXAMPLE)
    _export(journal, tmp_path / "one")
    for path in [tmp_path / "one" / "export.json", *(tmp_path / "one").rglob("*")]:
        private = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == private, path


def test_records_already_in_the_journal_are_refused(journal: UnlockedJournal) -> None:
    interchange.import_json(journal, EXAMPLE)
    before = content_digest(journal)
    with pytest.raises(InvalidRecord, match="Contact c-lawyer, field id: the journal already"):
        interchange.import_json(journal, EXAMPLE)
    assert content_digest(journal) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "is not valid JSON (line 1, column 2"),
        (b"\xff\xfe{}", "is not"),
        (b"[]", "is not an HR Journal file"),
        (b'{"format": "hrjournal/1", "contacts": {}}', '"contacts" must be a list'),
        (b'{"format": "hrjournal/1", "format": "hrjournal/1"}', "appears twice in one object"),
        (
            b'{"format": "hrjournal/1", "contacts": [{"id": "c", "name": NaN}]}',
            "NaN is not a number JSON allows",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            b'{"format": "hrjournal/1", "contacts": [{"id": "c", "call_order": 1'
            + b"0" * 5000
            + b"}]}",
            "cannot be imported",
        ),
    ],
)
def test_malformed_files(
    journal: UnlockedJournal, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = content_digest(journal)
    with pytest.raises(InputRejected, match=message.replace("(", r"\(")):
        interchange.import_json(journal, path)
    assert content_digest(journal) == before


@pytest.mark.parametrize(
    ("content", "quoted"),
    [
        (b'{"format": "hrjournal/1", "\\ud800": 1, "\\ud800": 2}', '"\\ud800" appears twice'),
        (b'{"format": "hrjournal/1", "\\u001b[2Jx": []}', "does not know: \\x1b[2Jx."),
        (
            b'{"format": "hrjournal/1", "' + b"y" * 500 + b'": []}',
            "does not know: " + "y" * 60 + "….",
        ),
    ],
)
def test_a_refusal_quotes_a_name_from_the_file_as_plain_text(
    journal: UnlockedJournal, tmp_path: Path, content: bytes, quoted: str
) -> None:
    """Half a surrogate pair cannot be printed, a terminal acts on an escape sequence, and a
    long name would bury the sentence: the message writes them out as plain text."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputRejected) as refused:
        interchange.import_json(journal, path)
    message = str(refused.value)
    assert quoted in message
    message.encode("utf-8")  # printable anywhere
    assert all(c.isprintable() for c in message)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_file_saved_as_unicode_other_than_utf8_imports_the_same(
    journal: UnlockedJournal, tmp_path: Path, encoding: str
) -> None:
    """Windows PowerShell saves text as UTF-16 and Notepad may add a byte-order mark: JSON
    allows all of them, and the records come in exactly as from UTF-8."""
    document = {
        "format": "hrjournal/1",
        "contacts": [{"id": "c-1", "name": "Amal Ḥaddād 🙂", "notes": "пример, مثال"}],
    }
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding=encoding)
    interchange.import_json(journal, path)
    contact = records.get_contact(journal, "c-1")
    assert (contact.name, contact.notes) == ("Amal Ḥaddād 🙂", "пример, مثال")


def test_an_oversize_attachment_is_refused(journal: UnlockedJournal, example: Path) -> None:
    records.set_attachment_limit(journal, 1024 * 1024)
    big = example.parent / "journal.attachments" / "a-summons" / "summons.txt"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    _mutate_example(example, lambda d: _raid(d)["attachments"][0].update(size=None, sha256=None))
    before = content_digest(journal)
    with pytest.raises(InvalidRecord, match=r"attachments\[0\]\.path: .* more than the 1\.0 MB"):
        interchange.import_json(journal, example)
    assert content_digest(journal) == before


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200
)


@pytest.mark.slow
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_text_survives_export_and_import(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    def text(field: str) -> str:
        return data.draw(_TEXT, label=field)

    document = {
        "format": "hrjournal/1",
        "contacts": [contact_json("c-1", text)],
        "incidents": [incident_json("i-0", "c-1", text), incident_json("i-1", "c-1", text, "i-0")],
        "safety_plans": [plan_json("p-1", "c-1", text)],
    }
    work = tmp_path_factory.mktemp("roundtrip")
    source = work / "in.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    create_journal(work / "j", PASSPHRASE)
    with unlocked(work / "j", PASSPHRASE) as opened:
        interchange.import_json(opened, source)
        (work / "out").mkdir()
        interchange.export_json(opened, work / "out" / "out.json")
    exported = json.loads((work / "out" / "out.json").read_text(encoding="utf-8"))
    for section in ("contacts", "incidents", "safety_plans"):
        for written, read in zip(document[section], exported[section], strict=True):
            for key, value in written.items():  # type: ignore[union-attr]
                assert read[key] == value, (section, key)
