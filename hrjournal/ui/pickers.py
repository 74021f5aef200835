"""Fields for choosing from the shipped vocabularies, the countries, the contacts and dates.

Records keep vocabulary keys; these widgets show the labels, translated through Qt's
translator (context "vocabulary"), and hand back keys.
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from hrjournal.services import records
from hrjournal.services.catalog import catalog
from hrjournal.ui.session import JournalSession

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def term_label(vocabulary: str, key: str) -> str:
    """The translated label of a vocabulary key (the key itself if it is unknown)."""
    terms = catalog().vocabularies[vocabulary]
    if key not in terms:
        return key
    term = terms.term(key)
    label = QCoreApplication.translate("vocabulary", term.label)
    if term.parent:
        parent = QCoreApplication.translate("vocabulary", terms.label_of(term.parent))
        return f"{parent}: {label}"
    return label


def country_label(code: str) -> str:
    name = catalog().countries.get(code)
    return QCoreApplication.translate("country", name) if name else code


def _compact(combo: QComboBox, characters: int = 12) -> None:
    """Size a combo box by a few characters, not by its longest entry: vocabulary labels run
    long, and one long label would otherwise push the whole window wider."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


class VocabularyCombo(QComboBox):
    """One key from a vocabulary; with `optional`, a first blank entry stands for None."""

    def __init__(
        self,
        vocabulary: str,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        leaves_only: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        _compact(self)
        terms = catalog().vocabularies[vocabulary]
        if optional:
            self.addItem("—", None)
        for key in terms.leaves() if leaves_only else terms.keys():
            self.addItem(term_label(vocabulary, key), key)

    def key(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_key(self, key: str | None) -> None:
        index = self.findData(key)
        self.setCurrentIndex(max(index, 0))


class CountryCombo(QComboBox):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditable(False)
        _compact(self)
        self.addItem("—", None)
        names = sorted(catalog().countries, key=country_label)
        for code in names:
            self.addItem(f"{country_label(code)} ({code})", code)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))


class VocabularyChecklist(QListWidget):
    """Several keys from a vocabulary, each a checkable line."""

    changed = Signal()

    def __init__(
        self, vocabulary: str, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        for key in catalog().vocabularies[vocabulary].leaves():
            item = QListWidgetItem(term_label(vocabulary, key), self)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def keys(self) -> list[str]:
        return [
            str(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_keys(self, keys: list[str]) -> None:
        wanted = set(keys)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class ContactCombo(QComboBox):
    """A link to one of the journal's contacts, or none. `refresh()` rereads the contacts."""

    def __init__(
        self, session: JournalSession, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(accessible_name)
        _compact(self)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.contact()
        self.blockSignals(True)
        self.clear()
        self.addItem("—", None)
        if self.session.is_open:
            for row in records.list_contacts(self.session.journal):
                self.addItem(row.name, row.uid)
        self.set_contact(chosen)
        self.blockSignals(False)

    def contact(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_contact(self, uid: str | None) -> None:
        index = self.findData(uid)
        if index < 0 and uid is not None:  # linked, but not (yet) listed: keep the link
            self.addItem(uid, uid)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class DateField(QLineEdit):
    """An optional calendar date, typed as YYYY-MM-DD; empty means none."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        # The hint every date field shows, translated once (under PartialDateField).
        self.setPlaceholderText(QCoreApplication.translate("PartialDateField", "YYYY-MM-DD"))
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), self)
        )
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-000") + 24)

    def date(self) -> str | None:
        """The date, or None when empty; raises ValueError when it is not a real date."""
        text = self.text().strip()
        if not text:
            return None
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        datetime.date.fromisoformat(text)
        return text

    def set_date(self, value: str | None) -> None:
        self.setText(value or "")

    def set_today(self) -> None:
        self.setText(QDate.currentDate().toString(Qt.DateFormat.ISODate))
