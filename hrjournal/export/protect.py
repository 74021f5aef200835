"""The last step of every PDF, in memory: clean metadata, and the password if there is one.

reportlab's own encryption is RC4 by default, and its AES output is rejected by poppler and
pypdf; pypdf writes AES-256 with the revision 6 handler every current reader opens (the tests
open it with poppler, qpdf, pdfium and pypdf). pypdf is pure Python over the `cryptography`
the journal already uses, where qpdf would add 7 MiB of libraries to the installed program.
The document arrives here as bytes and leaves as bytes: with a password set, the only bytes
that ever reach the disk are the encrypted ones.
"""

from __future__ import annotations

import io
import logging
import secrets
import unicodedata
from enum import Enum

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject

# pypdf logs warnings that can quote the password (a character its password preparation does
# not know); nothing of it may reach a terminal or a log.
_pypdf_log = logging.getLogger("pypdf")
_pypdf_log.addHandler(logging.NullHandler())
_pypdf_log.propagate = False

MIN_PASSWORD_LENGTH = 8
# PDF 2.0 readers use the first 127 bytes of the UTF-8 password; others use all of it.
MAX_PASSWORD_BYTES = 127
# Characters that PDF 2.0 readers drop before using a password (SASLprep's "mapped to
# nothing") and that other readers keep.
_DROPPED_BY_SOME_READERS = frozenset(
    "\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufeff"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
)


class PasswordProblem(Enum):
    TOO_SHORT = "too short"
    TOO_LONG = "too long"
    # A character that PDF readers do not all read alike: a control or unassigned character,
    # an unusual space, an invisible one, or letters not in their composed form. PDF 2.0
    # readers (pypdf, Acrobat) prepare the password with SASLprep and others (pdfium, in
    # Chrome) do not, so such a password would open the document in some readers only.
    READ_DIFFERENTLY = "read differently"


def password_problem(password: str) -> PasswordProblem | None:
    """Why `password` cannot protect a PDF that every reader opens with it, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return PasswordProblem.TOO_SHORT
    if any(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") for c in password):
        return PasswordProblem.READ_DIFFERENTLY
    prepared = unicodedata.normalize(
        "NFKC",
        "".join(
            " " if unicodedata.category(c) == "Zs" else c
            for c in password
            if c not in _DROPPED_BY_SOME_READERS
        ),
    )
    if prepared != password:
        return PasswordProblem.READ_DIFFERENTLY
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        return PasswordProblem.TOO_LONG
    return None


def finish_pdf(document: bytes, title: str, password: str | None) -> bytes:
    """`document` with metadata that names no one and no machine, encrypted with AES-256 if
    `password` is given (printing and copying stay allowed: it is meant to be read)."""
    if password and password_problem(password) is not None:
        raise ValueError("finish_pdf was given a password no reader could rely on")
    pdf = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    # Only what the document is; no author, no dates in the local time zone, no producer
    # version that would narrow down the machine.
    pdf.metadata = {"/Title": title, "/Creator": "HR Journal", "/Producer": "HR Journal"}
    pdf.root_object.pop(NameObject("/Metadata"), None)
    if password:
        # The file identifier stays readable in an encrypted file, and reportlab derives it
        # from the title (which names the kind of report, its date and number): a random one.
        pdf._ID = None  # pypdf then makes one with `secrets`
        pdf.encrypt(
            user_password=password,
            owner_password=secrets.token_urlsafe(32),  # no one can lift the protection later
            algorithm="AES-256",  # revision 6, metadata encrypted too
        )
        # AES-256 is PDF 2.0, announced as readers from Acrobat X on expect it: PDF 1.7 at
        # Adobe's extension level 8.
        pdf.pdf_header = "%PDF-1.7"
        pdf.root_object[NameObject("/Extensions")] = DictionaryObject(
            {
                NameObject("/ADBE"): DictionaryObject(
                    {
                        NameObject("/BaseVersion"): NameObject("/1.7"),
                        NameObject("/ExtensionLevel"): NumberObject(8),
                    }
                )
            }
        )
    output = io.BytesIO()
    pdf.write(output)
    return output.getvalue()
