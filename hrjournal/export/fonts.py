"""The fonts every PDF embeds, and which of them draws each character.

reportlab draws a run of text in one font and has no fallback, so the choice is made here,
character by character: the font of the character's script first (Arabic, Myanmar, Chinese,
Japanese and Korean each have their own), then the others in order. Punctuation, digits,
spaces and combining marks stay in the font of the text around them where it has them, so an
Arabic or Burmese run reaches the shaper whole. Only the fonts in resources/fonts are used,
never the system's, so a document is the same on every computer.
"""

from __future__ import annotations

import functools
import io
import threading
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hrjournal.resources import font as font_data


@dataclass(frozen=True)
class PdfFont:
    name: str  # as registered with reportlab
    file: str  # in resources/fonts
    shaped: bool  # its scripts need HarfBuzz: letters join or reorder (Arabic, Myanmar)


@dataclass(frozen=True)
class FontFamily:
    """One font per script, regular or bold; `general` draws everything the others do not."""

    general: PdfFont
    arabic: PdfFont
    myanmar: PdfFont
    cjk: PdfFont

    @property
    def fallback_order(self) -> tuple[PdfFont, ...]:
        return (self.general, self.arabic, self.myanmar, self.cjk)


REGULAR = FontFamily(
    general=PdfFont("HRJ-Sans", "DejaVuSans.ttf", shaped=False),
    arabic=PdfFont("HRJ-Arabic", "NotoSansArabic-Regular.ttf", shaped=True),
    myanmar=PdfFont("HRJ-Myanmar", "NotoSansMyanmar-Regular.ttf", shaped=True),
    cjk=PdfFont("HRJ-CJK", "DroidSansFallbackFull.ttf", shaped=False),
)
BOLD = FontFamily(
    general=PdfFont("HRJ-Sans-Bold", "DejaVuSans-Bold.ttf", shaped=False),
    arabic=PdfFont("HRJ-Arabic-Bold", "NotoSansArabic-Bold.ttf", shaped=True),
    myanmar=PdfFont("HRJ-Myanmar-Bold", "NotoSansMyanmar-Bold.ttf", shaped=True),
    cjk=REGULAR.cjk,  # the bundled CJK font has no bold
)

_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_MYANMAR = ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))
_CJK = (
    (0x1100, 0x11FF),  # Hangul jamo
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x9FFF),  # CJK punctuation, kana, bopomofo, Hangul compatibility, ideographs
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),  # Hangul syllables
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3134F),
)

_lock = threading.Lock()


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def script_font(code: int, family: FontFamily) -> PdfFont:
    """The font of the script `code` belongs to (the general font if it has none of its own)."""
    if code < 0x0600:
        return family.general
    if _in(code, _ARABIC):
        return family.arabic
    if _in(code, _MYANMAR):
        return family.myanmar
    if _in(code, _CJK):
        return family.cjk
    return family.general


@functools.cache
def _coverage(font: PdfFont) -> frozenset[int]:
    """Register `font` with reportlab (once per process) and return the characters it has."""
    with _lock:
        try:
            registered = pdfmetrics.getFont(font.name)
        except KeyError:
            file = io.BytesIO(font_data(font.file))
            file.name = font.file  # reportlab names the embedded font file after it
            registered = TTFont(font.name, file, shapable=font.shaped)
            pdfmetrics.registerFont(registered)
    return frozenset(registered.face.charToGlyph)


def has_glyph(font: PdfFont, code: int) -> bool:
    return code in _coverage(font)


def load_fonts() -> None:
    """Register every bundled font now (about 0.2 s), rather than in the middle of a page."""
    for family in (REGULAR, BOLD):
        for font in family.fallback_order:
            _coverage(font)


def is_drawable(code: int) -> bool:
    """Whether some bundled font has a glyph for `code`."""
    return any(has_glyph(font, code) for font in REGULAR.fallback_order)


_FOLLOWS_NEIGHBOUR = frozenset({"Mn", "Mc", "Me", "Zs", "Po", "Ps", "Pe", "Pd", "Pi", "Pf", "Nd"})


@functools.lru_cache(maxsize=16384)
def _own_font(char: str, family: FontFamily) -> tuple[PdfFont, bool]:
    """The font for `char` on its own, and whether it rather follows its neighbour's font."""
    code = ord(char)
    preferred = script_font(code, family)
    if has_glyph(preferred, code):
        font = preferred
    else:
        font = next((f for f in family.fallback_order if has_glyph(f, code)), family.general)
    follows = unicodedata.category(char) in _FOLLOWS_NEIGHBOUR or char in "\u200c\u200d"
    return font, follows


def fonts_for(text: str, family: FontFamily) -> list[PdfFont]:
    """The font that draws each character of `text` (which holds only drawable characters,
    see `safe_text.printable`)."""
    chosen: list[PdfFont] = []
    previous: PdfFont | None = None
    for char in text:
        font, follows = _own_font(char, family)
        if follows and previous is not None and ord(char) in _coverage(previous):
            font = previous
        chosen.append(font)
        previous = font
    return chosen
