"""Lines of text in any script, broken and ordered the way a reader of that script expects.

reportlab can shape Arabic and Burmese (HarfBuzz joins the letters and orders the glyphs of a
right-to-left run) but cannot order a paragraph that mixes directions, and reordering a whole
paragraph before breaking it puts its wrapped lines in the wrong order. So:

1. each paragraph gets its bidirectional embedding levels (Unicode's algorithm, UAX #9) and a
   font per character (fonts.py);
2. it is broken into lines in logical order, measuring each word in the font that draws it;
3. each line is cut into runs of one font and one level, and the runs are put in visual
   order (rule L2); a right-to-left run is reversed by HarfBuzz when its font is shaped, and
   here (with its brackets mirrored) when it is not.

A paragraph's direction comes from its first strong letter, so an Arabic note in an English
document reads right to left, aligned right, and an English name inside it stays whole.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from bidi import algorithm as uax9
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from hrjournal.export.fonts import BOLD, REGULAR, FontFamily, PdfFont, fonts_for
from hrjournal.export.safe_text import printable

_RTL_CHARS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
ELLIPSIS = "…"


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.5
    bold: bool = False
    colour: tuple[float, float, float] = (0.0, 0.0, 0.0)
    leading_ratio: float = 1.35
    # None: each paragraph aligned to its own direction's start; "end": to its end. "centre"
    # for banners; "left" or "right" whatever the paragraph's direction (a right-to-left
    # document's own words align right, even a word left in English).
    align: str | None = None
    rtl_default: bool = False  # the direction of a paragraph with no letters in it

    @property
    def leading(self) -> float:
        return self.size * self.leading_ratio

    @property
    def family(self) -> FontFamily:
        return BOLD if self.bold else REGULAR


@dataclass(frozen=True)
class Run:
    """Text in one font, ready to draw left to right."""

    text: str  # a ShapedStr when HarfBuzz shaped it
    font: str
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    rtl: bool  # the direction of its paragraph, which decides the alignment


def _measure(text: str, font: PdfFont, size: float) -> tuple[str, float]:
    """The text to draw (shaped where the font needs it) and its width."""
    if len(text) <= 64:  # words and short runs repeat; a long run would only fill the cache
        return _measure_cached(text, font, size)
    return _measure_uncached(text, font, size)


def _measure_uncached(text: str, font: PdfFont, size: float) -> tuple[str, float]:
    if font.shaped:
        shaped = shapeStr(text, font.name, size)
        if isinstance(shaped, ShapedStr):
            width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
            return shaped, width
    return text, stringWidth(text, font.name, size)


_measure_cached = functools.lru_cache(maxsize=65536)(_measure_uncached)


def forget_measurements() -> None:
    """Empty the measuring cache, which holds words of the records printed."""
    _measure_cached.cache_clear()


def _levels(text: str, rtl_default: bool) -> tuple[list[int], bool]:
    """The embedding level of each character, and whether the paragraph is right to left."""
    if not _RTL_CHARS.search(text) and (
        not rtl_default or any(unicodedata.bidirectional(c) == "L" for c in text)
    ):
        return [0] * len(text), False
    storage = uax9.get_empty_storage()
    base = uax9.get_base_level(text) if _has_strong(text) else int(rtl_default)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uax9.get_embedding_levels(text, storage, debug=False)
    chars = list(storage["chars"])  # the algorithm drops some (rule X9); these keep a level
    uax9.explicit_embed_and_overrides(storage, debug=False)
    uax9.resolve_weak_types(storage, debug=False)
    uax9.resolve_neutral_types(storage, debug=False)
    uax9.resolve_implicit_levels(storage, debug=False)
    levels = []
    level = base
    for char in chars:
        if char["type"] not in uax9.X9_REMOVED:
            level = char["level"]
        levels.append(level)
    return levels, bool(base % 2)


def _has_strong(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("L", "R", "AL") for c in text)


@dataclass
class _Piece:
    """Characters of one word in one font at one level, in logical order."""

    text: str
    font: PdfFont
    level: int
    width: float = 0.0
    space: bool = False


@dataclass
class _Word:
    pieces: list[_Piece] = field(default_factory=list)

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)

    @property
    def ink_width(self) -> float:
        """Width without trailing spaces, which may hang past the end of a line."""
        end = len(self.pieces)
        while end and self.pieces[end - 1].space:
            end -= 1
        return sum(p.width for p in self.pieces[:end])


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or (0x20000 <= code <= 0x3134F)
    )


def _words(text: str, fonts: list[PdfFont], levels: list[int], size: float) -> list[_Word]:
    """Split a paragraph where a line may break: after spaces, and around each Chinese,
    Japanese or Korean character (those scripts break between any two)."""
    words: list[_Word] = []
    word = _Word()
    start = 0

    def close_piece(end: int) -> None:
        nonlocal start
        if end > start:
            chunk = text[start:end]
            piece = _Piece(chunk, fonts[start], levels[start], space=chunk.isspace())
            piece.width = _measure(chunk, piece.font, size)[1]
            word.pieces.append(piece)
        start = end

    for index, char in enumerate(text):
        if index > start:
            previous = text[index - 1]
            breaks = (previous == " " and char != " ") or (
                (_is_cjk(char) or _is_cjk(previous)) and unicodedata.category(char)[0] != "P"
            )
            if breaks:
                close_piece(index)
                words.append(word)
                word = _Word()
            elif (
                fonts[index] is not fonts[index - 1]
                or levels[index] != levels[index - 1]
                or (char == " ") != (previous == " ")
            ):
                close_piece(index)
    close_piece(len(text))
    if word.pieces:
        words.append(word)
    return words


def _cluster_starts(text: str) -> list[int]:
    """Where a too-long word may be cut: never before a combining mark or a joiner."""
    return [
        i
        for i, c in enumerate(text)
        if i > 0
        and unicodedata.category(c) not in ("Mn", "Mc", "Me")
        and c not in "\u200c\u200d"
        and text[i - 1] not in "\u200c\u200d"
    ]


def _split_long_word(word: _Word, width: float, size: float) -> list[_Word]:
    """Cut a word wider than the line (a long link, a number, a field with no spaces). Works
    through a window at a time, so a megabyte without a space costs time in proportion to its
    length, not its square."""
    parts: list[_Word] = []
    current = _Word()
    used = 0.0
    longest = _most_characters(width, size)
    for piece in word.pieces:
        if piece.space or used + piece.width <= width:
            current.pieces.append(piece)
            used += piece.width
            continue
        text, start = piece.text, 0
        while start < len(text):
            window = text[start : start + longest + 8]
            rest_fits = start + len(window) >= len(text)
            if rest_fits and used + _measure(window, piece.font, size)[1] <= width:
                cut = len(window)
            else:
                cut = _fit(window, piece.font, width - used, size)
                if cut == 0 and not current.pieces:  # not even one character fits: take one
                    cut = next(iter(_cluster_starts(window)), len(window))
            if cut > 0:
                head = _Piece(window[:cut], piece.font, piece.level)
                head.width = _measure(head.text, head.font, size)[1]
                current.pieces.append(head)
                used += head.width
                start += cut
            if start < len(text):
                parts.append(current)
                current, used = _Word(), 0.0
    if current.pieces:
        parts.append(current)
    return parts


def _most_characters(width: float, size: float) -> int:
    """More characters than a line of `width` can hold (no glyph is narrower than a fifth of
    the font size)."""
    return int(width / (size * 0.2)) + 1


def _fit(window: str, font: PdfFont, room: float, size: float) -> int:
    """The longest start of `window` (cut at a cluster boundary) whose width fits in `room`."""
    starts = [*_cluster_starts(window), len(window)]
    low, high, best = 0, len(starts) - 1, 0
    while low <= high:
        middle = (low + high) // 2
        if _measure(window[: starts[middle]], font, size)[1] <= room:
            best = starts[middle]
            low = middle + 1
        else:
            high = middle - 1
    return best


def _mirrored(text: str) -> str:
    return "".join(uax9.MIRRORED.get(c, c) for c in reversed(text))


def _visual_runs(pieces: list[_Piece], size: float) -> tuple[list[Run], float]:
    """The runs of one line in the order they are drawn, left to right."""
    merged: list[_Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if last is not None and last.font is piece.font and last.level == piece.level:
            last.text += piece.text
        else:
            merged.append(_Piece(piece.text, piece.font, piece.level))
    # Rule L2: from the highest level down to the lowest odd one, reverse every sequence of
    # runs at that level or above.
    order = list(range(len(merged)))
    if merged:
        highest = max(p.level for p in merged)
        lowest_odd = min((p.level for p in merged if p.level % 2), default=highest + 1)
        for level in range(highest, lowest_odd - 1, -1):
            index = 0
            while index < len(order):
                if merged[order[index]].level >= level:
                    end = index
                    while end < len(order) and merged[order[end]].level >= level:
                        end += 1
                    order[index:end] = reversed(order[index:end])
                    index = end
                else:
                    index += 1
    runs = []
    total = 0.0
    for index in order:
        piece = merged[index]
        # HarfBuzz draws a run of a right-to-left script (Arabic letters, and Arabic-Indic
        # digits too) right to left, reversing it; every other run is reversed here when it
        # must read right to left, with its brackets mirrored.
        reversed_by_shaper = piece.font.shaped and bool(_RTL_CHARS.search(piece.text))
        text = piece.text
        if bool(piece.level % 2) != reversed_by_shaper:
            text = _mirrored(text)
        drawn, width = _measure(text, piece.font, size)
        runs.append(Run(drawn, piece.font.name, width))
        total += width
    return runs, total


def _paragraph_lines(paragraph: str, style: TextStyle, width: float) -> list[Line]:
    if not paragraph:
        return [Line((), 0.0, style.rtl_default)]
    levels, rtl = _levels(paragraph, style.rtl_default)
    fonts = fonts_for(paragraph, style.family)
    words: list[_Word] = []
    for word in _words(paragraph, fonts, levels, style.size):
        words.extend(
            _split_long_word(word, width, style.size) if word.ink_width > width else [word]
        )
    lines: list[Line] = []
    current: list[_Piece] = []
    used = 0.0
    for word in words:
        if current and used + word.ink_width > width:
            lines.append(_line(current, style, rtl))
            current, used = [], 0.0
        current.extend(word.pieces)
        used += word.width
    if current:
        lines.append(_line(current, style, rtl))
    return lines


def _line(pieces: list[_Piece], style: TextStyle, rtl: bool) -> Line:
    while pieces and pieces[-1].space:  # rule L1: spaces at the end of a line are not drawn
        pieces = pieces[:-1]
    runs, width = _visual_runs(pieces, style.size)
    return Line(tuple(runs), width, rtl)


def layout(text: str, style: TextStyle, width: float) -> list[Line]:
    """`text` (user text or a label) as lines at most `width` points wide."""
    lines: list[Line] = []
    for paragraph in printable(text).split("\n"):
        lines.extend(_paragraph_lines(paragraph, style, max(width, style.size * 2)))
    return lines


def draw_line(  # noqa: PLR0917 - a box is x, baseline and width
    canvas: Canvas, line: Line, x: float, baseline: float, width: float, style: TextStyle
) -> None:
    """Draw `line` in the box that starts at `x` and is `width` wide."""
    if style.align == "centre":
        left = x + (width - line.width) / 2
    elif style.align == "left":
        left = x
    elif style.align == "right":
        left = x + width - line.width
    elif style.align == "end":
        left = x + (width - line.width if not line.rtl else 0)
    else:
        left = x + (width - line.width if line.rtl else 0)
    canvas.setFillColorRGB(*style.colour)
    for run in line.runs:
        text = canvas.beginText(left, baseline)
        text.setFont(run.font, style.size)
        text.textOut(run.text)
        canvas.drawText(text)
        left += run.width


def draw_text_line(  # noqa: PLR0917 - a box is x, baseline and width
    canvas: Canvas, text: str, x: float, baseline: float, width: float, style: TextStyle
) -> None:
    """Draw `text` on one line in the box, cut with an ellipsis if it does not fit."""
    joined = " ".join(text.split("\n"))
    lines = layout(joined, style, width)
    if not lines:
        return
    line = lines[0]
    if len(lines) > 1:
        ellipsis = layout(ELLIPSIS, style, width)[0]
        if width > ellipsis.width:
            line = layout(joined, style, width - ellipsis.width)[0]
        # The ellipsis goes where the text would have gone on: left of right-to-left text.
        runs = (*ellipsis.runs, *line.runs) if line.rtl else (*line.runs, *ellipsis.runs)
        line = Line(runs, line.width + ellipsis.width, line.rtl)
    draw_line(canvas, line, x, baseline, width, style)


def text_width(text: str, style: TextStyle) -> float:
    """The width of `text` on one line."""
    return max((line.width for line in layout(text, style, 1e9)), default=0.0)


class Text(Flowable):  # type: ignore[misc]
    """A block of text laid out by `layout`, which breaks across pages between lines."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        lines: list[Line] | None = None,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.source = text
        self.style = style
        self.spaceAfter = space_after
        self._lines = lines
        self._laid_out_for: float | None = None
        self.width = 0.0
        self.height = 0.0

    def _layout_for(self, width: float) -> list[Line]:
        if self._lines is not None and self._laid_out_for is None:
            return self._lines
        if self._laid_out_for != width or self._lines is None:
            self._lines = layout(self.source, self.style, width)
            self._laid_out_for = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self._layout_for(available_width)
        self.width = available_width
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._layout_for(available_width)
        fits = int(available_height // self.style.leading)
        if fits <= 0 or fits >= len(lines):
            return []
        head = Text(self.source, self.style, lines=lines[:fits])
        tail = Text(self.source, self.style, lines=lines[fits:], space_after=self.spaceAfter)
        return [head, tail]

    def draw(self) -> None:
        lines = self._lines or []
        baseline = self.height - self.style.size * 1.05
        for line in lines:
            draw_line(self.canv, line, 0, baseline, self.width, self.style)
            baseline -= self.style.leading

    def lines(self) -> Iterator[Line]:
        yield from self._lines or []
