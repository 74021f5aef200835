"""The strength meter ranks what guessers try first as weak and long random text as strong."""

from __future__ import annotations

import pytest

from hrjournal.domain.passphrase_strength import estimate


@pytest.mark.parametrize(
    "weak",
    ["", "password", "Password1", "aaaaaaaaaaaa", "abcdefghijkl", "qwertyuiop123", "12345678"],
)
def test_what_guessers_try_first_is_weak(weak: str) -> None:
    assert estimate(weak).level <= 1, weak


@pytest.mark.parametrize(
    "strong",
    [
        "correct horse battery staple",
        "river-lantern-quiet-seventy-mango",
        "Xk9#vQ2!mW7$pL4z",
        "ورقة شجرة نهر سماء بحر",  # words in another script count too
        "три слова вместе сегодня",
    ],
)
def test_several_unrelated_words_or_random_text_are_strong(strong: str) -> None:
    assert estimate(strong).level >= 3, strong


def test_longer_is_never_weaker() -> None:
    base = "lantern quiet"
    assert estimate(base + " mango").bits > estimate(base).bits
