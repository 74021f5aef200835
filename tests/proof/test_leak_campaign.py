"""Leak campaign: one full session through the real window, a distinct canary typed into every
field and carried by the evidence's name and content (tests/proof/session.py); then every file
the program could have written (its home with the journal and ~/Documents, its temporary and
runtime folders) is searched for every canary and for the recovery secret, whole and by its
random token, in UTF-8, UTF-16-LE and UTF-16-BE. The same search runs once inside the session
while the journal is unlocked, to see files that live only while it is open.

The search covers one folder; so the session is watched writing (strace), and any file it
opens for writing anywhere else is a finding too. The evidence's original, written by the
session in WORKDIR/outside, is deleted by the session once taken in, as a user would; nothing
is excluded from the search."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.proof import figures, sessions
from tests.proof.sessions import (
    ENCODINGS,
    STORED_FIELDS,
    TYPED_ONLY_FIELDS,
    make_canaries,
    needles,
    run_session,
    scan,
    token_of,
    traced_calls,
)
from tests.support.pdf import all_text

STRACE = shutil.which("strace")
WRITES = "trace=open,openat,creat"
WRITE_FLAGS = re.compile(r"\bO_(?:WRONLY|RDWR|CREAT|TRUNC)\b")
OPENED = re.compile(r"= \d+<(.*)>$")  # the file a new descriptor names (strace -y)
HARMLESS = ("/dev/null",)


def _watched(log: Path) -> list[str]:
    return [STRACE or "strace", "-f", "-qq", "-y", "-e", WRITES, "-o", str(log)]


def written_outside(log: Path, folder: Path) -> tuple[int, list[str]]:
    """How many files the traced processes opened for writing, and those outside `folder`."""
    written = []
    for _call, text in traced_calls(log):
        opened = OPENED.search(text)
        if opened and WRITE_FLAGS.search(text):
            written.append(opened.group(1))
    inside = str(folder.resolve()) + "/"
    outside = [path for path in written if not path.startswith(inside) and path not in HARMLESS]
    return len(written), sorted(set(outside))


def pdf_files(folder: Path) -> list[Path]:
    """Every PDF under `folder`, whatever its name: by the first bytes, as a reader knows it."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as start:
                if start.read(5) == b"%PDF-":
                    found.append(path)
    return found


def test_a_full_session_leaves_no_canary_on_disk_in_clear(tmp_path: Path) -> None:
    canaries = make_canaries()
    workdir, log = tmp_path / "work", tmp_path / "writes.trace"
    run = run_session(
        workdir, canaries, tmp_path / "canaries.json", _watched(log) if STRACE else ()
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = run.report
    secret = {"recovery_secret": report["recovery_secret"]}
    after = scan(workdir, needles(canaries, secret))
    while_unlocked = report["scan_while_unlocked"]
    opened, outside = written_outside(log, workdir) if STRACE else (0, [])
    pdfs = pdf_files(workdir)
    unprotected = [str(p.relative_to(workdir)) for p in pdfs if not PdfReader(p).is_encrypted]
    report_pdf = (workdir / report["pdf"]).read_bytes()
    title_in_pdf = token_of(canaries["incident_title"]) in all_text(
        report_pdf, canaries["pdf_password"]
    )
    hits = len(after.hits) + while_unlocked["hits"] + len(outside) + len(unprotected)
    figures.record(
        "leak",
        "nothing sensitive on disk in clear",
        {
            "session_steps": report["steps"],
            "session_seconds": run.seconds,
            "unlocked_with": [report["first_unlock"], report["second_unlock"]],
            "searches_hits": report["searches"],
            "clipboard_held_the_copy_then_was_cleared_at_lock": report["copied"]
            and report["clipboard_cleared"],
            "canaries": len(canaries),
            "canaries_kept_in_the_journal": len(STORED_FIELDS)
            - len(report["missing_from_journal"]),
            "canaries_typed_never_kept": list(TYPED_ONLY_FIELDS),
            "also_searched": ["the recovery secret, as shown and without dashes"],
            "forms": ["whole canary", "its random token alone"],
            "encodings": list(ENCODINGS),
            "after_quitting": after.figures(),
            "files_after_quitting": sorted(
                str(p.relative_to(workdir)) for p in workdir.rglob("*") if p.is_file()
            ),
            "while_unlocked": while_unlocked,
            "files_opened_for_writing": opened if STRACE else "not watched: strace is missing",
            "written_outside_the_scanned_folder": outside,
            "pdfs": len(pdfs),
            "pdfs_without_password": unprotected,
            "report_opens_with_its_password_and_holds_the_title": title_in_pdf,
            "evidence_original": "written in WORKDIR/outside, deleted by the session after "
            "intake; not excluded from the search",
        },
        f"{len(canaries)} canaries + the recovery secret, 2 forms x 3 encodings, in "
        f"{after.files} files ({after.bytes / 1e6:.1f} MB) after the session and "
        f"{while_unlocked['files']} while unlocked: {hits} found",
    )
    assert report["missing_from_journal"] == [], "the session did not type every canary"
    assert title_in_pdf, "the report does not hold what the session wrote"
    assert report["searches"]["incidents_by_title"] == 1, "the search did not reach the index"
    assert after.hits == []
    assert while_unlocked["found"] == []
    assert outside == []
    assert unprotected == []


def test_the_scanner_finds_a_canary_planted_in_each_encoding_form_and_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sessions, "CHUNK", 64)  # so every planted canary spans two chunks
    canaries = make_canaries()
    title, notes = canaries["incident_title"], canaries["contact_notes"]
    for code in ENCODINGS:
        (tmp_path / code).write_bytes(b"\x00" * 50 + title.encode(code) + b"\xff" * 50)
    # Cut into lower-cased words, as a full-text index keeps it: found by its token.
    (tmp_path / "words").write_text(notes.lower().replace("-", " "), encoding="utf-8")
    (tmp_path / canaries["attachment_file_name"]).write_bytes(b"")

    found = scan(tmp_path, needles(canaries)).hits

    for code in ENCODINGS:
        assert any(hit.startswith(f"{code} at byte 50: incident_title in {code}") for hit in found)
    assert any(hit.startswith("words at byte") and "contact_notes (token)" in hit for hit in found)
    assert any("named with attachment_file_name" in hit for hit in found)
    assert scan(tmp_path, needles({"other": make_canaries()["passphrase"]})).hits == []


@pytest.mark.skipif(STRACE is None, reason="needs strace to watch a process write")
def test_the_write_watch_sees_a_file_written_outside_the_folder(tmp_path: Path) -> None:
    inside, elsewhere, log = tmp_path / "inside", tmp_path / "elsewhere.txt", tmp_path / "log"
    inside.mkdir()
    script = f"open({str(inside / 'a')!r}, 'w').close(); open({str(elsewhere)!r}, 'w').close()"
    subprocess.run([*_watched(log), sys.executable, "-c", script], check=True)
    opened, outside = written_outside(log, inside)
    assert opened >= 2
    assert outside == [str(elsewhere)]
