"""The patterns view, driven through its real widgets, offscreen."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QLabel, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from hrjournal.domain.dates import PartialDate
from hrjournal.domain.incident import Incident
from hrjournal.services import records
from hrjournal.services.journal import UnlockedJournal
from hrjournal.ui.patterns_view import PatternsView
from hrjournal.ui.pickers import term_label
from hrjournal.ui.session import JournalSession

THREAT = "threats::threat"
DEATH_THREAT = "threats::death_threat"
DIGITAL = "surveillance::digital"


def _save(journal: UnlockedJournal, title: str, start: str | None, types: list[str]) -> Incident:
    incident = Incident(
        id=records.new_id("incident"),
        title=title,
        start=PartialDate.parse(start) if start else None,
        types=types,
    )
    return records.save_incident(journal, incident)


@pytest.fixture
def session(journal: UnlockedJournal) -> JournalSession:
    opened = JournalSession()
    opened.open(journal)
    return opened


@pytest.fixture
def view(qtbot: QtBot, session: JournalSession) -> PatternsView:
    shown = PatternsView(session)
    qtbot.addWidget(shown)
    shown.resize(800, 1000)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def saved(journal: UnlockedJournal) -> dict[str, Incident]:
    """Two incidents in January 2024, none in February or March, one in April, one undated."""
    return {
        "first": _save(journal, "Followed home", "2024-01-15", [THREAT, DIGITAL]),
        "second": _save(journal, "Phone call", "2024-01-20", [THREAT]),
        "third": _save(journal, "Letter at the office", "2024-04-03", [DEATH_THREAT]),
        "undated": _save(journal, "Rumour", None, [THREAT]),
    }


def _colours(widget: QWidget) -> set[int]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return {
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }


def _highlight(widget: QWidget) -> int:
    return QColor(widget.palette().color(QPalette.ColorRole.Highlight)).rgb()


def test_counts_by_month_fill_the_quiet_months_and_say_the_numbers(
    view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.refresh()

    assert view.by_month.bars() == [("2024-01", 2), ("2024-02", 0), ("2024-03", 0), ("2024-04", 1)]
    described = view.by_month.accessibleDescription()
    assert "January 2024: 2 incidents" in described
    assert "April 2024: 1 incident" in described
    assert "months not named had no incidents" in described
    assert view.month_section.isVisible()
    assert _highlight(view.by_month) in _colours(view.by_month)  # the bars are drawn


def test_counts_by_type_largest_first_with_translated_labels(
    view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.refresh()

    assert view.by_type.bars() == [(THREAT, 3), (DIGITAL, 1), (DEATH_THREAT, 1)]
    described = view.by_type.accessibleDescription()
    assert f"{term_label('incident_types', THREAT)}: 3 incidents" in described
    assert f"{term_label('incident_types', DEATH_THREAT)}: 1 incident" in described
    assert "threats::" not in described
    assert _highlight(view.by_type) in _colours(view.by_type)


def test_summary_and_timeline_leave_out_the_undated(
    view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.refresh()

    assert [point.uid for point in view.timeline.points()] == [
        saved["first"].id,
        saved["second"].id,
        saved["third"].id,
    ]
    summary = view.summary.text()
    assert "3 incidents have a start date" in summary
    assert "busiest month was January 2024, with 2 incidents" in summary
    timeline = view.timeline.accessibleDescription()
    assert "3 incidents" in timeline
    assert "January 2024" in timeline
    assert "April 2024" in timeline
    assert not view.empty_state.isVisible()
    assert len(_colours(view)) > 1


def test_clicking_a_mark_opens_its_incident(
    qtbot: QtBot, view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.refresh()
    third = saved["third"]
    where = view.timeline.mark_center(third.id)
    assert where is not None

    with qtbot.waitSignal(view.incident_activated, timeout=1000) as opened:
        qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [third.id]
    assert third.reference in view.timeline.accessibleDescription()

    with qtbot.assertNotEmitted(view.incident_activated):
        qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_the_keyboard_reaches_every_mark(
    qtbot: QtBot, view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.refresh()
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Home)
    qtbot.keyClick(view.timeline, Qt.Key.Key_Right)
    with qtbot.waitSignal(view.incident_activated, timeout=1000) as opened:
        qtbot.keyClick(view.timeline, Qt.Key.Key_Return)
    assert opened.args == [saved["second"].id]


def test_hovering_a_mark_shows_its_reference_and_title(
    view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.refresh()
    first = saved["first"]
    where = view.timeline.mark_center(first.id)
    assert where is not None
    help_event = QHelpEvent(QEvent.Type.ToolTip, where, view.timeline.mapToGlobal(where))
    view.timeline.event(help_event)

    assert first.reference is not None
    assert first.reference in QToolTip.text()
    assert "Followed home" in QToolTip.text()
    view.clear()
    assert not QToolTip.isVisible()
    assert QToolTip.text() == ""


def test_clear_leaves_nothing_of_the_journal_behind(
    view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.refresh()
    view.clear()

    assert view.timeline.points() == []
    assert view.by_month.bars() == []
    assert view.by_type.bars() == []
    for widget in (view, view.timeline, view.by_month, view.by_type, *view.findChildren(QWidget)):
        assert widget.accessibleDescription() == ""
        assert widget.toolTip() == ""
    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    for incident in saved.values():
        assert incident.title not in texts
    assert "2024" not in texts
    assert view.empty_state.isVisible()
    assert not view.timeline_section.isVisible()


def test_locking_the_session_clears_the_view(
    view: PatternsView, session: JournalSession, saved: dict[str, Incident]
) -> None:
    view.refresh()
    session.lock()
    assert view.timeline.points() == []
    assert view.summary.text() == ""
    view.refresh()  # with no journal open: stays empty, no error
    assert view.by_type.bars() == []


def test_a_saved_incident_shows_without_asking(
    view: PatternsView, session: JournalSession, journal: UnlockedJournal
) -> None:
    view.refresh()
    assert view.empty_state.isVisible()
    assert not view.summary.isVisible()

    added = _save(journal, "Car outside the house", "2025-06-02", [THREAT])
    session.notify_changed("incident")
    assert [point.uid for point in view.timeline.points()] == [added.id]
    assert view.by_month.bars() == [("2025-06", 1)]
    assert not view.empty_state.isVisible()


def test_right_to_left_mirrors_time_and_still_draws(
    qtbot: QtBot, view: PatternsView, saved: dict[str, Incident]
) -> None:
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.refresh()
    first = view.timeline.mark_center(saved["first"].id)
    last = view.timeline.mark_center(saved["third"].id)
    assert first is not None
    assert last is not None
    assert first.x() > last.x()  # earliest on the right

    for chart in (view.timeline, view.by_month, view.by_type):
        assert len(_colours(chart)) > 1
    assert _highlight(view.by_month) in _colours(view.by_month)

    with qtbot.waitSignal(view.incident_activated, timeout=1000) as opened:
        qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=last)
    assert opened.args == [saved["third"].id]


def test_a_dark_palette_is_followed(view: PatternsView, saved: dict[str, Incident]) -> None:
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
    view.setPalette(dark)
    view.refresh()

    colours = _colours(view.by_month)
    assert QColor("#101010").rgb() in colours
    assert QColor("#3daee9").rgb() in colours


def test_an_incident_dated_only_to_a_year_is_on_the_timeline_but_in_no_month(
    view: PatternsView, journal: UnlockedJournal
) -> None:
    _save(journal, "Before", "2023-11-05", [THREAT])
    vague = _save(journal, "Sometime that year", "2024", [THREAT])
    _save(journal, "After", "2024-02-10", [THREAT])
    view.refresh()

    assert vague.id in [point.uid for point in view.timeline.points()]
    assert view.by_month.bars() == [("2023-11", 1), ("2023-12", 0), ("2024-01", 0), ("2024-02", 1)]
    assert "One of them is dated only to a year" in view.summary.text()


def test_a_hidden_view_rereads_when_shown(
    view: PatternsView, session: JournalSession, journal: UnlockedJournal
) -> None:
    view.refresh()
    view.hide()
    added = _save(journal, "Car outside the house", "2025-06-02", [THREAT])
    session.notify_changed("incident")
    assert view.timeline.points() == []

    view.show()
    assert [point.uid for point in view.timeline.points()] == [added.id]


def test_a_running_job_is_left_alone_and_the_view_rereads_after(
    qtbot: QtBot, view: PatternsView, session: JournalSession, journal: UnlockedJournal
) -> None:
    added = _save(journal, "Car outside the house", "2025-06-02", [THREAT])
    release = threading.Event()
    session.run(lambda _journal, _progress: release.wait(5), lambda _: None, lambda _: None)
    view.refresh()
    assert view.timeline.points() == []  # the job has the journal to itself

    release.set()
    qtbot.waitUntil(lambda: not session.busy, timeout=5000)
    assert [point.uid for point in view.timeline.points()] == [added.id]
