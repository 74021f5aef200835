"""Charts for the incident summary: incidents per month, per type, and along a timeline.

The shapes (bars, axes, gridlines, marks) are reportlab graphics, but every word and number on
them is drawn by the text engine in layout.py: reportlab's own string drawing can neither shape
Arabic or Burmese nor order right-to-left text. Each chart lays itself out from the width it is
given, so however many months or incidents a journal holds, bars stay wide enough to see and
axis labels are thinned out rather than drawn over each other.

In a right-to-left document the titles align right and the chart by type puts its labels on
the right, its bars growing leftwards; time axes run left to right in every language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from hrjournal.export.fonts import REGULAR
from hrjournal.export.layout import TextStyle, draw_text_line, text_width

BAR = Color(0.20, 0.35, 0.55)
GRID = Color(0.85, 0.85, 0.85)
AXIS = Color(0.35, 0.35, 0.35)
TITLE = TextStyle(size=10, bold=True)
TEXT = TextStyle(size=8)
TICK = TextStyle(size=7)
TICK_CENTRED = TextStyle(size=7, align="centre")
TICK_END = TextStyle(size=7, align="end")
TITLE_HEIGHT = 18.0
EMPTY_HEIGHT = 36.0  # a title and one line saying there is nothing to chart
MONTH, QUARTER, YEAR = "month", "quarter", "year"
MAX_MONTH_BARS = 36
MIN_BAR = 4.0  # points: narrower bars blur into each other on paper
BAR_SHARE = 0.75  # of each slot; the rest is the gap between neighbouring bars
MAX_SLOT = 30.0  # points: a few months do not make slabs as wide as the page
_PER_YEAR = {MONTH: 12, QUARTER: 4, YEAR: 1}
_MONTH_KEY = re.compile(r"(\d{4})-(\d{2})", re.ASCII)
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?", re.ASCII | re.DOTALL)


def _month_index(key: str) -> int | None:
    """Months since the start of year 0, or None if `key` is not "YYYY-MM"."""
    match = _MONTH_KEY.fullmatch(key.strip())
    if match is None or not 1 <= int(match[2]) <= 12:
        return None
    return int(match[1]) * 12 + int(match[2]) - 1


def fill_months(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month from the first to the last, with 0 where none was counted, so the axis
    is continuous. Keys that are not "YYYY-MM" are dropped; repeated keys are added up."""
    totals: Counter[int] = Counter()
    for key, count in counts:
        if (index := _month_index(key)) is not None:
            totals[index] += max(count, 0)
    if not totals:
        return []
    span = range(min(totals), max(totals) + 1)
    return [(f"{i // 12:04d}-{i % 12 + 1:02d}", totals.get(i, 0)) for i in span]


def bucket_months(
    months: list[tuple[str, int]], plot_width: float
) -> tuple[str, list[tuple[int, int]]]:
    """The unit of the bars (MONTH, QUARTER or YEAR) and (index, count) per bar, the index
    counted in that unit from year 0. Months while there are at most MAX_MONTH_BARS of them,
    else the finest grouping whose bars are still MIN_BAR wide; years at the coarsest."""
    indexed = [(i, n) for key, n in months if (i := _month_index(key)) is not None]
    for unit in (MONTH, QUARTER):
        buckets = _grouped(indexed, 12 // _PER_YEAR[unit])
        wide = plot_width * BAR_SHARE / max(len(buckets), 1) >= MIN_BAR
        if wide and (unit != MONTH or len(buckets) <= MAX_MONTH_BARS):
            return unit, buckets
    return YEAR, _grouped(indexed, 12)


def _grouped(indexed: list[tuple[int, int]], months_per_bar: int) -> list[tuple[int, int]]:
    totals: Counter[int] = Counter()
    for index, count in indexed:
        totals[index // months_per_bar] += count
    return sorted(totals.items())


def nice_ticks(highest: int) -> list[int]:
    """3 to 5 round values from 0 to at least `highest`: 0, 5, 10 rather than 0, 4, 8, 12."""
    highest = max(highest, 2)
    step = 1
    while -(-highest // step) > 4:  # ceiling division: the number of steps above 0
        step = step * 5 // 2 if str(step).startswith("2") else step * 2  # 1, 2, 5, 10, 20...
    return list(range(0, -(-highest // step) * step + 1, step))


def label_step(pitch: float, label_width: float, unit: str) -> int:
    """How many slots `pitch` wide lie between two labels, a round number (a month, a quarter,
    half a year, a year, 2, 5, 10 years...) that leaves room for labels `label_width` wide.
    Quarters are labelled by year only, so their step is whole years."""
    need = (label_width + 4) / max(pitch, 1e-6)
    if unit == MONTH:
        for step in (1, 2, 3, 6):
            if step >= need:
                return step
    years = 1
    while years * _PER_YEAR[unit] < need:
        years = years * 5 // 2 if str(years).startswith("2") else years * 2
    return years * _PER_YEAR[unit]


def _tick_label(index: int, unit: str, step: int) -> str:
    if unit == MONTH and step % 12:
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{index // _PER_YEAR[unit]:04d}"


def date_position(text: str) -> float | None:
    """A date ("YYYY", "YYYY-MM" or "YYYY-MM-DD", maybe with a time after "T") as a day number
    (days since 1 January of year 1), a month at mid-month and a year at mid-year; None when it
    is not a real date."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    try:
        if day_text:
            return dt.date(year, int(month_text), int(day_text)).toordinal() + 0.5
        if month_text:
            first = dt.date(year, int(month_text), 1)  # ValueError for month 0 or 13
            return first.toordinal() + calendar.monthrange(year, first.month)[1] / 2
        return dt.date(year, 1, 1).toordinal() + (366 if calendar.isleap(year) else 365) / 2
    except ValueError:  # month 13, day 0, 30 February, year 0
        return None


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is a bundled one (reportlab's default, Helvetica, would
    be named in the PDF for the reader's system to supply, though no text uses it)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR.general.name
    return drawing


class _Chart(Flowable):  # type: ignore[misc]
    """A title over a drawing; the width is what the caller asks for, or less if it must."""

    def __init__(self, title: str, width: float, empty_text: str, rtl: bool = False) -> None:
        super().__init__()
        self.title = title
        self.empty_text = empty_text
        self.rtl = rtl
        self.wanted_width = width
        self.width = width
        self.height = 0.0
        self.spaceAfter = 8.0  # charts placed one after another would otherwise touch

    def _height(self) -> float:
        raise NotImplementedError

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.wanted_width, available_width)
        self.height = self._height()
        return self.width, self.height

    def _style(self, style: TextStyle) -> TextStyle:
        """`style` for the chart's own words: aligned right in a right-to-left document."""
        return replace(style, align="right", rtl_default=True) if self.rtl else style

    def _draw_title(self, empty: bool) -> None:
        title, text = self._style(TITLE), self._style(TEXT)
        draw_text_line(self.canv, self.title, 0, self.height - 11, self.width, title)
        if empty:
            draw_text_line(self.canv, self.empty_text, 0, self.height - 28, self.width, text)


def _bar(x: float, y: float, width: float, height: float) -> Rect:
    return Rect(x, y, width, height, fillColor=BAR, strokeColor=None)


def _rule(x1: float, y1: float, x2: float, y2: float, colour: Color = AXIS) -> Line:
    return Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=0.6)


class MonthChart(_Chart):
    """Incidents per month as vertical bars, grouped by quarter or year over long spans."""

    def __init__(self, counts: list[tuple[str, int]], title: str, width: float,
                 height: float = 150, *, empty_text: str, rtl: bool = False) -> None:  # fmt: skip
        super().__init__(title, width, empty_text, rtl)
        self.months = fill_months(counts)
        self.chart_height = height

    def _height(self) -> float:
        return self.chart_height if self.months else EMPTY_HEIGHT

    def draw(self) -> None:
        self._draw_title(not self.months)
        if not self.months:
            return
        month_label, year_label = text_width("0000-00", TICK), text_width("0000", TICK)
        left, right = month_label / 2 + 1, self.width - month_label / 2 - 1
        unit, buckets = bucket_months(self.months, right - left)
        ticks = nice_ticks(max(count for _, count in buckets))
        # The y axis labels sit left of the bars, so the first bar starts after the widest.
        left = max(left, text_width(str(ticks[-1]), TICK) + 6)
        if unit != MONTH:  # labelled by year only, so the right margin can be narrower
            right = self.width - year_label / 2 - 1
        right = max(right, left + 1)
        bottom, top = 16.0, self.height - TITLE_HEIGHT - 6
        pitch = min((right - left) / len(buckets), MAX_SLOT)
        scale = (top - bottom) / ticks[-1]
        drawing = _drawing(self.width, self.height)
        for value in ticks:
            y = bottom + value * scale
            drawing.add(_rule(left, y, right, y, GRID if value else AXIS))
        for slot, (_, count) in enumerate(buckets):
            if count:
                x = left + (slot + (1 - BAR_SHARE) / 2) * pitch
                drawing.add(_bar(x, bottom, pitch * BAR_SHARE, count * scale))
        renderPDF.draw(drawing, self.canv, 0, 0)
        for value in ticks:
            y = bottom + value * scale - TICK.size * 0.35  # centred on its gridline
            draw_text_line(self.canv, str(value), 0, y, left - 4, TICK_END)
        step = label_step(pitch, month_label if unit == MONTH else year_label, unit)
        for slot, (index, _) in enumerate(buckets):
            if index % step == 0:
                # A box as wide as the step: neighbouring labels can never overlap.
                x = left + (slot + 0.5 - step / 2) * pitch
                label = _tick_label(index, unit, step)
                draw_text_line(self.canv, label, x, bottom - 10, step * pitch, TICK_CENTRED)


class TypeChart(_Chart):
    """Incidents per type as horizontal bars, the most frequent first."""

    ROW = 14.0
    MAX_ROWS = 20

    def __init__(self, counts: list[tuple[str, int]], title: str, width: float,
                 empty_text: str, *, other_label: str, rtl: bool = False) -> None:  # fmt: skip
        super().__init__(title, width, empty_text, rtl)
        rows = [(label, max(count, 0)) for label, count in counts]
        if len(rows) > self.MAX_ROWS:
            rest = sum(count for _, count in rows[self.MAX_ROWS - 1 :])
            rows = [*rows[: self.MAX_ROWS - 1], (other_label, rest)]
        self.rows = rows

    def _height(self) -> float:
        return TITLE_HEIGHT + max(len(self.rows), 1) * self.ROW + 4

    def draw(self) -> None:
        self._draw_title(not self.rows)
        if not self.rows:
            return
        most = max(count for _, count in self.rows)
        label_box = self.width * 0.4
        number_box = text_width(str(most), TEXT) + 4
        bar_left = label_box + 4
        room = max(self.width - bar_left - number_box - 3, 1.0)
        drawing = _drawing(self.width, self.height)
        for row, (_, count) in enumerate(self.rows):
            if count:
                length = room * count / most
                x = self.width - bar_left - length if self.rtl else bar_left
                drawing.add(_bar(x, self._middle(row) - 4.5, length, 9))
        renderPDF.draw(drawing, self.canv, 0, 0)
        label_style = self._style(TEXT)
        number_style = replace(TEXT, align="right") if self.rtl else TEXT
        for row, (label, count) in enumerate(self.rows):
            baseline = self._middle(row) - TEXT.size * 0.35
            number_left = bar_left + (room * count / most if most else 0) + 3
            label_left = 0.0
            if self.rtl:  # the same places, mirrored
                number_left = self.width - number_left - number_box
                label_left = self.width - label_box
            draw_text_line(self.canv, label, label_left, baseline, label_box, label_style)
            draw_text_line(self.canv, str(count), number_left, baseline, number_box, number_style)

    def _middle(self, row: int) -> float:
        return self.height - TITLE_HEIGHT - (row + 0.5) * self.ROW


class Timeline(_Chart):
    """One mark per incident along a time axis; marks on the same spot are stacked."""

    HEIGHT = 100.0
    COLUMN = 4.0  # points between two stacks; a mark is a square a point narrower
    CAP = 10  # marks in a stack, at most; a taller one gets its count written above
    AXIS_Y = 16.0
    STACK_TOP = AXIS_Y + 2 + CAP * COLUMN
    MONTHLY = 548  # days: under about 18 months, a tick per month rather than per year

    def __init__(
        self,
        points: list[tuple[str, str]],
        title: str,
        width: float,
        empty_text: str,
        *,
        rtl: bool = False,
    ) -> None:
        super().__init__(title, width, empty_text, rtl)
        self.points = points  # the labels are for a later legend
        self.days = sorted(d for start, _ in points if (d := date_position(start)) is not None)

    def _height(self) -> float:
        return self.HEIGHT if self.days else EMPTY_HEIGHT

    def draw(self) -> None:
        self._draw_title(not self.days)
        if not self.days:
            return
        first, last = self.days[0], self.days[-1]
        pad = max((last - first) * 0.03, (90 - (last - first)) / 2)  # at least 3 months shown
        low = max(first - pad, 1.0)
        high = min(last + pad, float(dt.date(9999, 12, 31).toordinal()))
        margin = text_width("0000-00" if high - low < self.MONTHLY else "0000", TICK) / 2 + 2
        left, right = margin, max(self.width - margin, margin + 1)
        per_day = (right - left) / (high - low)
        drawing = _drawing(self.width, self.height)
        drawing.add(_rule(left, self.AXIS_Y, right, self.AXIS_Y))
        ticks = self._ticks(low, high, left, per_day)
        for x, _, _ in ticks:
            drawing.add(_rule(x, self.AXIS_Y - 3, x, self.AXIS_Y))
            drawing.add(_rule(x, self.AXIS_Y, x, self.STACK_TOP, GRID))
        last_column = int((right - left) / self.COLUMN)
        columns = Counter(
            min(int((day - low) * per_day / self.COLUMN), last_column) for day in self.days
        )
        capped = []
        for column, count in sorted(columns.items()):
            x = left + (column + 0.5) * self.COLUMN
            for level in range(min(count, self.CAP)):
                drawing.add(_bar(x - 1.5, self.AXIS_Y + 2 + level * self.COLUMN, 3, 3))
            if count > self.CAP:  # a line over the stack says it goes on, even without its count
                drawing.add(_rule(x - 2, self.STACK_TOP, x + 2, self.STACK_TOP))
                capped.append((x, count))
        renderPDF.draw(drawing, self.canv, 0, 0)
        for x, label, box in ticks:
            draw_text_line(self.canv, label, x - box / 2, self.AXIS_Y - 10, box, TICK_CENTRED)
        self._draw_counts(capped)

    def _ticks(
        self, low: float, high: float, left: float, per_day: float
    ) -> list[tuple[float, str, float]]:
        """(x, label, width of the label's box) of each tick between day `low` and `high`."""
        start, end = dt.date.fromordinal(int(low)), dt.date.fromordinal(int(high))
        monthly = high - low < self.MONTHLY
        unit = MONTH if monthly else YEAR
        pitch = per_day * 365.25 / _PER_YEAR[unit]  # points per month or per year
        step = label_step(pitch, text_width("0000-00" if monthly else "0000", TICK), unit)
        if monthly:
            first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
        else:
            first, last = start.year, end.year
        ticks = []
        for index in range(first - first % step, last + 1, step):
            year, month = (index // 12, index % 12 + 1) if monthly else (index, 1)
            if year >= 1 and low <= (day := dt.date(year, month, 1).toordinal()) <= high:
                x = left + (day - low) * per_day
                ticks.append((x, _tick_label(index, unit, step), pitch * step))
        return ticks

    def _draw_counts(self, capped: list[tuple[float, int]]) -> None:
        """Write each capped stack's count above it, on the lower of two rows where it does not
        touch a count already written; a count with no room is left out."""
        row_ends = [float("-inf"), float("-inf")]
        for x, count in capped:
            width = text_width(str(count), TICK) + 2
            for row, row_end in enumerate(row_ends):
                if x - width / 2 >= row_end:
                    y = self.STACK_TOP + 3 + row * (TICK.size + 1)
                    draw_text_line(self.canv, str(count), x - width / 2, y, width, TICK_CENTRED)
                    row_ends[row] = x + width / 2
                    break
