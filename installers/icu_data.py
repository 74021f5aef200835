"""A smaller ICU data library for the Linux bundle.

Qt for Linux links ICU, whose data library (libicudata, about 30 MiB) carries every locale's
names of languages, currencies, units and time zones, character set converters, break-iteration
dictionaries and transliterators. HR Journal's Qt uses ICU only to compare strings (QCollator,
e.g. in the file dialogs' sorting) in the language of the screens; everything else it needs
(dates, numbers, text layout) Qt and Python do themselves. This keeps ICU's core data, the
collation of the root locale and of the screens' languages, and each locale's base resource,
and rebuilds the library with ICU's own tools (icupkg, genccode; Debian's icu-devtools).

    python installers/icu_data.py LIBICUDATA OUT.so   # writes the trimmed copy
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The screens' languages (resources/translations) and English.
LANGUAGES = ("en", "ar", "es", "fa", "fr", "ru")
# Whole trees Qt never asks ICU for in this program.
DROPPED_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
_LOCALE = re.compile(r"^([a-z]{2,3})(_|$)")
_NEEDED = re.compile(r"depends on missing item (\S+)")
TOOLS = ("icupkg", "genccode", "nm", "gcc")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _kept(item: str) -> bool:
    folder, _, name = item.rpartition("/")
    if folder in DROPPED_TREES:
        return False
    if name.endswith(".cnv"):  # legacy character sets: the program reads only UTF-8
        return False
    locale = _LOCALE.match(name.rsplit(".", 1)[0]) if name.endswith(".res") else None
    return locale is None or locale.group(1) in LANGUAGES


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (the data is its whole .rodata)."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            return parts[3], address, size
    raise SystemExit(f"{library} has no ICU data symbol")


def _file_offset(library: Path, address: int) -> int:
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in sections.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, size = (int(group, 16) for group in match.groups())
            if start <= address < start + size:
                return address - start + offset
    raise SystemExit(f"{library}: the ICU data is in no section")


def _remove(data: Path, dropped: set[str], listing: Path) -> None:
    """Remove `dropped` from the package, keeping whatever a kept item turns out to need."""
    for _ in range(10):
        listing.write_text("\n".join(sorted(dropped)) + "\n")
        ran = subprocess.run(
            ["icupkg", "-r", str(listing), str(data)], capture_output=True, text=True, check=False
        )
        if ran.returncode == 0:
            return
        needed = set(_NEEDED.findall(ran.stdout + ran.stderr))
        if not needed & dropped:
            raise SystemExit(f"icupkg failed: {(ran.stdout + ran.stderr).strip()[:500]}")
        dropped -= needed
    raise SystemExit("icupkg kept finding dependencies; the ICU data was left whole")


def trim(library: Path, out: Path) -> tuple[int, int]:
    """Write a trimmed copy of `library` to `out`; (bytes before, bytes after)."""
    missing = missing_tools()
    if missing:
        raise SystemExit(
            f"Trimming Qt's ICU data needs {', '.join(missing)}: "
            "apt-get install icu-devtools binutils gcc"
        )
    symbol, address, size = _symbol(library)
    entry = symbol.removesuffix("_dat")  # e.g. icudt73
    soname = re.search(
        r"SONAME\)\s+Library soname: \[([^\]]+)\]",
        subprocess.run(
            ["readelf", "-d", str(library)], check=True, capture_output=True, text=True
        ).stdout,
    )
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        data = work / f"{entry}l.dat"
        with open(library, "rb") as file:
            file.seek(_file_offset(library, address))
            data.write_bytes(file.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(data)], check=True, capture_output=True, text=True
        ).stdout.split()
        dropped = {item for item in items if not _kept(item)}
        _remove(data, dropped, work / "drop.txt")
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(data)],
            check=True,
            capture_output=True,
        )
        assembly = next(work.glob("*.S"))
        out.parent.mkdir(parents=True, exist_ok=True)
        name = soname.group(1) if soname else library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-o", str(out), str(assembly)],
            check=True,
        )
        subprocess.run(["strip", "--strip-unneeded", str(out)], check=True)
    return library.stat().st_size, out.stat().st_size


def main() -> int:
    before, after = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data: {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
