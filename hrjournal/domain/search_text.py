"""Text as the search index sees it, so that a search finds what a person means.

- Accents and case do not matter: "detencion" finds "Detención", "etre" finds "être".
- Arabic is found with or without its short vowels, whatever form of alef or hamza was typed,
  with Persian or Arabic forms of yeh and kaf, and with or without the article: "اعتقال"
  finds "الاعتقال" and the other way round (the article and the conjunctions joined to it
  are set aside, as light Arabic stemmers do).
- Russian "е" finds "ё".
- Chinese, Japanese and Korean are written without spaces between words, so each character
  is made its own token; a search for several characters then matches them side by side,
  which finds any part of a longer word.

The same function prepares the indexed text and the search terms, so they always agree.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

_ARABIC_FOLDS = str.maketrans(
    {
        "\u0640": None,  # tatweel, the stretching stroke
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maqsura -> yeh
        "\u06cc": "\u064a",  # Persian yeh -> Arabic yeh
        "\u06a9": "\u0643",  # Persian kaf -> Arabic kaf
        "\u0629": "\u0647",  # teh marbuta -> heh
    }
)
# Japanese voicing marks change the word (か ka, が ga); they stay.
_KANA_VOICING = "\u3099\u309a"
# Han ideographs, Japanese kana, Hangul syllables: scripts written without spaces.
_UNSPACED = re.compile(
    "([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002fa1f])"
)


# An Arabic word of at least two letters after one of these: the article "al" and the
# conjunctions and prepositions that attach to it.
_ARABIC_ARTICLE = re.compile(
    "(?<![\u0621-\u064a])(?:\u0648\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644"
    "|\u0641\u0627\u0644|\u0644\u0644|\u0627\u0644)(?=[\u0621-\u064a]{2})"
)


@functools.cache
def _marks() -> re.Pattern[str]:
    """Every combining mark (category Mn) but the kana voicing marks, as one character class;
    built once, on first use, so that folding runs at the speed of the regular expression
    engine rather than of a Python loop."""
    codes = [
        code
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Mn" and chr(code) not in _KANA_VOICING
    ]
    ranges = []
    start = previous = codes[0]
    for code in codes[1:]:
        if code != previous + 1:
            ranges.append((start, previous))
            start = code
        previous = code
    ranges.append((start, previous))
    body = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"[{body}]+")


def searchable(text: str) -> str:
    """`text` folded for the index: no case, no accents or vowel marks, no Arabic article,
    unspaced scripts split into characters."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold()
    bare = _marks().sub("", unicodedata.normalize("NFD", folded))
    bare = unicodedata.normalize("NFC", bare).translate(_ARABIC_FOLDS)
    bare = _ARABIC_ARTICLE.sub("", bare)
    # Splitting on a capturing group keeps each character; joining puts spaces around it.
    return " ".join(_UNSPACED.split(bare))


MAX_QUERY_TERMS = 64


def query_terms(query: str) -> list[str]:
    """The words of a search, each folded like the index; unspaced scripts become phrases."""
    words = query.replace("\x00", " ").split()
    # A word with no letter or digit ("&", "-", an emoji) is not in the index, which keeps
    # words only; asked for, it would make every search that holds it find nothing.
    terms = [
        term
        for term in (searchable(word).strip() for word in words)
        if any(character.isalnum() for character in term)
    ]
    # Every word must match, so a pasted paragraph finds nothing its first words do not, and
    # thousands of words would keep the index busy for minutes.
    return terms[:MAX_QUERY_TERMS]
