"""The installers' rules and files: what the bundle may carry, the checks that fail a build,
one version and one app id everywhere, the desktop files as the desktop's own tools read them,
and the trimmed ICU data sorting every language of the screens as the full data does.

The bundle itself is built and self-tested by `./dev bundle` (CI runs it after the tests)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import hrjournal

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
sys.path.insert(0, str(INSTALLERS))


def _installer_module(name: str) -> ModuleType:
    """A script of installers/ (not a package, and `build` is also a folder name)."""
    spec = importlib.util.spec_from_file_location(f"installers_{name}", INSTALLERS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


build = _installer_module("build")
bundle_check = _installer_module("bundle_check")
icu_data = _installer_module("icu_data")
bundle_rules = _installer_module("bundle_rules")
relink = _installer_module("relink")
from_the_system = bundle_rules.from_the_system
keep_qt_file = bundle_rules.keep_qt_file

QT = "_internal/PySide6/Qt"


@pytest.mark.parametrize(
    "path",
    [
        f"{QT}/lib/libQt6Network.so.6",
        "_internal/PySide6/QtNetwork.abi3.so",
        f"{QT}/lib/libQt6WebEngineCore.so.6",
        f"{QT}/lib/libQt6Qml.so.6",
        f"{QT}/lib/libQt6Quick.so.6",
        f"{QT}/plugins/platforms/libqvnc.so",
        f"{QT}/plugins/tls/libqopensslbackend.so",
        f"{QT}/plugins/networkinformation/libqnetworkmanager.so",
        f"{QT}/plugins/generic/libqtuiotouchplugin.so",
        f"{QT}/plugins/platformthemes/libqgtk3.so",
        f"{QT}/plugins/imageformats/libqpdf.so",
        f"{QT}/translations/qtbase_de.qm",
        "PySide6/plugins/platforms/qvnc.dll",
    ],
)
def test_network_parts_and_unused_plugins_are_left_out(path: str) -> None:
    assert not keep_qt_file(path)


@pytest.mark.parametrize(
    "path",
    [
        f"{QT}/lib/libQt6Core.so.6",
        f"{QT}/lib/libQt6Widgets.so.6",
        f"{QT}/plugins/platforms/libqxcb.so",
        f"{QT}/plugins/platforms/libqwayland.so",
        f"{QT}/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{QT}/plugins/imageformats/libqjpeg.so",
        f"{QT}/plugins/iconengines/libqsvgicon.so",
        f"{QT}/translations/qtbase_fa.qm",
        "_internal/hrjournal/resources/translations/hrjournal_ar.qm",
    ],
)
def test_what_the_app_uses_is_kept(path: str) -> None:
    assert keep_qt_file(path)


def test_common_desktop_libraries_come_from_the_system_and_rare_ones_are_carried() -> None:
    for name in ("libX11.so.6", "libfontconfig.so.1", "libstdc++.so.6", "libcrypto.so.3"):
        assert from_the_system(f"_internal/{name}"), name
    for name in ("libxcb-cursor.so.0", "libQt6Core.so.6", "pillow.libs/libxcb-9065bb12.so.1"):
        assert not from_the_system(f"_internal/{name}"), name


def test_no_encoding_a_locale_may_use_is_left_out() -> None:
    """Python decodes file names in the locale's encoding as it starts: under a GB18030,
    Shift JIS, EUC-KR or Big5 locale the program would not start without these codecs."""
    kept = ("encodings", "_multibytecodec", "_codecs_")
    assert not [name for name in bundle_rules.EXCLUDED_MODULES if name.startswith(kept)]


def test_wheels_private_copies_of_system_libraries_are_named_for_the_system_ones() -> None:
    assert relink.system_name("pillow.libs/libxcb-9065bb12.so.1.1.0") == "libxcb.so.1"
    assert relink.system_name("pillow.libs/libXau-154567c4.so.6.0.0") == "libXau.so.6"
    assert relink.system_name("pillow.libs/libzstd-40ad5e7e.so.1.5.7") == "libzstd.so.1"
    assert relink.system_name("pillow.libs/liblzma-de26b416.so.5.8.4") == "liblzma.so.5"
    # Private copies of libraries the bundle carries, and the bundle's own files, stay.
    for name in (
        "pillow.libs/libwebp-51b0b3f7.so.7.2.0",
        "pillow.libs/libjpeg-6dc8d115.so.62.4.0",
        "libxcb-cursor.so.0",
        "libxcb.so.1",
        f"{QT}/lib/libQt6Core.so.6",
    ):
        assert relink.system_name(name) is None, name


@pytest.mark.skipif(
    shutil.which("patchelf") is None or shutil.which("strip") is None,
    reason="needs patchelf and binutils",
)
def test_a_relinked_binary_names_the_system_library_and_still_loads(tmp_path: Path) -> None:
    """Pillow's own extension, stripped and relinked as in the bundle, loads without its
    private copies of libxcb, libXau, libzstd and liblzma."""
    import PIL

    pil = Path(PIL.__file__).parent
    private = sorted((pil.parent / "pillow.libs").glob("lib*"))
    if not any(relink.system_name(p.name) for p in private):
        pytest.skip("this Pillow carries no private copy of a system library")
    folder = tmp_path / "bundle"
    (folder / "PIL").mkdir(parents=True)
    (folder / "pillow.libs").mkdir()
    imaging = next(pil.glob("_imaging.*.so"))
    for source, target in [
        (imaging, folder / "PIL"),
        *((p, folder / "pillow.libs") for p in private),
    ]:
        shutil.copy2(source, target / source.name)
        subprocess.run(["strip", str(target / source.name)], check=True)  # as PyInstaller does
    (folder / "linked.so").symlink_to(f"pillow.libs/{private[0].name}")

    removed = relink.use_system_libraries(folder)

    assert any(name.startswith("libxcb-") for name in removed)
    left = {p.name for p in folder.rglob("*")}
    assert not any(relink.system_name(name) for name in left)
    extension = folder / "PIL" / imaging.name
    needed = subprocess.run(
        ["patchelf", "--print-needed", str(extension)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "libxcb.so.1" in needed
    probe = (
        "import importlib.machinery, importlib.util\n"
        f"loader = importlib.machinery.ExtensionFileLoader('PIL._imaging', {str(extension)!r})\n"
        "spec = importlib.util.spec_from_loader('PIL._imaging', loader)\n"
        "loader.exec_module(importlib.util.module_from_spec(spec))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "LD_BIND_NOW": "1"},  # every symbol resolved now, not when first used
    )
    assert ran.returncode == 0, ran.stderr


def _fake_bundle(folder: Path, *extra: str) -> Path:
    for inside in (
        "hrjournal",
        f"{QT}/lib/libQt6Core.so.6",
        f"{QT}/plugins/platforms/libqxcb.so",
        *extra,
    ):
        (folder / inside).parent.mkdir(parents=True, exist_ok=True)
        (folder / inside).write_bytes(b"\0" * 1024)
    return folder


def test_the_bundle_check_passes_a_clean_bundle(tmp_path: Path) -> None:
    findings = bundle_check.check_folder(_fake_bundle(tmp_path))
    assert findings.problems == []
    assert findings.size_bytes == 3 * 1024


def test_the_bundle_check_fails_on_a_network_module(tmp_path: Path) -> None:
    folder = _fake_bundle(tmp_path, f"{QT}/lib/libQt6Network.so.6", "_internal/QtNetwork.abi3.so")
    problems = bundle_check.check_folder(folder).problems
    assert len(problems) == 2
    assert all("forbidden" in p for p in problems)


def test_the_bundle_check_fails_on_an_unused_plugin_and_on_size(tmp_path: Path) -> None:
    folder = _fake_bundle(tmp_path, f"{QT}/plugins/sqldrivers/libqsqlite.so")
    assert any("sqldrivers" in p for p in bundle_check.check_folder(folder).problems)
    small = _fake_bundle(tmp_path / "small")
    assert any("over its" in p for p in bundle_check.check_folder(small, 1000).problems)


def test_one_version_and_one_app_id_everywhere() -> None:
    assert build.version() == hrjournal.__version__
    assert build.app_id() == hrjournal.APP_ID
    spec = (INSTALLERS / "hrjournal.spec").read_text(encoding="utf-8")
    assert "hrjournal/__init__.py" in spec
    assert f'"{hrjournal.APP_ID}"' in spec
    for script in (
        INSTALLERS / "windows" / "hrjournal.iss",
        INSTALLERS / "macos" / "make-dmg.sh",
        INSTALLERS / "windows" / "build.ps1",
    ):
        text = script.read_text(encoding="utf-8")
        assert hrjournal.__version__ not in text, f"{script.name} writes the version itself"
    for name in (f"{hrjournal.APP_ID}.desktop", f"{hrjournal.APP_ID}.metainfo.xml"):
        assert (INSTALLERS / "linux" / name).is_file()
    metainfo = build._metainfo("2026-11-22")
    assert f'<release version="{hrjournal.__version__}" date="2026-11-22"/>' in metainfo
    assert f"<id>{hrjournal.APP_ID}</id>" in metainfo


def test_the_deb_control_names_every_package_and_the_version() -> None:
    control = build._control(1234)
    assert f"Version: {hrjournal.__version__}\n" in control
    assert "Installed-Size: 1234\n" in control
    depends = re.search(r"^Depends: (.*)$", control, re.M)
    assert depends is not None
    named = [part.split(" ")[0] for part in depends.group(1).split(", ")]
    assert named == list(build.DEB_DEPENDS)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (desktop-file-utils)",
)
def test_the_desktop_entry_is_valid() -> None:
    ran = subprocess.run(
        ["desktop-file-validate", str(INSTALLERS / "linux" / f"{hrjournal.APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "error" not in ran.stdout


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (appstream)"
)
def test_the_appstream_metainfo_is_valid(tmp_path: Path) -> None:
    filled = tmp_path / f"{hrjournal.APP_ID}.metainfo.xml"
    filled.write_text(build._metainfo("2026-11-22"), encoding="utf-8")
    ran = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(filled)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr


def test_the_icu_trim_keeps_what_qt_asks_for() -> None:
    kept = icu_data._kept
    for item in (
        "root.res",
        "pool.res",
        "supplementalData.res",
        "zoneinfo64.res",
        "uprops.icu",
        "ucadata.icu",
        "nfc.nrm",
        "coll/root.res",
        "coll/ar.res",
        "coll/fa_AF.res",
        "coll/ru.res",
        "coll/es_.res",
        "es_MX.res",
        "fr_CA.res",
        "en_001.res",
    ):
        assert kept(item), item
    for item in (
        "ibm-943_P15A-2003.cnv",
        "brkitr/cjdict.dict",
        "curr/ar.res",
        "lang/fr.res",
        "zone/es.res",
        "translit/root.res",
        "coll/sv.res",
        "de.res",
        "zh_Hant.res",
    ):
        assert not kept(item), item


_SORT = """
import functools, json, sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale
app = QCoreApplication([])
words = ["ёж", "еда", "Ёлка", "zebra", "ñandú", "nube", "oso", "آب", "یک", "پدر", "بابا", "گل",
         "école", "ecole", "Eclair", "côte", "cote", "10", "9", "a", "Ä", "z"]
out = {}
for code in sys.argv[1:]:
    collator = QCollator(QLocale(code))
    collator.setNumericMode(True)
    out[code] = sorted(words, key=functools.cmp_to_key(collator.compare))
print(json.dumps(out))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt links ICU on Linux only")
@pytest.mark.skipif(
    bool(icu_data.missing_tools()),
    reason="ICU's tools are not installed (icu-devtools, binutils, gcc)",
)
def test_the_trimmed_icu_data_sorts_every_language_as_the_full_data(tmp_path: Path) -> None:
    import PySide6

    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = tmp_path / library.name
    before, after = icu_data.trim(library, trimmed)
    assert after < before / 5

    def sort(preload: Path | None, *codes: str) -> dict[str, list[str]]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)
        ran = subprocess.run(
            [sys.executable, "-c", _SORT, *codes],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        result: dict[str, list[str]] = json.loads(ran.stdout)
        return result

    assert sort(trimmed, *icu_data.LANGUAGES) == sort(None, *icu_data.LANGUAGES)
    # Swedish, left out, sorts Ä after z only with its own data: proof the trimmed copy was
    # the one in use.
    assert sort(trimmed, "sv") != sort(None, "sv")
