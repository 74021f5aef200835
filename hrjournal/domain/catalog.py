"""Everything a record is checked against: the vocabularies and the country codes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hrjournal.domain.vocabularies import Vocabularies


@dataclass(frozen=True)
class Catalog:
    vocabularies: Vocabularies
    countries: Mapping[str, str]  # ISO 3166-1 alpha-2 code -> English name
    country_codes: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "country_codes", frozenset(self.countries))

    @classmethod
    def from_data(cls, vocabularies: Mapping[str, Any], countries: Mapping[str, Any]) -> Catalog:
        if countries.get("format") != "hrjournal-countries/1":
            raise ValueError("not an hrjournal-countries/1 file")
        return cls(Vocabularies.from_data(vocabularies), dict(countries["countries"]))
