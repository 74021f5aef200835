"""Read-only data shipped with the program: fonts, icons, translations, templates, demo data,
offline help. Installed as the package `hrjournal.resources`; found only through `find`, so the
same code works in a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import gzip
import threading
from importlib.resources import files
from importlib.resources.abc import Traversable


def find(relative: str) -> Traversable:
    """The shipped resource at `relative` (a '/'-separated path inside resources/)."""
    node = files(__name__)
    for part in relative.split("/"):
        node = node / part
    return node


FONT_SUFFIX = ".gz"
_preloaded: dict[str, bytes] = {}
_preloading: list[threading.Thread] = []
_preload_lock = threading.Lock()


def font_names() -> list[str]:
    """The bundled fonts' names ("DejaVuSans.ttf"), as fonts/README.md lists them."""
    return sorted(
        entry.name.removesuffix(FONT_SUFFIX)
        for entry in find("fonts").iterdir()
        if entry.name.endswith(".ttf" + FONT_SUFFIX)
    )


def _read_font(name: str) -> bytes:
    return gzip.decompress(find(f"fonts/{name}{FONT_SUFFIX}").read_bytes())


def font(name: str) -> bytes:
    """The bundled font `name`, read into memory. The fonts are stored gzip-compressed, which
    halves them (6.1 MiB to 3.1 MiB in the installed program) for about 5 ms per megabyte."""
    with _preload_lock:
        if _preloading:
            _preloading.pop().join()
        preloaded = _preloaded.pop(name, None)
    return preloaded if preloaded is not None else _read_font(name)


def preload_fonts() -> None:
    """Start reading every font on a second thread, each kept until `font` first asks for it:
    the app calls this before it loads Qt, so the fonts are ready by the time its window needs
    them (zlib decompresses without holding the interpreter)."""

    def read_all() -> None:
        for name in font_names():
            _preloaded[name] = _read_font(name)

    with _preload_lock:
        if not _preloading:
            thread = threading.Thread(target=read_all, name="fonts", daemon=True)
            _preloading.append(thread)
            thread.start()
