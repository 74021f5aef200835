"""Wheels' private copies of system libraries, replaced by the system's own (Linux).

A wheel built for many Linux systems carries copies of the system libraries it links, renamed
with a hash so they cannot clash (Pillow's `libxcb-9065bb12.so.1.1.0`, used only for screen
capture, and with it a `libXau` padded to 2 MiB; `libzstd-…` and `liblzma-…` for TIFF). Where
the library is one the bundle already takes from the system (bundle_rules.SYSTEM_LIBRARY), the
copy is removed from the built bundle and each binary that names it is pointed at the
system's library instead: its NEEDED entry (and symbol version reference) renamed by
`patchelf --replace-needed`. This runs on the finished folder, after PyInstaller has stripped
the binaries (`strip` after patchelf leaves a library the loader refuses). installers/build.py
then checks that the .deb names the package of every system library the bundle needs, these
included.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_rules import from_the_system

# auditwheel's renaming: lib<name>-<8 hex digits>.so.<major>[.<minor>...]
_PRIVATE_COPY = re.compile(r"^(lib[^/]+?)-[0-9a-f]{8}(\.so\.\d+)(?:\.\d+)*$")


def system_name(name: str) -> str | None:
    """The system library a wheel's private copy `name` stands for ("libxcb.so.1"), if the
    bundle takes that library from the system; None for anything else."""
    found = _PRIVATE_COPY.match(Path(name).name)
    if found is None:
        return None
    soname = found.group(1) + found.group(2)
    return soname if from_the_system(soname) else None


def _needed(path: Path) -> list[str]:
    ran = subprocess.run(
        ["patchelf", "--print-needed", str(path)], capture_output=True, text=True, check=False
    )
    return ran.stdout.split() if ran.returncode == 0 else []


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(4) == b"\x7fELF"


def use_system_libraries(folder: Path) -> list[str]:
    """Remove from the bundle `folder` the private copies of system libraries, and point each
    binary that named one at the system's; the names of the copies removed."""
    if shutil.which("patchelf") is None:
        raise SystemExit("build: patchelf is needed (apt-get install patchelf)")
    copies = [
        p for p in folder.rglob("*") if system_name(p.name) and (p.is_file() or p.is_symlink())
    ]
    replaced = {p.name: str(system_name(p.name)) for p in copies}
    for path in copies:
        path.unlink()  # the copy, or PyInstaller's link to it
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or not _is_elf(path):
            continue
        renames = [n for n in _needed(path) if n in replaced]
        if renames:
            arguments = [a for old in renames for a in ("--replace-needed", old, replaced[old])]
            subprocess.run(["patchelf", *arguments, str(path)], check=True)
    return sorted(replaced)
