"""What the bundle may carry: read by the PyInstaller spec to trim it, and by bundle_check.py
to prove the trimmed bundle holds nothing it should not.

HR Journal never opens a network connection, so no Qt part that can is shipped; nor QML and
Quick, which it does not use and which are large.
"""

from __future__ import annotations

import re

# Python modules the analysis must not follow (PyInstaller `excludes`). Never an encoding:
# Python decodes file names in the locale's encoding when it starts, and a computer set to a
# Chinese, Japanese or Korean legacy encoding (GB18030, Shift JIS, EUC-KR, Big5) would not
# start the program without the codecs (tests/test_installers.py).
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    # The Python side of D-Bus: unused (Qt itself still talks to the desktop's portal).
    "PySide6.QtDBus",
    # Not used by HR Journal, only reachable through optional paths of its libraries.
    "tkinter",
    "lxml",  # optional XMP parsing in PDF libraries; we write metadata through the document info
    "charset_normalizer",
    "readline",
    "sqlite3",  # plain SQLite: the journal is only ever opened through sqlcipher3
    "ssl",  # no TLS: the program never connects anywhere
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "unittest",
    "doctest",
    "pdb",
    "pydoc",
    "xmlrpc",
    "http.server",
    "ftplib",
    "pytest",
    "hypothesis",
    "mypy",
]

# Any file whose path inside the bundle matches one of these is a network part, or one of the
# large parts we do not use; the build fails if one is found (installers/bundle_check.py).
FORBIDDEN = re.compile(
    r"Qt6?(Network|WebEngine|WebChannel|WebSockets|WebView|Qml|Quick|NetworkAuth|Positioning"
    r"|RemoteObjects|Bluetooth|Nfc|SerialPort|Mqtt|HttpServer|Grpc|Protobuf)"
    r"|plugins/(tls|networkinformation|qmltooling|qmllint|generic|designer|sqldrivers)/"
    r"|plugins/platforms/[^/]*(vnc|eglfs|linuxfb|minimalegl|vkkhrdisplay)",
    re.IGNORECASE,
)

# The Qt plugins the app uses, by folder; every other plugin is left out.
KEPT_PLUGINS = {
    "platforms": {"xcb", "wayland", "offscreen", "minimal", "windows", "cocoa", "direct2d"},
    # The desktop's portal (colours, scaling); GTK's would bring the whole GTK stack along.
    "platformthemes": {"xdgdesktopportal"},
    "platforminputcontexts": None,  # all: input methods (Arabic, Persian, Russian keyboards)
    "iconengines": None,  # the SVG icon engine
    # Evidence shown in the app. (Qt's TIFF plugin wants libtiff 5, which current systems no
    # longer have; TIFF evidence is shown through Pillow's thumbnails instead.)
    "imageformats": {"gif", "ico", "jpeg", "svg", "webp"},
    "styles": None,  # the native look on Windows and macOS
    "wayland-decoration-client": None,  # window borders on GNOME's Wayland
    "wayland-shell-integration": {"xdg-shell"},  # the only shell current desktops speak
}
# Qt's own words (standard buttons, file dialogs) in the app's languages only.
QT_TRANSLATIONS = re.compile(r"translations/qt(base)?_(ar|es|fa|fr|ru)\.qm$")
_PLUGIN = re.compile(r"plugins/([^/]+)/(?:lib)?q?([^/.]+)[^/]*$")


# Libraries every Linux desktop has, taken from the system rather than carried: bundling them
# wastes space and breaks things (an older fontconfig cannot read a newer system's font
# configuration; an older libstdc++ breaks the system's OpenGL drivers). The .deb names their
# packages (installers/build.py checks that every one the bundle needs is named). The rarer
# X helpers Qt needs (xcb-cursor, xcb-icccm, xcb-image, xcb-keysyms, xcb-render-util,
# xkbcommon-x11) stay in the bundle, so the tarball runs on a desktop that lacks them.
SYSTEM_LIBRARY = re.compile(
    r"^(libX11(-xcb)?|libXau|libXdmcp|libxcb(-(render|shm|shape|randr|xfixes|sync|xkb))?"
    r"|libxkbcommon|libfontconfig|libfreetype|lib(glib|gobject|gio|gmodule|gthread)-2\.0"
    r"|libpcre2-8|libdbus-1|libsystemd|libgcrypt|libgpg-error|liblz4|libzstd|libcap|liblzma"
    r"|libexpat|libz|libpng16|libbrotli(common|dec)|libbz2|libstdc\+\+|libgcc_s|libffi"
    r"|libmount|libblkid|libselinux|libuuid|libbsd|libmd|libcrypto|libssl)\.so[.0-9]*$"
)


def from_the_system(path: str) -> bool:
    """Whether a library at `path` inside the bundle is one the system provides instead."""
    return bool(SYSTEM_LIBRARY.match(path.replace("\\", "/").rsplit("/", 1)[-1]))


def _plugin_kept(folder: str, name: str) -> bool:
    if folder not in KEPT_PLUGINS:
        return False
    names = KEPT_PLUGINS[folder]
    if names is None:
        return True
    return name.lower() in names


def keep_qt_file(path: str) -> bool:
    """Whether a file at `path` inside the bundle belongs in it."""
    path = path.replace("\\", "/")
    if FORBIDDEN.search(path):
        return False
    if "/Qt/translations/" in f"/{path}" or path.startswith("translations/"):
        return bool(QT_TRANSLATIONS.search(path))
    plugin = _PLUGIN.search(path)
    return _plugin_kept(plugin.group(1), plugin.group(2)) if plugin else True
