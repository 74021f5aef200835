"""The language of the screens: our translations and Qt's own, and the layout direction.

Translations are Qt `.ts` sources in resources/translations/, compiled to `.qm` when the
program is set up or built. Right-to-left is set once for the whole application from the
language, never widget by widget.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from hrjournal.resources import find

# Each language's own name for itself, so anyone can find theirs in the list.
NATIVE_NAMES = {
    "en": "English",
    "ar": "العربية",
    "es": "Español",
    "fa": "فارسی",
    "fr": "Français",
    "ru": "Русский",
}

_PLACEHOLDER = re.compile(r"%(\d)")
_installed: list[QTranslator] = []
_current = "en"


def _folder() -> Path:
    return Path(str(find("translations")))


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) of English and every language with a compiled translation."""
    codes = {"en"}
    folder = _folder()
    if folder.is_dir():
        codes |= {p.stem.removeprefix("hrjournal_") for p in folder.glob("hrjournal_*.qm")}
    return sorted(((code, NATIVE_NAMES.get(code, code)) for code in codes), key=lambda c: c[0])


def system_language() -> str:
    """The system's language if we have it, else English."""
    wanted = QLocale.system().name().split("_")[0]
    return wanted if wanted in dict(available_languages()) else "en"


def current_language() -> str:
    """The code of the language the application is translated into ("en" until one is
    installed): documents and new plans made from templates are written in it too."""
    return _current


def install_language(app: QApplication, code: str) -> str:
    """Translate the application into `code` (empty: the system's); returns the code used."""
    code = code or system_language()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(_folder() / f"hrjournal_{code}.qm")):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        else:
            code = "en"
    if code != "en":
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", qt_folder):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
    global _current  # noqa: PLW0603 - one language for the whole application, like Qt's own
    _current = code
    locale = QLocale(code)
    QLocale.setDefault(locale)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    return code


def fill(template: str, *values: str) -> str:
    """Put values into a translated template's %1, %2…, in one pass, so that a value which
    happens to hold "%2" (a file named "report%20final.pdf") is left as it is."""
    return _PLACEHOLDER.sub(lambda found: values[int(found[1]) - 1], template)
