"""A recovery share card: one printable page for a trusted contact, with the words of one share
of the recovery secret, what to do with them, and how the journal's owner uses them.

The page is in the holder's language; the words of the share are English whatever that
language is (the SLIP-39 word list is English only), so they are printed large, numbered, in
the order they are typed, each word in its own box.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from hrjournal.export import blocks
from hrjournal.export.layout import Text, TextStyle, text_width
from hrjournal.export.pages import (
    BANNER_HEIGHT,
    CONTENT_WIDTH,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    ReportInfo,
    Translate,
)

# What the owner types to rebuild the recovery secret: a command, the same in every language.
JOIN_COMMAND = "hrjournal shares join"
# The words every share of one set begins with (the set's identifier and its threshold).
COMMON_WORDS = 3
GRID_COLUMNS = 4
WORD = TextStyle(size=16, bold=True)
NUMBER = TextStyle(size=9, colour=MUTED)
BLANK_NAME = "______________________________"
_PAD_LEFT, _PAD_RIGHT = 1.5 * mm, 1 * mm


def card_title(tr: Translate) -> str:
    """The kind of document, in the document's language (its footer and its PDF title)."""
    return tr("Recovery share card")


def _word_grid(words: list[str], rtl: bool) -> list[Flowable]:
    """The words numbered from 1, down the first column and then the next, so that reading
    them in order never means jumping across the page; mirrored right to left."""
    rows = -(-len(words) // GRID_COLUMNS)
    number_width = 8 * mm
    word_width = CONTENT_WIDTH / GRID_COLUMNS - number_width
    # Never a word broken over two lines, which would read as two words: the longest words
    # of the list ("downtown", "remember") are made smaller to fit rather than wrapped.
    room = word_width - _PAD_LEFT - _PAD_RIGHT - 1
    widest = max((text_width(word, WORD) for word in words), default=0.0)
    size = WORD.size if widest <= room else WORD.size * room / widest
    # Each number beside its word: right of it, and the word towards it, right to left.
    number_style = replace(NUMBER, align="left" if rtl else "right", rtl_default=rtl)
    word_style = replace(WORD, size=size, align="right" if rtl else "left")
    cells: list[list[Flowable | str]] = []
    for row in range(rows):
        line: list[Flowable | str] = []
        for column in range(GRID_COLUMNS):
            index = column * rows + row
            if index < len(words):
                pair: list[Flowable | str] = [
                    Text(f"{index + 1}.", number_style),
                    Text(words[index], word_style),  # English, left to right, in every document
                ]
            else:
                pair = ["", ""]
            line += pair
        cells.append(line[::-1] if rtl else line)
    widths = ([word_width, number_width] if rtl else [number_width, word_width]) * GRID_COLUMNS
    style: list[tuple[Any, ...]] = [
        *blocks.TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_LEFT),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_RIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8 * mm),
    ]
    # A box around each number-and-word pair, so that no word is read with its neighbour's
    # number.
    for column in range(0, 2 * GRID_COLUMNS, 2):
        style.append(("BOX", (column, 0), (column + 1, rows - 1), 0.6, blocks.RULE))
        style.append(("LINEBELOW", (column, 0), (column + 1, rows - 2), 0.4, blocks.RULE))
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle(style))
    return [table, Spacer(1, 2 * mm)]


def share_card(
    mnemonic: str,
    *,
    number: int,
    count: int,
    threshold: int,
    holder_name: str | None,
    info: ReportInfo,
) -> list[Flowable]:
    """Share `number` of `count` (any `threshold` rebuild the recovery secret) for the
    person named `holder_name` (a line to write a name on if None), shrunk if need be to fit
    one printable page."""
    tr, rtl = info.tr, info.rtl
    name = holder_name.strip() if holder_name and holder_name.strip() else BLANK_NAME
    parts: list[Flowable] = []
    parts += blocks.title(
        tr("Recovery share {number} of {count}").format(number=number, count=count),
        tr("For {name}").format(name=name),
        rtl=rtl,
    )
    parts.append(
        blocks.paragraph(
            tr(
                "This page holds one of {count} shares of the recovery secret of an HR Journal "
                "journal. Any {threshold} of the shares together rebuild the recovery secret; "
                "fewer reveal nothing about it, and no share is of any use without the "
                "journal's own files."
            ).format(count=count, threshold=threshold),
            rtl=rtl,
        )
    )
    parts += blocks.heading(tr("The words of this share"), rtl=rtl)
    parts += _word_grid(mnemonic.split(), rtl)
    parts.append(
        blocks.paragraph(
            tr(
                "The words are typed in this order. The first {common} words are the same on "
                "every share of this set; shares made at another time begin differently and "
                "cannot be mixed with these."
            ).format(common=COMMON_WORDS),
            blocks.SMALL,
            rtl=rtl,
        )
    )
    parts += blocks.heading(tr("Keeping this share"), rtl=rtl)
    parts += blocks.bullets(
        [
            tr("Keep this page somewhere safe and private, away from the journal's computer."),
            tr(
                "Never photograph, scan or copy it, and never type its words into a phone, a "
                "website or any other program."
            ),
            tr(
                "Give the words only to the journal's owner, when they ask you in person or "
                "through the channel you agreed on. If anyone else asks, even in the owner's "
                "name, do not give them."
            ),
            tr(
                "If this page is lost, or someone else may have seen it, tell the owner: they "
                "can make new shares, and then this set stops working."
            ),
        ],
        rtl=rtl,
    )
    parts += blocks.heading(tr("How the owner uses the shares"), rtl=rtl)
    parts += blocks.bullets(
        [
            tr(
                "The owner gathers any {threshold} shares, types their words into HR Journal "
                "and chooses a new passphrase for the journal."
            ).format(threshold=threshold),
            tr("On the command line: {command}").format(command=JOIN_COMMAND),
            tr("In the app: unlock with recovery shares, and type the words of each share."),
        ],
        rtl=rtl,
    )
    height = PAGE_HEIGHT - 2 * MARGIN - BANNER_HEIGHT - 2 * mm
    return [KeepInFrame(CONTENT_WIDTH, height, parts, mode="shrink")]
