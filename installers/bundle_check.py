"""Prove a built bundle holds nothing it must not, and fits its size budget.

    python installers/bundle_check.py dist/hrjournal

Fails (exit 1, one line per problem) if any file is a network part of Qt, QML or Quick, a Qt
plugin we do not ship, or if the folder outgrows its budget. Run by installers/build.py after
every build.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_rules import FORBIDDEN, keep_qt_file

# What the Linux one-folder bundle may weigh: under 120 MB (114.4 MiB), the installers' target.
# It weighs 113.6 MiB (218 MiB untrimmed). Most of it is what the program uses: Qt's Core,
# Gui and Widgets with their Python bindings (about 45 MiB), cryptography and SQLCipher each
# with their own OpenSSL (19 MiB), PDFium to show PDF evidence (7 MiB), HarfBuzz (4 MiB),
# Python (11 MiB) and the PDF fonts (3 MiB, compressed).
BUDGET_BYTES = 120_000_000


@dataclass(frozen=True)
class Findings:
    problems: list[str]
    size_bytes: int


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def sizes(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def check_folder(folder: Path, budget_bytes: int = BUDGET_BYTES) -> Findings:
    problems: list[str] = []
    if not folder.is_dir():
        return Findings([f"{folder} is not a built bundle"], 0)
    for path in sorted(folder.rglob("*")):
        inside = path.relative_to(folder).as_posix()
        if FORBIDDEN.search(inside):
            problems.append(f"forbidden part inside the bundle: {inside}")
        elif path.is_file() and not keep_qt_file(inside):
            problems.append(f"unused Qt part inside the bundle: {inside}")
    size = folder_size(folder)
    if size > budget_bytes:
        problems.append(f"the bundle is {sizes(size)}, over its {sizes(budget_bytes)}")
    return Findings(problems, size)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("dist/hrjournal")
    findings = check_folder(folder)
    for problem in findings.problems:
        print(problem)
    print(f"{folder}: {sizes(findings.size_bytes)}, {len(findings.problems)} problem(s)")
    return 1 if findings.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
