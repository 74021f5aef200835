"""Search finds words in every script the journal is written in, and forgets what is deleted."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hrjournal.domain.contact import Contact
from hrjournal.domain.incident import Incident
from hrjournal.services import records
from hrjournal.services.searching import search_journal
from hrjournal.vault.journal import UnlockedJournal

TEXTS = {
    "i-es": "La policía realizó una detención arbitraria frente a la oficina.",
    "i-fr": "Une arrestation arbitraire a eu lieu près du tribunal; l'avocate était présente.",
    "i-ar": "قامت الشرطةُ باعتقال المدافعة أمام المحكمة وصادرت هاتفها.",
    "i-ru": "Полиция задержала журналиста у здания суда и изъяла ноутбук.",
    "i-zh": "警察在人权保护组织的办公室外面等候了三个小时。",
}


@pytest.fixture
def filled(journal: UnlockedJournal) -> UnlockedJournal:
    for uid, text in TEXTS.items():
        records.save_incident(journal, Incident(id=uid, title=f"Incident {uid}", description=text))
    records.save_contact(journal, Contact(id="c-1", name="Léa Dupont", notes="Avocate à Lyon"))
    plan = records.new_plan("travel")
    plan.title = "Voyage à Genève"
    records.save_plan(journal, plan)
    return journal


def _found(journal: UnlockedJournal, query: str) -> set[str]:
    return {hit.uid for hit in search_journal(journal, query)}


@pytest.mark.parametrize(
    ("query", "uid"),
    [
        ("detencion", "i-es"),
        ("DETENCIÓN arbitraria", "i-es"),
        ("policia", "i-es"),
        ("avocate etait", "i-fr"),
        ("tribunal", "i-fr"),
        ("الشرطة", "i-ar"),  # the article, no vowel marks
        ("شرطة", "i-ar"),  # no article
        ("المحكمه", "i-ar"),  # teh marbuta typed as heh
        ("مدافعة", "i-ar"),  # written with the article
        ("هاتف", "i-ar"),  # a word start: هاتفها, her phone
        ("задержала", "i-ru"),
        ("ЖУРНАЛИСТА", "i-ru"),
        ("журнал", "i-ru"),  # a word start
        ("保护", "i-zh"),  # inside a longer word
        ("办公室", "i-zh"),
        ("人权", "i-zh"),
    ],
)
def test_words_in_every_script_are_found(filled: UnlockedJournal, query: str, uid: str) -> None:
    assert uid in _found(filled, query)


def test_contacts_and_plans_are_searched_too(filled: UnlockedJournal) -> None:
    hits = search_journal(filled, "lyon")
    assert [(h.kind, h.title) for h in hits] == [("contact", "Léa Dupont")]
    assert [h.kind for h in search_journal(filled, "geneve")] == ["plan"]


def test_a_deleted_record_is_no_longer_found(filled: UnlockedJournal) -> None:
    assert _found(filled, "ноутбук") == {"i-ru"}
    records.delete_incident(filled, "i-ru")
    assert _found(filled, "ноутбук") == set()


def test_an_edit_replaces_the_words(filled: UnlockedJournal) -> None:
    incident = records.get_incident(filled, "i-es")
    records.save_incident(filled, replace(incident, description="Amenaza por teléfono."))
    assert _found(filled, "oficina") == set()
    assert _found(filled, "telefono") == {"i-es"}


@pytest.mark.parametrize("query", ['"', "NEAR(a b)", "a OR b AND", "*", "^x", "-", "col:x", ""])
def test_search_syntax_typed_by_a_person_is_plain_text(filled: UnlockedJournal, query: str) -> None:
    search_journal(filled, query)  # never an error


def test_the_index_deletes_securely(journal: UnlockedJournal) -> None:
    row = journal.connection.execute(
        "SELECT v FROM search_index_config WHERE k = 'secure-delete'"
    ).fetchone()
    assert row == (1,)


def test_deleted_contacts_and_plans_are_no_longer_found(filled: UnlockedJournal) -> None:
    plan_uid = next(h.uid for h in search_journal(filled, "geneve"))
    records.delete_contact(filled, "c-1")
    records.delete_plan(filled, plan_uid)
    assert search_journal(filled, "lyon") == []
    assert search_journal(filled, "geneve") == []


def test_a_nul_in_a_query_is_just_a_space(filled: UnlockedJournal) -> None:
    assert {h.uid for h in search_journal(filled, "tribunal\x00avocate")} == {"i-fr"}
