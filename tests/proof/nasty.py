"""The hostile strings, and the judgements made on what the program answers them.

The strings are what a careless paste, a malicious import file or an unusual keyboard can put
into a text field, grouped by the harm each could do:
- markup: reportlab's paragraph language, HTML, XML and format strings must stay literal text;
- direction: overrides and isolates could reverse what a reader of a PDF sees;
- invisible: zero-width characters, byte-order marks, no-break spaces, line separators;
- combining: stacks of marks (60 on one letter), decomposed accents, a mark with no letter;
- emoji: joiner sequences, flags, a lone regional indicator;
- scripts: Arabic and Persian with numbers, Hebrew, Burmese, CJK, Devanagari;
- controls: C0 and C1 controls, escape sequences, every kind of line end;
- noncharacters: code points that are not text at all, private use;
- unstorable: NUL and half surrogate pairs, which the format refuses (docs/json-format.md);
- long: unbroken words thousands of characters long, in several scripts;
- blank: empty, only spaces, only line ends.

Characters that could hide in this file (direction controls, zero-width ones) are written as
escapes, so that the file reads as what it holds.
"""

from __future__ import annotations

import re
import string

from hypothesis import strategies as st

from hrjournal.domain.fields import MAX_TEXT
from hrjournal.export.safe_text import printable

MARKUP = (
    "<b>bold</b> <i>italic</i> <u>under</u> <strike>gone</strike>",
    "<para alignment='center' fontSize=40 leading=80>big para</para>",
    "<font size=80 color='red' face='Courier'>huge font</font>",
    "&amp; &lt;b&gt; &#x202e; &#0; &nbsp; &bogus; &",
    "<![CDATA[<b>not bold</b>]]> ]]>",
    "<script>alert('x')</script><style>*{display:none}</style>",
    "<img src='/etc/passwd' width=500/> <a href='http://example.invalid/'>link</a>",
    "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
    "<br/><seq id='n'/><onDraw name='canvas'/><greek>a</greek><sup>2</sup>",
    "{0} {title} %s %(name)s %n {{}} ${HOME} `id` \\n \\u0000",
    '"quoted" NEAR(a b) AND OR NOT * ^ column:term -minus +plus',
    "' OR 1=1; DROP TABLE incidents; --",
    "**bold** _em_ [link](http://example.invalid) | cell | # heading",
)
DIRECTION = (
    "\u202eexe.txt",
    "left \u202dforced left to right\u202c right",
    "\u202aembedded\u202c \u202bembedded right to left\u202c",
    "\u2066isolate\u2069 \u2067right isolate\u2069 \u2068first strong\u2069",
    "\u2067\u2067\u2067 three isolates never closed",
    "marks \u200e\u200f\u061c in between",
    "paid \u202e0001$\u202c in cash",
)
INVISIBLE = (
    "zero\u200bwidth\u200cnon\u200djoiner",
    "\ufeffstarts with a byte-order mark",
    "ends with a byte-order mark\ufeff",
    "\ufffestarts with a swapped byte-order mark",
    "line\u2028separator\u2029paragraph separator",
    "no\u00a0break\u202fnarrow\u2007figure spaces",
    "soft\u00adhyphen word\u2060joiner \u180e mongolian vowel separator",
    "variation \ufe0f\ufe0e selectors \U000e0001\U000e0041 tags",
)
COMBINING = (
    "Z" + "".join(chr(0x0300 + n) for n in range(60)) + " sixty marks on one letter",
    "e\u0301 and \u00e9, A\u030a and \u00c5",
    "\u0301 starts with a mark",
    "\u0e01\u0e34\u0e4a\u0e4b\u0e4c stacked Thai",
    "h\u0335\u0321e\u0334 c\u0337o\u0338m\u0336e\u0335s",
)
EMOJI = (
    "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 family",
    "\U0001f1fa\U0001f1e6\U0001f1f2\U0001f1fd\U0001f1f5\U0001f1f8 flags",
    "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Scotland",
    "\U0001f44b\U0001f3fd wave 1\ufe0f\u20e3 keycap",
    "\U0001f1fa lone regional indicator",
)
SCRIPTS = (
    "اعتقال الناشط ١٢٣ يوم ٢٠٢٤/٣/٥ رقم 45 في المكتب",
    "تهدید به مرگ ۱۴۰۳ گزارش 7",
    "עדות 12 בבית המשפט",
    "မြန်မာနိုင်ငံ ရန်ကုန် ၂၀၂၄",
    "中文字符 日本語のテキスト 한국어 텍스트 𠜎𠜱",
    "हिन्दी क्षत्रिय ज्ञ",
    "Ελληνικά Кириллица ёлка Ђорђе",
    "ﷺ ﷽ ligatures",
)
CONTROLS = (
    "bell\x07 backspace\x08 escape\x1b[31mred\x1b[0m",
    "delete\x7f c1\x80\x85\x9b\x9f controls",
    "form\x0cfeed vertical\x0btab\ttab",
    "carriage\rreturn\r\nwindows\n\nunix",
    "\x1c\x1d\x1e\x1f separators",
)
NONCHARACTERS = (
    "\ufdd0\ufdef\uffff\U0001fffe\U0010ffff noncharacters",
    "\ue000\U000f0000 private use",
    "\ufffd replacement",
)
UNSTORABLE = (
    "nul\x00in the middle",
    "\x00",
    "\ud800 lone high surrogate",
    "lone low \udfff",
    "\ude00\ud83d reversed pair",
)
LONG = (
    "x" * 5000,
    "ب" * 3000,
    "https://example.invalid/" + "a/" * 1500,
    "漢" * 2000,
)
BLANK = ("", " ", "\t\n \u3000\u2003\u00a0\u2028", "\n" * 200)

CORPUS: dict[str, tuple[str, ...]] = {
    "markup": MARKUP,
    "direction": DIRECTION,
    "invisible": INVISIBLE,
    "combining": COMBINING,
    "emoji": EMOJI,
    "scripts": SCRIPTS,
    "controls": CONTROLS,
    "noncharacters": NONCHARACTERS,
    "unstorable": UNSTORABLE,
    "long": LONG,
    "blank": BLANK,
}
EVERY_STRING = tuple(text for group in CORPUS.values() for text in group)
SHORT_STRINGS = tuple(text for text in EVERY_STRING if text not in LONG)


def has_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


_NONCHARACTERS_REFUSED = {chr(c) for c in range(0xFDD0, 0xFDF0)} | {"\ufffe", "\uffff"}


def storable(text: str) -> bool:
    """What the format takes (docs/json-format.md): any Unicode but NUL, the noncharacters
    U+FDD0-U+FDEF, U+FFFE and U+FFFF, and a byte-order mark at the start; a half surrogate
    pair is not Unicode text at all."""
    return (
        "\x00" not in text
        and not has_surrogate(text)
        and not _NONCHARACTERS_REFUSED & set(text)
        and not text.startswith("\ufeff")
    )


def hostile_text(*, long_words: bool = True) -> st.SearchStrategy[str]:
    """One to four pieces run together: corpus strings, any code point at all (surrogates,
    unassigned ones and controls included) and plain printable ASCII. Without `long_words`,
    the corpus's long words stay out, for targets where every example is a document."""
    corpus = EVERY_STRING if long_words else SHORT_STRINGS
    piece = st.one_of(
        st.sampled_from(corpus),
        st.text(st.characters(codec=None, exclude_categories=()), max_size=20),
        st.text(string.printable, max_size=20),
    )
    return st.lists(piece, min_size=1, max_size=4).map("".join)


def megabyte_text(length: int = MAX_TEXT) -> str:
    """`length` characters (by default the most one field may hold) of every storable short
    string of the corpus, repeated line after line."""
    line = " ".join(text for text in SHORT_STRINGS if storable(text)) + "\n"
    return (line * (length // len(line) + 1))[:length]


def label(text: str) -> str:
    """An example named in ASCII, short: safe in a figure file and a test report."""
    shown = ascii(text[:32]) + ("..." if len(text) > 32 else "")
    return f"{shown} ({len(text)} characters)"


def difference(expected: object, got: object) -> str:
    """Where `got` first departs from `expected`, said by code points and lengths."""
    if not (isinstance(expected, str) and isinstance(got, str)):
        return f"{ascii(expected)[:80]} became {ascii(got)[:80]}"
    same = (n for n, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b)
    at = next(same, min(len(expected), len(got)))

    def code(text: str) -> str:
        return f"U+{ord(text[at]):04X}" if at < len(text) else "the end"

    return (
        f"{len(expected)} characters became {len(got)}; "
        f"at character {at}, {code(expected)} became {code(got)}"
    )


# -- what a clear refusal is -----------------------------------------------------------------

MAX_MESSAGE = 400
_SECOND_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
_PROGRAM_ERROR = re.compile(r"Traceback|\b\w+(?:Error|Exception)\b|std::|internal error")


def message_problem(message: str) -> str | None:
    """What keeps `message` from being what errors.py promises, "one plain sentence meant
    for a person under stress", or None."""
    text = message.strip()
    if not text:
        return "says nothing"
    if "\n" in text:
        return "runs over several lines"
    if len(text) > MAX_MESSAGE:
        return f"is {len(text)} characters long"
    if not text.endswith((".", "?", "!")):
        return "is not a finished sentence"
    if _PROGRAM_ERROR.search(text):
        return "shows a program error, not a sentence for a person"
    if _SECOND_SENTENCE.search(text[:-1]):
        return "holds more than one sentence"
    return None


# -- what a PDF must hold --------------------------------------------------------------------

# Runs of Latin letters and digits, and Han characters: what a PDF's text layer gives back as
# written. Shaped and right-to-left scripts come back in drawing order, so they are not
# compared; the code a control prints as ([U+202E]) is.
_WORD = re.compile(r"[A-Za-z0-9]{2,}|[\u4e00-\u9fff]")
_CHUNK = 12
_PAGE = 500  # fewer characters than a page holds, even in a narrow table column


def printed_words(text: str) -> list[str]:
    """The words a PDF holding `text` must hold: taken from the text as documents print it
    (export/safe_text.py), controls shown by their code and invisible formatting removed."""
    return sorted(set(_WORD.findall(printable(text))))


def missing_words(words: list[str], extracted: str) -> list[str]:
    """The words not in `extracted`, spaces and line breaks aside. A word longer than a line
    is broken across lines, and across pages, where the page's own header and footer come in
    between: such a word counts as there when its pieces are there in order, but for one
    piece in each page it spans."""
    flat = "".join(extracted.split())
    return [
        word
        for word in words
        if word not in flat
        and (len(word) <= 60 or _pieces_lost(word, flat) > 1 + len(word) // _PAGE)
    ]


def _pieces_lost(word: str, flat: str) -> int:
    position, lost = 0, 0
    for start in range(0, len(word), _CHUNK):
        found = flat.find(word[start : start + _CHUNK], position)
        if found < 0:
            lost += 1
        else:
            position = found + _CHUNK
    return lost
