"""PDF passwords every reader reads alike: PDF 2.0 readers (pypdf here) prepare a password
with SASLprep and use its first 127 bytes; others (pdfium) use it as typed. A password they
would read differently is refused before anything is written."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from hrjournal.export.protect import PasswordProblem, finish_pdf, password_problem


def _document() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "protected words")
    page.save()
    return out.getvalue()


@pytest.mark.parametrize(
    "password",
    ["correct horse", "пароль надёжный", "كلمة مرور طويلة", "密码足够长的一句话", "emoji 🙂 ok!"],
)
def test_a_usable_password_protects_and_opens(password: str) -> None:
    assert password_problem(password) is None
    protected = finish_pdf(_document(), "Title", password)
    reader = PdfReader(io.BytesIO(protected))
    assert reader.is_encrypted
    assert reader.decrypt("a wrong password") == 0
    assert reader.decrypt(password) != 0
    assert "protected words" in reader.pages[0].extract_text()


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short", PasswordProblem.TOO_SHORT),
        ("п" * 64, PasswordProblem.TOO_LONG),  # 128 bytes: PDF 2.0 readers use 127
        ("nul\x00password", PasswordProblem.READ_DIFFERENTLY),
        ("no\u00a0break\u00a0space", PasswordProblem.READ_DIFFERENTLY),
        ("zero\u200bwidth space", PasswordProblem.READ_DIFFERENTLY),
        ("\ufeffbyte-order mark", PasswordProblem.READ_DIFFERENTLY),
        ("decomposed e\u0301e\u0301", PasswordProblem.READ_DIFFERENTLY),
        ("lone \ud800 surrogate", PasswordProblem.READ_DIFFERENTLY),
        ("tab\there too", PasswordProblem.READ_DIFFERENTLY),
    ],
)
def test_a_password_readers_would_read_differently_is_refused(
    password: str, problem: PasswordProblem
) -> None:
    assert password_problem(password) is problem
    with pytest.raises(ValueError, match="password"):
        finish_pdf(_document(), "Title", password)


def test_nothing_of_the_password_reaches_the_terminal() -> None:
    """pypdf warns about a character its password preparation does not know, naming it; in a
    process of its own, as the program runs (pytest would catch the warning itself)."""
    probe = (
        "import io\n"
        "from reportlab.pdfgen import canvas\n"
        "from hrjournal.export.protect import finish_pdf\n"
        "out = io.BytesIO()\n"
        "canvas.Canvas(out).save()\n"
        "finish_pdf(out.getvalue(), 'Title', 'emoji \\U0001f642 ok!')\n"
        "print('done')\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60
    )
    assert ran.stdout.strip() == "done", ran.stderr
    assert ran.stderr == ""


def _raw(part: Any) -> bytes:
    """A string of the PDF as its bytes (pypdf reads some as text)."""
    return bytes(part.original_bytes if hasattr(part, "original_bytes") else part)


def test_a_protected_pdf_has_a_random_identifier_that_reveals_nothing() -> None:
    """The trailer's /ID is not encrypted; reportlab's is a digest of the title."""
    document = _document()
    original = _raw(PdfReader(io.BytesIO(document)).trailer["/ID"][0])
    identifiers = set()
    for _ in range(2):
        reader = PdfReader(io.BytesIO(finish_pdf(document, "Incident report R-1", "correct horse")))
        first, second = (_raw(part) for part in reader.trailer["/ID"])
        assert first == second
        assert first != original
        identifiers.add(first)
    assert len(identifiers) == 2
