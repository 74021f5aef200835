"""`hrjournal --self-test`: the whole program, end to end, in a temporary folder.

A trainer runs it on each borrowed laptop before a workshop: it creates a journal, writes an
incident with evidence, finds it by search, makes a password-protected PDF and opens it again,
then wipes everything, and says which step failed if one does. Nothing is left behind.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrjournal.domain.incident import Incident
from hrjournal.services import reports, searching
from hrjournal.services.records import add_attachment, new_id, save_incident
from hrjournal.vault import binding
from hrjournal.vault import journal as vault
from hrjournal.vault.kdf import Argon2Params
from hrjournal.wipe.panic import wipe_journal

PASSPHRASE = "self-test passphrase, thrown away"  # noqa: S105 - a throwaway journal
PDF_PASSWORD = "self-test pdf password"  # noqa: S105
# The test is of the program, not of key derivation's cost: quick on a slow laptop.
PARAMS = Argon2Params(memory_kib=64 * 1024, time_cost=1, parallelism=2)
MARK = "selftestmarkerword"


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float


@contextmanager
def _folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="hrjournal-self-test-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


Step = tuple[str, Callable[[], str]]


def keyring_step() -> str:
    """Whether journals can be tied to this computer: its keyring, found (or not) without
    writing to it. A missing keyring is not a failure; a keyring that breaks on asking is."""
    backend = binding.real_keyring()
    if backend is None:
        return "none here: journals cannot be tied to this computer (everything else works)"
    return f"{type(backend).__name__}: journals can be tied to this computer"


def _photo() -> bytes:
    """A small photo, made here, as evidence: its thumbnail in the PDF proves that the image
    libraries the program carries (Pillow, JPEG) load and work."""
    from PIL import Image  # noqa: PLC0415 - only the self-test makes pictures

    buffer = io.BytesIO()
    Image.new("RGB", (96, 64), (180, 30, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def _images_in(document: Any) -> int:
    """How many images the pages of a pypdf document draw."""
    count = 0
    for page in document.pages:
        objects = page.get("/Resources", {}).get("/XObject", {})
        count += sum(
            1 for item in objects.values() if item.get_object().get("/Subtype") == "/Image"
        )
    return count


def run_self_test(report: Callable[[StepResult], None], more: Sequence[Step] = ()) -> bool:
    """Run every step, then `more`, calling `report` after each; whether all passed. Stops at
    the first failure (later steps need the earlier ones)."""
    with _folder() as folder:
        directory = folder / "journal"
        pdf = folder / "report.pdf"
        state: dict[str, str] = {}

        def create() -> str:
            vault.create_journal(directory, PASSPHRASE, params=PARAMS)
            return "an encrypted journal was created"

        def write() -> str:
            evidence = folder / "evidence.jpg"
            evidence.write_bytes(_photo())
            with vault.unlocked(directory, PASSPHRASE) as journal:
                incident = save_incident(
                    journal, Incident(id=new_id("incident"), title=f"Self-test {MARK}")
                )
                add_attachment(journal, incident.id, evidence)
                state["reference"] = incident.reference or incident.id
            evidence.unlink()
            return f"incident {state['reference']} with a photo as evidence"

        def search() -> str:
            with vault.unlocked(directory, PASSPHRASE) as journal:
                hits = searching.search_journal(journal, MARK)
            if not hits:
                raise AssertionError("the search found nothing")
            return f"{len(hits)} hit(s)"

        def export() -> str:
            request = reports.ReportRequest(
                reports.ReportKind.INCIDENT,
                reference=state["reference"],
                with_images=True,
                password=PDF_PASSWORD,
            )
            with vault.unlocked(directory, PASSPHRASE) as journal:
                record = reports.export_report(journal, request, pdf)
            from pypdf import PdfReader  # noqa: PLC0415 - only here, to read back what was written

            document = PdfReader(pdf)
            if not document.is_encrypted or document.decrypt(PDF_PASSWORD + "?"):
                raise AssertionError("the PDF opened without its password")
            if not document.decrypt(PDF_PASSWORD):
                raise AssertionError("the PDF did not open with its password")
            if not _images_in(document):
                raise AssertionError("the PDF lacks the photo's thumbnail")
            return (
                f"a protected PDF of {len(document.pages)} page(s) with the photo's thumbnail,"
                f" {record.size:,} bytes"
            )

        def wipe() -> str:
            result = wipe_journal(directory)
            if result.failures or directory.exists() or pdf.exists():
                raise AssertionError("something was left: " + "; ".join(result.lines()))
            return f"key destroyed after {result.key_destroyed_at or 0:.2f} s, nothing left"

        for name, step in (
            ("Create a journal", create),
            ("Write an incident with evidence", write),
            ("Search", search),
            ("Export a protected PDF", export),
            ("Panic wipe", wipe),
            ("This computer's keyring", keyring_step),
            *more,
        ):
            started = time.perf_counter()
            try:
                detail, ok = step(), True
            except Exception as error:  # the self-test reports every failure, whatever it is
                # A check that failed says what it saw; anything else is named by its kind.
                said = str(error) if isinstance(error, AssertionError) else ""
                detail, ok = said or f"{type(error).__name__}: {error}", False
            report(StepResult(name, ok, detail, time.perf_counter() - started))
            if not ok:
                return False
    return True
