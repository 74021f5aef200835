"""The check-in protocol of a safety plan: who expects to hear from you, when and how, and
what happens, step by step, when a check-in does not come."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.safety_plan import CheckIn, EscalationStep
from hrjournal.ui.pickers import ContactCombo, VocabularyCombo
from hrjournal.ui.session import JournalSession
from hrjournal.ui.table_cells import NumberCell, TextCell, cell
from hrjournal.ui.widgets import line_field

AFTER, ACTION, CONTACT = range(3)
MAX_GRACE_MINUTES = 60 * 24 * 7
MAX_STEP_MINUTES = 60 * 24 * 60
NEXT_STEP_GAP = 30  # minutes after the last step that a new step starts at


class CheckInEditor(QWidget):
    changed = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._filling = False
        form = self._build_form()
        steps_label = self._build_steps()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(steps_label)
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        order = (self.contact, self.schedule, self.channel, self.grace, self.steps)
        for first, second in itertools.pairwise((*order, self.add_button)):
            self.setTabOrder(first, second)

        self.contact.currentIndexChanged.connect(self._edited)
        self.schedule.textChanged.connect(self._edited)
        self.channel.currentIndexChanged.connect(self._edited)
        self.grace.valueChanged.connect(self._edited)
        self.steps.itemChanged.connect(self._edited)
        self.steps.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _build_form(self) -> QFormLayout:
        self.contact = ContactCombo(self.session, self.tr("Check-in contact"), self)
        self.schedule = line_field(self)
        self.schedule.setAccessibleName(self.tr("When you check in"))
        self.schedule.setPlaceholderText(self.tr("For example: every day at 09:00 and 21:00"))
        self.channel = VocabularyCombo(
            "channel_types", self.tr("Check-in channel"), self, optional=True
        )
        self.grace = QSpinBox(self)
        self.grace.setRange(0, MAX_GRACE_MINUTES)
        self.grace.setSuffix(self.tr(" minutes"))
        self.grace.setAccessibleName(self.tr("How long to wait before acting, in minutes"))
        form = QFormLayout()
        form.addRow(self.tr("Check-in &contact:"), self.contact)
        form.addRow(self.tr("&When:"), self.schedule)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("Wait &before acting:"), self.grace)
        return form

    def _build_steps(self) -> QLabel:
        label = QLabel(self.tr("&If a check-in is missed, in this order:"), self)
        headers = [self.tr("After (minutes)"), self.tr("What happens"), self.tr("Who acts")]
        self.steps = QTableWidget(0, len(headers), self)
        self.steps.setHorizontalHeaderLabels(headers)
        self.steps.setAccessibleName(self.tr("Steps when a check-in is missed"))
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setItemDelegateForColumn(
            AFTER, NumberCell(0, MAX_STEP_MINUTES, headers[AFTER], self.steps)
        )
        self.steps.setItemDelegateForColumn(ACTION, TextCell(headers[ACTION], self.steps))
        self.steps.horizontalHeader().setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        label.setBuddy(self.steps)
        return label

    def _build_buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("&Add a step"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.remove_button = QPushButton(self.tr("&Remove this step"), self)
        self.add_button.setAccessibleName(self.tr("Add a step"))
        self.up_button.setAccessibleName(self.tr("Move the selected step up"))
        self.down_button.setAccessibleName(self.tr("Move the selected step down"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected step"))
        self.add_button.clicked.connect(self.add_step)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        return buttons

    # -- reading and writing -----------------------------------------------------------------

    def check_in(self) -> CheckIn:
        """The protocol as shown, steps in the order listed; steps with nothing in them are
        left out. Steps out of time order are kept so that saving can say so."""
        return CheckIn(
            contact=self.contact.contact(),
            schedule=self.schedule.text(),
            channel=self.channel.key(),
            grace_minutes=self.grace.value(),
            escalation=[
                step for step in self._listed_steps() if step.action.strip() or step.contact
            ],
        )

    def set_check_in(self, check_in: CheckIn) -> None:
        self._filling = True
        self.contact.refresh()
        self.contact.set_contact(check_in.contact)
        self.schedule.setText(check_in.schedule)
        self.channel.set_key(check_in.channel)
        self.grace.setValue(check_in.grace_minutes)
        self._fill_steps(check_in.escalation)
        self._filling = False
        self._update_buttons()

    def refresh_contacts(self) -> None:
        """Reread the journal's contacts into every contact choice, keeping what is chosen."""
        self._filling = True
        self.contact.refresh()
        for row in range(self.steps.rowCount()):
            self._row_contact(row).refresh()
        self._filling = False

    # -- steps -------------------------------------------------------------------------------

    def add_step(self) -> None:
        listed = self._listed_steps()
        after = listed[-1].after_minutes + NEXT_STEP_GAP if listed else self.grace.value()
        self._fill_steps([*listed, EscalationStep(min(after, MAX_STEP_MINUTES), "")])
        row = len(listed)
        self.steps.setCurrentCell(row, ACTION)
        self.steps.editItem(cell(self.steps, row, ACTION))
        self._edited()

    def move_selected(self, offset: int) -> None:
        row = self.steps.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.steps.rowCount():
            return
        listed = self._listed_steps()
        listed[row], listed[target] = listed[target], listed[row]
        self._fill_steps(listed)
        self.steps.setCurrentCell(target, ACTION)
        self._edited()

    def remove_selected(self) -> None:
        row = self.steps.currentRow()
        if row < 0:
            return
        self.steps.removeRow(row)
        self._update_buttons()
        self._edited()

    def _listed_steps(self) -> list[EscalationStep]:
        listed = []
        for row in range(self.steps.rowCount()):
            after = cell(self.steps, row, AFTER).data(Qt.ItemDataRole.EditRole)
            listed.append(
                EscalationStep(
                    after_minutes=after if isinstance(after, int) else 0,
                    action=cell(self.steps, row, ACTION).text(),
                    contact=self._row_contact(row).contact(),
                )
            )
        return listed

    def _fill_steps(self, steps: list[EscalationStep]) -> None:
        was_filling, self._filling = self._filling, True
        self.steps.setRowCount(0)
        previous: QWidget = self.steps
        for row, step in enumerate(steps):
            self.steps.insertRow(row)
            after = QTableWidgetItem()
            after.setData(Qt.ItemDataRole.EditRole, step.after_minutes)
            self.steps.setItem(row, AFTER, after)
            action = QTableWidgetItem(step.action)
            self.steps.setItem(row, ACTION, action)
            contact = ContactCombo(
                self.session, self.tr("Who acts at step %1").replace("%1", str(row + 1))
            )
            contact.set_contact(step.contact)
            contact.currentIndexChanged.connect(self._edited)
            self.steps.setCellWidget(row, CONTACT, contact)
            # Cell widgets join the Tab order at the end of the window; bring them here.
            self.setTabOrder(previous, contact)
            previous = contact
        self.setTabOrder(previous, self.add_button)
        self.steps.resizeColumnToContents(CONTACT)
        self._filling = was_filling
        self._update_buttons()

    def _row_contact(self, row: int) -> ContactCombo:
        widget = self.steps.cellWidget(row, CONTACT)
        assert isinstance(widget, ContactCombo)
        return widget

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.steps.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.steps.rowCount() - 1)
        self.remove_button.setEnabled(row >= 0)
