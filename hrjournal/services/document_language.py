"""The language of a document: the program's own words in a PDF (labels, headings, vocabulary
terms, country names, template texts) in the language the user reads.

The words come from the same Qt `.ts` sources that translate the screens, read here as plain
XML: the export layer and the command line never load Qt, so QTranslator and the compiled
`.qm` files are not available to them. A text that has no finished translation stays in
English, which is always better than a blank.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from hrjournal.resources import find

Translate = Callable[[str], str]

# Where a document's words are looked up, first match wins: the documents' own labels, then
# the vocabulary labels, the country names and the safety-plan template texts the screens
# share with them (installers/translations.py puts all four in every .ts file).
CONTEXTS = ("pdf", "vocabulary", "country", "template")
# Languages written right to left, by their primary subtag.
RIGHT_TO_LEFT = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _code(language: str) -> str:
    """The primary subtag of a BCP 47 or POSIX code ("pt-BR", "fa_IR" -> "pt", "fa");
    "" for anything that is not one, so that no code can name a file elsewhere."""
    primary = re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def _keeps_placeholders(source: str, translation: str) -> bool:
    """A translation that loses or renames a {placeholder} would break the document."""
    return sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(translation))


@functools.cache
def _translations(code: str) -> dict[str, str]:
    """English text -> finished translation, over CONTEXTS, the earlier context winning."""
    if code in ("", "en"):
        return {}
    node = find(f"translations/hrjournal_{code}.ts")
    return parse_translations(node.read_bytes()) if node.is_file() else {}


def parse_translations(ts_file: bytes) -> dict[str, str]:
    """The document words of a `.ts` file: English text -> finished translation, over
    CONTEXTS, the earlier context winning."""
    # Our own shipped file, not input from outside.
    root = ET.fromstring(ts_file)  # noqa: S314
    by_context: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in CONTEXTS:
            continue
        table = by_context.setdefault(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # "unfinished", or "obsolete"/"vanished": not for use
            text = translation.text or ""
            if text.strip() and _keeps_placeholders(source, text):
                table[source] = text
    merged: dict[str, str] = {}
    for name in reversed(CONTEXTS):
        merged.update(by_context.get(name, {}))
    return merged


def _english(text: str) -> str:
    return text


def translator(language: str) -> Translate:
    """The function that puts the program's English words into `language` ("es", "ar",
    "pt-BR"...), each text falling back to English where it has no finished translation;
    for English or a language we do not ship, English itself."""
    table = _translations(_code(language))
    if not table:
        return _english
    return lambda text: table.get(text, text)


def is_right_to_left(language: str) -> bool:
    """Whether a document in `language` is laid out right to left: only for a language we
    ship (English words in a mirrored layout would serve no one)."""
    code = _code(language)
    return code in RIGHT_TO_LEFT and bool(_translations(code))


def shipped(language: str) -> bool:
    """Whether documents can be made in `language`: English, or one we have translations of."""
    code = _code(language)
    return code == "en" or bool(_translations(code))
