"""Evidence in the incident editor, driven through the real panel and viewer, offscreen."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt cannot load here (see installers/debian)")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.domain.incident import Incident
from hrjournal.services import records
from hrjournal.ui import attachment_viewer, attachments_panel, file_dialogs
from hrjournal.ui.attachments_panel import AttachmentsPanel
from hrjournal.ui.jobs import jobs_running
from hrjournal.ui.session import JournalSession
from hrjournal.vault.journal import UnlockedJournal

TEXT = "Ils sont venus à 6 h. جاءوا إلى المكتب في الصباح.\nSecond line.\n"


@pytest.fixture
def session(journal: UnlockedJournal, qtbot: QtBot) -> Iterator[JournalSession]:
    opened = JournalSession()
    opened.open(journal)
    yield opened
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=10000)


@pytest.fixture
def incident(journal: UnlockedJournal) -> Incident:
    return records.save_incident(journal, Incident(id=records.new_id("incident"), title="Raid"))


@pytest.fixture
def panel(qtbot: QtBot, session: JournalSession, incident: Incident) -> AttachmentsPanel:
    widget = AttachmentsPanel(session)
    qtbot.addWidget(widget)
    widget.show_incident(incident.id, [])
    widget.show()
    return widget


def _png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    assert image.save(str(path), "PNG")
    return path


def _pdf(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.fillRect(0, 0, 4000, 3000, QColor("black"))
    painter.setFont(QFont("Sans", 30))
    writer.newPage()
    painter.drawText(200, 200, "Second page")
    painter.end()
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "evidence"
    folder.mkdir()
    text = folder / "statement.txt"
    text.write_text(TEXT, encoding="utf-8")
    other = folder / "recording.bin"
    other.write_bytes(bytes(range(256)) * 8)
    return {
        "image": _png(folder / "photo.png"),
        "text": text,
        "pdf": _pdf(folder / "summons.pdf"),
        "other": other,
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _choose(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    # The dialog itself is driven for real in test_file_dialogs.py.
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_a, **_k: list(paths))


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a, **_k: path)


def _saved(journal: UnlockedJournal, incident: Incident) -> list[AttachmentInfo]:
    return records.get_incident(journal, incident.id).attachments


def _attach(
    journal: UnlockedJournal, panel: AttachmentsPanel, incident: Incident, *paths: Path
) -> None:
    """Evidence taken in through the service, for tests about what happens after intake."""
    for path in paths:
        records.add_attachment(journal, incident.id, path)
    panel.show_incident(incident.id, _saved(journal, incident))


def _view(qtbot: QtBot, panel: AttachmentsPanel, row: int) -> None:
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)


def _listing(*folders: Path) -> set[str]:
    return {str(path) for folder in folders for path in folder.rglob("*")}


def test_added_files_are_kept_with_their_sha256_shown(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    panel: AttachmentsPanel,
    journal: UnlockedJournal,
    incident: Incident,
    files: dict[str, Path],
) -> None:
    chosen = [files["image"], files["text"], files["pdf"]]
    _choose(monkeypatch, *chosen)
    with qtbot.waitSignal(panel.attachments_changed, timeout=10000):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.session.busy and panel.table.rowCount() == 3)

    saved = _saved(journal, incident)
    assert [a.filename for a in saved] == [p.name for p in chosen]
    for row, (info, path) in enumerate(zip(saved, chosen, strict=True)):
        digest = _sha256(path)
        assert info.sha256 == digest
        assert info.size == path.stat().st_size
        assert [event.action for event in info.custody] == ["collected"]
        assert digest in panel.message.text()
        shown = panel.table.item(row, 3)
        assert shown.toolTip() == digest
        assert shown.text() == digest[:12] + "…"
        assert panel.table.item(row, 0).text() == path.name
    assert saved[0].media_type == "image/png"
    assert not panel.progress.isVisible()
    assert panel.table.currentRow() == 2
    assert panel.custody.rowCount() == 1
    assert panel.custody.item(0, 1).text() == "Collected"


def test_a_cancelled_intake_keeps_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    panel: AttachmentsPanel,
    journal: UnlockedJournal,
    incident: Incident,
    files: dict[str, Path],
    tmp_path: Path,
) -> None:
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(8 * 1024 * 1024))
    _choose(monkeypatch, big, files["text"])
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isVisible()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.session.busy and not panel.progress.isVisible())

    assert _saved(journal, incident) == []
    assert panel.table.rowCount() == 0
    assert "Cancelled: video.mp4 was not added" in panel.message.text()
    assert panel.add_button.isEnabled()


def test_an_unsaved_incident_cannot_take_evidence_yet(panel: AttachmentsPanel) -> None:
    panel.show_incident(None, [])
    assert not panel.add_button.isEnabled()
    assert "Save the incident first" in panel.add_button.toolTip()
    panel.add_files([Path("/nonexistent")])
    assert not panel.session.busy


def test_the_viewer_shows_a_picture_text_and_pdf_pages_from_memory(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    panel: AttachmentsPanel,
    journal: UnlockedJournal,
    incident: Incident,
    files: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
) -> None:
    _attach(journal, panel, incident, files["image"], files["text"], files["pdf"])
    # Temporary files would land here, for Python and for Qt alike; a private folder keeps
    # other programs' files in the shared /tmp from muddying the comparison.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    before = _listing(tmp_path_factory.getbasetemp(), Path(tempfile.gettempdir()))
    viewer = panel.viewer

    _view(qtbot, panel, 0)
    assert viewer.isVisible()
    assert viewer.kind == "image"
    pixmap = viewer.image_label.pixmap()
    assert not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (40, 30)
    assert pixmap.toImage().pixelColor(5, 5) == QColor("darkred")
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.image_label.pixmap().width() == 60

    _view(qtbot, panel, 1)
    assert viewer.kind == "text"
    assert viewer.text_view.toPlainText() == TEXT
    assert viewer.text_view.isReadOnly()

    _view(qtbot, panel, 2)
    assert viewer.kind == "pdf"
    page = viewer.image_label.pixmap().toImage()
    assert not page.isNull()
    assert page.width() > 300
    colours = {page.pixelColor(x, y).name() for x in range(0, page.width(), 20) for y in (150,)}
    assert "#000000" in colours, "the black rectangle of page 1 is drawn"
    assert viewer.page_label.text() == "Page 1 of 2"
    assert not viewer.previous_button.isEnabled()
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.page_label.text() == "Page 2 of 2"
    assert not viewer.next_button.isEnabled()

    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    assert viewer.kind == ""
    assert viewer.image_label.pixmap().isNull()
    assert viewer.text_view.toPlainText() == ""
    assert _listing(tmp_path_factory.getbasetemp(), Path(tempfile.gettempdir())) == before
    assert [e.action for a in _saved(journal, incident) for e in a.custody] == ["collected"] * 3


def test_a_big_attachment_is_read_in_the_background(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    panel: AttachmentsPanel,
    journal: UnlockedJournal,
    incident: Incident,
    files: dict[str, Path],
) -> None:
    monkeypatch.setattr(attachment_viewer, "READ_IN_BACKGROUND_ABOVE", 0)
    _attach(journal, panel, incident, files["image"])
    _view(qtbot, panel, 0)
    assert panel.viewer.pages.currentWidget() is panel.viewer.loading
    assert not panel.view_button.isEnabled()  # the job has the journal to itself
    qtbot.waitUntil(lambda: panel.viewer.kind == "image", timeout=10000)
    assert panel.viewer.image_label.pixmap().width() == 40


def test_other_types_are_not_shown_but_can_be_saved(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    panel: AttachmentsPanel,
    journal: UnlockedJournal,
    incident: Incident,
    files: dict[str, Path],
    tmp_path: Path,
) -> None:
    _attach(journal, panel, incident, files["other"])
    _view(qtbot, panel, 0)
    viewer = panel.viewer
    assert viewer.kind == "other"
    assert "cannot be shown inside HR Journal" in viewer.other_text.text()
    copy = tmp_path / "copy.bin"
    _save_as(monkeypatch, copy)
    qtbot.mouseClick(viewer.save_copy_button, Qt.MouseButton.LeftButton)
    assert not viewer.isVisible()
    assert copy.read_bytes() == files["other"].read_bytes()
    assert [e.action for e in _saved(journal, incident)[0].custody] == ["collected", "exported"]


@pytest.mark.parametrize("in_background", [False, True])
def test_save_a_copy_writes_the_same_bytes_and_logs_it(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    panel: AttachmentsPanel,
    journal: UnlockedJournal,
    incident: Incident,
    files: dict[str, Path],
    tmp_path: Path,
    in_background: bool,
) -> None:
    if in_background:
        monkeypatch.setattr(attachments_panel, "READ_IN_BACKGROUND_ABOVE", 0)
    _attach(journal, panel, incident, files["pdf"])
    panel.table.selectRow(0)
    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    _save_as(monkeypatch, copy)
    changed: list[None] = []
    panel.attachments_changed.connect(lambda: changed.append(None))
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(changed), timeout=10000)

    assert copy.read_bytes() == files["pdf"].read_bytes()
    custody = _saved(journal, incident)[0].custody
    assert [event.action for event in custody] == ["collected", "exported"]
    assert custody[1].sha256 == _sha256(files["pdf"])
    assert "copy.pdf" in custody[1].note
    assert str(copy) in panel.message.text()
    assert panel.custody.rowCount() == 2
    assert panel.custody.item(1, 1).text() == "Exported"

    # An existing file is never overwritten.
    copy.write_bytes(b"mine")
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.session.busy, timeout=10000)
    assert "already exists" in panel.message.text()
    assert copy.read_bytes() == b"mine"
    assert len(_saved(journal, incident)[0].custody) == 2


def test_clear_and_lock_empty_everything(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    journal: UnlockedJournal,
    incident: Incident,
    files: dict[str, Path],
) -> None:
    _attach(journal, panel, incident, files["image"])
    _view(qtbot, panel, 0)
    assert panel.viewer.isVisible()
    panel.clear()
    assert panel.table.rowCount() == 0
    assert panel.custody.rowCount() == 0
    assert panel.attachments() == []
    assert not panel.message.isVisible()
    assert not panel.add_button.isEnabled()
    assert not panel.viewer.isVisible()
    assert panel.viewer.image_label.pixmap().isNull()

    panel.show_incident(incident.id, _saved(journal, incident))
    _view(qtbot, panel, 0)
    panel.session.lock()
    assert panel.table.rowCount() == 0
    assert not panel.viewer.isVisible()
    assert panel.viewer.kind == ""
