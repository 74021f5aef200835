"""What every page of every document carries, and the building of a document in memory.

Each page has a confidentiality banner at the top, and at the bottom the report id, the
generation time, the profile and "page x of y". The document is built into bytes, never into
a file: the caller encrypts it (protect.py) before anything reaches the disk.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hrjournal.export.fonts import REGULAR, load_fonts
from hrjournal.export.layout import TextStyle, draw_text_line, forget_measurements
from hrjournal.export.profiles import Profile

Progress = Callable[[int, int], None]
Story = list[Flowable]  # what a document is made of, top to bottom
Translate = Callable[[str], str]

MARGIN = 16 * mm
BANNER_HEIGHT = 7 * mm
FOOTER_HEIGHT = 8 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BANNER_COLOUR = (0.55, 0.10, 0.10)
MUTED = (0.35, 0.35, 0.35)


def english(text: str) -> str:
    return text


def new_report_id(now: datetime) -> str:
    """R-YYYYMMDD-XXXXXX: sortable, and random enough that two reports never share one."""
    return f"R-{now:%Y%m%d}-{secrets.token_hex(3).upper()}"


@dataclass(frozen=True)
class ReportInfo:
    kind_title: str  # "Incident report", already in the document's language
    profile: Profile
    report_id: str
    generated_at: datetime  # aware, UTC
    tr: Translate = english
    watermark: str | None = None  # across every page, e.g. for training journals
    rtl: bool = False  # the document's own language reads right to left
    # False for a document holding nothing of the journal (the quick reference): no
    # confidentiality banner and no profile, which would only teach readers to ignore them.
    holds_records: bool = True

    @classmethod
    def now(
        cls, kind_title: str, profile: Profile, tr: Translate = english, *, rtl: bool = False
    ) -> ReportInfo:
        moment = datetime.now(UTC).replace(microsecond=0)
        return cls(kind_title, profile, new_report_id(moment), moment, tr, rtl=rtl)

    @property
    def generated_text(self) -> str:
        # ISO in every language, like every date in the documents: 2024-03-05 reads the same
        # to everyone, where 03/05/2024 means March to some readers and May to others.
        return self.generated_at.strftime("%Y-%m-%d %H:%M UTC")

    def profile_text(self) -> str:
        if self.profile is Profile.SHARE:
            return self.tr("Profile: share (redacted)")
        return self.tr("Profile: full (not redacted)")


def _confidentiality_banner(canvas: Canvas, info: ReportInfo, top: float) -> None:
    canvas.setFillColorRGB(*BANNER_COLOUR)
    canvas.rect(MARGIN, top - BANNER_HEIGHT, CONTENT_WIDTH, BANNER_HEIGHT, stroke=0, fill=1)
    banner = info.tr("CONFIDENTIAL: for the people it was given to; do not forward or publish")
    style = TextStyle(size=8, bold=True, colour=(1, 1, 1), align="centre", rtl_default=info.rtl)
    draw_text_line(
        canvas,
        banner,
        MARGIN + 2 * mm,
        top - BANNER_HEIGHT + 2.3 * mm,
        CONTENT_WIDTH - 4 * mm,
        style,
    )


def _page_decorations(canvas: Canvas, info: ReportInfo, page: int, pages: int) -> None:
    tr = info.tr
    top = PAGE_HEIGHT - MARGIN + BANNER_HEIGHT + 2 * mm
    canvas.saveState()
    if info.holds_records:
        _confidentiality_banner(canvas, info, top)
    # What the document is on the reading side, the page number on the other: left and right
    # in a left-to-right language, the other way round in a right-to-left one.
    start, end = ("right", "left") if info.rtl else ("left", "right")
    footer = TextStyle(size=7, colour=MUTED, align=start, rtl_default=info.rtl)
    number = TextStyle(size=7, colour=MUTED, align=end, rtl_default=info.rtl)
    about_width, number_width = CONTENT_WIDTH * 0.78, CONTENT_WIDTH * 0.22
    about_x, number_x = (
        (MARGIN + number_width, MARGIN) if info.rtl else (MARGIN, MARGIN + about_width)
    )
    baseline = MARGIN - FOOTER_HEIGHT + 2 * mm
    about = f"{info.kind_title} · {info.report_id} · {tr('generated')} {info.generated_text}"
    if info.holds_records:
        about += f" · {info.profile_text()}"
    draw_text_line(canvas, about, about_x, baseline, about_width, footer)
    numbering = tr("Page {page} of {pages}").format(page=page, pages=pages)
    draw_text_line(canvas, numbering, number_x, baseline, number_width, number)
    if info.watermark:
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        mark = TextStyle(size=40, bold=True, colour=(0.85, 0.3, 0.3), align="centre")
        canvas.setFillAlpha(0.25)
        draw_text_line(canvas, info.watermark, -PAGE_HEIGHT / 2, -14, PAGE_HEIGHT, mark)
    canvas.restoreState()


def _numbered_canvas(info: ReportInfo) -> type[Canvas]:
    """A canvas that holds its pages until the end, to print "page x of y" on each."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _page_decorations(self, info, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(story: list[Flowable], info: ReportInfo, progress: Progress | None = None) -> bytes:
    """Lay out `story` into a PDF in memory. Its metadata names neither the user nor the
    machine: no author, no local time zone, a neutral title."""
    load_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + BANNER_HEIGHT,
        bottomMargin=MARGIN,
        title=f"{info.kind_title} {info.report_id}",
        author="",
        subject="",
        creator="HR Journal",
        producer="HR Journal",
        keywords="",
        invariant=True,  # no creation time in the local time zone, no random-looking ids
        # Else every page names Helvetica, a font the reader's system would have to supply.
        initialFontName=REGULAR.general.name,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        CONTENT_WIDTH,
        PAGE_HEIGHT - 2 * MARGIN - BANNER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        total = max(len(story), 1)

        def on_progress(kind: str, value: int) -> None:
            if kind == "PROGRESS":
                progress(min(value, total), total)

        document.setProgressCallBack(on_progress)
    try:
        document.build(story, canvasmaker=_numbered_canvas(info))
    finally:
        forget_measurements()  # the cache holds words of the records: not kept after the build
    return buffer.getvalue()
