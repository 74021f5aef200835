"""The window icons: ours, and a neutral one for discreet mode."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from hrjournal.resources import find


def app_icon() -> QIcon:
    return QIcon(str(find("icons/hrjournal.svg")))


def neutral_icon() -> QIcon:
    """A plain document icon from the system's own style: nothing that names us."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
