"""The shipped data is complete and consistent with the code that reads it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hrjournal.resources import font, font_names

from hrjournal.domain.safety_plan import SECTIONS
from hrjournal.services.catalog import catalog, safety_plan_templates

ROOT = Path(__file__).parents[1]


def test_every_vocabulary_the_code_names_exists() -> None:
    named = set()
    for path in (ROOT / "hrjournal").rglob("*.py"):
        named |= set(
            re.findall(
                r'"([a-z_]+_(?:types|degrees|statuses|levels|connections|'
                r'materials|reliability|kinds|roles|origins|actions|bands))"',
                path.read_text(),
            )
        )
    vocabularies = catalog().vocabularies
    assert named, "the pattern found nothing"
    for name in named:
        assert vocabularies[name].terms, name


def test_two_level_vocabularies_are_consistent() -> None:
    for name in ("incident_types", "perpetrator_types"):
        vocabulary = catalog().vocabularies[name]
        for term in vocabulary.terms:
            if "::" in term.key:
                assert term.parent == term.key.split("::")[0]
                assert term.parent in vocabulary


def test_plan_sections_match_the_domain() -> None:
    assert tuple(catalog().vocabularies["plan_sections"].keys()) == SECTIONS


def test_huridocs_codes_are_twelve_digits() -> None:
    for vocabulary in catalog().vocabularies.by_name.values():
        for term in vocabulary.terms:
            assert term.huridocs is None or re.fullmatch(r"\d{12}", term.huridocs), term


def test_countries_are_iso_alpha_2() -> None:
    countries = catalog().countries
    assert len(countries) == 249
    assert countries["MX"] == "Mexico"
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in countries)


def test_four_templates_ship() -> None:
    assert [t.key for t in safety_plan_templates()] == [
        "check_in",
        "if_detained",
        "personal",
        "travel",
    ]
    for path in (ROOT / "resources" / "templates" / "safety_plans").glob("*.json"):
        assert json.loads(path.read_text())["format"] == "hrjournal-template/1"


def test_every_bundled_font_has_its_licence_beside_it() -> None:
    folder = ROOT / "resources" / "fonts"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    fonts = font_names()
    assert len(fonts) == 7
    for name in fonts:
        assert f"`{name}`" in readme, name
        assert font(name)[:4] == b"\x00\x01\x00\x00", name  # TrueType outlines
    for licence in (
        "LICENSE-DejaVu.txt",
        "LICENSE-OFL-1.1-Noto.txt",
        "LICENSE-Apache-2.0-DroidSansFallback.txt",
    ):
        assert f"`{licence}`" in readme
        assert (folder / licence).stat().st_size > 1000


def test_the_pdf_fonts_are_the_bundled_ones() -> None:
    from hrjournal.export.fonts import BOLD, REGULAR

    for family in (REGULAR, BOLD):
        for pdf_font in family.fallback_order:
            assert pdf_font.file in font_names()


def test_fonts_read_ahead_are_the_same_fonts() -> None:
    """The app reads the fonts on a second thread while Qt loads; each is handed over once and
    read again from its file when asked for a second time."""
    from hrjournal import resources

    expected = {name: font(name) for name in font_names()}
    resources.preload_fonts()
    assert {name: font(name) for name in font_names()} == expected
    assert {name: font(name) for name in font_names()} == expected
