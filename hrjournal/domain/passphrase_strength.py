"""A rough, honest estimate of how hard a passphrase is to guess, for the strength meter.

Not a promise: it counts what a guesser would try first (repeats, runs, keyboard rows, common
choices) as nearly free, and the rest by the size of the alphabet it comes from. A journal's
key derivation costs about a second per guess, so 50 bits already means centuries for one
computer; the meter asks for more because guessers rent many.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass

_COMMON = frozenset(
    {
        *("password", "passphrase", "passw0rd", "qwerty", "azerty", "qwertz", "letmein"),
        *("welcome", "admin", "iloveyou", "monkey", "dragon", "sunshine", "princess"),
        *("football", "baseball", "master", "shadow", "superman", "trustno1", "secret"),
        *("freedom", "justice", "journal", "hrjournal", "changeme", "default"),
    }
)
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "azertyuiop",
    "qwertzuiop",
    # The rows of the Russian, Arabic and Persian keyboards, and their alphabets' order.
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "ضصثقفغعهخحجد",
    "شسيبلاتنمكط",
    "ئءؤرلاىةوزظ",
    "ضصثقفغعهخحجچ",
    "شسیبلاتنمکگ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
)
_REPEATED = re.compile(r"(.+?)\1+", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]+")  # runs of letters, in any script


@dataclass(frozen=True)
class Strength:
    bits: float
    level: int  # 0 very weak, 1 weak, 2 fair, 3 strong, 4 very strong


def _pool(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() and c.isalpha() for c in text):
        pool += 35  # another script's letters: the size of a typical alphabet
    if any(not c.isascii() and not c.isalnum() for c in text):
        pool += 20
    return max(pool, 1)


def _plain_digits(text: str) -> str:
    """Arabic-Indic, Persian and other digits read as 0-9: a guesser tries them alike."""
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text
    )


def _predictable(text: str) -> int:
    """How many characters of `text` continue a repeat or a run a guesser tries first."""
    lowered = text.lower()
    count = 0
    for previous, current in itertools.pairwise(lowered):
        if current == previous or any(previous + current in run for run in _SEQUENCES):
            count += 1
    return count


def estimate(passphrase: str) -> Strength:
    text = _plain_digits(unicodedata.normalize("NFC", passphrase))
    if not text:
        return Strength(0.0, 0)
    repeated = _REPEATED.fullmatch(text)
    if repeated:  # "iloveyouiloveyou" costs a guesser what "iloveyou" does, plus a little
        inner = estimate(repeated.group(1))
        return Strength(inner.bits + 2, inner.level)
    words = _WORD.findall(text.lower())
    rest = len(text) - sum(map(len, words))
    if words and all(w in _COMMON for w in words) and rest <= 4:  # "Password1!"
        return Strength(min(10.0, len(text)), 0)
    fresh = len(text) - _predictable(text)
    bits = max(fresh, 1) * math.log2(_pool(text))
    # Words from a language: credit each as a pick from a 10,000-word list (and what is
    # around them at 4 bits a character) when that is less than the character count gives,
    # since guessers try dictionaries, with years and symbols appended, first.
    bits = min(bits, len(words) * math.log2(10_000) + 4 * rest)
    level = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 55 else 3 if bits < 75 else 4
    return Strength(round(bits, 1), level)
