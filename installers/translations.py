"""Translations of the screens: update the Qt .ts sources from the code, or compile them.

    python installers/translations.py update   # after changing user-visible strings
    python installers/translations.py build    # .ts -> .qm (run by ./dev and by packaging)

The .ts files in resources/translations/ are the sources translators edit (Qt Linguist or any
text editor). Vocabulary labels live in resources/vocabularies.json, not in code, so `update`
hands them to lupdate through a generated list under the context "vocabulary"; the same goes
for country names ("country"), safety-plan template texts ("template") and the words of the
PDF documents ("pdf"), which are made without Qt (hrjournal/services/document_language.py
reads these four contexts from the .ts files).
"""

from __future__ import annotations

import ast
import gettext
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "es", "fa", "fr", "ru")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside_python) if beside_python.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} is missing; run ./dev test once to set up.")
    return found


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def pdf_strings() -> set[str]:
    """The words of the PDF documents: every string literal the export layer passes to a
    function named `tr` (`tr("When")`, `info.tr(...)`, `words.tr(...)`), and the fixed
    English the services hand to the documents (titles of the kinds, the training mark)."""
    found: set[str] = set()
    for source in sorted((ROOT / "hrjournal" / "export").glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute):
                name = node.func.attr
            first = node.args[0]
            if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    from hrjournal.services import demo, reports

    found |= set(reports.TITLES.values())
    found.add(demo.WATERMARK)
    return found


def _data_strings(folder: Path) -> Path:
    """The texts that live in data, not code, as calls lupdate can read: vocabulary labels,
    the field names the history shows, safety-plan template texts, country names, and the
    words of the PDF documents."""
    resources = ROOT / "resources"
    data = json.loads((resources / "vocabularies.json").read_text(encoding="utf-8"))
    terms = [term for body in data["vocabularies"].values() for term in body["terms"]]
    texts: dict[str, set[str]] = {
        "vocabulary": {t[f] for t in terms for f in ("label", "description") if t.get(f)}
    }
    sys.path.insert(0, str(ROOT))
    from hrjournal.services.catalog import template_texts
    from hrjournal.ui.history_view import plain_field_name

    example = json.loads((resources / "examples" / "journal.json").read_text(encoding="utf-8"))
    texts["field"] = {plain_field_name(key) for key in _keys(example)}
    texts["template"] = template_texts()
    texts["pdf"] = pdf_strings()
    countries = json.loads((resources / "countries.json").read_text(encoding="utf-8"))
    texts["country"] = set(countries["countries"].values())
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for context, strings in sorted(texts.items()):
        lines += [f"QCoreApplication.translate({context!r}, {s!r})" for s in sorted(strings)]
    target = folder / "data_strings.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _fill_countries(target: Path, code: str) -> None:
    """Country names from the iso-codes project's translations (Debian: iso-codes), where this
    machine has them; a translator can still correct any of them in the .ts file."""
    try:
        names = gettext.translation("iso_3166-1", "/usr/share/locale", languages=[code])
    except OSError:
        return
    text = target.read_text(encoding="utf-8")
    start = text.find("<name>country</name>")
    if start < 0:
        return
    end = text.find("</context>", start)

    def fill(match: re.Match[str]) -> str:
        source = html.unescape(match.group(1))
        translated = names.gettext(source)
        # A name the same in both languages (Argentina) is a translation too; one the
        # catalogue lacks is not.
        if translated == source and source not in getattr(names, "_catalog", {}):
            return match.group(0)
        entry = f"<translation>{escape(translated)}</translation>"
        return f"<source>{match.group(1)}</source>\n        {entry}"

    block = re.sub(
        r'<source>([^<]*)</source>\s*<translation type="unfinished"></translation>',
        fill,
        text[start:end],
    )
    target.write_text(text[:start] + block + text[end:], encoding="utf-8")


def update(folder: Path = FOLDER) -> None:
    sources = sorted(str(p) for p in (ROOT / "hrjournal" / "ui").glob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        data = _data_strings(Path(scratch))
        for code in LANGUAGES:
            target = folder / f"hrjournal_{code}.ts"
            subprocess.run(
                [
                    _tool("lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    code,
                    *sources,
                    str(data),
                    "-ts",
                    str(target),
                ],
                check=True,
            )
            _fill_countries(target, code)


def for_documents(source: Path, target: Path, contexts: tuple[str, ...]) -> None:
    """A copy of the .ts file `source` holding only what the documents read (`contexts`,
    without the source locations), for the installed program: the screens read the compiled
    .qm, so the rest of the .ts would be carried twice."""
    tree = ET.parse(source)  # noqa: S314 - our own file
    root = tree.getroot()
    for context in list(root.iter("context")):
        if context.findtext("name") not in contexts:
            root.remove(context)
            continue
        for message in context.iter("message"):
            for location in message.findall("location"):
                message.remove(location)
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def build() -> None:
    for source in sorted(FOLDER.glob("hrjournal_*.ts")):
        subprocess.run(
            [_tool("lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update" and sys.argv[2:3] == ["--into"]:  # the tests check a copy
        update(Path(sys.argv[3]))
    else:
        {"update": update, "build": build}[command]()
