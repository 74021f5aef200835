"""The printable quick reference: one A4 page with the shortcuts, what to do when the laptop
is about to be taken, and how to share a report safely, in the user's language.

The words live beside the offline help, in resources/help/<language>/quickref.json, so that
translators find every text of one language in one folder. They are drawn like any record's
text (layout.Text), so every script is shaped and ordered and nothing is read as markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from hrjournal.export import blocks
from hrjournal.export.layout import Text, TextStyle
from hrjournal.export.pages import BANNER_HEIGHT, CONTENT_WIDTH, MARGIN, PAGE_HEIGHT, ReportInfo
from hrjournal.resources import find

# The keys are the program's, the same in every language; each language says what they do.
SHORTCUTS = ("Ctrl+L", "Ctrl+Shift+Del", "F1", "Ctrl+N", "Ctrl+S", "Ctrl+F", "Esc")
KEY = TextStyle(size=9, bold=True)
# Digits as the language writes list numbers where they are not 0-9 (the Persian texts count
# in Persian digits; the Arabic ones, like the app's Arabic screens, in 0-9).
_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹"}


def _code(language: str) -> str:
    """The language part of a locale: fa of fa, fa_IR or fa-IR."""
    return language.replace("-", "_").split("_")[0].lower()


def quickref_texts(language: str) -> dict[str, Any]:
    """The quick reference's words in `language` ("fa", or a locale such as "fa_IR"), or in
    English if it has none."""
    code = _code(language)
    # Only a language code names a folder: nothing else may reach the file system.
    node = find(f"help/{code if re.fullmatch('[a-z]{2,3}', code) else 'en'}/quickref.json")
    if not node.is_file():
        node = find("help/en/quickref.json")
    texts: dict[str, Any] = json.loads(node.read_text(encoding="utf-8"))
    return texts


def _number(value: int, language: str) -> str:
    digits = _DIGITS.get(language)
    text = str(value) if digits is None else "".join(digits[int(d)] for d in str(value))
    return f"{text}."


def _two_columns(
    rows: Sequence[tuple[str, str]], first_width: float, first: TextStyle, rtl: bool
) -> list[Flowable]:
    """A narrow column (a key, a number, a bullet) beside its text; mirrored right to left.
    Keys are shaded, like keys on a keyboard."""
    widths = [first_width, CONTENT_WIDTH - first_width]
    cells = [[Text(left, first), Text(right, blocks.BODY)] for left, right in rows]
    if rtl:
        widths.reverse()
        cells = [list(reversed(row)) for row in cells]
    style: list[tuple[Any, ...]] = [
        *blocks.TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if first is KEY:
        narrow = 1 if rtl else 0
        style += [
            ("BACKGROUND", (narrow, 0), (narrow, -1), blocks.HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, blocks.RULE),
        ]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle(style))
    return [table]


def _heading(text: str) -> list[Flowable]:
    return [Spacer(1, 2.5 * mm), Text(text, blocks.HEADING, space_after=1.5 * mm)]


def quickref_story(language: str, info: ReportInfo) -> list[Flowable]:
    """The quick reference in `language` (English if it has none), shrunk if need be to fit
    one printable page. `info` is the document's (its page banner and footer)."""
    words = quickref_texts(language)
    language = _code(language)
    rtl = words.get("dir") == "rtl" or info.rtl
    numbered = TextStyle(size=blocks.BODY.size, bold=True, rtl_default=rtl)
    parts: list[Flowable] = [*blocks.title(words["title"], words["subtitle"])]
    parts += _heading(words["keys_heading"])
    keys, names = words["keys"], words.get("key_names", {})  # a key as that keyboard names it
    rows = [(names.get(key, key), keys[key]) for key in SHORTCUTS]
    parts += _two_columns(rows, 32 * mm, KEY, rtl)
    parts += _heading(words["seized_heading"])
    steps = [(_number(n, language), step) for n, step in enumerate(words["seized"], start=1)]
    parts += _two_columns(steps, 7 * mm, numbered, rtl)
    for heading, items in (("sharing_heading", "sharing"), ("remember_heading", "remember")):
        parts += _heading(words[heading])
        parts += _two_columns([("•", item) for item in words[items]], 5 * mm, numbered, rtl)
    height = PAGE_HEIGHT - 2 * MARGIN - BANNER_HEIGHT - 2 * mm
    return [KeepInFrame(CONTENT_WIDTH, height, parts, mode="shrink")]
