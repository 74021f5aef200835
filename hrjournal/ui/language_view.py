"""First run: choose the language of the screens before anything else."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrjournal.ui.translation import available_languages


class LanguageView(QWidget):
    chosen = Signal(str)  # a language code

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Shown in every language at once: the reader may not read the current one.
        heading = QLabel("<h2>Language · اللغة · Idioma · Langue · Язык · زبان</h2>", self)
        self.languages = QListWidget(self)
        self.languages.setAccessibleName(self.tr("Language"))
        for code, name in available_languages():
            item = QListWidgetItem(name, self.languages)
            item.setData(Qt.ItemDataRole.UserRole, code)
            if code == current:
                self.languages.setCurrentItem(item)
        self.continue_button = QPushButton(self.tr("&Continue") + "  ✓", self)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._choose)
        self.languages.itemActivated.connect(lambda _item: self._choose())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.languages, 1)
        layout.addWidget(self.continue_button)

    def _choose(self) -> None:
        item = self.languages.currentItem()
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)) if item else "en")
