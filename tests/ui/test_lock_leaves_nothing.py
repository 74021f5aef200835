"""After a lock, nothing of the journal is left anywhere in the window: not in a list, an
editor, a combo box, a chart, a tooltip, an accessible description or the clipboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from hrjournal.resources import find
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hrjournal.services import interchange
from hrjournal.services import journal as journal_service
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.main_window import MainWindow
from tests.support.journals import PASSPHRASE

# Strings of the fictional example journal, one from each kind of record.
CANARIES = (
    "Elena Ruiz Torres",  # a contact's name
    "شبكة المدافعين",  # an organisation, in Arabic
    "+00 000 000 0001",  # a phone number
    "Registro de la oficina",  # an incident's title
    "تهديد بالقتل",  # an incident's title, in Arabic
    "seis agentes",  # an incident's description
    "Plan for the trial weeks",  # a safety plan's title
    "Arrest on the way to the hearing",  # a risk
    "INC-2026-0001",  # a reference
)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    try:
        rows, columns = model.rowCount(parent), max(1, model.columnCount(parent))
    except TypeError:  # one of Qt's own list models, whose counts Python may not call
        rows, columns = model.rowCount(parent), 1
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            yield from _model_texts(model, index)


def _texts_of(obj: QObject) -> Iterator[str]:
    if isinstance(obj, QWidget):
        yield obj.toolTip()
        yield obj.accessibleName()
        yield obj.accessibleDescription()
    if isinstance(obj, QLineEdit | QLabel | QAbstractButton):
        yield obj.text()
    if isinstance(obj, QPlainTextEdit | QTextEdit):
        yield obj.toPlainText()
    if isinstance(obj, QComboBox):
        yield from (obj.itemText(i) for i in range(obj.count()))
    if isinstance(obj, QAbstractItemModel):
        yield from _model_texts(obj, QModelIndex())


def _texts(root: QWidget) -> Iterator[str]:
    objects: list[QObject] = [root, *root.findChildren(QObject)]
    for top in QApplication.topLevelWidgets():  # dialogs and viewers live on their own
        objects += [top, *top.findChildren(QObject)]
    for obj in objects:
        yield from _texts_of(obj)
        if isinstance(obj, QWidget):
            yield obj.windowTitle()


def test_a_lock_leaves_no_trace_of_the_journal_in_the_window(
    qtbot: QtBot, journal_dir: Path
) -> None:
    with journal_service.unlocked(journal_dir, PASSPHRASE) as journal:
        interchange.import_json(journal, Path(str(find("examples/journal.json"))))
    window = MainWindow(journal_dir)
    qtbot.addWidget(window)
    window.show()
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    qtbot.waitUntil(lambda: jobs_running() == 0 and window.session.is_open, timeout=20000)

    # Visit everything, so every view has read its part of the journal.
    view = window.journal_view
    incidents = view.incidents
    for row in range(incidents.model.rowCount()):
        uid = incidents.model.uid_at(row)
        assert uid is not None
        incidents.open_record(uid)
    incidents.attachments.view_selected()
    view.go_to(view.contacts)
    view.contacts.open_record(str(view.contacts.model.uid_at(0)))
    view.contacts.emergency_button.setChecked(True)
    window.copy_to_clipboard("+00 000 000 0001")
    view.go_to(view.plans)
    view.plans.open_record(str(view.plans.model.uid_at(0)))
    view.go_to(view.patterns)
    view.go_to(view.settings)
    seen = "\n".join(_texts(window))
    assert all(canary in seen for canary in CANARIES[:5]), "the test saw too little"

    window.lock()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=20000)
    # Widgets a view let go of are destroyed when the event loop next turns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = "\n".join(_texts(window))
    assert [canary for canary in CANARIES if canary in left] == []
    assert QGuiApplication.clipboard().text() == ""
