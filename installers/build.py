"""Build the program people install, with no Python of their own.

    python installers/build.py icons    # build/icons/: PNGs at the usual sizes, .ico, .icns
    python installers/build.py bundle   # dist/hrjournal/, one folder (PyInstaller), checked
    python installers/build.py check    # the bundle's contents and size; its --version and
                                        # --self-test (offscreen where there is no screen)
    python installers/build.py linux    # bundle, check, then the .deb, the tarball and
                                        # dist/SHA256SUMS

The version is read from hrjournal/__init__.py, the one place it is written. Windows and macOS
installers are made from the same bundle by installers/windows/build.ps1 and
installers/macos/make-dmg.sh (installers/README.md).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "hrjournal"
ICONS = BUILD / "icons"
LINUX = ROOT / "installers" / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
sys.path.insert(0, str(ROOT / "installers"))


def _declared(name: str) -> str:
    """A value hrjournal/__init__.py declares, where each is written once."""
    text = (ROOT / "hrjournal" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(rf'^{name} = "([^"]+)"', text, re.M)
    if not found:
        raise SystemExit(f"hrjournal/__init__.py does not say its {name}")
    return found.group(1)


def version() -> str:
    return _declared("__version__")


def app_id() -> str:
    return _declared("APP_ID")


def _say(line: str) -> None:
    print(f"build: {line}", flush=True)


# -- icons -----------------------------------------------------------------------------------


def icons() -> None:
    """Render the SVG icon with Qt at every size; write .ico and .icns with Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "hrjournal.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/hrjournal.svg is not a valid SVG")
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not image.save(str(ICONS / f"hrjournal-{size}.png")):
            raise SystemExit(f"could not write the {size} px icon")
    largest = Image.open(ICONS / "hrjournal-512.png")
    largest.save(ICONS / "hrjournal.ico", sizes=[(s, s) for s in ICON_SIZES if s <= 256])
    largest.save(ICONS / "hrjournal.icns")
    _say(f"icons in {ICONS.relative_to(ROOT)}")


# -- the bundle ------------------------------------------------------------------------------


def bundle() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "installers" / "translations.py"), "build"], check=True
    )
    icons()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "installers" / "hrjournal.spec"),
        ],
        check=True,
    )
    _sort_zip(BUNDLE / "_internal" / "base_library.zip")
    if sys.platform.startswith("linux"):
        from relink import use_system_libraries

        removed = use_system_libraries(BUNDLE)
        _say(f"{len(removed)} private copies of system libraries replaced by the system's")
    check()


def _sort_zip(path: Path) -> None:
    """PyInstaller writes the standard library's archive in a different order at each build;
    sorted, two builds of one commit are the same bytes."""
    if not path.is_file():
        return
    with zipfile.ZipFile(path) as source:
        entries = sorted(source.infolist(), key=lambda info: info.filename)
        contents = [(info, source.read(info)) for info in entries]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in contents:
            target.writestr(info, data)


def _program() -> Path:
    name = "hrjournal.exe" if sys.platform == "win32" else "hrjournal"
    return BUNDLE / name


def check() -> None:
    """Contents and size, then the bundled program's --version and --self-test."""
    from bundle_check import check_folder, sizes

    findings = check_folder(BUNDLE)
    for problem in findings.problems:
        print(problem)
    if findings.problems:
        raise SystemExit(f"build: the bundle failed its check ({len(findings.problems)})")
    _say(f"{BUNDLE.relative_to(ROOT)}: {sizes(findings.size_bytes)}, nothing forbidden")
    shown = subprocess.run(
        [str(_program()), "--version"], check=True, capture_output=True, text=True
    ).stdout.strip()
    if shown != f"hrjournal {version()}":
        raise SystemExit(f"build: the bundle says {shown!r}, not hrjournal {version()}")
    _say(shown)
    if sys.platform.startswith("linux"):
        check_depends(BUNDLE)
        check_legacy_locale()
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="hrjournal-bundle-check-") as temp:
        env["TMPDIR"] = temp
        ran = subprocess.run(
            [str(_program()), "--self-test"], env=env, check=False, capture_output=True, text=True
        )
        print(ran.stdout, end="")
        if ran.returncode != 0:
            print(ran.stderr, end="")
            raise SystemExit("build: the bundled program failed its self-test")
        left = list(Path(temp).iterdir())
        if left:
            raise SystemExit(f"build: the self-test left {left[0].name} behind")


def check_legacy_locale() -> None:
    """The bundled program starts on a computer set to a legacy Chinese encoding: Python
    decodes file names in the locale's encoding as it starts, and needs its codec for that."""
    locales = BUILD / "locales"
    if not (locales / "zh_CN.GB18030").is_dir():
        if shutil.which("localedef") is None:
            _say("no localedef: the start under a GB18030 locale was not checked")
            return
        locales.mkdir(parents=True, exist_ok=True)
        made = subprocess.run(
            ["localedef", "-i", "zh_CN", "-f", "GB18030", str(locales / "zh_CN.GB18030")],
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0:
            _say("no GB18030 character map (Debian's locales): that start was not checked")
            return
    env = {**os.environ, "LOCPATH": str(locales), "LC_ALL": "zh_CN.GB18030"}
    ran = subprocess.run(
        [str(_program()), "--version"], env=env, capture_output=True, text=True, check=False
    )
    if ran.returncode != 0 or not ran.stdout.startswith("hrjournal "):
        raise SystemExit(f"build: the bundle does not start under a GB18030 locale: {ran.stderr}")
    _say("starts under a GB18030 locale")


# -- Linux: .deb and tarball -----------------------------------------------------------------


def _architecture() -> str:
    ran = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
    )
    return ran.stdout.strip() or "amd64"


def _glibc() -> str:
    found = re.search(r"(\d+\.\d+)", os.confstr("CS_GNU_LIBC_VERSION") or "")
    return found.group(1) if found else "2.36"


# The Debian packages of the libraries the bundle takes from the system (bundle_rules.py says
# which, and why). `check` proves, on the built bundle, that every library it needs from the
# system comes from one of these.
DEB_DEPENDS = (
    "libc6",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libssl3",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libpng16-16",
    "libexpat1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-render0",
    "libxcb-shm0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xfixes0",
    "libxcb-sync1",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libegl1",
    "libgl1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libbz2-1.0",
    "libffi8",
    "liblzma5",
    "libuuid1",
    "libzstd1",
)


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_packages(folder: Path) -> dict[str, str]:
    """Each library the bundle loads from the system, and the Debian package it comes from
    ("" if this system lacks it)."""
    provided = {path.name for path in folder.rglob("*")}
    needed: set[str] = set()
    for path in _elf_files(folder):
        dynamic = subprocess.run(
            ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=False
        ).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    where = dict(re.findall(r"^\s+(\S+) \(libc6,x86-64[^)]*\) => (\S+)$", cache, re.M))
    packages: dict[str, str] = {}
    for name in sorted(needed - provided):
        path = where.get(name)
        if path is None:
            packages[name] = ""
            continue
        owner = ""
        for candidate in (path, os.path.realpath(path), path.replace("/lib/", "/usr/lib/", 1)):
            ran = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
            if ran.returncode == 0:
                owner = ran.stdout.split(":", 1)[0].strip()
                break
        packages[name] = owner
    return packages


def check_depends(folder: Path) -> None:
    if shutil.which("dpkg") is None:
        _say("not a Debian system: the .deb's dependencies were not checked")
        return
    packages = system_packages(folder)
    lacking = [name for name, package in packages.items() if not package]
    unnamed = sorted({package for package in packages.values() if package} - set(DEB_DEPENDS))
    if lacking or unnamed:
        raise SystemExit(
            "build: the bundle needs "
            + "; ".join(
                [
                    *(f"{n}, which this system lacks" for n in lacking),
                    *(f"{p}, which the .deb does not name" for p in unnamed),
                ]
            )
        )
    _say(f"{len(packages)} system libraries, all from the {len(DEB_DEPENDS)} packages named")


def _control(installed_kib: int) -> str:
    depends = ", ".join(f"libc6 (>= {_glibc()})" if p == "libc6" else p for p in DEB_DEPENDS)
    return (
        "Package: hrjournal\n"
        f"Version: {version()}\n"
        f"Architecture: {_architecture()}\n"
        "Maintainer: The HR Journal developers <hrjournal@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: encrypted, offline journal for human rights defenders\n"
        " HR Journal keeps incidents with their evidence, contacts and safety plans in\n"
        " one SQLCipher-encrypted file. It never connects to a network. It makes\n"
        " password-protected PDF summaries for trusted contacts, and a panic wipe\n"
        " destroys the journal and every recorded export.\n"
    )


def _metainfo(release_date: str) -> str:
    text = (LINUX / f"{app_id()}.metainfo.xml").read_text(encoding="utf-8")
    return text.replace("@VERSION@", version()).replace("@DATE@", release_date)


def _release_date() -> str:
    """The date of the last commit, so two builds of one commit are the same."""
    ran = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
        capture_output=True,
        text=True,
        check=False,
    )
    return ran.stdout.strip() or datetime.date.today().isoformat()


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def _validate(desktop: Path, metainfo: Path) -> None:
    """The desktop entry and AppStream file as the desktop's own tools read them."""
    for tool, arguments in (
        ("desktop-file-validate", [str(desktop)]),
        ("appstreamcli", ["validate", "--no-net", str(metainfo)]),
    ):
        if shutil.which(tool) is None:
            _say(f"{tool} is missing (installers/debian/build-packages.txt): not validated")
            continue
        ran = subprocess.run([tool, *arguments], capture_output=True, text=True, check=False)
        if ran.returncode != 0:
            checked = Path(arguments[-1]).name
            raise SystemExit(f"build: {tool} rejects {checked}:\n{ran.stdout}{ran.stderr}")


def deb() -> Path:
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    _copy_tree(BUNDLE, root / "opt" / "hrjournal")
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "hrjournal").symlink_to("../../opt/hrjournal/hrjournal")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(LINUX / f"{app_id()}.desktop", applications)
    metainfo = root / "usr" / "share" / "metainfo"
    metainfo.mkdir(parents=True)
    (metainfo / f"{app_id()}.metainfo.xml").write_text(_metainfo(_release_date()), "utf-8")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ICONS / f"hrjournal-{size}.png", folder / f"{app_id()}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(
        ROOT / "resources" / "icons" / "hrjournal.svg",
        hicolor / "scalable" / "apps" / f"{app_id()}.svg",
    )
    doc = root / "usr" / "share" / "doc" / "hrjournal"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: HR Journal\n\n"
        "Files: *\nLicense: GPL-3.0-or-later\n"
        " On Debian systems, the full text is in /usr/share/common-licenses/GPL-3.\n",
        "utf-8",
    )
    _validate(applications / f"{app_id()}.desktop", metainfo / f"{app_id()}.metainfo.xml")
    for path in [*root.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    control = root / "DEBIAN"
    control.mkdir(mode=0o755)
    (control / "control").write_text(_control(size_kib), "utf-8")
    target = DIST / f"hrjournal_{version()}_{_architecture()}.deb"
    epoch = int(datetime.datetime.fromisoformat(_release_date()).timestamp())
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},  # the same .deb from one commit
        check=True,
        capture_output=True,
    )
    _say(f"{target.relative_to(ROOT)}: {target.stat().st_size / 2**20:.1f} MiB")
    return target


def tarball() -> Path:
    """The bundle as a plain .tar.gz, extracted anywhere and run with no installation; the
    same bytes from the same commit (sorted names, one owner, the commit's date)."""
    name = f"hrjournal-{version()}"
    target = DIST / f"{name}-linux-{os.uname().machine}.tar.gz"
    stamp = int(datetime.datetime.fromisoformat(_release_date()).timestamp())
    extras = {
        f"{name}/{app_id()}.desktop": (LINUX / f"{app_id()}.desktop").read_bytes(),
        f"{name}/hrjournal.svg": (ROOT / "resources" / "icons" / "hrjournal.svg").read_bytes(),
    }

    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = stamp
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o100 else 0o644
        return info

    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for path in sorted([BUNDLE, *BUNDLE.rglob("*")]):
            inside = f"{name}/{path.relative_to(BUNDLE.parent).as_posix()}"
            archive.add(path, arcname=inside, recursive=False, filter=normalised)
        for inside, data in extras.items():
            info = normalised(tarfile.TarInfo(inside))
            info.size, info.mode = len(data), 0o644
            archive.addfile(info, io.BytesIO(data))
    with (
        open(target, "wb") as out,
        gzip.GzipFile(fileobj=out, mode="wb", mtime=stamp, filename="") as packed,
    ):
        packed.write(raw.getvalue())
    _say(f"{target.relative_to(ROOT)}: {target.stat().st_size / 2**20:.1f} MiB")
    return target


def sums(files: list[Path]) -> Path:
    target = DIST / "SHA256SUMS"
    lines = []
    for path in sorted(files):
        digest = hashlib.sha256()
        with open(path, "rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    target.write_text("".join(lines), encoding="utf-8")
    _say(f"{target.relative_to(ROOT)}: {len(lines)} file(s)")
    return target


def linux() -> None:
    if not sys.platform.startswith("linux"):
        raise SystemExit("The .deb and the tarball are built on Linux.")
    bundle()
    sums([deb(), tarball()])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("icons", "bundle", "check", "linux"))
    step = parser.parse_args().step
    {"icons": icons, "bundle": bundle, "check": check, "linux": linux}[step]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
