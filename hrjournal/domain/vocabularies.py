"""Controlled vocabularies: stable keys, English labels, HURIDOCS codes where they exist.

The terms are data (resources/vocabularies.json); this module only gives them a shape. Records
store keys, never labels, so a translation or a relabelling never changes a record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SEPARATOR = "::"


@dataclass(frozen=True)
class Term:
    key: str
    label: str
    huridocs: str | None = None
    parent: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Vocabulary:
    name: str
    label: str
    terms: tuple[Term, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {term.key: term for term in self.terms})

    def __contains__(self, key: object) -> bool:
        return key in self._by_key  # type: ignore[attr-defined]

    def term(self, key: str) -> Term:
        term: Term = self._by_key[key]  # type: ignore[attr-defined]
        return term

    def label_of(self, key: str) -> str:
        return self.term(key).label

    def keys(self) -> list[str]:
        return [term.key for term in self.terms]

    def leaves(self) -> list[str]:
        """Keys that can be chosen: in a two-level vocabulary, the types, and categories
        without types."""
        parents = {term.parent for term in self.terms if term.parent}
        return [term.key for term in self.terms if term.key not in parents]


@dataclass(frozen=True)
class Vocabularies:
    by_name: Mapping[str, Vocabulary]

    def __getitem__(self, name: str) -> Vocabulary:
        return self.by_name[name]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Vocabularies:
        """Build from the parsed vocabularies file; raises ValueError if it is malformed."""
        if data.get("format") != "hrjournal-vocabularies/1":
            raise ValueError("not an hrjournal-vocabularies/1 file")
        vocabularies = {}
        for name, body in data["vocabularies"].items():
            terms = []
            for raw in body["terms"]:
                extra = {
                    k: v for k, v in raw.items() if k not in {"key", "label", "huridocs", "parent"}
                }
                terms.append(
                    Term(
                        key=str(raw["key"]),
                        label=str(raw["label"]),
                        huridocs=raw.get("huridocs"),
                        parent=raw.get("parent"),
                        extra=extra,
                    )
                )
            keys = [t.key for t in terms]
            if len(keys) != len(set(keys)):
                raise ValueError(f"vocabulary {name} repeats a key")
            vocabularies[name] = Vocabulary(name, str(body.get("label", name)), tuple(terms))
        return cls(vocabularies)
