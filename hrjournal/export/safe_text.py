"""User text made safe to print: what was typed is what the reader sees, and nothing else.

User text never reaches reportlab's Paragraph, whose mini-language would let a note holding
`<font size=80>` or `<img src=...>` restyle the page or embed a local file: documents draw
text with our own line layout (layout.py), which passes characters to the PDF text operators
and interprets none of them. What remains dangerous is invisible characters, and this module
makes them visible or removes them:

- control characters print as their code, [U+001B] and the like, so a record that held one
  says so instead of silently changing;
- so do the bidirectional embedding, override and isolate characters ([U+202E]): in a
  printed statement they could reverse the order of words a reader sees;
- characters no bundled font can draw (emoji, rare scripts) print as [U+1F600], so no
  character of a record is dropped without a trace;
- invisible formatting with no meaning on paper (soft hyphens, byte-order marks, variation
  selectors, direction marks) is removed; the joiners that Persian and emoji need are kept.
"""

from __future__ import annotations

import re
import unicodedata

from hrjournal.export.fonts import is_drawable

_PLAIN = re.compile(r"[\x20-\x7e\n]*")
_NEWLINES = re.compile(r"\r\n|[\r\x85\u2028\u2029\v\f]")
_REMOVED = frozenset(
    [
        *(0x00AD, 0x034F, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF),
        *range(0x2061, 0x2065),  # invisible maths operators
        *range(0xFE00, 0xFE10),  # variation selectors
        *range(0xE0000, 0xE0080),  # tags
        *range(0xE0100, 0xE01F0),  # variation selectors supplement
    ]
)
_BIDI_CONTROLS = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_JOINERS = frozenset([0x200C, 0x200D])
TAB = "    "


def code_point(code: int) -> str:
    return f"[U+{code:04X}]"


def _printable_char(char: str) -> str:  # noqa: PLR0911 - one answer per kind of character
    code = ord(char)
    if code < 0x20 or code == 0x7F:
        return TAB if char == "\t" else code_point(code)
    if code in _REMOVED:
        return ""
    if code in _JOINERS:
        return char if is_drawable(code) else ""
    if code in _BIDI_CONTROLS:
        return code_point(code)
    category = unicodedata.category(char)
    if category == "Cs" or (0xFDD0 <= code <= 0xFDEF) or (code & 0xFFFE) == 0xFFFE:
        return "\ufffd"  # a lone surrogate or a noncharacter: not text at all
    if category in ("Cc", "Cf", "Co", "Cn") or not is_drawable(code):
        return code_point(code)
    return char


def printable(text: str) -> str:
    """`text` as it should appear on paper: lines separated by '\\n' only, and only characters
    the bundled fonts draw."""
    if _PLAIN.fullmatch(text):
        return text
    text = _NEWLINES.sub("\n", text)
    # Each distinct character is judged once: a long narrative has a few hundred of them.
    changes = {}
    for char in set(text):
        if char != "\n":
            shown = _printable_char(char)
            if shown != char:
                changes[ord(char)] = shown
    return text.translate(changes) if changes else text


def one_line(text: str) -> str:
    """`text` printable, on a single line (for titles, table cells and page headers)."""
    return " ".join(printable(text).split("\n"))
