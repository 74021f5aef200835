"""A PDF held in memory, drawn one page at a time with PDFium.

The bytes go to PDFium straight from memory, and each page comes back as a bitmap turned into
a QImage here: no temporary file, and neither PIL nor numpy, which would only be there for
this. Forms are never initialised, so a PDF's scripts never run.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage

# Points are 1/72 inch; drawing at 1.5 points per pixel gives a readable page at 100 %.
BASE_SCALE = 1.5


class PdfUnreadable(Exception):
    """PDFium could not open the document (damaged, or protected by a password)."""


class PdfPages:
    def __init__(self, data: bytes) -> None:
        # Loading PDFium costs about a tenth of a second: paid when a PDF is opened, not at
        # every start of the program.
        import pypdfium2  # noqa: PLC0415

        self._pdfium: Any = pypdfium2
        try:
            self._document: Any = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as error:
            raise PdfUnreadable from error

    def __len__(self) -> int:
        return 0 if self._document is None else len(self._document)

    def page_size(self, index: int) -> tuple[int, int]:
        """The pixels page `index` takes at zoom 1.0."""
        if self._document is None:
            return 0, 0
        page = self._document[index]
        try:
            width, height = page.get_size()
            return round(width * BASE_SCALE), round(height * BASE_SCALE)
        finally:
            page.close()

    def render(self, index: int, zoom: float = 1.0) -> QImage:
        """Page `index` (from 0) as an image; `zoom` 1.0 is the normal reading size."""
        if self._document is None:
            return QImage()
        page = self._document[index]
        try:
            bitmap = page.render(
                scale=BASE_SCALE * zoom,
                force_bitmap_format=self._pdfium.raw.FPDFBitmap_BGRx,
                rev_byteorder=True,  # RGBx: the byte order QImage's RGBX8888 reads
            )
            try:
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                )
                # The QImage above only borrows the bytes; the copy owns its pixels.
                return image.copy()
            finally:
                bitmap.close()
        except self._pdfium.PdfiumError as error:
            raise PdfUnreadable from error
        finally:
            page.close()

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
