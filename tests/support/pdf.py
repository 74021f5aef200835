"""Reading the PDFs the program makes, the way a trusted contact's reader would."""

from __future__ import annotations

import io

import pikepdf
from pypdf import PdfReader


def page_texts(content: bytes, password: str | None = None) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    reader = PdfReader(io.BytesIO(content))
    if reader.is_encrypted:
        assert password is not None, "the PDF is encrypted"
        reader.decrypt(password)
    return [page.extract_text() or "" for page in reader.pages]


def all_text(content: bytes, password: str | None = None) -> str:
    return "\n".join(page_texts(content, password))


def _objects(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    return list(pdf.objects)


def link_annotations(content: bytes, password: str = "") -> int:
    """Annotations of any kind, and any URI or launch action anywhere in the file."""
    with pikepdf.open(io.BytesIO(content), password=password) as pdf:
        found = sum(len(page.obj.get("/Annots", [])) for page in pdf.pages)
        for item in _objects(pdf):
            if isinstance(item, pikepdf.Dictionary) and (
                "/URI" in item or "/Launch" in item or item.get("/S") in ("/URI", "/Launch")
            ):
                found += 1
        return found


def image_count(content: bytes, password: str = "") -> int:
    """Image XObjects in the whole file (whichever page uses them)."""
    with pikepdf.open(io.BytesIO(content), password=password) as pdf:
        return sum(
            1
            for item in _objects(pdf)
            if isinstance(item, pikepdf.Stream) and item.get("/Subtype") == "/Image"
        )


def decompressed(content: bytes, password: str = "") -> bytes:
    """Every stream of the file decoded, and its other objects, as one byte string to search."""
    parts = []
    with pikepdf.open(io.BytesIO(content), password=password) as pdf:
        for item in _objects(pdf):
            if isinstance(item, pikepdf.Stream):
                try:
                    parts.append(item.read_bytes())
                except pikepdf.PdfError:
                    parts.append(item.read_raw_bytes())
            else:
                parts.append(bytes(repr(item), "utf-8", "replace"))
        parts.append(bytes(repr(dict(pdf.docinfo)), "utf-8", "replace"))
    return b"\n".join(parts)
