"""The offline help: simple HTML pages shipped in resources/help/<language>/, shown in a text
browser that can reach nothing but them.

A help browser is a way out of the program if it follows any link: a page (or a translator's
slip) naming http:, file: or mailto: would open a network connection, a local file or a mail
program. So links are never followed by Qt: only a relative link to another help page of the
same language is followed, by us, and every resource is read through `hrjournal.resources`,
never from a path or a network; anything else is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrjournal.resources import find

INDEX = "index"
TOPICS = (
    "getting-started",
    "writing-an-incident",
    "safety-plans",
    "sharing-reports",
    "panic-wipe",
    "for-trainers",
)
LANGUAGES = ("en", "es", "fr", "ar", "ru", "fa")
_PAGE_LINK = re.compile(r"([a-z][a-z0-9-]*)\.html")
_HTML = QTextDocument.ResourceType.HtmlResource


def help_language(code: str = "") -> str:
    """The language of the help: `code`, or else the one the app was translated into (the
    default locale, which translation.install_language sets), if its pages exist; else
    English."""
    wanted = (code or QLocale().name()).split("_")[0]
    return wanted if page_text(wanted, INDEX) is not None else "en"


def page_text(language: str, name: str) -> str | None:
    """The HTML of help page `name` in `language`, or None if there is no such page."""
    if not re.fullmatch(r"[a-z]{2,3}", language) or not re.fullmatch(r"[a-z][a-z0-9-]*", name):
        return None
    node = find(f"help/{language}/{name}.html")
    return node.read_text(encoding="utf-8") if node.is_file() else None


def linked_page(url: QUrl) -> str | None:
    """The help page a link names, if it names one the way our pages do: a bare relative
    'topic.html' (perhaps with '#part'). Anything with a scheme, a host, a query or a folder
    is not ours."""
    if not url.isRelative() or url.scheme() or url.host() or url.hasQuery():
        return None
    found = _PAGE_LINK.fullmatch(url.path())
    return found.group(1) if found else None


class HelpBrowser(QTextBrowser):
    """A text browser that loads our help pages and nothing else."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # HelpView follows the links it trusts itself

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # Qt's name
        # Qt asks here for pages, images and style sheets alike; only pages of ours answer.
        name = linked_page(QUrl(url))
        if kind == _HTML.value and name is not None:
            text = page_text(self.language, name)
            if text is not None:
                return text
        # Empty, not None: on None Qt tries itself, reading file: URLs from the disk (on
        # Windows a file://host/ URL is a network connection) and decoding data: URLs.
        return QByteArray(b"")


class HelpView(QWidget):
    """The help topics, in the app's language, with Back and Contents."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "") -> None:
        super().__init__(parent)
        self.language = help_language(language)
        self.browser = HelpBrowser(self.language, self)
        self.browser.setAccessibleName(self.tr("Help page"))
        self.browser.anchorClicked.connect(self.follow)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the previous help page"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.contents_button = QPushButton(self.tr("&Contents"), self)
        self.contents_button.setAccessibleName(self.tr("All help topics"))
        self.contents_button.clicked.connect(lambda: self.show_page(INDEX))

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.show_page(INDEX)

    def show_page(self, name: str, part: str = "") -> bool:
        """Show help page `name` (at its anchor `part`); False if there is no such page."""
        if page_text(self.language, name) is None:
            return False
        url = QUrl(f"{name}.html")
        if part:
            url.setFragment(part)
        self.browser.setSource(url, _HTML)
        return True

    def current_page(self) -> str:
        return linked_page(self.browser.source()) or ""

    def follow(self, url: QUrl) -> None:
        """A link was clicked: go to it if it is one of our pages, else do nothing at all."""
        name = linked_page(url)
        if name is not None:
            self.show_page(name, url.fragment())
        elif url.isRelative() and not url.path() and not url.hasQuery() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())  # a link within the page


def help_action(parent: QWidget, slot: Callable[[], object]) -> QAction:
    """F1, for as long as `parent` is on screen in the active window."""
    action = QAction(parent)
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


class HelpDialog(QDialog):
    """The same help in a window of its own, for the screens before the journal is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.setAccessibleName(self.tr("Help"))
        self.view = HelpView(self)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the help"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
