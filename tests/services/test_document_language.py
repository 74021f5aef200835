"""Documents in the user's language: the program's own words translated from the shipped .ts
files (without Qt), English wherever a translation is missing, and Arabic and Persian laid out
right to left. Safety-plan templates start in the user's language too."""

from __future__ import annotations

import importlib.util
import itertools
import json
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from hrjournal.resources import find
from PIL import Image

from hrjournal.services import catalog as catalog_service
from hrjournal.services import demo, interchange
from hrjournal.services.catalog import (
    catalog,
    plan_from_template,
    safety_plan_templates,
    template_texts,
)
from hrjournal.services.document_language import (
    CONTEXTS,
    is_right_to_left,
    parse_translations,
    translator,
)
from hrjournal.services.preferences import Preferences, save_preferences
from hrjournal.services.records import list_plans
from hrjournal.services.reports import TITLES, Profile, ReportKind, ReportRequest, build_report
from hrjournal.vault.journal import UnlockedJournal, unlocked
from tests.support.journals import PASSPHRASE, run_cli
from tests.support.pdf import all_text
from tests.support.records import contact_json, incident_json

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("ar", "es", "fa", "fr", "ru")
PDFTOPPM = shutil.which("pdftoppm")


def _installer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_installer", ROOT / "installers" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("code", SHIPPED)
def test_the_installed_programs_trimmed_ts_gives_the_documents_the_same_words(
    code: str, tmp_path: Path
) -> None:
    """The bundle carries each .ts cut to the documents' contexts (the screens read the .qm):
    every word the documents use comes out the same, in half the size."""
    source = ROOT / "resources" / "translations" / f"hrjournal_{code}.ts"
    trimmed = tmp_path / source.name
    _installer().for_documents(source, trimmed, CONTEXTS)
    words = parse_translations(source.read_bytes())
    assert len(words) > 500
    assert parse_translations(trimmed.read_bytes()) == words
    assert trimmed.stat().st_size < source.stat().st_size * 0.6


def _add_short_records(journal: UnlockedJournal, folder: Path) -> None:
    """One incident whose own texts are all one letter long, so that on the page only the
    labels (and vocabulary terms) take room."""
    document = {
        "format": "hrjournal/1",
        "contacts": [contact_json("c-1", lambda _field: "x")],
        "incidents": [incident_json("i-1", "c-1", lambda _field: "x")],
    }
    source = folder / "in.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    interchange.import_json(journal, source)


@pytest.fixture
def short(journal: UnlockedJournal, tmp_path: Path) -> UnlockedJournal:
    _add_short_records(journal, tmp_path)
    return journal


@pytest.fixture
def example(journal: UnlockedJournal) -> UnlockedJournal:
    interchange.import_json(journal, Path(str(find("examples/journal.json"))))
    return journal


# -- the translator ---------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "label"), [("es", "Arrest"), ("ar", "Arrest")])
def test_a_vocabulary_label_is_translated(language: str, label: str) -> None:
    assert label in {t.label for t in catalog().vocabularies["incident_types"].terms}
    translated = translator(language)(label)
    assert translated.strip()
    assert translated != label
    if language == "ar":
        assert any("\u0600" <= c <= "\u06ff" for c in translated)


@pytest.mark.parametrize("language", ["es", "ar"])
def test_a_text_with_no_translation_stays_english(language: str) -> None:
    assert translator(language)("A text no translator was ever given") == (
        "A text no translator was ever given"
    )


@pytest.mark.parametrize("language", ["en", "", "en-GB", "xx", "de", "../../etc/passwd", "es/.."])
def test_english_and_languages_we_do_not_ship_are_english(language: str) -> None:
    assert translator(language)("Arrest") == "Arrest"
    assert translator(language)("Page {page} of {pages}") == "Page {page} of {pages}"


def test_a_regional_code_uses_its_language() -> None:
    assert translator("es-MX")("Arrest") == translator("es")("Arrest") != "Arrest"
    assert translator("ar_EG")("Arrest") == translator("ar")("Arrest")


@pytest.mark.parametrize("language", SHIPPED)
def test_the_documents_placeholders_survive_translation(language: str) -> None:
    """A translation that drops or renames a {placeholder} is not used: .format never fails."""
    tr = translator(language)
    assert "7" in tr("Page {page} of {pages}").format(page=7, pages=9)
    assert "3" in tr("{count} incidents").format(count=3)
    assert "5" in tr("After {minutes} minutes").format(minutes=5)


@pytest.mark.parametrize(
    ("language", "rtl"),
    [
        *[(code, True) for code in ("ar", "fa", "fa-IR", "ar_EG")],
        # Hebrew and Urdu read right to left, but documents are only made in languages we
        # ship: English words in a mirrored layout would serve no one.
        *[(code, False) for code in ("es", "en", "ru", "", "arx", "he", "ur")],
    ],
)
def test_right_to_left_languages(language: str, rtl: bool) -> None:
    assert is_right_to_left(language) is rtl


# -- what reaches the translators -------------------------------------------------------------


def test_the_documents_fixed_words_are_given_to_translators() -> None:
    words = _installer().pdf_strings()
    assert set(TITLES.values()) <= words
    assert demo.WATERMARK in words
    assert {"Me (the defender)", "Page {page} of {pages}", "When", "bytes"} <= words
    assert {"Incidents by month", "Incidents by type", "Timeline", "Other types"} <= words


def test_every_word_a_document_asks_for_reaches_the_translators(example: UnlockedJournal) -> None:
    """Every text a document passes to its translator, in every kind of document, is in one of
    the four contexts the translator reads: nothing is left in English for want of a message."""
    asked: set[str] = set()

    def recording(text: str) -> str:
        asked.add(text)
        return text

    incident = example.connection.execute("SELECT uid FROM incidents LIMIT 1").fetchone()[0]
    plan = list_plans(example, limit=1)[0].uid
    asked_for = [(ReportKind.INCIDENT, incident), (ReportKind.INCIDENTS, None)]
    asked_for += [(ReportKind.CONTACTS, None)]
    for profile in Profile:
        for kind, reference in asked_for:
            build_report(example, ReportRequest(kind, profile, reference=reference, tr=recording))
    build_report(
        example, ReportRequest(ReportKind.PLAN, Profile.FULL, reference=plan, tr=recording)
    )
    known = catalog()
    given = _installer().pdf_strings() | template_texts() | set(known.countries.values())
    given |= {
        term.label
        for vocabulary in known.vocabularies.by_name.values()
        for term in vocabulary.terms
    }
    assert len(asked) > 60
    assert asked - given == set()


# -- documents --------------------------------------------------------------------------------


def test_a_spanish_report_speaks_spanish(short: UnlockedJournal) -> None:
    status = catalog().vocabularies["incident_statuses"].label_of("follow_up")
    spanish = translator("es")(status)
    assert spanish != status
    request = ReportRequest(ReportKind.INCIDENT, Profile.FULL, reference="i-1", language="es")
    text = " ".join(all_text(build_report(short, request).content).split())
    assert spanish in text
    english = ReportRequest(ReportKind.INCIDENT, Profile.FULL, reference="i-1")
    assert spanish not in " ".join(all_text(build_report(short, english).content).split())


def test_the_command_line_writes_in_the_language_asked_or_the_apps(
    journal_dir: Path, tmp_path: Path
) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        _add_short_records(journal, tmp_path)
    status = catalog().vocabularies["incident_statuses"].label_of("follow_up")
    spanish = translator("es")(status)
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    options = ["--journal", str(journal_dir), "report", "--passphrase-file", str(secret)]
    options += ["incident", "i-1", "--profile", "full"]

    def report(*more: str) -> str:
        out = tmp_path / "report.pdf"
        made = run_cli(*options, "--out", str(out), "--replace", *more)
        assert made.returncode == 0, made.stderr
        return " ".join(all_text(out.read_bytes()).split())

    assert spanish in report("--language", "es")
    assert spanish not in report()  # no language chosen in the app: English
    save_preferences(journal_dir, Preferences(language="es"))
    assert spanish in report()
    assert spanish not in report("--language", "en")


def _label_rows(png: Path) -> list[tuple[bool, bool]]:
    """For each row of a label-and-value table on the page (a band between two of the thin
    rules drawn under the rows): is there ink in the left quarter of the page, in the right?"""
    image = Image.open(png).convert("L")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    left, right = int(width * 16 / 210), int(width * 194 / 210)  # the page's margins
    span = right - left
    rules = [
        y
        for y in range(height)
        if sum(1 for x in range(left, right) if pixels[x, y] < 250) > 0.95 * span
        and sum(1 for x in range(left, right) if pixels[x, y] < 160) < 0.05 * span
    ]
    rows = []
    for top, bottom in itertools.pairwise(rules):
        if bottom - top > 80 or bottom - top < 5:  # a section between two tables; one rule
            continue

        def ink(start: float, end: float, top: int = top, bottom: int = bottom) -> bool:
            return any(
                pixels[x, y] < 128
                for y in range(top + 2, bottom - 1)
                for x in range(int(start), int(end))
            )

        rows.append((ink(left, width * 0.25), ink(width * 0.75, right)))
    return rows


def _first_page(journal: UnlockedJournal, language: str, folder: Path) -> Path:
    assert PDFTOPPM is not None
    request = ReportRequest(ReportKind.INCIDENT, Profile.FULL, reference="i-1", language=language)
    (folder / f"{language}.pdf").write_bytes(build_report(journal, request).content)
    subprocess.run(
        [PDFTOPPM, "-r", "100", "-gray", "-singlefile", "-png", f"{language}.pdf", language],
        cwd=folder,
        check=True,
        timeout=60,
    )
    return folder / f"{language}.png"


def test_an_arabic_report_reads_right_to_left(short: UnlockedJournal, tmp_path: Path) -> None:
    """Rendered as a reader sees it: in Arabic the labels stand in the right quarter of the
    page, beside their values; in English, in the left quarter."""
    if PDFTOPPM is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    arabic = _label_rows(_first_page(short, "ar", tmp_path))
    english = _label_rows(_first_page(short, "en", tmp_path))
    assert len(arabic) >= 4
    assert len(arabic) == len(english)
    assert all(right for _, right in arabic), arabic
    assert all(left and not right for left, right in english), english


# -- templates --------------------------------------------------------------------------------


def test_a_template_becomes_a_plan_in_the_language_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every text of the plan goes through the translator; keys and numbers do not; and every
    text it is asked for is one that translators are given."""
    asked: list[str] = []

    def marked(language: str) -> object:
        assert language == "fr"

        def translate(text: str) -> str:
            asked.append(text)
            return f"«{text}»"

        return translate

    english = plan_from_template("travel", "p-1")
    monkeypatch.setattr(catalog_service, "translator", marked)
    french = plan_from_template("travel", "p-1", language="fr")
    assert french.title == f"«{english.title}»"
    assert french.review_triggers == f"«{english.review_triggers}»"
    for key, text in english.sections.items():
        assert french.sections[key] == (f"«{text}»" if text.strip() else text)
    for mine, theirs in zip(french.risks, english.risks, strict=True):
        assert mine.threat == f"«{theirs.threat}»"
        assert mine.contingency == f"«{theirs.contingency}»"
        assert (mine.likelihood, mine.impact) == (theirs.likelihood, theirs.impact)
    assert french.check_in.schedule == f"«{english.check_in.schedule}»"
    assert french.check_in.channel == english.check_in.channel
    for mine_step, their_step in zip(
        french.check_in.escalation, english.check_in.escalation, strict=True
    ):
        assert mine_step.action == f"«{their_step.action}»"
        assert mine_step.after_minutes == their_step.after_minutes
    assert set(asked) <= template_texts()


@pytest.mark.parametrize("language", ["en", *SHIPPED])
def test_every_template_makes_a_valid_plan_in_every_language(language: str) -> None:
    for template in safety_plan_templates():
        plan = plan_from_template(template.key, "p-1", language=language)
        assert plan.title.strip()


def test_an_untranslated_template_stays_english() -> None:
    english = plan_from_template("personal", "p-1")
    assert plan_from_template("personal", "p-1", language="xx") == english
