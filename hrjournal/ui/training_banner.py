"""The mark of a demo journal: a banner above every screen and an orange accent, so nobody in
a workshop mistakes it for a real journal or types real information into it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

ACCENT = QColor(214, 110, 0)


class TrainingBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(
            self.tr(
                "TRAINING JOURNAL: every record here is fictional. Never enter real "
                "information in it."
            )
        )
        self.setAccessibleName(self.tr("Training journal"))
        self.setWordWrap(True)
        self.setMargin(6)
        self.setStyleSheet(
            f"background: {ACCENT.name()}; color: white; font-weight: bold; border-radius: 3px;"
        )


def framed_for_training(window: QMainWindow, pages: QWidget) -> QWidget:
    """`pages` under the training banner, and the window's accent colour changed."""
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    window.setPalette(palette)
    frame = QWidget(window)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(TrainingBanner(frame))
    layout.addWidget(pages, 1)
    return frame
