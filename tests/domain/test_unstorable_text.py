"""Text no record may hold, because it would change when opened and saved in the app or is
not text at all; and the search words that cannot match anything."""

from __future__ import annotations

import pytest

from hrjournal.domain.incident import incident_from_json
from hrjournal.domain.search_text import MAX_QUERY_TERMS, query_terms
from hrjournal.errors import InvalidRecord
from hrjournal.services import catalog as catalog_service


def _incident(title: str) -> None:
    catalog = catalog_service.catalog()
    incident_from_json({"id": "i-1", "title": title}, catalog.vocabularies, catalog.country_codes)


@pytest.mark.parametrize(
    "title",
    ["nul\x00", "half \ud800", "\ufdd0 qt's own mark", "swapped \ufffe", "\uffff", "\ufeffBOM"],
)
def test_unstorable_text_is_refused_in_one_sentence(title: str) -> None:
    with pytest.raises(InvalidRecord, match="cannot be stored"):
        _incident(title)


@pytest.mark.parametrize("title", ["inner \ufeff mark", "\u202eoverride", "zero\u200bwidth", "🙂"])
def test_other_unusual_text_is_kept(title: str) -> None:
    _incident(title)


def test_words_without_a_letter_or_digit_do_not_empty_a_search() -> None:
    assert query_terms("Juan & Maria 🙂 -") == ["juan", "maria"]


def test_a_pasted_paragraph_searches_for_its_first_words_only() -> None:
    assert len(query_terms("word " * 1000)) == MAX_QUERY_TERMS
