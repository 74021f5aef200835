"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


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
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
