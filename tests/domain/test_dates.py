from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

from hrjournal.domain.dates import DateProblem, PartialDate, check_order, parse_day


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2024", "unknown_month_and_day"),
        ("2024-03", "unknown_day"),
        ("2024-03-05", "exact"),
        ("2024-03-05T14:30", "exact"),
        ("2024-03-05T14:30Z", "exact"),
        ("2024-03-05T14:30+03:00", "exact"),
        ("2024-02-29", "exact"),
    ],
)
def test_a_date_reads_with_the_precision_that_fits(text: str, precision: str) -> None:
    date = PartialDate.parse(text)
    assert str(date) == text
    assert date.precision == precision


@pytest.mark.parametrize(
    "text",
    ["2023-02-29", "2024-13", "2024-00", "2024-04-31", "0999", "24-03-05", "2024-3-5",
     "2024-03-05T24:00", "2024-03-05T12:60", "2024-03-05T12:00+15:00", "2024/03/05", "", "x"],
)  # fmt: skip
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateProblem):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "precision"),
    [("2024", "exact"), ("2024-03", "exact"), ("2024-03-05", "unknown_day"), ("2024", "nope")],
)
def test_a_precision_must_fit_what_is_known(text: str, precision: str) -> None:
    with pytest.raises(DateProblem, match="does not fit"):
        PartialDate.parse(text, precision)


def test_an_estimate_is_allowed_at_every_granularity() -> None:
    for text in ("2024", "2024-03", "2024-03-05"):
        assert PartialDate.parse(text, "estimate").precision == "estimate"


def test_end_may_be_vague_but_not_wholly_before_start() -> None:
    check_order(PartialDate.parse("2024-03-05"), PartialDate.parse("2024-03"))
    check_order(PartialDate.parse("2024-03"), PartialDate.parse("2024-03-01"))
    with pytest.raises(DateProblem, match="before the start"):
        check_order(PartialDate.parse("2024-03-05"), PartialDate.parse("2024-02"))
    with pytest.raises(DateProblem):
        check_order(PartialDate.parse("2024-03-05T10:00"), PartialDate.parse("2024-03-05T09:00"))


def test_time_zones_are_compared_in_utc() -> None:
    start = PartialDate.parse("2024-03-05T10:00+03:00")  # 07:00 UTC
    check_order(start, PartialDate.parse("2024-03-05T08:00Z"))
    with pytest.raises(DateProblem):
        check_order(start, PartialDate.parse("2024-03-05T06:00Z"))


def test_partial_dates_sort_by_their_earliest_moment() -> None:
    texts = ["2024-03-05", "2024", "2024-03", "2023-12-31T23:59"]
    ordered = sorted(texts, key=lambda t: PartialDate.parse(t).sort_key())
    assert ordered == ["2023-12-31T23:59", "2024", "2024-03", "2024-03-05"]


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
    depth = draw(st.sampled_from(["year", "month", "day", "time", "zoned"]))
    text = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(
        depth, day.isoformat()
    )
    if depth in ("time", "zoned"):
        text += f"T{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    if depth == "zoned":
        sign = draw(st.sampled_from("+-"))
        offset = f"{sign}{draw(st.integers(0, 14)):02d}:{draw(st.integers(0, 59)):02d}"
        text += draw(st.sampled_from(["Z", offset]))
    try:
        return PartialDate.parse(text, draw(st.sampled_from([None, "estimate"])))
    except DateProblem:  # only at the very end of the calendar
        if day.year == 9999:
            reject()
        raise


@given(partial_dates())
def test_every_partial_date_survives_writing_and_reading(date: PartialDate) -> None:
    assert PartialDate.parse(str(date), date.precision) == date
    assert date.earliest() <= date.latest()
    check_order(date, date)


def test_plain_days() -> None:
    assert parse_day("2024-02-29") == dt.date(2024, 2, 29)
    for bad in ("2023-02-29", "20240229", "2024-2-9", "tomorrow"):
        with pytest.raises(DateProblem):
            parse_day(bad)


@given(st.text(max_size=40), st.sampled_from([None, "exact", "estimate", "unknown_day"]))
def test_any_text_is_a_date_or_a_clear_refusal(text: str, precision: str | None) -> None:
    try:
        date = PartialDate.parse(text, precision)
    except DateProblem:
        return
    date.sort_key()
    check_order(date, date)


@pytest.mark.parametrize(
    "text",
    ["9999-12-31T23:30-01:00", "٢٠٢٤-٠٣", "２０２４", "2024-03\n", "2024-03-05T10:00Z\n"],
)
def test_dates_beyond_the_calendar_or_in_other_digits_are_refused(text: str) -> None:
    with pytest.raises(DateProblem):
        PartialDate.parse(text)


def test_plain_days_are_ascii_digits() -> None:
    with pytest.raises(DateProblem):
        parse_day("٢٠٢٤-٠٣-٠٥")
