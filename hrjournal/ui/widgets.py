"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.fields import MAX_TEXT


def line_field(parent: QWidget | None = None) -> QLineEdit:
    """A one-line field of a record. It holds as much as the record may (QLineEdit's default
    of 32,767 characters would cut a longer imported text without a word when saved)."""
    field = QLineEdit(parent)
    field.setMaxLength(2 * MAX_TEXT)  # UTF-16 units: a character outside the BMP takes two
    return field


def prose_text(field: QPlainTextEdit) -> str:
    """What a multi-line field holds, as written: no-break spaces and line separators kept
    (the plain-text reading would turn them into spaces and line feeds). Paragraph breaks,
    however they came in (CR LF, CR or U+2029), are line feeds."""
    return field.document().toRawText().replace("\u2029", "\n")


def secret_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    """A field for a passphrase: hidden, and kept out of input-method learning and history."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    field.setAccessibleName(accessible_name)
    return field


def message_label(parent: QWidget, accessible_name: str) -> QLabel:
    """Where a calm one-sentence error or notice appears; screen readers announce it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote typed text; never markup
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def ask_unsaved(parent: QWidget) -> str:
    """Ask what to do with unsaved edits: "save", "discard" or "cancel" (keep editing)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Questions", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Questions", "You have changes that are not saved yet."))
    save = box.addButton(
        QCoreApplication.translate("Questions", "&Save them"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Questions", "&Throw them away"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Questions", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """A yes/no question whose safe answer (no) is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        QCoreApplication.translate("Questions", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def action_or_cancel(dialog: QDialog, action: QPushButton) -> QDialogButtonBox:
    """A dialog's buttons: its action, the default, and a Cancel that closes it."""
    action.setDefault(True)
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Questions", "Cancel"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def panic_button(parent: QWidget) -> QPushButton:
    """The panic wipe's button, the same on the unlock screen and in the open journal: easy
    to find when it is needed, marked but not alarming the rest of the time."""
    button = QPushButton(QCoreApplication.translate("PanicButton", "Panic wipe"), parent)
    button.setAccessibleName(
        QCoreApplication.translate("PanicButton", "Panic wipe: destroy the journal and its exports")
    )
    button.setToolTip(
        QCoreApplication.translate(
            "PanicButton",
            "Destroy the journal and every file exported from it, after a short countdown you "
            "can stop (Ctrl+Shift+Del).",
        )
    )
    button.setStyleSheet(
        "QPushButton { color: #9e2a2b; border: 1px solid #9e2a2b; border-radius: 4px;"
        " padding: 4px 12px; }"
        " QPushButton:hover, QPushButton:focus { background: rgba(158, 42, 43, 0.12); }"
    )
    return button


def forget_typing(root: QWidget) -> None:
    """Empty the undo history of every text field under `root`: a field cleared on lock
    would otherwise give its old text back to anyone pressing Ctrl+Z."""
    for line in root.findChildren(QLineEdit):
        if line.isUndoAvailable() or line.isRedoAvailable():
            line.setText(line.text())  # setText starts a fresh history
    for plain in root.findChildren(QPlainTextEdit):
        plain.document().clearUndoRedoStacks()
    for rich in root.findChildren(QTextEdit):
        rich.document().clearUndoRedoStacks()


def table_with_buttons(owner: QWidget, table: QWidget, *buttons: QPushButton) -> QVBoxLayout:
    """Lay out `owner` as `table` above a row of the buttons that act on it, in tab order."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    layout.addLayout(row)
    previous = table
    for button in buttons:
        QWidget.setTabOrder(previous, button)
        previous = button
    return layout
