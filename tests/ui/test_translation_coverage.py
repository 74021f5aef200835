"""Each shipped language translates nearly every message: the screens, and the words of the PDF
documents and safety-plan templates that share the same .ts files.

Read as XML (no Qt needed). A translator may leave the odd message for later, never a part of
the program: under 98% finished, this fails and says how far each language is.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("ar", "es", "fa", "fr", "ru")
REQUIRED = 0.98


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type"):  # unfinished, obsolete, vanished
        return False
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return all(f.strip() for f in forms) if forms else bool((translation.text or "").strip())


def coverage(path: Path) -> tuple[int, int, Counter[str]]:
    """(finished messages, all messages, unfinished ones by context)."""
    finished = total = 0
    missing: Counter[str] = Counter()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            total += 1
            if _finished(message.find("translation")):
                finished += 1
            else:
                missing[name] += 1
    return finished, total, missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_nearly_every_message_is_translated(language: str) -> None:
    finished, total, missing = coverage(FOLDER / f"hrjournal_{language}.ts")
    share = finished / total if total else 0.0
    where = ", ".join(f"{context} {count}" for context, count in missing.most_common())
    assert share >= REQUIRED, (
        f"{language}: {finished} of {total} messages translated ({share:.1%}, "
        f"{REQUIRED:.0%} needed); unfinished by context: {where}"
    )
