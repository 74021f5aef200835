"""The documents as a trusted contact receives them: every page marked, nothing hidden in the
file, nothing embedded or linked, passwords that real readers honour."""

from __future__ import annotations

import getpass
import io
import json
import platform
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from hrjournal.errors import InputRejected
from hrjournal.services import interchange
from hrjournal.services.records import add_attachment, get_incident, save_incident
from hrjournal.services.reports import Profile, ReportKind, ReportRequest, build_report
from hrjournal.vault.journal import UnlockedJournal
from tests.support.pdf import all_text, decompressed, image_count, link_annotations, page_texts

PASSWORD = "a long pdf password"
QPDF = shutil.which("qpdf")
PDFTOTEXT = shutil.which("pdftotext")
HOSTILE = (
    "<a href='http://evil.example/x'>click</a> <img src='/etc/passwd'/> <font size=80>big "
    "<b>unbalanced <para> &amp; &lt; \x1b[2J"
)


@pytest.fixture
def example(journal: UnlockedJournal) -> UnlockedJournal:
    from hrjournal.resources import find

    source = find("examples/journal.json")
    with __import__("importlib.resources").resources.as_file(source) as path:
        interchange.import_json(journal, path)
    return journal


def _incident_uid(journal: UnlockedJournal) -> str:
    row = journal.connection.execute("SELECT uid FROM incidents ORDER BY id LIMIT 1").fetchone()
    return str(row[0])


def test_every_page_carries_the_banner_id_profile_and_page_x_of_y(
    example: UnlockedJournal,
) -> None:
    incident = get_incident(example, _incident_uid(example))
    incident.description = "\n".join(f"Line {n} of a long narrative." for n in range(400))
    save_incident(example, incident)
    built = build_report(example, ReportRequest(ReportKind.INCIDENT, reference=incident.id))
    pages = page_texts(built.content)
    assert len(pages) >= 3
    report_id = built.title.split()[-1]
    for number, text in enumerate(pages, start=1):
        flat = " ".join(text.split())
        assert "CONFIDENTIAL" in flat
        assert report_id in flat
        assert "Profile: share (redacted)" in flat
        assert f"Page {number} of {len(pages)}" in flat
        assert "generated" in flat


def test_metadata_names_neither_the_user_nor_the_machine(example: UnlockedJournal) -> None:
    built = build_report(example, ReportRequest(ReportKind.INCIDENTS, Profile.FULL))
    info = PdfReader(io.BytesIO(built.content)).metadata
    assert info is not None
    assert info.author is None
    assert info.producer == "HR Journal"
    assert info.title == built.title
    assert info.creation_date is None  # no local time zone either
    raw = decompressed(built.content)
    for identity in {getpass.getuser(), platform.node()} - {"root"}:
        if len(identity) >= 4:  # shorter ones occur by chance in compressed fonts
            assert identity.encode() not in raw
    # Nor where the journal or the user's home is (both unique temporary folders here).
    for place in (example.files.directory, Path.home()):
        assert str(place).encode() not in raw


def test_markup_in_user_text_prints_literally_and_embeds_or_links_nothing(
    example: UnlockedJournal,
) -> None:
    incident = get_incident(example, _incident_uid(example))
    incident.title = "<a href='http://evil.example/x'>title</a>"
    incident.description = HOSTILE
    incident.attachments = []
    save_incident(example, incident)
    for kind in (ReportKind.INCIDENT, ReportKind.INCIDENTS):
        built = build_report(example, ReportRequest(kind, Profile.FULL, reference=incident.id))
        text = " ".join(all_text(built.content).split())
        if kind is ReportKind.INCIDENT:
            assert "<img src='/etc/passwd'/>" in text
            assert "<font size=80>big <b>unbalanced <para> &amp; &lt; [U+001B][2J" in text
        # A table cell may wrap it: compare without the line breaks.
        assert "<ahref='http://evil.example/x'>title</a>" in text.replace(" ", "")
        assert link_annotations(built.content) == 0
        assert image_count(built.content) == 0
        assert b"evil.example" not in built.content  # only inside compressed text streams


def _photo_with_metadata(canary: str) -> bytes:
    image = Image.new("RGB", (1200, 800), (30, 120, 200))
    exif = Image.Exif()
    exif[0x010E] = canary  # ImageDescription
    exif[0x013B] = canary  # Artist
    exif[0x0110] = canary  # camera model
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif.tobytes(), comment=canary.encode())
    return output.getvalue()


def test_images_are_thumbnails_without_metadata_and_only_when_chosen(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    canary = "ExifCanary7731"
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(_photo_with_metadata(canary))
    uid = _incident_uid(example)
    add_attachment(example, uid, photo)
    full = build_report(example, ReportRequest(ReportKind.INCIDENT, Profile.FULL, reference=uid))
    assert image_count(full.content) == 1
    assert canary.encode() not in decompressed(full.content)
    shared = build_report(example, ReportRequest(ReportKind.INCIDENT, reference=uid))
    assert image_count(shared.content) == 0
    chosen = build_report(
        example, ReportRequest(ReportKind.INCIDENT, reference=uid, with_images=True)
    )
    assert image_count(chosen.content) == 1
    unchosen = build_report(
        example, ReportRequest(ReportKind.INCIDENT, Profile.FULL, reference=uid, with_images=False)
    )
    assert image_count(unchosen.content) == 0
    # Every attachment is listed with its fingerprint whether shown or not.
    assert get_incident(example, uid).attachments[-1].sha256 in all_text(unchosen.content)


def test_a_broken_or_huge_image_is_listed_without_a_thumbnail(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    uid = _incident_uid(example)
    add_attachment(example, uid, broken)
    built = build_report(example, ReportRequest(ReportKind.INCIDENT, Profile.FULL, reference=uid))
    assert image_count(built.content) == 0
    assert "broken.jpg" in all_text(built.content)


def _protected(journal: UnlockedJournal) -> bytes:
    request = ReportRequest(
        ReportKind.INCIDENT, Profile.FULL, reference=_incident_uid(journal), password=PASSWORD
    )
    return build_report(journal, request).content


def test_a_password_encrypts_with_aes_256_and_pypdf_needs_it(example: UnlockedJournal) -> None:
    content = _protected(example)
    title = get_incident(example, _incident_uid(example)).title
    assert title in all_text(content, PASSWORD)
    reader = PdfReader(io.BytesIO(content))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == 0
    with pytest.raises(Exception, match=r"(?i)decrypt|password|not been decrypted"):
        PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert title.encode() not in content
    assert b"Incident report" not in content


@pytest.mark.skipif(QPDF is None or PDFTOTEXT is None, reason="needs poppler-utils and qpdf")
def test_poppler_and_qpdf_open_the_protected_pdf_only_with_its_password(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    target = tmp_path / "protected.pdf"
    target.write_bytes(_protected(example))
    title = get_incident(example, _incident_uid(example)).title
    right = subprocess.run(
        [PDFTOTEXT, "-upw", PASSWORD, str(target), "-"], capture_output=True, text=True, check=False
    )
    assert right.returncode == 0
    assert title in right.stdout
    wrong = subprocess.run(
        [PDFTOTEXT, "-upw", "nope", str(target), "-"], capture_output=True, check=False
    )
    assert wrong.returncode != 0
    check = subprocess.run(
        [QPDF, "--check", f"--password={PASSWORD}", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    shown = subprocess.run(
        [QPDF, "--show-encryption", f"--password={PASSWORD}", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "R = 6" in shown.stdout
    assert "AESv3" in shown.stdout


@pytest.mark.skipif(QPDF is None, reason="needs qpdf")
@pytest.mark.parametrize("kind", list(ReportKind))
def test_qpdf_finds_every_document_well_formed(
    example: UnlockedJournal, tmp_path: Path, kind: ReportKind
) -> None:
    reference = _incident_uid(example) if kind is ReportKind.INCIDENT else None
    built = build_report(example, ReportRequest(kind, Profile.FULL, reference=reference))
    target = tmp_path / "document.pdf"
    target.write_bytes(built.content)
    check = subprocess.run(
        [QPDF, "--check", str(target)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_font_a_document_names_is_embedded(
    example: UnlockedJournal, tmp_path: Path, kind: ReportKind
) -> None:
    """Tables and charts included: no font is left for the reader's system to supply."""
    reference = _incident_uid(example) if kind is ReportKind.INCIDENT else None
    built = build_report(example, ReportRequest(kind, Profile.FULL, reference=reference))
    target = tmp_path / "document.pdf"
    target.write_bytes(built.content)
    listed = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True)
    rows = listed.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert " yes yes yes " in row, row  # embedded, subset, with a Unicode map


def test_a_short_pdf_password_is_refused(example: UnlockedJournal) -> None:
    request = ReportRequest(ReportKind.CONTACTS, password="short")
    with pytest.raises(InputRejected, match="at least 8 characters"):
        build_report(example, request)


def test_the_emergency_card_fits_on_one_page(example: UnlockedJournal, tmp_path: Path) -> None:
    contacts = [
        {
            "id": f"c-{n}",
            "name": f"Contact number {n}",
            "call_order": n,
            "roles": ["emergency_contact"],
            "channels": [{"type": "phone", "value": f"+1 555 0100 {n:03d}"}] * 3,
            "availability": "Any time, day or night, including weekends and holidays.",
        }
        for n in range(1, 40)
    ]
    source = tmp_path / "many.json"
    document = {"format": "hrjournal/1", "contacts": contacts, "incidents": [], "safety_plans": []}
    source.write_text(json.dumps(document))
    interchange.import_json(example, source)
    built = build_report(example, ReportRequest(ReportKind.CONTACTS, Profile.FULL))
    pages = page_texts(built.content)
    assert len(pages) == 1
    assert "Contact number 39" in pages[0]
