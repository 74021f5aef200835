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

from hrjournal.services import catalog as catalog_service
from hrjournal.services.reports import ReportKind
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.plan_editor import PlanEditor
from hrjournal.ui.report_dialog import ReportDialog, ReportSubject
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import available_languages, current_language, install_language

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


def test_in_arabic_the_window_and_its_unlock_screen_are_right_to_left(
    qtbot: QtBot, journal_dir: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if "ar" not in dict(available_languages()):
        pytest.skip("the translations are not compiled (./dev compiles them)")
    try:
        assert install_language(app, "ar") == "ar"
        assert current_language() == "ar"  # what documents and new plans are written in
        window = MainWindow(journal_dir, language="ar")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.pages.currentWidget() is window.unlock_view
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.unlock_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        image = window.unlock_view.grab().toImage()
        assert image.width() > 100
        assert image.height() > 100
        samples = [
            image.pixel(x, y)
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        ]
        background = max(set(samples), key=samples.count)
        drawn = sum(1 for pixel in samples if pixel != background)
        assert drawn > len(samples) * 0.005, "the unlock screen is drawn blank"
    finally:
        install_language(app, "en")
    assert current_language() == "en"


def test_reports_and_new_plans_are_in_the_language_of_the_screens(
    qtbot: QtBot, example_session: JournalSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if "es" not in dict(available_languages()):
        pytest.skip("the translations are not compiled (./dev compiles them)")
    asked: list[str] = []

    def marked(language: str) -> object:
        asked.append(language)
        return lambda text: f"«{text}»"

    monkeypatch.setattr(catalog_service, "translator", marked)
    try:
        assert install_language(app, "es") == "es"
        dialog = ReportDialog(example_session, ReportSubject(ReportKind.CONTACTS))
        assert dialog.request().language == "es"
        dialog.deleteLater()
        editor = PlanEditor(example_session)
        qtbot.addWidget(editor)
        editor.new_from_template("travel")
        assert asked == ["es"]
        assert editor.title.text().startswith("«")
    finally:
        install_language(app, "en")


def test_times_are_written_the_way_the_language_writes_them() -> None:
    from PySide6.QtCore import QLocale

    from hrjournal.ui.local_time import local_time

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("ar_EG"))
        arabic = local_time("2025-03-05T14:30:07Z")
        QLocale.setDefault(QLocale("en_US"))
        english = local_time("2025-03-05T14:30:07Z")
    finally:
        QLocale.setDefault(before)
    assert any("\u0660" <= c <= "\u0669" for c in arabic)  # Arabic-Indic digits
    assert english.endswith(":07")
    assert arabic != english


def test_the_app_offers_qt_the_bundled_fonts_for_every_script() -> None:
    """A borrowed laptop may lack them: Burmese or Chinese titles would show as boxes."""
    from PySide6.QtGui import QFontDatabase

    from hrjournal.ui.app import add_bundled_fonts

    add_bundled_fonts()
    families = set(QFontDatabase.families())
    assert {"Noto Sans Arabic", "Noto Sans Myanmar", "Droid Sans Fallback"} <= families
