"""Evidence shown inside HR Journal, from memory only.

Opening a file in another program would mean writing it to disk in clear first, where
indexers, thumbnailers and file recovery can find it. So the bytes are read from the journal
into memory and drawn here: pictures, text and PDF pages. Anything else can only be saved as a
copy, on request. Closing the viewer drops the bytes; locking the journal closes the viewer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrjournal.domain.attachment import AttachmentInfo
from hrjournal.errors import JournalError
from hrjournal.services import records
from hrjournal.ui.capture_guard import exclude_from_capture
from hrjournal.ui.jobs import Job
from hrjournal.ui.pdf_pages import PdfPages, PdfUnreadable
from hrjournal.ui.session import JournalSession
from hrjournal.ui.translation import fill
from hrjournal.ui.widgets import message_label, show_message

# Files smaller than this are read on the UI thread: it takes milliseconds.
READ_IN_BACKGROUND_ABOVE = 4 * 1024 * 1024
# A file of unknown type this small is shown as text if it is valid UTF-8.
SMALL_TEXT = 1024 * 1024
ZOOM_STEPS = (0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)
TEXT_TYPES = frozenset({"application/json", "application/xml", "application/x-yaml"})


def _is_pdf(info: AttachmentInfo) -> bool:
    return info.media_type == "application/pdf" or info.filename.lower().endswith(".pdf")


def _may_show(info: AttachmentInfo) -> bool:
    """Whether reading the bytes can lead anywhere; a 2 GB video is not read just to say no."""
    media = info.media_type
    if media.startswith(("image/", "text/")) or media in TEXT_TYPES or _is_pdf(info):
        return True
    return info.size is not None and info.size <= SMALL_TEXT


def _as_text(info: AttachmentInfo, data: bytes) -> str | None:
    if info.media_type.startswith("text/") or info.media_type in TEXT_TYPES:
        return data.decode("utf-8-sig", errors="replace")
    if len(data) > SMALL_TEXT or b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


class AttachmentViewer(QDialog):
    save_copy_requested = Signal(str)  # the attachment's id, for its panel to export

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exclude_from_capture(self)  # evidence on screen: kept out of screenshots where possible
        self.session = session
        self.setWindowTitle(self.tr("Evidence"))
        self.resize(800, 600)
        self._info: AttachmentInfo | None = None
        self._job: Job | None = None
        self._image = QImage()
        self._pdf: PdfPages | None = None
        self._page = 0
        self._zoom = 1.0
        self.kind = ""  # what is shown: image, text, pdf, other, or "" for nothing

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Attachment shown"))
        self.message = message_label(self, self.tr("Viewer message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self._build_pages()
        self._build_tools()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.tools)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update_tools()

    def _build_pages(self) -> None:
        self.pages = QStackedWidget(self)
        self.loading = QWidget(self.pages)
        self.progress = QProgressBar(self.loading)
        self.progress.setRange(0, 0)  # the journal reads the file in one go: no steps to count
        self.progress.setAccessibleName(self.tr("Reading the attachment"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), self.loading)
        self.cancel_button.setAccessibleName(self.tr("Stop reading the attachment"))
        self.cancel_button.clicked.connect(self.reject)
        loading_layout = QVBoxLayout(self.loading)
        loading_layout.addStretch()
        loading_layout.addWidget(QLabel(self.tr("Reading the attachment…"), self.loading))
        loading_layout.addWidget(self.progress)
        loading_layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        loading_layout.addStretch()

        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.tr("Picture or page"))
        self.picture = QScrollArea(self.pages)
        self.picture.setWidget(self.image_label)
        self.picture.setWidgetResizable(True)
        self.picture.setAccessibleName(self.tr("Picture or page, scrollable"))

        self.text_view = QPlainTextEdit(self.pages)
        self.text_view.setReadOnly(True)
        self.text_view.setUndoRedoEnabled(False)
        self.text_view.setAccessibleName(self.tr("Text of the attachment"))

        self.other = QWidget(self.pages)
        self.other_text = QLabel(self.other)
        self.other_text.setWordWrap(True)
        self.other_text.setTextFormat(Qt.TextFormat.PlainText)
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"), self.other)
        self.save_copy_button.setAccessibleName(self.tr("Save a copy of the attachment"))
        self.save_copy_button.clicked.connect(self._save_copy)
        other_layout = QVBoxLayout(self.other)
        other_layout.addStretch()
        other_layout.addWidget(self.other_text)
        other_layout.addWidget(self.save_copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        other_layout.addStretch()

        for page in (self.loading, self.picture, self.text_view, self.other):
            self.pages.addWidget(page)

    def _build_tools(self) -> None:
        self.zoom_out_button = self._button(self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = self._button(self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn)
        self.actual_size_button = self._button(self.tr("&Actual size"), None)
        self.fit_button = self._button(self.tr("&Fit to window"), None)
        self.previous_button = self._button(self.tr("&Previous page"), None)
        self.next_button = self._button(self.tr("&Next page"), None)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.zoom_out_button.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self._step_zoom(1))
        self.actual_size_button.clicked.connect(lambda: self._set_zoom(1.0))
        self.fit_button.clicked.connect(self._fit)
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.tools = QHBoxLayout()
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.actual_size_button,
            self.fit_button,
        ):
            self.tools.addWidget(button)
        self.tools.addStretch()
        self.tools.addWidget(self.previous_button)
        self.tools.addWidget(self.page_label)
        self.tools.addWidget(self.next_button)

    def _button(self, text: str, shortcut: QKeySequence.StandardKey | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        button.setAutoDefault(False)
        return button

    # -- what the panel and the window call ----------------------------------------------------

    def show_attachment(self, info: AttachmentInfo) -> None:
        """Open the viewer on `info`, reading its content from the journal."""
        self._cancel()
        self._drop()
        self._info = info
        self.title.setText(info.filename)
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", info.filename))
        show_message(self.message, "")
        self.show()
        self.raise_()
        if not _may_show(info):
            self._show_other()
            return
        if self.session.busy:
            busy = self.tr("HR Journal is still busy with the last task; please wait.")
            self._show_other(busy, can_save=False)
            return
        if (info.size or 0) <= READ_IN_BACKGROUND_ABOVE:
            try:
                data = records.read_attachment(self.session.journal, info.id)
            except JournalError as error:
                self._show_other(str(error), can_save=False)
                return
            self._show_content(data)
            return
        uid = info.id
        self.pages.setCurrentWidget(self.loading)
        self._update_tools()
        try:
            self._job = self.session.run(
                lambda journal, _progress: records.read_attachment(journal, uid),
                lambda data: self._read(uid, data),
                lambda message: self._read_failed(uid, message),
            )
        except JournalError as error:
            self._show_other(str(error), can_save=False)

    def clear(self) -> None:
        """Close and forget what was shown (the journal is locking)."""
        self._cancel()
        self.reject()
        self._drop()

    def show_page(self, index: int) -> None:
        if self._pdf is None or not 0 <= index < len(self._pdf):
            return
        self._page = index
        self._draw()

    def done(self, result: int) -> None:  # every way of closing (Close, Escape, the window's x)
        self._cancel()
        self._drop()
        super().done(result)

    # -- reading ---------------------------------------------------------------------------------

    def _still_wanted(self, uid: str) -> bool:
        """Whether a finished read is still for what is shown (not closed or replaced)."""
        if self._job is None or self._info is None or self._info.id != uid:
            return False
        self._job = None
        return True

    def _read(self, uid: str, data: object) -> None:
        if self._still_wanted(uid) and isinstance(data, bytes):
            self._show_content(data)

    def _read_failed(self, uid: str, message: str) -> None:
        if self._still_wanted(uid):
            self._show_other(message, can_save=False)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def _show_content(self, data: bytes) -> None:
        info = self._info
        if info is None:
            return
        if _is_pdf(info) or data.startswith(b"%PDF-"):
            try:
                self._pdf = PdfPages(data)
                self.kind = "pdf"
                self._zoom = 1.0
                self.show_page(0)
                return
            except PdfUnreadable:
                self._pdf = None
                self._show_other(
                    self.tr(
                        "This PDF could not be opened here; it may be damaged or protected by a"
                        " password."
                    )
                )
                return
        image = QImage.fromData(data) if not info.media_type.startswith("text/") else QImage()
        if not image.isNull():
            self._image = image
            self.kind = "image"
            self._zoom = 1.0
            self._draw()
            return
        text = _as_text(info, data)
        if text is not None:
            self.kind = "text"
            self.text_view.setPlainText(text)
            self.pages.setCurrentWidget(self.text_view)
            self._update_tools()
            return
        self._show_other()

    def _show_other(self, reason: str = "", *, can_save: bool = True) -> None:
        self.kind = "other"
        self.save_copy_button.setVisible(can_save)
        self.other_text.setText(
            reason
            or self.tr(
                "This type of file cannot be shown inside HR Journal. It is kept safely in the "
                "journal; if you need to open it in another program, save a copy first."
            )
        )
        self.pages.setCurrentWidget(self.other)
        self._update_tools()

    def _save_copy(self) -> None:
        if self._info is None:
            return
        uid = self._info.id
        self.accept()  # the panel takes it from here and reports there
        self.save_copy_requested.emit(uid)

    def _drop(self) -> None:
        self._image = QImage()
        self.image_label.clear()
        self.text_view.clear()
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        self._info = None
        self.kind = ""
        self.title.clear()
        self.other_text.clear()
        self.setWindowTitle(self.tr("Evidence"))
        self._update_tools()

    # -- pictures and pages -------------------------------------------------------------------

    def _draw(self) -> None:
        if self.kind == "pdf" and self._pdf is not None:
            try:
                pixmap = QPixmap.fromImage(self._pdf.render(self._page, self._zoom))
            except PdfUnreadable:
                show_message(self.message, self.tr("This page could not be drawn."))
                pixmap = QPixmap()
        elif self.kind == "image":
            pixmap = QPixmap.fromImage(self._image)
            if self._zoom != 1.0:
                pixmap = pixmap.scaled(
                    pixmap.size() * self._zoom,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        else:
            return
        self.image_label.setPixmap(pixmap)
        self.pages.setCurrentWidget(self.picture)
        self._update_tools()

    def _step_zoom(self, direction: int) -> None:
        if direction > 0:
            bigger = [step for step in ZOOM_STEPS if step > self._zoom + 1e-6]
            self._set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [step for step in ZOOM_STEPS if step < self._zoom - 1e-6]
            self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._draw()

    def _fit(self) -> None:
        if self.kind == "image" and not self._image.isNull():
            width, height = self._image.width(), self._image.height()
        elif self.kind == "pdf" and self._pdf is not None:
            width, height = self._pdf.page_size(self._page)
        else:
            return
        room = self.picture.viewport().size()
        self._set_zoom(min(room.width() / max(width, 1), room.height() / max(height, 1)))

    def _update_tools(self) -> None:
        pictured = self.kind in ("image", "pdf")
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.actual_size_button,
            self.fit_button,
        ):
            button.setVisible(pictured)
        paged = self.kind == "pdf" and self._pdf is not None
        for widget in (self.previous_button, self.page_label, self.next_button):
            widget.setVisible(paged)
        if paged and self._pdf is not None:
            count = len(self._pdf)
            self.page_label.setText(fill(self.tr("Page %1 of %2"), str(self._page + 1), str(count)))
            self.previous_button.setEnabled(self._page > 0)
            self.next_button.setEnabled(self._page < count - 1)
