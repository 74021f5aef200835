"""The trainer's demo journal (resources/demo): it imports, it covers every kind of incident in
the languages of a workshop, and it holds nothing real."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from hrjournal.resources import find
from PIL import Image

from hrjournal.services import interchange, records
from hrjournal.services.catalog import catalog
from hrjournal.services.searching import search_journal
from hrjournal.store import revisions
from hrjournal.vault.journal import UnlockedJournal

DEMO = Path(str(find("demo/journal.json")))
DATA: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))
INCIDENTS: list[dict[str, Any]] = DATA["incidents"]
CONTACTS: list[dict[str, Any]] = DATA["contacts"]
PLANS: list[dict[str, Any]] = DATA["safety_plans"]
ATTACHMENTS = [a for incident in INCIDENTS for a in incident.get("attachments", [])]
IMAGES = [a for a in ATTACHMENTS if a["media_type"] == "image/png"]
MARKER = "FICTIONAL - TRAINING"

# ------------------------------------------------------------------ telling languages apart

PERSIAN_ONLY = set("پچژگیک")  # Persian letters (and the Persian forms of yeh and kaf)
LATIN_MARKERS = {
    "en": {"the", "and", "was", "were", "with", "from", "of", "to", "after"},
    "es": {"el", "los", "las", "del", "por", "con", "para", "una", "y", "que"},
    "fr": {"le", "les", "des", "du", "une", "et", "est", "au", "aux", "pour", "sur", "avec"},
}


def _has(text: str, first: str, last: str) -> bool:
    return any(first <= ch <= last for ch in text)


def language(text: str) -> str:
    """The language of a text, by its script, then by a few common words."""
    if _has(text, "\u1000", "\u109f"):
        return "my"
    if _has(text, "\u4e00", "\u9fff"):
        return "zh"
    if _has(text, "\u0400", "\u04ff"):
        return "ru"
    if _has(text, "\u0600", "\u06ff"):
        return "fa" if PERSIAN_ONLY & set(text) else "ar"
    words = re.findall(r"[a-zà-öø-ÿ]+", text.lower())
    scores = {
        lang: sum(word in markers for word in words) for lang, markers in LATIN_MARKERS.items()
    }
    best, second = sorted(scores.values(), reverse=True)[:2]
    assert best > 2 * second, (scores, text[:80])  # one language clearly wins
    return max(scores, key=lambda lang: scores[lang])


def test_the_language_heuristic_itself() -> None:
    assert language("The door was forced and the drive was taken.") == "en"
    assert language("La puerta estaba forzada y faltaba el disco de la oficina.") == "es"
    assert language("Les agents ont posé des scellés sur la porte du bureau.") == "fr"
    assert language("منع من السفر في المطار") == "ar"
    assert language("ممنوع‌الخروجی در فرودگاه") == "fa"
    assert language("Запрет на выезд") == "ru"
    assert language("集会许可被撤销") == "zh"
    assert language("ခြိမ်းခြောက်မှု") == "my"


# ------------------------------------------------------------------ the import


def test_the_demo_journal_imports_whole(journal: UnlockedJournal) -> None:
    summary = interchange.import_json(journal, DEMO)
    assert (summary.contacts, summary.incidents, summary.plans, summary.attachments) == (
        len(CONTACTS),
        len(INCIDENTS),
        2,
        len(ATTACHMENTS),
    )
    assert revisions.verify(journal.connection) == []
    escalation = records.open_incident(journal, "i-es-detencion-bloqueo")
    assert escalation.incident.related[0].incident == "i-es-camioneta-casa"
    assert {h.uid for h in search_journal(journal, "Cerro Pardo")} >= {"i-es-nota-oficina"}
    picture = records.read_attachment(journal, IMAGES[0]["id"])
    assert Image.open(io.BytesIO(picture)).format == "PNG"


# ------------------------------------------------------------------ what a workshop needs


def test_there_is_enough_to_practise_with() -> None:
    assert len(INCIDENTS) >= 44
    assert 12 <= len(CONTACTS) <= 16
    assert len(PLANS) == 2
    assert len(IMAGES) >= 6
    assert len(ATTACHMENTS) > len(IMAGES)  # text attachments too


def test_every_incident_category_is_used_several_times() -> None:
    vocabulary = catalog().vocabularies["incident_types"]
    categories = {term.key for term in vocabulary.terms if "::" not in term.key}
    used = Counter(
        category for i in INCIDENTS for category in {key.split("::")[0] for key in i["types"]}
    )
    assert set(used) == categories
    assert all(count >= 3 for count in used.values()), used
    types = {key for i in INCIDENTS for key in i["types"] if "::" in key}
    assert len(types) >= 35


def test_the_incidents_are_written_in_the_languages_of_a_workshop() -> None:
    languages = Counter(language(i["title"] + "\n" + i.get("description", "")) for i in INCIDENTS)
    assert len(languages) >= 6
    for lang in ("en", "es", "fr", "ar", "ru", "fa"):
        assert languages[lang] >= 3, languages
    for lang in ("my", "zh"):
        assert languages[lang] >= 1, languages


def test_dates_statuses_and_links_vary() -> None:
    assert {i["start"][:4] for i in INCIDENTS} == {"2023", "2024", "2025"}
    precisions = {i.get("start_precision") for i in INCIDENTS}
    assert precisions >= {"exact", "estimate", "unknown_day", "unknown_month_and_day"}
    assert any("end" in i for i in INCIDENTS)
    assert any(i.get("ongoing") for i in INCIDENTS)
    assert {i["status"] for i in INCIDENTS} == {"open", "follow_up", "closed"}
    assert len({i["location"]["country"] for i in INCIDENTS}) >= 8
    assert sum(bool(i.get("related")) for i in INCIDENTS) >= 10
    assert sum(bool(i.get("threat_assessment")) for i in INCIDENTS) >= 5
    assert sum(bool(i.get("private_notes")) for i in INCIDENTS) >= 5
    assert sum(bool(i.get("confidentiality")) for i in INCIDENTS) >= 5
    assert all(i.get("tags") and i.get("perpetrators") and i.get("affected") for i in INCIDENTS)
    affected = {uid for i in INCIDENTS for uid in i["affected"]}
    assert "me" in affected
    assert len(affected) >= 8


def test_contacts_hold_an_emergency_list_and_every_kind_of_helper() -> None:
    ordered = [c for c in CONTACTS if c.get("call_order") is not None]
    assert 4 <= len(ordered) <= 5
    assert sorted(c["call_order"] for c in ordered) == list(range(1, len(ordered) + 1))
    roles = {role for c in CONTACTS for role in c["roles"]}
    assert roles >= {
        "lawyer",
        "doctor",
        "journalist",
        "family",
        "protection_organisation",
        "digital_security_helpline",
        "un_or_regional_mechanism",
    }
    assert all(c.get("alias") and c.get("channels") and c.get("languages") for c in CONTACTS)


def test_both_safety_plans_are_complete() -> None:
    sections = tuple(catalog().vocabularies["plan_sections"].keys())
    languages = set()
    for plan in PLANS:
        assert all(plan["sections"].get(name, "").strip() for name in sections), plan["id"]
        assert 4 <= len(plan["risks"]) <= 6
        assert all(1 <= r["likelihood"] <= 5 and 1 <= r["impact"] <= 5 for r in plan["risks"])
        assert len(plan["contact_tree"]) >= 3
        assert len(plan["check_in"]["escalation"]) == 3
        assert plan["review_log"]
        languages.add(language(plan["title"] + "\n" + "\n".join(plan["sections"].values())))
    assert languages == {"en", "es"}


def test_the_pictures_are_small_marked_pngs() -> None:
    for info in IMAGES:
        path = DEMO.parent / info["path"]
        assert path.stat().st_size < 60_000, info["path"]
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert image.width <= 800
            assert image.height <= 600
            image.verify()
        assert MARKER in info["description"] or "fictional" in info["filename"].lower()


def test_the_text_attachments_say_they_are_fictional() -> None:
    for info in ATTACHMENTS:
        if info["media_type"] == "text/plain":
            assert MARKER in (DEMO.parent / info["path"]).read_text(encoding="utf-8")


# ------------------------------------------------------------------ nothing real


def _all_text() -> str:
    texts = [DEMO.read_text(encoding="utf-8")]
    for info in ATTACHMENTS:
        if info["media_type"].startswith("text/"):
            texts.append((DEMO.parent / info["path"]).read_text(encoding="utf-8"))
    return "\n".join(texts)


def test_every_number_and_address_is_a_placeholder() -> None:
    channels = [channel for c in CONTACTS for channel in c["channels"]]
    for channel in channels:
        if channel["type"] in {"phone", "sms", "signal", "whatsapp"}:
            assert channel["value"].startswith("+00 000"), channel
        if channel["type"] in {"email", "pgp_email"}:
            assert channel["value"].endswith(("@example.org", "@example.net")), channel
    text = _all_text()
    for phone in re.findall(r"\+\d[\d ]{6,}", text):
        assert phone.startswith("+00 000"), phone
    for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        assert re.search(r"@example\.(org|net)$", email), email
    for host in re.findall(r"https?://([^/\s\"]+)", text):
        assert re.fullmatch(r"(?:[\w-]+\.)*example\.(org|net)", host), host


def test_coordinates_are_round_numbers() -> None:
    located = [i["location"] for i in INCIDENTS if "latitude" in i["location"]]
    assert located
    for where in located:
        assert float(where["latitude"]).is_integer()
        assert float(where["longitude"]).is_integer()
