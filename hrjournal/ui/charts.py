"""Bar charts for the patterns view, drawn with QPainter (QtCharts is not shipped).

A chart also says its numbers in words through its accessible description, so a screen
reader user hears what a sighted user reads off the bars.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolTip, QWidget

from hrjournal.ui.pickers import term_label
from hrjournal.ui.translation import fill

MONTHS = "months"
TYPES = "types"
MARGIN = 8.0
_MONTH = re.compile(r"(\d{4})-(\d{2})", re.ASCII)


class IncidentCount(QObject):
    """Holds the plural text, so that Qt's extraction sees a numerus `tr` (the module-level
    `QCoreApplication.translate` with a count is not recognised as one by every lupdate)."""

    def text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 incident")
        return self.tr("%Ln incidents", "", count)


def incidents_text(count: int) -> str:
    """'1 incident', '3 incidents', in the user's language and digits."""
    return IncidentCount().text(count)


def month_label(key: str, locale: QLocale, pattern: str = "MMMM yyyy") -> str:
    """'March 2024' for '2024-03', in the given locale."""
    found = _MONTH.fullmatch(key)
    if not found or not 1 <= int(found[2]) <= 12:
        return key
    return locale.toString(QDate(int(found[1]), int(found[2]), 1), pattern)


def filled_months(bars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month from the first to the last, with 0 for the months that had none, so a quiet
    stretch shows as a gap rather than vanishing."""
    counts: dict[str, int] = {}
    for key, count in bars:
        if _MONTH.fullmatch(key):
            counts[key] = counts.get(key, 0) + count
    if not counts:
        return []
    last = max(counts)
    year, month = int(min(counts)[:4]), int(min(counts)[5:7])
    filled: list[tuple[str, int]] = []
    while True:
        key = f"{year:04d}-{month:02d}"
        filled.append((key, counts.get(key, 0)))
        if key >= last:
            return filled
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def hide_tooltip_now() -> None:
    """Hide and empty a showing tooltip at once. QToolTip.hideText() lets it fade out over a
    moment, text still on screen, and a title must not outlive a lock by even that much."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QLabel) and widget.objectName() == "qtooltip_label":
            widget.clear()
            widget.hide()
    QToolTip.hideText()


def muted(colour: QColor, alpha: float = 0.4) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(alpha)
    return faded


@dataclass(frozen=True)
class _Bar:
    key: str
    label: str  # short, drawn by the bar
    name: str  # in full, for tooltips and screen readers
    count: int


@dataclass(frozen=True)
class _Placed:
    """Where one bar goes, laid out left to right; mirrored when drawn right to left."""

    bar: _Bar
    area: QRectF  # the bar's whole slot or row, for hovering
    body: QRectF
    label: QRectF
    value: QRectF


class BarChart(QWidget):
    """Counts as bars: months upright along time (MONTHS), types lying down (TYPES)."""

    def __init__(self, kind: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in (MONTHS, TYPES):
            raise ValueError(kind)
        self.kind = kind
        self._bars: list[_Bar] = []
        self.setAccessibleName(accessible_name)
        # Focus lets keyboard and screen-reader users reach the chart and hear its numbers.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        upright = QSizePolicy.Policy.Preferred if kind == MONTHS else QSizePolicy.Policy.Fixed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, upright)

    # -- data --------------------------------------------------------------------------------

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        """(month 'YYYY-MM' or type key, count) pairs; months are filled in between."""
        locale = self.locale()
        if self.kind == MONTHS:
            self._bars = [
                _Bar(key, month_label(key, locale, "MMM"), month_label(key, locale), count)
                for key, count in filled_months(bars)
            ]
        else:
            self._bars = []
            for key, count in bars:
                name = term_label("incident_types", key)
                self._bars.append(_Bar(key, name, name, count))
        self.setAccessibleDescription(self._description())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        """What is drawn: (key, count), with the filled-in months."""
        return [(bar.key, bar.count) for bar in self._bars]

    def clear(self) -> None:
        hide_tooltip_now()
        self.set_bars([])

    def _description(self) -> str:
        counted = [bar for bar in self._bars if bar.count]
        if not counted:
            return ""
        parts = [fill(self.tr("%1: %2"), bar.name, incidents_text(bar.count)) for bar in counted]
        text = self.tr("; ").join(parts) + self.tr(".")
        if len(counted) < len(self._bars):
            text += " " + self.tr("The months not named had no incidents.")
        return text

    # -- layout ------------------------------------------------------------------------------

    def _row_height(self) -> float:
        return float(self.fontMetrics().height() + 10)

    def sizeHint(self) -> QSize:
        if self.kind == MONTHS:
            return QSize(max(360, 40 + 28 * len(self._bars)), 220)
        return QSize(420, int(2 * MARGIN + self._row_height() * max(len(self._bars), 1)))

    def minimumSizeHint(self) -> QSize:
        if self.kind == MONTHS:
            return QSize(200, 150)
        return QSize(200, self.sizeHint().height())

    def _scale_top(self) -> int:
        return max((bar.count for bar in self._bars), default=0) or 1

    def _plot(self) -> QRectF:
        """The months chart's drawing area, left of it the scale, under it two label lines."""
        metrics = self.fontMetrics()
        scale_width = metrics.horizontalAdvance(self.locale().toString(self._scale_top()))
        left = MARGIN + scale_width + MARGIN
        top = MARGIN + metrics.height()
        return QRectF(
            left,
            top,
            max(self.width() - left - MARGIN, 1.0),
            max(self.height() - top - MARGIN - 2 * metrics.height() - 4, 1.0),
        )

    def _placed(self) -> list[_Placed]:
        if not self._bars:
            return []
        return self._placed_months() if self.kind == MONTHS else self._placed_types()

    def _placed_months(self) -> list[_Placed]:
        plot, top, line = self._plot(), self._scale_top(), self.fontMetrics().height()
        slot = plot.width() / len(self._bars)
        thickness = min(slot * 0.7, 40.0)
        placed = []
        for index, bar in enumerate(self._bars):
            area = QRectF(plot.left() + index * slot, plot.top(), slot, plot.height())
            height = plot.height() * bar.count / top
            body = QRectF(
                area.center().x() - thickness / 2, plot.bottom() - height, thickness, height
            )
            value = QRectF(area.left(), body.top() - line - 2, slot, line)
            label = QRectF(area.left(), plot.bottom() + 4, slot, line)
            placed.append(_Placed(bar, area, body, label, value))
        return placed

    def _placed_types(self) -> list[_Placed]:
        metrics, row = self.fontMetrics(), self._row_height()
        widest = max(metrics.horizontalAdvance(bar.label) for bar in self._bars)
        label_width = min(widest + MARGIN, self.width() * 0.45)
        value_width = metrics.horizontalAdvance(self.locale().toString(self._scale_top())) + MARGIN
        start = MARGIN + label_width
        span = max(self.width() - start - value_width - MARGIN, 1.0)
        placed = []
        for index, bar in enumerate(self._bars):
            area = QRectF(MARGIN, MARGIN + index * row, self.width() - 2 * MARGIN, row)
            length = span * bar.count / self._scale_top()
            body = QRectF(start, area.top() + 3, length, row - 6)
            label = QRectF(MARGIN, area.top(), label_width - MARGIN, row)
            value = QRectF(body.right() + 4, area.top(), value_width, row)
            placed.append(_Placed(bar, area, body, label, value))
        return placed

    def _visual(self, rect: QRectF) -> QRectF:
        """A left-to-right rectangle where it belongs on screen: mirrored right to left."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _bar_at(self, position: QPointF) -> _Bar | None:
        for placed in self._placed():
            if self._visual(placed.area).contains(position):
                return placed.bar
        return None

    # -- drawing -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
            if self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            placed = self._placed()
            if placed and self.kind == MONTHS:
                self._paint_scale(painter, palette)
            for item in placed:
                self._paint_bar(painter, palette, item)
            if self.kind == MONTHS:
                self._paint_month_labels(painter, palette, placed)
        finally:
            painter.end()

    def _paint_scale(self, painter: QPainter, palette: QPalette) -> None:
        plot, top, text = self._plot(), self._scale_top(), palette.color(QPalette.ColorRole.Text)
        line = self.fontMetrics().height()
        steps = sorted({0, top // 2, top}) if top >= 4 else [0, top]
        for step in steps:
            y = plot.bottom() - plot.height() * step / top
            painter.setPen(QPen(muted(text, 1.0 if step == 0 else 0.2), 1))
            rule = self._visual(QRectF(plot.left(), y, plot.width(), 0))
            painter.drawLine(QPointF(rule.left(), y), QPointF(rule.right(), y))
            painter.setPen(muted(text, 0.8))
            label = self._visual(QRectF(MARGIN, y - line / 2, plot.left() - 2 * MARGIN, line))
            side = (
                Qt.AlignmentFlag.AlignLeft if self.isRightToLeft() else Qt.AlignmentFlag.AlignRight
            )
            painter.drawText(
                label, side | Qt.AlignmentFlag.AlignVCenter, self.locale().toString(step)
            )

    def _paint_bar(self, painter: QPainter, palette: QPalette, item: _Placed) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        rtl = self.isRightToLeft()
        if item.bar.count:
            painter.fillRect(self._visual(item.body), palette.color(QPalette.ColorRole.Highlight))
        value = self.locale().toString(item.bar.count)
        metrics = self.fontMetrics()
        painter.setPen(text if item.bar.count else muted(text))
        if self.kind == MONTHS:
            if metrics.horizontalAdvance(value) <= item.value.width():
                painter.drawText(self._visual(item.value), Qt.AlignmentFlag.AlignCenter, value)
            return
        near_bar = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        away = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(self._visual(item.value), away | Qt.AlignmentFlag.AlignVCenter, value)
        painter.setPen(text)
        label = metrics.elidedText(
            item.bar.label, Qt.TextElideMode.ElideRight, int(item.label.width())
        )
        painter.drawText(self._visual(item.label), near_bar | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_month_labels(
        self, painter: QPainter, palette: QPalette, placed: list[_Placed]
    ) -> None:
        """Month names where they fit without touching, and the year under the first month
        and under each January."""
        metrics = self.fontMetrics()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        month_end = year_end = -math.inf
        for index, item in enumerate(placed):
            width = metrics.horizontalAdvance(item.bar.label) + 4
            centre = item.label.center().x()
            if centre - width / 2 >= month_end:
                month_end = centre + width / 2
                box = QRectF(centre - width / 2, item.label.top(), width, item.label.height())
                painter.drawText(self._visual(box), Qt.AlignmentFlag.AlignCenter, item.bar.label)
            if index == 0 or item.bar.key.endswith("-01"):
                year = item.bar.key[:4]
                width = metrics.horizontalAdvance(year) + 4
                if centre - width / 2 >= year_end:
                    year_end = centre + width / 2
                    box = item.label.translated(0, item.label.height())
                    box = QRectF(centre - width / 2, box.top(), width, box.height())
                    painter.drawText(self._visual(box), Qt.AlignmentFlag.AlignCenter, year)

    # -- events ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # Shown on demand, never kept in the widget, so clear() leaves nothing behind.
            bar = self._bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                tip = fill(self.tr("%1: %2"), bar.name, incidents_text(bar.count))
                QToolTip.showText(event.globalPos(), tip, self)
            return True
        if kind in (QEvent.Type.LocaleChange, QEvent.Type.LanguageChange):
            self.set_bars(self.bars())
        elif kind in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        return super().event(event)
