from __future__ import annotations

import io
import itertools
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from hrjournal.export.charts import (
    MONTH,
    QUARTER,
    YEAR,
    MonthChart,
    Timeline,
    TypeChart,
    bucket_months,
    date_position,
    fill_months,
    label_step,
    nice_ticks,
)
from hrjournal.export.layout import TextStyle, text_width

WIDTH = 480.0
MONTHS = [("2023-01", 3), ("2023-02", 5), ("2023-05", 1), ("2023-11", 12), ("2024-03", 7)]
CENTURIES_OF_MONTHS = [(f"{2000 + i // 12}-{i % 12 + 1:02d}", (i * 7) % 11) for i in range(300)]
TYPES = [
    ("Arbitrary detention", 12),
    ("Threat", 9),
    ("Surveillance", 5),
    ("اعتقال تعسفي", 4),
    ("骚扰", 3),
    ("A type whose name is far too long to fit in the box on the left of the chart", 1),
]
MANY_TYPES = [(f"Type {i:02d}", 100 - i) for i in range(25)]
BAD_DATES = [("2024-13", "month 13"), ("soon", "no date"), ("", "empty"), ("2024-02-30", "no day")]


def thousand_points() -> list[tuple[str, str]]:
    points = []
    for i in range(1000):
        year, month, day = 2015 + i // 100, i % 12 + 1, i % 28 + 1
        start = (f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}T10:30")[i % 3]
        points.append((start, f"Incident {i}"))
    return points


def build(*flowables: Flowable) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=45, rightMargin=45).build(list(flowables))
    return buffer.getvalue()


def page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return str(reader.pages[0].extract_text())


# ---------------------------------------------------------------- pure helpers


def test_missing_months_are_filled_with_zero() -> None:
    filled = fill_months([("2023-11", 2), ("2024-02", 5)])
    assert filled == [("2023-11", 2), ("2023-12", 0), ("2024-01", 0), ("2024-02", 5)]


def test_months_that_are_not_months_are_dropped_and_repeats_added() -> None:
    filled = fill_months([("2024-01", 1), ("2024-13", 9), ("soon", 9), ("2024-01", 2)])
    assert filled == [("2024-01", 3)]
    assert fill_months([]) == []


def test_up_to_36_months_are_drawn_one_bar_each() -> None:
    unit, buckets = bucket_months(fill_months([("2022-01", 1), ("2024-12", 2)]), 400)
    assert unit == MONTH
    assert len(buckets) == 36


def test_more_months_are_grouped_by_quarter_when_the_bars_stay_wide() -> None:
    months = fill_months([("2020-01", 1), ("2023-12", 2)])  # 48 months
    unit, buckets = bucket_months(months, 400)
    assert unit == QUARTER
    assert len(buckets) == 16
    assert sum(count for _, count in buckets) == 3


def test_hundreds_of_months_are_grouped_by_year() -> None:
    unit, buckets = bucket_months(fill_months(CENTURIES_OF_MONTHS), 450)
    assert unit == YEAR
    assert [year for year, _ in buckets] == list(range(2000, 2025))
    assert sum(count for _, count in buckets) == sum(count for _, count in CENTURIES_OF_MONTHS)


def test_a_narrow_chart_groups_even_a_few_months() -> None:
    unit, _ = bucket_months(fill_months([("2024-01", 1), ("2024-12", 2)]), 30)
    assert unit in (QUARTER, YEAR)


@pytest.mark.parametrize(
    "highest", [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 19, 21, 49, 99, 101, 999, 12345]
)
def test_the_y_axis_has_three_to_five_round_ticks(highest: int) -> None:
    ticks = nice_ticks(highest)
    assert 3 <= len(ticks) <= 5
    assert ticks[0] == 0
    assert ticks[-1] >= highest
    step = ticks[1]
    assert str(step).lstrip("0")[0] in "125"
    assert all(b - a == step for a, b in itertools.pairwise(ticks))


@pytest.mark.parametrize("unit", [MONTH, QUARTER, YEAR])
@pytest.mark.parametrize("pitch", [0.5, 2.0, 4.5, 9.0, 20.0, 60.0])
def test_axis_labels_are_spaced_so_they_never_touch(unit: str, pitch: float) -> None:
    label_width = text_width("2024-12", TextStyle(size=7))
    step = label_step(pitch, label_width, unit)
    assert step * pitch >= label_width
    if unit == QUARTER:
        assert step % 4 == 0  # quarters are labelled by year, on the first quarter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T14:30+03:00", "2024-03-05"),
        ("2024-03", "2024-03-16"),  # mid-month
        ("2023", "2023-07-02"),  # mid-year
    ],
)
def test_a_date_is_placed_on_its_day_or_the_middle_of_its_month_or_year(
    text: str, expected: str
) -> None:
    import datetime as dt

    position = date_position(text)
    assert position is not None
    assert dt.date.fromordinal(int(position)).isoformat() == expected


@pytest.mark.parametrize(
    "text",
    ["2024-13", "2024-00", "2024-03-00", "2024-02-30", "0000", "soon", "", "24-01", "2024-1"],
)
def test_a_date_that_is_not_one_has_no_place(text: str) -> None:
    assert date_position(text) is None


# ---------------------------------------------------------------- in a document


def test_month_chart_draws_its_title_and_axis_labels() -> None:
    text = page_text(build(MonthChart(MONTHS, "Incidents per month", WIDTH, empty_text="None.")))
    assert "Incidents per month" in text
    assert "2023-01" in text
    assert "12" in text or "15" in text  # the top of the y axis


def test_month_chart_of_three_hundred_months_labels_years() -> None:
    chart = MonthChart(CENTURIES_OF_MONTHS, "Over 25 years", WIDTH, 180, empty_text="None.")
    text = page_text(build(chart))
    assert "Over 25 years" in text
    assert "2000" in text
    assert "2000-01" not in text


def test_an_empty_month_chart_says_so() -> None:
    chart = MonthChart([], "Incidents per month", WIDTH, empty_text="No dated incidents.")
    text = page_text(build(chart))
    assert "Incidents per month" in text
    assert "No dated incidents." in text


def test_type_chart_draws_labels_in_any_script_and_counts() -> None:
    text = page_text(build(TypeChart(TYPES, "الحوادث حسب النوع", WIDTH, "None.", other_label="")))
    # Shaped Arabic comes out of the PDF as presentation forms; NFKC gives the letters back.
    assert "الحوادث حسب النوع" in unicodedata.normalize("NFKC", text)
    assert "اعتقال تعسفي" in unicodedata.normalize("NFKC", text)
    assert "Arbitrary detention" in text
    assert "骚扰" in text
    assert "…" in text  # the long label is cut
    assert "12" in text


def test_type_chart_folds_the_rest_into_other() -> None:
    chart = TypeChart(MANY_TYPES, "Types", WIDTH, "None.", other_label="Other types")
    assert len(chart.rows) == 20
    assert chart.rows[-1] == ("Other types", sum(count for _, count in MANY_TYPES[19:]))
    text = page_text(build(chart))
    assert "Type 18" in text
    assert "Type 19" not in text
    assert "Other types" in text


def test_an_empty_type_chart_says_so() -> None:
    text = page_text(build(TypeChart([], "Types", WIDTH, "No incidents.", other_label="Other")))
    assert "No incidents." in text


def test_timeline_of_a_thousand_points_and_bad_dates() -> None:
    chart = Timeline([*BAD_DATES, *thousand_points()], "Timeline", WIDTH, "No dated incidents.")
    assert len(chart.days) == 1000
    text = page_text(build(chart))
    assert "Timeline" in text
    assert "2016" in text
    assert "Incident 5" not in text  # labels are kept for a legend, not drawn


def test_a_short_timeline_has_month_ticks() -> None:
    points = [("2024-01-05", "a"), ("2024-03", "b"), ("2024-06-30T23:59", "c")]
    text = page_text(build(Timeline(points, "Half a year", WIDTH, "None.")))
    assert "2024-03" in text


def test_a_timeline_with_no_readable_date_says_so() -> None:
    text = page_text(build(Timeline(BAD_DATES, "Timeline", WIDTH, "No dated incidents.")))
    assert "No dated incidents." in text


@pytest.mark.parametrize("width", [1.0, 20.0, 60.0])
def test_a_very_narrow_chart_still_draws(width: float) -> None:
    pdf = build(
        MonthChart(CENTURIES_OF_MONTHS, "Months", width, empty_text="None."),
        MonthChart(MONTHS, "Months", width, empty_text="None."),
        TypeChart(TYPES, "Types", width, "None.", other_label="Other"),
        Timeline(thousand_points(), "Timeline", width, "None."),
    )
    assert "…" in page_text(pdf)  # titles and labels are cut, not drawn past the edge


def test_the_labels_of_a_timeline_are_accepted_and_kept() -> None:
    points = [("2024-01-05", "Arrest at the border"), ("2024-02", "اعتقال")]
    chart = Timeline(points, "Timeline", WIDTH, "None.")
    assert chart.points == points
    assert len(chart.days) == 2


def test_a_chart_is_no_wider_than_its_frame() -> None:
    chart = TypeChart(TYPES, "Types", 2000, "None.", other_label="Other")
    width, height = chart.wrap(300, 800)
    assert width == 300
    assert height >= len(TYPES) * 14


def test_a_page_of_charts_renders_with_ink(tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = build(
        MonthChart(MONTHS, "Incidents per month", WIDTH, empty_text="None."),
        TypeChart(TYPES, "اعتقال حسب النوع", WIDTH, "None.", other_label="Other"),
        Timeline(thousand_points(), "时间线", WIDTH, "None."),
    )
    (tmp_path / "charts.pdf").write_bytes(pdf)
    subprocess.run(
        [pdftoppm, "-r", "50", "-png", "-singlefile", "charts.pdf", "page"],
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    with Image.open(tmp_path / "page.png") as page:
        extrema = page.convert("RGB").getextrema()
    assert any(low < 200 for low, _ in extrema)
