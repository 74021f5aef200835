"""The printable quick reference: one A4 page in each language of the help, with real text in
that language, and Arabic drawn (not left blank) by the bundled fonts."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from hrjournal.export.pages import ReportInfo, build_pdf
from hrjournal.export.profiles import Profile
from hrjournal.export.quickref import SHORTCUTS, quickref_story, quickref_texts
from tests.support.pdf import all_text, link_annotations

PDFTOPPM = shutil.which("pdftoppm")

# A word of each language that the page must carry, as pypdf extracts it.
WORDS = {
    "en": "passphrase",
    "es": "contraseña",
    "fr": "déverrouiller",
    "ru": "Заблокированный",
    "ar": "عبارة",
    "fa": "عبارت",
}


def _pdf(language: str) -> bytes:
    info = ReportInfo.now("Quick reference", Profile.SHARE)
    return build_pdf(quickref_story(language, info), info)


@pytest.mark.parametrize("language", list(WORDS))
def test_one_page_in_the_language_asked_for(language: str) -> None:
    content = _pdf(language)
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 1
    text = all_text(content)
    # Shaped Arabic letters come back as presentation forms: compare their plain letters.
    text = unicodedata.normalize("NFKC", text)
    assert WORDS[language] in text, text[:400]
    for key in SHORTCUTS:
        shown = quickref_texts(language).get("key_names", {}).get(key, key)
        assert shown in text, (language, key)
    assert "hrjournal panic --now" in text
    assert link_annotations(content) == 0


def test_an_unknown_language_gets_the_english_page() -> None:
    assert quickref_texts("de") == quickref_texts("en")
    assert quickref_texts("../en") == quickref_texts("en")
    assert quickref_texts("fa_IR") == quickref_texts("fa") != quickref_texts("en")
    assert "passphrase" in all_text(_pdf("de"))


def test_a_longer_translation_still_fits_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    import hrjournal.export.quickref as quickref

    texts = quickref_texts("en")
    longer = {**texts, "seized": [item * 4 for item in texts["seized"]]}
    monkeypatch.setattr(quickref, "quickref_texts", lambda _language: longer)
    assert len(PdfReader(io.BytesIO(_pdf("en"))).pages) == 1


@pytest.mark.skipif(PDFTOPPM is None, reason="needs poppler-utils")
def test_the_arabic_page_is_drawn_right_to_left(tmp_path: Path) -> None:
    pdf = tmp_path / "quickref-ar.pdf"
    pdf.write_bytes(_pdf("ar"))
    subprocess.run(
        [PDFTOPPM, "-r", "72", "-png", "-singlefile", str(pdf), str(tmp_path / "ar")], check=True
    )
    image = Image.open(tmp_path / "ar.png").convert("L")
    # The text sits under the banner (top 60 px at 72 dpi) and above the footer.
    top, bottom, middle = 70, image.height - 80, image.width // 2
    left = _ink(image, (40, top, middle, bottom))
    right = _ink(image, (middle, top, image.width - 40, bottom))
    assert left + right > 5000, "the Arabic page is blank"
    # Right-to-left paragraphs end against the right margin: more ink on the right.
    assert right > left * 1.3


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return sum(1 for value in image.crop(box).get_flattened_data() if value < 128)


@pytest.mark.parametrize("language", ["en", "es", "fr", "ar", "ru", "fa"])
def test_it_fits_the_page_without_shrinking_much(language: str) -> None:
    """KeepInFrame always makes one page, so count the content's own height instead: a
    reference shrunk to unreadable type would pass a page count."""
    from reportlab.platypus import KeepInFrame

    from hrjournal.export.pages import CONTENT_WIDTH
    from hrjournal.export.profiles import Profile

    info = ReportInfo.now("Quick reference", Profile.FULL)
    (frame,) = [f for f in quickref_story(language, info) if isinstance(f, KeepInFrame)]
    height = sum(f.wrap(CONTENT_WIDTH, 10_000)[1] for f in frame._content)
    assert height <= frame.maxHeight / 0.85, (language, height, frame.maxHeight)
