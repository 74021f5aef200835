"""The recovery secret: 160 random bits a person can copy by hand without mistakes.

It is written as eight groups of five characters, such as ``7K3MQ-...``. Each group holds four
data characters and one check character. The characters come from Crockford's base 32 (digits
and capital letters without I, L, O and U), so nothing looks alike, and when reading, ``O``
counts as ``0`` and ``I`` or ``L`` as ``1``. The check character makes every single wrong
character, every swap of two neighbours and every swap of two groups detectable, and says
which group to look at again. Characters rather than words, so the form is the same in every
language a workshop uses.

The check is a weighted sum in GF(32): the weights 2, 3, 4, 5 on the data characters and 1 on
the check character are distinct and non-zero, so one wrong symbol or two swapped neighbours
always change the sum; a constant per group position catches groups written in the wrong order.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {symbol: value for value, symbol in enumerate(ALPHABET)}
_READ_AS = {"O": "0", "I": "1", "L": "1"}

GROUPS = 8
DATA_PER_GROUP = 4
GROUP_LENGTH = DATA_PER_GROUP + 1
SECRET_BYTES = GROUPS * DATA_PER_GROUP * 5 // 8  # 20 bytes, 160 bits
_WEIGHTS = (2, 3, 4, 5)
_FIELD_POLYNOMIAL = 0b100101  # x^5 + x^2 + 1, primitive over GF(2)


def _gf32_multiply(a: int, b: int) -> int:
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= _FIELD_POLYNOMIAL
    return product


def _check_value(group_index: int, data: list[int]) -> int:
    check = group_index + 1
    for weight, value in zip(_WEIGHTS, data, strict=True):
        check ^= _gf32_multiply(weight, value)
    return check


def _to_symbols(raw: bytes) -> list[int]:
    number = int.from_bytes(raw, "big")
    count = len(raw) * 8 // 5
    return [(number >> (5 * (count - 1 - i))) & 31 for i in range(count)]


def _from_symbols(symbols: list[int]) -> bytes:
    number = 0
    for value in symbols:
        number = (number << 5) | value
    return number.to_bytes(len(symbols) * 5 // 8, "big")


def new_recovery_secret() -> tuple[str, bytes]:
    """Return a fresh recovery secret as text to show once, and the bytes that key the slot."""
    raw = secrets.token_bytes(SECRET_BYTES)
    return format_recovery_secret(raw), raw


def format_recovery_secret(raw: bytes) -> str:
    symbols = _to_symbols(raw)
    groups = []
    for index in range(GROUPS):
        data = symbols[index * DATA_PER_GROUP : (index + 1) * DATA_PER_GROUP]
        text = "".join(ALPHABET[v] for v in data) + ALPHABET[_check_value(index, data)]
        groups.append(text)
    return "-".join(groups)


@dataclass(frozen=True)
class RecoveryReading:
    """What some typed text says as a recovery secret.

    `secret` is set when the text is a well-formed recovery secret; `mistyped_group` (counted
    from 1) when it has the shape of one but a group's check character does not match.
    """

    secret: bytes | None = None
    mistyped_group: int | None = None


def _compact(text: str) -> str | None:
    """The 40 characters of `text` if it is shaped like a recovery secret, else None.

    The shape is strict, so that a long passphrase of several words is never mistaken for a
    recovery secret: either 40 characters run together, or eight groups of five separated by
    hyphens or spaces.
    """
    upper = text.strip().upper()
    groups = upper.replace("-", " ").split()
    if len(groups) == 1 and len(groups[0]) == GROUPS * GROUP_LENGTH:
        compact = groups[0]
    elif len(groups) == GROUPS and all(len(g) == GROUP_LENGTH for g in groups):
        compact = "".join(groups)
    else:
        return None
    compact = "".join(_READ_AS.get(ch, ch) for ch in compact)
    return compact if all(ch in _VALUE for ch in compact) else None


def read_recovery_secret(text: str) -> RecoveryReading:
    compact = _compact(text)
    if compact is None:
        return RecoveryReading()
    data_symbols: list[int] = []
    for index in range(GROUPS):
        group = [_VALUE[ch] for ch in compact[index * GROUP_LENGTH : (index + 1) * GROUP_LENGTH]]
        data, check = group[:DATA_PER_GROUP], group[DATA_PER_GROUP]
        if _check_value(index, data) != check:
            return RecoveryReading(mistyped_group=index + 1)
        data_symbols.extend(data)
    return RecoveryReading(secret=_from_symbols(data_symbols))
