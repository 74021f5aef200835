from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrjournal.vault.recovery import (
    ALPHABET,
    GROUP_LENGTH,
    GROUPS,
    SECRET_BYTES,
    format_recovery_secret,
    new_recovery_secret,
    read_recovery_secret,
)

SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$")


def test_a_new_secret_has_160_bits_and_the_documented_shape() -> None:
    text, raw = new_recovery_secret()
    assert len(raw) == SECRET_BYTES == 20
    assert SHAPE.match(text), text
    assert read_recovery_secret(text).secret == raw


def test_new_secrets_differ() -> None:
    assert len({new_recovery_secret()[0] for _ in range(50)}) == 50


@given(st.binary(min_size=SECRET_BYTES, max_size=SECRET_BYTES))
def test_every_secret_reads_back(raw: bytes) -> None:
    assert read_recovery_secret(format_recovery_secret(raw)).secret == raw


def test_reading_forgives_case_spacing_and_look_alike_letters() -> None:
    text, raw = new_recovery_secret()
    sloppy = " ".join(text.split("-")).lower().replace("0", "o").replace("1", "l")
    assert read_recovery_secret(f"  {sloppy}\n").secret == raw
    assert read_recovery_secret(text.replace("-", "")).secret == raw


def _positions(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch != "-"]


def test_every_single_wrong_character_is_caught_and_its_group_named() -> None:
    text, _ = new_recovery_secret()
    for position in _positions(text):
        for symbol in ALPHABET:
            if symbol == text[position]:
                continue
            typo = text[:position] + symbol + text[position + 1 :]
            reading = read_recovery_secret(typo)
            assert reading.secret is None
            assert reading.mistyped_group == position // (GROUP_LENGTH + 1) + 1


def test_every_swap_of_two_neighbours_is_caught() -> None:
    for _ in range(20):
        text, _ = new_recovery_secret()
        for group in range(GROUPS):
            start = group * (GROUP_LENGTH + 1)
            for i in range(start, start + GROUP_LENGTH - 1):
                if text[i] == text[i + 1]:
                    continue
                swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
                assert read_recovery_secret(swapped).mistyped_group == group + 1


def test_groups_written_in_the_wrong_order_are_caught() -> None:
    text, _ = new_recovery_secret()
    groups = text.split("-")
    for i in range(GROUPS):
        for j in range(i + 1, GROUPS):
            if groups[i] == groups[j]:
                continue
            swapped = list(groups)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            assert read_recovery_secret("-".join(swapped)).secret is None


@pytest.mark.parametrize(
    "text",
    [
        "correct horse battery staple",
        "correct horse battery staple wrench jam on desk",  # 40 letters without the spaces
        "",
        "ABCDE-ABCDE",
        "Ü" * 40,
        "U" * 40,
        "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFG",  # one character short
    ],
)
def test_other_text_is_not_a_recovery_secret(text: str) -> None:
    reading = read_recovery_secret(text)
    assert reading.secret is None
    assert reading.mistyped_group is None
