"""Reading a record from its JSON form, with errors that name the record and the field.

Every record enters the program through here: typed in the app, imported from a file, or read
back from the journal. A mistake is reported as "Incident inc-12, field start: 2023-02-30 is
not a real date", never as a stack of Python types.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from hrjournal.domain.dates import DateProblem, PartialDate, check_order, parse_day
from hrjournal.domain.vocabularies import Vocabularies
from hrjournal.errors import InvalidRecord

MAX_TEXT = 1_000_000  # characters in one field; a novel, not a flood
MAX_SHORT = 500  # titles, names, labels
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}", re.ASCII)
# NUL and half surrogate pairs cannot be stored. Unicode's noncharacters are for a program's
# own use, never for interchange: Qt's text widgets use U+FDD0 and U+FDD1 as their own
# markers, and PySide6 reads a leading U+FFFE or U+FEFF as a byte-order mark (the text byte-
# swapped, or the mark dropped), so a record holding them would change when opened and saved.
_UNWRITABLE = re.compile("[\x00\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]|^\ufeff")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}", re.ASCII)
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)


def valid_timestamp(value: str) -> bool:
    if not _TIMESTAMP.fullmatch(value):
        return False
    try:
        dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fields:
    """One JSON object of a record, with where it sits (for error messages)."""

    def __init__(self, data: object, record: str, path: str, vocabularies: Vocabularies) -> None:
        if not isinstance(data, Mapping):
            raise InvalidRecord(record, path, "must be an object")
        self.data: Mapping[str, Any] = data
        self.record = record
        self.path = path
        self.vocabularies = vocabularies
        self._read: set[str] = set()

    def _where(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, problem: str) -> InvalidRecord:
        return InvalidRecord(self.record, self._where(name), problem)

    def _get(self, name: str) -> Any:
        self._read.add(name)
        return self.data.get(name)

    def check_no_unknown(self) -> None:
        """A misspelt field would otherwise be dropped without a word."""
        for name in self.data:
            if name not in self._read:
                raise self.fail(name, "is not a field of this record")

    def text(self, name: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
        value = self._get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise self.fail(name, "must be text")
        if _UNWRITABLE.search(value):
            raise self.fail(
                name,
                "contains a character that cannot be stored (NUL, half a surrogate pair, a "
                "Unicode noncharacter, or a byte-order mark at the start)",
            )
        if len(value) > limit:
            raise self.fail(name, f"is longer than {limit:,} characters")
        if required and not value.strip():
            raise self.fail(name, "must not be empty")
        return value

    def optional_text(self, name: str, limit: int = MAX_SHORT) -> str | None:
        if self.data.get(name) is None:
            self._read.add(name)
            return None
        return self.text(name, limit=limit) or None

    def timestamp(self, name: str) -> str | None:
        """A moment in UTC, written YYYY-MM-DDTHH:MM:SSZ."""
        value = self.optional_text(name, limit=20)
        if value is not None and not valid_timestamp(value):
            raise self.fail(name, f"{value!r} is not a time written YYYY-MM-DDTHH:MM:SSZ")
        return value

    def sha256(self, name: str) -> str | None:
        value = self.optional_text(name, limit=64)
        if value is not None and not SHA256_PATTERN.fullmatch(value):
            raise self.fail(name, "is not a SHA-256 digest (64 lower-case hexadecimal digits)")
        return value

    def boolean(self, name: str, default: bool = False) -> bool:
        value = self._get(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(name, "must be true or false")
        return value

    def integer(self, name: str, *, minimum: int, maximum: int, default: int) -> int:
        value = self.optional_integer(name, minimum=minimum, maximum=maximum)
        return default if value is None else value

    def required_integer(self, name: str, *, minimum: int, maximum: int) -> int:
        value = self.optional_integer(name, minimum=minimum, maximum=maximum)
        if value is None:
            raise self.fail(name, "is missing")
        return value

    def optional_integer(self, name: str, *, minimum: int, maximum: int) -> int | None:
        value = self._get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, "must be a whole number")
        if not minimum <= value <= maximum:
            raise self.fail(name, f"must be between {minimum} and {maximum}")
        return value

    def number(self, name: str, *, minimum: float, maximum: float) -> float | None:
        value = self._get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(name, "must be a number")
        if not minimum <= value <= maximum:
            raise self.fail(name, f"must be between {minimum} and {maximum}")
        return float(value)

    def key(self, name: str, vocabulary: str, *, default: str) -> str:
        value = self.optional_key(name, vocabulary)
        return default if value is None else value

    def required_key(self, name: str, vocabulary: str) -> str:
        value = self.optional_key(name, vocabulary)
        if value is None:
            raise self.fail(name, "is missing")
        return value

    def optional_key(self, name: str, vocabulary: str) -> str | None:
        value = self._get(name)
        if value is None:
            return None
        return self._vocabulary_key(name, value, vocabulary)

    def keys(self, name: str, vocabulary: str) -> list[str]:
        values = self.array(name)
        chosen = [self._vocabulary_key(name, value, vocabulary) for value in values]
        if len(set(chosen)) != len(chosen):
            raise self.fail(name, "lists the same entry twice")
        return chosen

    def _vocabulary_key(self, name: str, value: object, vocabulary: str) -> str:
        terms = self.vocabularies[vocabulary]
        if not isinstance(value, str) or value not in terms:
            raise self.fail(name, f"{value!r} is not a known {terms.label.lower()} key")
        return value

    def identifier(self, name: str) -> str:
        value = self.optional_identifier(name)
        if value is None:
            raise self.fail(name, "is missing")
        return value

    def optional_identifier(self, name: str) -> str | None:
        value = self._get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            raise self.fail(
                name,
                f"{value!r} is not an id (letters, digits and _ . : - up to 64 characters)",
            )
        return value

    def array(self, name: str) -> list[Any]:
        value = self._get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, "must be a list")
        return value

    def strings(self, name: str, *, limit: int = MAX_SHORT) -> list[str]:
        values = []
        for index, value in enumerate(self.array(name)):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{name}[{index}]", "must be non-empty text")
            if len(value) > limit or _UNWRITABLE.search(value):
                raise self.fail(f"{name}[{index}]", "is too long or holds unstorable characters")
            values.append(value)
        if len(set(values)) != len(values):
            raise self.fail(name, "lists the same entry twice")
        return values

    def objects(self, name: str) -> Iterator[Fields]:
        for index, item in enumerate(self.array(name)):
            yield Fields(item, self.record, self._where(f"{name}[{index}]"), self.vocabularies)

    def object(self, name: str) -> Fields:
        value = self._get(name)
        return Fields(
            {} if value is None else value, self.record, self._where(name), self.vocabularies
        )

    def partial_date(self, name: str, precision_name: str | None = None) -> PartialDate | None:
        value = self._get(name)
        precision = self._get(precision_name) if precision_name else None
        if value is None:
            if precision is not None and precision_name:
                raise self.fail(precision_name, "is given without a date")
            return None
        if not isinstance(value, str):
            raise self.fail(name, "must be a date written as text")
        if precision is not None and not isinstance(precision, str):
            raise self.fail(precision_name or name, "must be text")
        try:
            return PartialDate.parse(value, precision)
        except DateProblem as problem:
            raise self.fail(name, str(problem)) from None

    def day(self, name: str) -> str | None:
        value = self._get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, "must be a date written as text")
        try:
            parse_day(value)
        except DateProblem as problem:
            raise self.fail(name, str(problem)) from None
        return value

    def date_order(self, start: PartialDate | None, end: PartialDate | None, name: str) -> None:
        try:
            check_order(start, end)
        except DateProblem as problem:
            raise self.fail(name, str(problem)) from None


def date_text(value: PartialDate | None) -> str | None:
    return None if value is None else str(value)


def date_precision(value: PartialDate | None) -> str | None:
    return None if value is None else value.precision
