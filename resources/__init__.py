"""Read-only data shipped with the program: fonts, icons, translations, templates, demo data,
offline help. Installed as the package `hrjournal.resources`; found only through `find`, so the
same code works in a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def find(relative: str) -> Traversable:
    """The shipped resource at `relative` (a '/'-separated path inside resources/)."""
    node = files(__name__)
    for part in relative.split("/"):
        node = node / part
    return node
