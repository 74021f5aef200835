"""The pieces documents are made of: titles, headings, label-and-value rows, tables, lists.

Everything that prints text goes through layout.Text, so user text is never parsed as markup
and every script is shaped and ordered (layout.py, safe_text.py).

Each piece takes `rtl`, true when the document's language reads right to left: then labels
sit right of their values, table columns run right to left, bullets hang on the right, and the
document's own words (titles, headings, labels) align right. User text keeps the direction of
its own first letter, so an English note in an Arabic report still reads left to right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from hrjournal.export.fonts import REGULAR
from hrjournal.export.layout import Text, TextStyle
from hrjournal.export.pages import CONTENT_WIDTH, MUTED

BODY = TextStyle(size=9.5)
SMALL = TextStyle(size=8)
LABEL = TextStyle(size=8.5, bold=True, colour=MUTED)
TITLE = TextStyle(size=17, bold=True)
SUBTITLE = TextStyle(size=10, colour=MUTED)
HEADING = TextStyle(size=12.5, bold=True, colour=(0.13, 0.25, 0.42))
SUBHEADING = TextStyle(size=10.5, bold=True)
RULE = (0.82, 0.82, 0.82)
HEADER_FILL = (0.92, 0.94, 0.97)

Row = tuple[str, str]
# reportlab's Table names its default font (Helvetica, which the reader's system would have to
# supply) even when every cell is a flowable; name the bundled one instead.
TABLE_FONT = [("FONTNAME", (0, 0), (-1, -1), REGULAR.general.name)]


def directed(style: TextStyle, rtl: bool, *, own_words: bool = False) -> TextStyle:
    """`style` in a right-to-left document: a paragraph with no letter of its own (a date, a
    number) reads right to left, and the document's `own_words` align right."""
    if not rtl:
        return style
    return replace(style, rtl_default=True, align="right" if own_words else style.align)


def title(text: str, subtitle: str = "", *, rtl: bool = False) -> list[Flowable]:
    parts: list[Flowable] = [Text(text, directed(TITLE, rtl, own_words=True), space_after=2)]
    if subtitle:
        parts.append(Text(subtitle, directed(SUBTITLE, rtl, own_words=True)))
    parts.append(Spacer(1, 4 * mm))
    return parts


def heading(text: str, *, rtl: bool = False) -> list[Flowable]:
    """A section heading that never ends a page alone."""
    style = directed(HEADING, rtl, own_words=True)
    return [CondPageBreak(30 * mm), Spacer(1, 3 * mm), Text(text, style, space_after=2 * mm)]


def subheading(text: str, *, rtl: bool = False) -> Flowable:
    return Text(text, directed(SUBHEADING, rtl, own_words=True), space_after=1 * mm)


def paragraph(text: str, style: TextStyle = BODY, *, rtl: bool = False) -> Flowable:
    return Text(text, directed(style, rtl), space_after=2 * mm)


def fields(
    rows: Sequence[Row], width: float = CONTENT_WIDTH, *, rtl: bool = False
) -> list[Flowable]:
    """Label and value, one row each; rows with nothing to say are left out."""
    shown = [(label, value) for label, value in rows if value and value.strip()]
    if not shown:
        return []
    label_width = min(45 * mm, width * 0.3)
    label_style, value_style = directed(LABEL, rtl, own_words=True), directed(BODY, rtl)
    cells = [[Text(label, label_style), Text(value, value_style)] for label, value in shown]
    widths = [label_width, width - label_width]
    # The gap between label and value is the label's padding on the value's side.
    padding = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm)]
    if rtl:
        cells = [row[::-1] for row in cells]
        widths.reverse()
        padding = [
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), 3 * mm),
        ]
    table = Table(cells, colWidths=widths, splitByRow=True, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                *TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *padding,
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    return [table, Spacer(1, 2 * mm)]


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    style: TextStyle = SMALL,
    *,
    rtl: bool = False,
) -> list[Flowable]:
    """A table with a header row repeated on every page it spans; its first column is the
    rightmost one in a right-to-left document."""
    if not rows:
        return []
    header_style = directed(TextStyle(size=style.size, bold=True), rtl, own_words=True)
    cell_style = directed(style, rtl)
    data = [[Text(cell, header_style) for cell in header]]
    data += [[Text(cell, cell_style) for cell in row] for row in rows]
    column_widths = list(widths)
    if rtl:
        data = [row[::-1] for row in data]
        column_widths.reverse()
    table = Table(data, colWidths=column_widths, repeatRows=1, splitByRow=True, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                *TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    return [table, Spacer(1, 3 * mm)]


def bullets(items: Sequence[str], style: TextStyle = BODY, *, rtl: bool = False) -> list[Flowable]:
    """A list, one item per line; each item may wrap. The bullets hang on the right in a
    right-to-left document."""
    marker_width = 5 * mm
    style = directed(style, rtl)
    data = [[Text("•", style), Text(item, style)] for item in items if item.strip()]
    if not data:
        return []
    widths = [marker_width, CONTENT_WIDTH - marker_width]
    if rtl:
        data = [row[::-1] for row in data]
        widths.reverse()
    table = Table(data, colWidths=widths, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                *TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return [table, Spacer(1, 2 * mm)]


def together(parts: list[Flowable]) -> list[Flowable]:
    return [KeepTogether(parts)] if parts else []
