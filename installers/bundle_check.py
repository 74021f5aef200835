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

# What the Linux one-folder bundle may weigh (MiB): a guard against growth, a little above
# what it weighs today (127 MiB; 218 MiB before trimming). The rest is what the program uses:
# Qt's Core, Gui and Widgets with their Python bindings (about 45 MiB), cryptography and
# SQLCipher each with their own OpenSSL (19 MiB), PDFium to show PDF evidence (7 MiB), qpdf to
# encrypt PDFs (7 MiB), HarfBuzz (4 MiB), the PDF fonts (6 MiB) and Python (11 MiB).
BUDGET_MIB = 130


@dataclass(frozen=True)
class Findings:
    problems: list[str]
    size_bytes: int


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_folder(folder: Path, budget_mib: float = BUDGET_MIB) -> Findings:
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
    if size > budget_mib * 1024 * 1024:
        problems.append(f"the bundle is {size / 1024 / 1024:.1f} MiB, over its {budget_mib} MiB")
    return Findings(problems, size)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("dist/hrjournal")
    findings = check_folder(folder)
    for problem in findings.problems:
        print(problem)
    print(
        f"{folder}: {findings.size_bytes / 1024 / 1024:.1f} MiB, "
        f"{len(findings.problems)} problem(s)"
    )
    return 1 if findings.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
