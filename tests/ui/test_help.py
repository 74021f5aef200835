"""The offline help: every topic in every language, links that stay inside the help, nothing
fetched or opened outside the program, right to left where the language is, and F1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import QLocale, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrjournal.ui.help_view import (
    INDEX,
    LANGUAGES,
    TOPICS,
    HelpView,
    help_language,
    linked_page,
    page_text,
)
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from hrjournal.ui.translation import available_languages, install_language
from tests.support.journals import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"
PAGES = (INDEX, *TOPICS)
RIGHT_TO_LEFT = {"ar", "fa"}
ALLOWED = {
    "html": {"dir", "lang"},
    "a": {"href"},
    **{tag: set() for tag in ("h1", "h2", "p", "ul", "ol", "li", "strong", "kbd")},
}


class _Page(HTMLParser):
    """The tags, attributes, links and visible text of one help page."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def root(self) -> dict[str, str | None]:
        assert self.tags[0][0] == "html"
        return self.tags[0][1]

    @property
    def links(self) -> list[str]:
        return [str(attrs.get("href")) for tag, attrs in self.tags if tag == "a"]

    @property
    def words(self) -> str:
        return " ".join("".join(self.text).split())


def _page(language: str, name: str) -> _Page:
    source = page_text(language, name)
    assert source is not None, f"{language}/{name}.html is missing"
    return _Page(source)


def _every_page() -> Iterator[tuple[str, str]]:
    for language in LANGUAGES:
        for name in PAGES:
            yield language, name


# -- the pages ------------------------------------------------------------------------------


def test_every_topic_exists_in_every_language_and_nothing_else_is_there() -> None:
    expected = {f"{name}.html" for name in PAGES} | {"quickref.json"}
    assert {p.name for p in HELP.iterdir() if p.is_dir()} == set(LANGUAGES)
    for language in LANGUAGES:
        assert {p.name for p in (HELP / language).iterdir()} == expected, language


@pytest.mark.parametrize(("language", "name"), list(_every_page()))
def test_pages_are_simple_html_in_their_language_and_direction(language: str, name: str) -> None:
    page = _page(language, name)
    assert page.root.get("lang") == language
    assert page.root.get("dir") == ("rtl" if language in RIGHT_TO_LEFT else "ltr")
    assert sum(tag == "h1" for tag, _ in page.tags) == 1
    for tag, attrs in page.tags:
        assert tag in ALLOWED, f"<{tag}> in {language}/{name}"
        assert set(attrs) <= ALLOWED[tag], f"<{tag} {attrs}> in {language}/{name}"
    source = page_text(language, name) or ""
    assert "://" not in source
    assert "<!--" not in source


def test_every_link_resolves_to_a_page_of_the_same_language() -> None:
    for language, name in _every_page():
        links = _page(language, name).links
        assert links, f"{language}/{name} links nowhere"
        for href in links:
            assert re.fullmatch(r"[a-z-]+\.html", href), f"{href} in {language}/{name}"
            assert (HELP / language / href).is_file(), f"{href} in {language}/{name}"
        if name == INDEX:
            assert links[: len(TOPICS)] == [f"{topic}.html" for topic in TOPICS]
        else:
            assert "index.html" in links, f"{language}/{name} has no way back"


def _scripts(text: str) -> dict[str, int]:
    return {
        "latin": len(re.findall(r"[A-Za-zÀ-ÿ]", text)),
        "cyrillic": len(re.findall(r"[\u0400-\u04ff]", text)),
        "arabic": len(re.findall(r"[\u0600-\u06ff]", text)),
        "persian_only": len(re.findall("[پچژگکی]", text)),
    }


_MARKERS = {  # words each language uses all the time and the others rarely
    "en": {"the", "and", "you", "your", "is"},
    "es": {"el", "los", "que", "tu", "una", "del"},
    "fr": {"le", "les", "vous", "des", "est", "une"},
}


@pytest.mark.parametrize(("language", "name"), list(_every_page()))
def test_each_page_is_really_in_its_language(language: str, name: str) -> None:
    text = _page(language, name).words
    english = _page("en", name).words
    if language != "en":
        assert text != english
    scripts = _scripts(text.replace("HR Journal", ""))
    letters = sum(scripts[s] for s in ("latin", "cyrillic", "arabic"))
    if language == "ru":
        assert scripts["cyrillic"] > letters * 0.6
    elif language in RIGHT_TO_LEFT:
        assert scripts["arabic"] > letters * 0.6
        persian = scripts["persian_only"] > 5
        assert persian == (language == "fa")
    else:
        assert scripts["latin"] > letters * 0.9
        words = re.findall(r"\w+", text.lower())
        counts = {lang: sum(w in marks for w in words) for lang, marks in _MARKERS.items()}
        assert max(counts, key=lambda lang: counts[lang]) == language, counts


def test_the_quick_reference_texts_match_the_english_ones_in_shape() -> None:
    import json

    english = json.loads((HELP / "en" / "quickref.json").read_text(encoding="utf-8"))
    for language in LANGUAGES:
        texts = json.loads((HELP / language / "quickref.json").read_text(encoding="utf-8"))
        assert set(texts) - {"key_names"} == set(english), language
        assert set(texts["keys"]) == set(english["keys"]), language
        for key in ("seized", "sharing", "remember"):
            assert len(texts[key]) == len(english[key]), (language, key)
        assert texts["dir"] == ("rtl" if language in RIGHT_TO_LEFT else "ltr")
        if language != "en":
            assert texts["title"] != english["title"]
            assert not set(texts["seized"]) & set(english["seized"])


# -- the view -------------------------------------------------------------------------------


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Anything handed to the desktop to open (a browser, a mail program) is caught here."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def _view(qtbot: QtBot, language: str) -> HelpView:
    view = HelpView(language=language)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _link_point(view: HelpView, href: str) -> QPoint:
    """Where on screen the middle of the link to `href` is, to click it as a user would."""
    browser = view.browser
    document = browser.document()
    cursor = QTextCursor(document)
    inside = []
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)  # the format of the character before the cursor
        if cursor.charFormat().anchorHref() == href:
            inside.append(position)
        elif inside:
            break
    assert inside, f"no link to {href}"
    cursor.setPosition(inside[len(inside) // 2])
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center()
    assert browser.anchorAt(point) == href
    return point


def _click(view: HelpView, href: str) -> None:
    QTest.mouseClick(
        view.browser.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _link_point(view, href),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_opens_in_the_view_without_any_network(
    qtbot: QtBot, language: str, opened_urls: list[QUrl]
) -> None:
    view = _view(qtbot, language)
    assert view.language == language
    assert not view.browser.openExternalLinks()
    assert not view.browser.openLinks()
    for name in PAGES:
        assert view.show_page(name)
        assert view.current_page() == name
        shown = view.browser.toPlainText()
        title = re.search(r"<h1>([^<]*)</h1>", page_text(language, name) or "")
        assert title is not None
        assert title.group(1) in shown
    assert opened_urls == []


def test_relative_links_are_followed_and_back_returns(qtbot: QtBot) -> None:
    view = _view(qtbot, "en")
    assert view.current_page() == INDEX
    assert not view.back_button.isEnabled()
    _click(view, "panic-wipe.html")
    assert view.current_page() == "panic-wipe"
    assert "Ctrl+Shift+Del" in view.browser.toPlainText()
    assert view.back_button.isEnabled()
    view.back_button.click()
    assert view.current_page() == INDEX
    _click(view, "for-trainers.html")
    _click(view, "index.html")
    assert view.current_page() == INDEX


@pytest.mark.parametrize(
    "href",
    [
        "https://example.org/help.html",
        "http://example.org/",
        "mailto:someone@example.org",
        "file:///etc/passwd",
        "//example.org/index.html",
        "../es/index.html",
        "/index.html",
        "index.html?x=1",
        "javascript:alert(1)",
    ],
)
def test_a_link_outside_the_help_changes_nothing(
    qtbot: QtBot, href: str, opened_urls: list[QUrl]
) -> None:
    view = _view(qtbot, "en")
    view.show_page("sharing-reports")
    # A page holding such a link, as a slip in a translation could make one.
    view.browser.setHtml(f'<p>Read <a href="{href}">this link</a> now.</p>')
    before = (view.browser.source(), view.browser.toPlainText(), view.current_page())
    _click(view, href)
    view.follow(QUrl(href))
    assert (view.browser.source(), view.browser.toPlainText(), view.current_page()) == before
    assert opened_urls == []


def test_the_browser_loads_nothing_but_help_pages() -> None:
    from hrjournal.ui.help_view import HelpBrowser

    browser = HelpBrowser("en")
    html, image = QTextDocument.ResourceType.HtmlResource, QTextDocument.ResourceType.ImageResource
    assert "<h1>" in str(browser.loadResource(html.value, QUrl("index.html")))
    for url in ("http://example.org/index.html", "file:///tmp/index.html", "../fr/index.html"):
        assert not browser.loadResource(html.value, QUrl(url))
    assert not browser.loadResource(image.value, QUrl("index.html"))
    assert not browser.loadResource(html.value, QUrl("no-such-page.html"))


def test_the_document_gets_nothing_from_the_disk_or_data_urls(tmp_path: Path) -> None:
    """What Qt itself would fetch if the browser declined: a file's content, a data: URL."""
    from hrjournal.ui.help_view import HelpBrowser

    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    browser = HelpBrowser("en")
    image = QTextDocument.ResourceType.ImageResource
    for url in (QUrl.fromLocalFile(str(secret)), QUrl("data:text/plain,SECRET")):
        for kind in (image, QTextDocument.ResourceType.HtmlResource):
            loaded = browser.document().resource(kind.value, url)
            assert b"SECRET" not in bytes(loaded or b""), url


def test_which_links_name_help_pages() -> None:
    assert linked_page(QUrl("safety-plans.html")) == "safety-plans"
    assert linked_page(QUrl("safety-plans.html#check-in")) == "safety-plans"
    for url in ("https://x.org/a.html", "a/b.html", "a.htm", "A.html", "", "#part", "a.html?q"):
        assert linked_page(QUrl(url)) is None, url


@pytest.mark.parametrize("language", sorted(RIGHT_TO_LEFT))
def test_arabic_and_persian_pages_lay_out_right_to_left(qtbot: QtBot, language: str) -> None:
    view = _view(qtbot, language)
    document = view.browser.document()
    width = document.textWidth()
    block = document.begin()
    while block.isValid():
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft, block.text()
        block = block.next()
    first_line = document.begin().layout().lineAt(0).naturalTextRect()
    # A short heading sits against the right edge, far from the left one.
    assert width - first_line.right() < 20
    assert first_line.left() > width / 3
    english = _view(qtbot, "en").browser.document()
    assert english.begin().textDirection() == Qt.LayoutDirection.LeftToRight


def test_the_help_follows_the_language_of_the_app(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert help_language("de") == "en"  # no help in that language: English
    assert help_language("fa_IR") == "fa"
    if "es" not in dict(available_languages()):
        pytest.skip("the translations are not compiled (./dev compiles them)")
    before = QLocale()
    try:
        install_language(app, "es")
        assert help_language() == "es"
        assert _view(qtbot, "").language == "es"
    finally:
        install_language(app, "en")
        QLocale.setDefault(before)  # dates elsewhere are written in the locale the tests expect
    assert help_language() == "en"


# -- F1 ---------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, journal_dir: Path) -> MainWindow:
    main = MainWindow(journal_dir)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def test_f1_opens_help_from_the_unlock_screen(qtbot: QtBot, window: MainWindow) -> None:
    unlock = window.unlock_view
    assert window.pages.currentWidget() is unlock
    assert unlock.help_dialog is None
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    dialog = unlock.help_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.view.current_page() == INDEX
    assert not dialog.isModal()  # the unlock screen (and its panic button) stays usable
    dialog.reject()
    unlock.help_button.click()
    assert dialog.isVisible()
    assert unlock.help_button.accessibleName()


def test_f1_and_the_sidebar_open_help_in_the_journal(qtbot: QtBot, window: MainWindow) -> None:
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    qtbot.waitUntil(lambda: jobs_running() == 0 and window.session.is_open, timeout=20000)
    view = window.journal_view
    assert view.current_section() is view.incidents
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    assert view.current_section() is view.help
    assert view.sidebar.currentItem().text() == "Help"
    view.help.show_page("panic-wipe")
    view.sidebar.setCurrentRow(0)
    assert view.current_section() is view.incidents
    view.sidebar.setCurrentRow(view.sections.index(view.help))
    assert view.help.current_page() == "panic-wipe"  # left where it was
    window.lock()
    assert window.unlock_view.isVisible()
