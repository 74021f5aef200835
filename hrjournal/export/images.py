"""Thumbnails of image evidence for documents, with every byte of metadata left behind.

A photo's EXIF can hold where it was taken (GPS), when, and the phone's serial number; XMP
and ICC blocks can hold more. The thumbnail is new pixels only: decoded, scaled, and encoded
afresh as a JPEG with no metadata at all, so nothing of the original file but its picture
reaches the PDF. An image that cannot be decoded, or is too large to decode safely, gets no
thumbnail; the document still lists it with its SHA-256.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

THUMBNAIL_PIXELS = 480  # the longest side; about 6 cm at print resolution
MAX_SOURCE_PIXELS = 80_000_000  # beyond this, decoding could take gigabytes of memory
SHOWN_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff")


def thumbnail(content: bytes) -> tuple[bytes, int, int] | None:
    """A clean JPEG of at most THUMBNAIL_PIXELS a side, and its size; None if not an image
    we can decode safely."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                width, height = image.size
                if width * height > MAX_SOURCE_PIXELS or not width or not height:
                    return None
                image.draft("RGB", (THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))  # JPEG: decode small
                upright = ImageOps.exif_transpose(image)  # as the phone showed it
                picture = upright.convert("RGB")
        picture.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
        clean = Image.new("RGB", picture.size)  # a new image: no info, no EXIF, no ICC
        clean.paste(picture)
        output = io.BytesIO()
        clean.save(output, format="JPEG", quality=82, optimize=True)
    except (
        OSError,
        ValueError,
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        SyntaxError,
    ):
        return None
    return output.getvalue(), clean.width, clean.height
