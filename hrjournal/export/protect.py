"""The last step of every PDF, in memory: clean metadata, and the password if there is one.

reportlab's own encryption is RC4 by default, and its AES output is rejected by poppler and
pypdf; pikepdf (qpdf) writes AES-256 with the revision 6 handler every current reader opens.
The document arrives here as bytes and leaves as bytes: with a password set, the only bytes
that ever reach the disk are the encrypted ones.
"""

from __future__ import annotations

import io
import secrets

import pikepdf

MIN_PASSWORD_LENGTH = 8


def finish_pdf(document: bytes, title: str, password: str | None) -> bytes:
    """`document` with metadata that names no one and no machine, encrypted with AES-256 if
    `password` is given (printing and copying stay allowed: it is meant to be read)."""
    with pikepdf.open(io.BytesIO(document)) as pdf:
        # Only what the document is; no author, no dates in the local time zone, no producer
        # version that would narrow down the machine.
        for key in list(pdf.docinfo.keys()):
            del pdf.docinfo[key]
        pdf.docinfo[pikepdf.Name.Title] = title
        pdf.docinfo[pikepdf.Name.Creator] = "HR Journal"
        pdf.docinfo[pikepdf.Name.Producer] = "HR Journal"
        if pikepdf.Name.Metadata in pdf.Root:
            del pdf.Root[pikepdf.Name.Metadata]
        encryption: pikepdf.Encryption | bool = False
        if password:
            encryption = pikepdf.Encryption(
                user=password,
                owner=secrets.token_urlsafe(32),  # no one can lift the protection later
                R=6,
                aes=True,
                metadata=True,
            )
        output = io.BytesIO()
        pdf.save(output, encryption=encryption, deterministic_id=not password)
        return output.getvalue()
