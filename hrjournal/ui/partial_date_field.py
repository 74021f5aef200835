"""A date as far as it is known: a year, a month or a day, perhaps a time, and how sure."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from hrjournal.domain.dates import DateProblem, PartialDate
from hrjournal.ui.pickers import term_label


class PartialDateField(QWidget):
    """A typed date (YYYY, YYYY-MM, YYYY-MM-DD, optionally THH:MM and a zone) and a precision.

    The precision list offers only what the typed date allows: "day unknown" makes no sense
    once a day is written."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setToolTip(
            self.tr(
                "Write what you know: a year (2024), a month (2024-03), a day (2024-03-05), "
                "or a day and time (2024-03-05T14:30)."
            )
        )
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0" * 22) + 24)
        self.precision = QComboBox(self)
        self.precision.setAccessibleName(self.tr("%1: how sure").replace("%1", accessible_name))
        self.precision.setEnabled(False)
        self.precision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.precision)
        layout.addStretch()
        # A label's mnemonic or a click on the field lands in the text, where typing starts.
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)
        self.precision.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def value(self) -> PartialDate | None:
        """The date, None when empty; raises DateProblem (a ValueError) when it is not one."""
        text, precision = self.raw()
        if not text:
            return None
        return PartialDate.parse(text, precision)

    def set_value(self, value: PartialDate | None) -> None:
        if value is None:
            self.set_raw("", None)
        else:
            self.set_raw(str(value), value.precision)

    def raw(self) -> tuple[str, str | None]:
        """What is typed and chosen, even when it is not (yet) a date: kept in drafts."""
        key = self.precision.currentData()
        return self.edit.text().strip(), str(key) if key is not None else None

    def set_raw(self, text: str, precision: str | None) -> None:
        if self.edit.text() != text:
            self.edit.setText(text)
        self._offer_precisions(precision)

    def clear(self) -> None:
        self.set_raw("", None)

    def _on_text(self, _text: str) -> None:
        self._offer_precisions(self.precision.currentData())
        self.changed.emit()

    def _offer_precisions(self, wanted: object) -> None:
        text = self.edit.text().strip()
        if not text:
            allowed: tuple[str, ...] = ()
        else:
            try:
                allowed = PartialDate.parse(text).allowed_precisions
            except DateProblem:
                # Half-typed: keep what is offered until the text is a date again.
                if wanted is not None and self.precision.findData(wanted) < 0:
                    self._fill((str(wanted),), wanted)
                else:
                    self._select(wanted)
                return
        self._fill(allowed, wanted)

    def _fill(self, keys: tuple[str, ...], wanted: object) -> None:
        current = [self.precision.itemData(i) for i in range(self.precision.count())]
        if current != list(keys):
            self.precision.blockSignals(True)
            self.precision.clear()
            for key in keys:
                self.precision.addItem(term_label("date_precisions", key), key)
            self.precision.blockSignals(False)
        self.precision.setEnabled(bool(keys))
        self._select(wanted)

    def _select(self, wanted: object) -> None:
        index = self.precision.findData(wanted) if wanted is not None else -1
        self.precision.setCurrentIndex(max(index, 0) if self.precision.count() else -1)
