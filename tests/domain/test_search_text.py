from __future__ import annotations

import pytest

from hrjournal.domain.search_text import query_terms, searchable


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Detención", "detencion"),
        ("DÉTENTION", "détention"),
        ("être", "etre"),
        ("Ёлка", "елка"),
        ("ЗАДЕРЖАНИЕ", "задержание"),
        ("الاعتِقالُ", "اعتقال"),  # vowel marks and the article
        ("أمام", "امام"),  # hamza on alef
        ("إعتقال", "اعتقال"),
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("کتاب", "كتاب"),  # Persian kaf
        ("ﻻ", "لا"),  # presentation form
        ("ＡＢＣ", "abc"),  # full width
    ],
)
def test_what_is_written_and_what_is_typed_fold_alike(written: str, typed: str) -> None:
    assert searchable(written).strip() == searchable(typed).strip()


def test_unspaced_scripts_become_one_token_per_character() -> None:
    assert searchable("人权保护").split() == ["人", "权", "保", "护"]
    assert query_terms("保护 组织") == ["保  护", "组  织"]
    assert searchable("ひらがなカタカナ한국어").split() == list("ひらがなカタカナ한국어")


def test_query_words_are_folded_and_empty_words_dropped() -> None:
    assert query_terms("  Détention   ARBITRAIRE ") == ["detention", "arbitraire"]
    assert query_terms("   ") == []
