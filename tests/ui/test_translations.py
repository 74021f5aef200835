"""Every screen text is translated in every shipped language, and the translations keep what
the program fills in."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrjournal.ui.translation import available_languages, install_language

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SOURCES = sorted(FOLDER.glob("hrjournal_*.ts"))
PLACEHOLDERS = re.compile(r"%L?[0-9n]|<[^>]+>")


def _messages(path: Path) -> list[tuple[str, str, list[str]]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            if translation.get("type") == "unfinished":
                forms = []
            found.append((name, message.findtext("source") or "", forms))
    return found


def test_five_languages_ship() -> None:
    assert {p.stem.removeprefix("hrjournal_") for p in SOURCES} == {"ar", "es", "fa", "fr", "ru"}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_every_message_is_translated_and_keeps_its_placeholders(source: Path) -> None:
    problems = []
    for context, text, forms in _messages(source):
        if not forms or not all(f.strip() for f in forms):
            problems.append(f"{context}: {text!r} is not translated")
            continue
        wanted = sorted(PLACEHOLDERS.findall(text))
        for form in forms:
            if sorted(PLACEHOLDERS.findall(form)) != wanted:
                problems.append(f"{context}: {text!r} -> {form!r} changes {wanted}")
    assert problems == []


def test_the_translations_hold_every_text_the_code_shows(tmp_path: Path) -> None:
    """Run the extraction on today's code: a text added without a translation fails here."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    for source in SOURCES:
        shutil.copy(source, tmp_path / source.name)
    script = ROOT / "installers" / "translations.py"
    subprocess.run(
        [sys.executable, str(script), "update", "--into", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    untranslated = {
        copy.name: [text for _, text, forms in _messages(copy) if not forms]
        for copy in sorted(tmp_path.glob("*.ts"))
    }
    assert untranslated == {source.name: [] for source in SOURCES}


def test_arabic_turns_the_whole_application_right_to_left(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if "ar" not in dict(available_languages()):
        pytest.skip("the translations are not compiled (./dev compiles them)")
    try:
        assert install_language(app, "ar") == "ar"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("JournalView", "Incidents") != "Incidents"
        assert install_language(app, "es") == "es"
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        install_language(app, "en")
    assert QCoreApplication.translate("JournalView", "Incidents") == "Incidents"
