"""The pieces documents are made of: titles, headings, label-and-value rows, tables, lists.

Everything that prints text goes through layout.Text, so user text is never parsed as markup
and every script is shaped and ordered (layout.py, safe_text.py).
"""

from __future__ import annotations

from collections.abc import Sequence

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


def title(text: str, subtitle: str = "") -> list[Flowable]:
    parts: list[Flowable] = [Text(text, TITLE, space_after=2)]
    if subtitle:
        parts.append(Text(subtitle, SUBTITLE))
    parts.append(Spacer(1, 4 * mm))
    return parts


def heading(text: str) -> list[Flowable]:
    """A section heading that never ends a page alone."""
    return [CondPageBreak(30 * mm), Spacer(1, 3 * mm), Text(text, HEADING, space_after=2 * mm)]


def subheading(text: str) -> Flowable:
    return Text(text, SUBHEADING, space_after=1 * mm)


def paragraph(text: str, style: TextStyle = BODY) -> Flowable:
    return Text(text, style, space_after=2 * mm)


def fields(rows: Sequence[Row], width: float = CONTENT_WIDTH) -> list[Flowable]:
    """Label and value, one row each; rows with nothing to say are left out."""
    shown = [(label, value) for label, value in rows if value and value.strip()]
    if not shown:
        return []
    label_width = min(45 * mm, width * 0.3)
    table = Table(
        [[Text(label, LABEL), Text(value, BODY)] for label, value in shown],
        colWidths=[label_width, width - label_width],
        splitByRow=True,
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                *TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
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
) -> list[Flowable]:
    """A table with a header row repeated on every page it spans."""
    if not rows:
        return []
    header_style = TextStyle(size=style.size, bold=True)
    data = [[Text(cell, header_style) for cell in header]]
    data += [[Text(cell, style) for cell in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, splitByRow=True, splitInRow=1)
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


def bullets(items: Sequence[str], style: TextStyle = BODY) -> list[Flowable]:
    """A list, one item per line; each item may wrap."""
    marker_width = 5 * mm
    data = [[Text("•", style), Text(item, style)] for item in items if item.strip()]
    if not data:
        return []
    table = Table(data, colWidths=[marker_width, CONTENT_WIDTH - marker_width], splitInRow=1)
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
