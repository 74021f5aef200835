"""Text on paper: printed literally, in every script, lines in the order a reader expects."""

from __future__ import annotations

import pytest

from hrjournal.export.layout import Line, TextStyle, layout, text_width
from hrjournal.export.safe_text import printable

STYLE = TextStyle(size=10)


def _plain(line: Line) -> str:
    """The characters of a line as drawn, left to right (for scripts drawn unshaped)."""
    return "".join(str(run.text) for run in line.runs)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("<b>bold</b> & <img src='/etc/passwd'/>", "<b>bold</b> & <img src='/etc/passwd'/>"),
        ("tab\there", "tab    here"),
        ("bell\x07 escape\x1b[31m", "bell[U+0007] escape[U+001B][31m"),
        ("over\u202eride\u202c", "over[U+202E]ride[U+202C]"),
        ("isolate\u2067x\u2069", "isolate[U+2067]x[U+2069]"),
        ("soft\u00adhyphen\ufeff", "softhyphen"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("private \ue000 use", "private [U+E000] use"),
        ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),
        ("نیم\u200cفاصله", "نیم\u200cفاصله"),  # the Persian half-space is kept
    ],
)
def test_printable_shows_what_was_typed(typed: str, printed: str) -> None:
    assert printable(typed) == printed


def test_a_character_no_font_draws_is_named_not_dropped() -> None:
    assert printable("\U0001f9ec") == "[U+1F9EC]"  # an emoji the fonts lack


def test_wrapped_lines_keep_their_order_and_width() -> None:
    words = " ".join(f"word{n}" for n in range(60))
    lines = layout(words, STYLE, 200)
    assert len(lines) > 3
    assert all(line.width <= 200 for line in lines)
    assert " ".join(_plain(line) for line in lines) == words


def test_a_right_to_left_paragraph_wraps_top_down_and_reads_right_to_left() -> None:
    # Hebrew is drawn unshaped, so the order of the characters on each line can be read back.
    words = [f"מילה{chr(0x05D0 + n % 20)}" for n in range(40)]
    lines = layout(" ".join(words), STYLE, 150)
    assert len(lines) > 2
    assert all(line.rtl for line in lines)
    # Each line, read right to left, continues where the line above stopped.
    read = " ".join(_plain(line)[::-1] for line in lines)
    assert read.split() == words


def test_latin_and_digits_inside_right_to_left_text_stay_left_to_right() -> None:
    (line,) = layout("שלום World 2025 סוף", STYLE, 1000)
    drawn = _plain(line)
    assert "World 2025" in drawn
    assert drawn.startswith("ףוס")  # the last Hebrew word is drawn leftmost
    assert drawn.endswith("םולש")


def test_brackets_mirror_in_right_to_left_text() -> None:
    (line,) = layout("שלום (עולם)", STYLE, 1000)
    assert _plain(line) == "(םלוע) םולש"


def test_a_left_to_right_paragraph_with_a_right_to_left_name() -> None:
    (line,) = layout("Met דוד today", STYLE, 1000)
    assert not line.rtl
    assert _plain(line) == "Met דוד today"[:4] + "דוד"[::-1] + " today"


def test_a_word_longer_than_the_line_is_cut_not_lost() -> None:
    word = "x" * 2000
    lines = layout(word, STYLE, 100)
    assert len(lines) > 10
    assert "".join(_plain(line) for line in lines) == word
    assert all(line.width <= 100 for line in lines)


def test_combining_marks_stay_with_their_letter_when_a_word_is_cut() -> None:
    word = "e\u0301" * 400
    for line in layout(word, STYLE, 60):
        assert not _plain(line).startswith("\u0301")


def test_chinese_breaks_between_characters() -> None:
    text = "人权捍卫者的日志记录事件联系人和安全计划" * 5
    lines = layout(text, STYLE, 120)
    assert len(lines) > 3
    assert "".join(_plain(line) for line in lines) == text


def test_arabic_is_shaped_into_joined_forms() -> None:
    (line,) = layout("مرحبا", STYLE, 1000)
    assert line.rtl
    assert line.width < text_width("م ر ح ب ا", STYLE)
    assert all(hasattr(run.text, "__shapeData__") for run in line.runs)


def test_empty_lines_are_kept() -> None:
    assert len(layout("one\n\nthree", STYLE, 500)) == 3


def test_a_long_word_is_measured_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A megabyte without a space once took four minutes: every cut re-measured the whole
    rest of the word. Counted in characters measured, not in seconds."""
    from hrjournal.export import layout as module

    measured = 0
    real = module._measure

    def counting(text: str, font: object, size: float) -> tuple[str, float]:
        nonlocal measured
        measured += len(text)
        return real(text, font, size)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "_measure", counting)
    lines = layout("x" * 200_000, STYLE, 400)
    assert sum(len(_plain(line)) for line in lines) == 200_000
    assert measured < 200_000 * 20  # quadratic work would be about 200_000 * 1_000
