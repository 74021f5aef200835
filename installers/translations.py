"""Translations of the screens: update the Qt .ts sources from the code, or compile them.

    python installers/translations.py update   # after changing user-visible strings
    python installers/translations.py build    # .ts -> .qm (run by ./dev and by packaging)

The .ts files in resources/translations/ are the sources translators edit (Qt Linguist or any
text editor). Vocabulary labels live in resources/vocabularies.json, not in code, so `update`
hands them to lupdate through a generated list under the context "vocabulary".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "es", "fa", "fr", "ru")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside_python) if beside_python.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} is missing; run ./dev test once to set up.")
    return found


def _vocabulary_strings(folder: Path) -> Path:
    data = json.loads((ROOT / "resources" / "vocabularies.json").read_text(encoding="utf-8"))
    terms = [term for body in data["vocabularies"].values() for term in body["terms"]]
    labels = sorted(
        {term[field] for term in terms for field in ("label", "description") if term.get(field)}
    )
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate('vocabulary', {label!r})" for label in labels]
    target = folder / "vocabulary_strings.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def update(folder: Path = FOLDER) -> None:
    sources = sorted(str(p) for p in (ROOT / "hrjournal" / "ui").glob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        vocabulary = _vocabulary_strings(Path(scratch))
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
                    str(vocabulary),
                    "-ts",
                    str(target),
                ],
                check=True,
            )


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
