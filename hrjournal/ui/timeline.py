"""Incidents as marks along a time axis, drawn with QPainter.

A mark whose day is known is filled; one known only to the month or the year is hollow, drawn
in the middle of that time with a thin line across it, so a vague date does not look exact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hrjournal.domain.dates import PartialDate
from hrjournal.services.patterns import TimelinePoint
from hrjournal.ui.charts import MARGIN, hide_tooltip_now, incidents_text, muted
from hrjournal.ui.translation import fill

RADIUS = 6.0
_LANE = 2 * RADIUS + 4
_SHORTEST_SPAN = 60.0  # days: a handful of incidents in one week still spread out
_TICK_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)  # months


def partial_start(point: TimelinePoint) -> PartialDate | None:
    """The point's start as a partial date, or None if it cannot be read."""
    try:
        return PartialDate.parse(point.start)
    except ValueError:
        return None


def date_text(when: PartialDate, locale: QLocale) -> str:
    """The date as precisely as it is known, in words of the user's language."""
    if when.month is None:
        return str(when.year)
    if when.day is None:
        return locale.toString(QDate(when.year, when.month, 1), "MMMM yyyy")
    return locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)


def _days(moment: dt.datetime) -> float:
    return moment.toordinal() + (moment.hour * 60 + moment.minute) / 1440


@dataclass(frozen=True)
class _Mark:
    point: TimelinePoint
    when: PartialDate
    begin: float  # in days
    end: float

    @property
    def middle(self) -> float:
        return (self.begin + self.end) / 2

    @property
    def exact(self) -> bool:
        return self.when.day is not None


class TimelineWidget(QWidget):
    """Click a mark, or move to it with the arrow keys and press Enter, to open the incident."""

    incident_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[_Mark] = []
        self._hovered: int | None = None
        self._current: int | None = None
        self._pressed: int | None = None
        self.setAccessibleName(self.tr("Timeline of incidents"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- data --------------------------------------------------------------------------------

    def set_points(self, points: list[TimelinePoint]) -> None:
        marks = []
        for point in points:
            when = partial_start(point)
            if when is not None:
                marks.append(_Mark(point, when, _days(when.earliest()), _days(when.latest())))
        self._marks = sorted(marks, key=lambda mark: mark.middle)
        self._hovered = self._current = self._pressed = None
        self.unsetCursor()
        self._describe()
        self.updateGeometry()
        self.update()

    def points(self) -> list[TimelinePoint]:
        """The points drawn, oldest first."""
        return [mark.point for mark in self._marks]

    def clear(self) -> None:
        hide_tooltip_now()
        self.set_points([])

    def mark_center(self, uid: str) -> QPoint | None:
        """Where the incident's mark is drawn, in this widget's coordinates."""
        for index, centre in self._layout():
            if self._marks[index].point.uid == uid:
                return centre.toPoint()
        return None

    def _describe(self) -> None:
        if not self._marks:
            self.setAccessibleDescription("")
            return
        if len(self._marks) == 1:
            text = fill(self.tr("1 incident: %1. Press Enter to open it."), self._about(0))
            self.setAccessibleDescription(text)
            return
        locale = self.locale()
        text = fill(
            self.tr("%1, from %2 to %3. Use the arrow keys to go from one to the next."),
            incidents_text(len(self._marks)),
            date_text(self._marks[0].when, locale),
            date_text(self._marks[-1].when, locale),
        )
        if self._current is not None:
            text += " " + fill(
                self.tr("Selected: %1. Press Enter to open it."), self._about(self._current)
            )
        self.setAccessibleDescription(text)

    def _about(self, index: int) -> str:
        mark = self._marks[index]
        when = date_text(mark.when, self.locale())
        return fill(self.tr("%1, %2, %3"), mark.point.reference, mark.point.title, when)

    # -- layout ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, int(2 * MARGIN + 2 * self.fontMetrics().height() + 5 * _LANE))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, int(2 * MARGIN + 2 * self.fontMetrics().height() + 2 * _LANE))

    def _plot(self) -> QRectF:
        """Where marks go; the axis runs along its bottom, tick labels below it."""
        line = self.fontMetrics().height()
        return QRectF(
            MARGIN + RADIUS,
            MARGIN,
            max(self.width() - 2 * (MARGIN + RADIUS), 1.0),
            max(self.height() - 2 * MARGIN - line - 6, _LANE),
        )

    def _span(self) -> tuple[float, float]:
        low = min(mark.begin for mark in self._marks)
        high = max(mark.end for mark in self._marks)
        if high - low < _SHORTEST_SPAN:
            middle = (low + high) / 2
            low, high = middle - _SHORTEST_SPAN / 2, middle + _SHORTEST_SPAN / 2
        return low, high

    def _to_x(self) -> Callable[[float], float]:
        """Day to on-screen x; time runs right to left in a right-to-left layout."""
        plot, (low, high), width = self._plot(), self._span(), self.width()
        per_day = plot.width() / (high - low)
        if self.isRightToLeft():
            return lambda day: width - plot.left() - (day - low) * per_day
        return lambda day: plot.left() + (day - low) * per_day

    def _layout(self) -> list[tuple[int, QPointF]]:
        """Each mark's centre; marks that would touch stack upwards in lanes."""
        if not self._marks:
            return []
        plot, to_x = self._plot(), self._to_x()
        most = max(int(plot.height() // _LANE), 1)
        lanes: list[float] = []  # the last position used in each lane, in time order
        placed = []
        for index, mark in enumerate(self._marks):
            along = abs(to_x(mark.middle) - to_x(self._marks[0].middle))
            lane = next((n for n, last in enumerate(lanes) if along - last >= _LANE), None)
            if lane is None and len(lanes) < most:
                lanes.append(along)
                lane = len(lanes) - 1
            elif lane is None:  # no room left: share the lane that has been free longest
                lane = min(range(len(lanes)), key=lanes.__getitem__)
            lanes[lane] = along
            y = plot.bottom() - RADIUS - 2 - lane * _LANE
            placed.append((index, QPointF(to_x(mark.middle), y)))
        return placed

    def _mark_at(self, position: QPointF) -> int | None:
        near = [
            (QPointF.dotProduct(centre - position, centre - position), index)
            for index, centre in self._layout()
        ]
        within = [(distance, index) for distance, index in near if distance <= (RADIUS + 3) ** 2]
        return min(within)[1] if within else None

    def _ticks(self) -> list[tuple[float, str]]:
        """Month or year starts along the axis, as many as fit without their labels touching."""
        low, high = self._span()
        first, last = dt.date.fromordinal(int(low)), dt.date.fromordinal(int(high))
        metrics, locale, plot = self.fontMetrics(), self.locale(), self._plot()
        ticks: list[tuple[float, str]] = []
        for step in _TICK_STEPS:
            pattern = "MMM yyyy" if step < 12 else "yyyy"
            month = first.year * 12 + first.month - 1 + (first.day > 1)  # the first whole month
            month += -month % step
            ticks = []
            while month <= last.year * 12 + last.month - 1:
                start = dt.date(month // 12, month % 12 + 1, 1)
                label = locale.toString(QDate(start.year, start.month, 1), pattern)
                ticks.append((float(start.toordinal()), label))
                month += step
            widest = max((metrics.horizontalAdvance(label) for _, label in ticks), default=0)
            if step * 30.4 * plot.width() / (high - low) >= widest + 16:
                break
        return ticks

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
            if self._marks:
                self._paint_axis(painter, palette)
                self._paint_marks(painter, palette)
        finally:
            painter.end()

    def _paint_axis(self, painter: QPainter, palette: QPalette) -> None:
        text, plot = palette.color(QPalette.ColorRole.Text), self._plot()
        line = self.fontMetrics().height()
        painter.setPen(QPen(text, 1))
        painter.drawLine(
            QPointF(MARGIN, plot.bottom()), QPointF(self.width() - MARGIN, plot.bottom())
        )
        to_x = self._to_x()
        for day, label in self._ticks():
            x = to_x(day)
            painter.setPen(QPen(muted(text, 0.2), 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 4))
            painter.setPen(text)
            width = self.fontMetrics().horizontalAdvance(label) + 4
            left = min(max(x - width / 2, 0.0), self.width() - width)  # keep edge labels whole
            box = QRectF(left, plot.bottom() + 6, width, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_marks(self, painter: QPainter, palette: QPalette) -> None:
        highlight = palette.color(QPalette.ColorRole.Highlight)
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        to_x = self._to_x()
        for index, centre in self._layout():
            mark = self._marks[index]
            if not mark.exact:
                painter.setPen(QPen(muted(highlight, 0.5), 2))
                painter.drawLine(
                    QPointF(to_x(mark.begin), centre.y()), QPointF(to_x(mark.end), centre.y())
                )
            radius = RADIUS
            if index in (self._hovered, self._current):
                radius += 2
                painter.setPen(QPen(text, 2))
            else:
                painter.setPen(
                    QPen(highlight if not mark.exact else base, 2 if not mark.exact else 1)
                )
            painter.setBrush(highlight if mark.exact else base)
            painter.drawEllipse(centre, radius, radius)

    # -- events ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # Shown on demand, never kept in the widget, so clear() leaves nothing behind.
            index = self._mark_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._about(index), self)
            return True
        if kind in (QEvent.Type.LocaleChange, QEvent.Type.LanguageChange):
            self._describe()
            self.update()
        elif kind in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self.update()
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._mark_at(event.position())
        if index != self._hovered:
            self._hovered = index
            if index is None:
                self.unsetCursor()
            else:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._mark_at(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self._mark_at(event.position())
        left = event.button() == Qt.MouseButton.LeftButton
        if left and index is not None and index == self._pressed:
            self._select(index)
            self.incident_activated.emit(self._marks[index].point.uid)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, last = event.key(), len(self._marks) - 1
        later, earlier = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.isRightToLeft():
            later, earlier = earlier, later
        if not self._marks:
            super().keyPressEvent(event)
        elif key == later:
            self._select(0 if self._current is None else min(self._current + 1, last))
        elif key == earlier:
            self._select(last if self._current is None else max(self._current - 1, 0))
        elif key == Qt.Key.Key_Home:
            self._select(0)
        elif key == Qt.Key.Key_End:
            self._select(last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current is None and len(self._marks) == 1:
                self._select(0)
            if self._current is not None:
                self.incident_activated.emit(self._marks[self._current].point.uid)
        else:
            super().keyPressEvent(event)

    def _select(self, index: int) -> None:
        self._current = index
        self._describe()
        self.update()
