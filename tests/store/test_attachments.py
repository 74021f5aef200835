"""Evidence inside the journal: streamed, fingerprinted, logged, limited."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from hrjournal.domain.incident import Incident
from hrjournal.errors import InputRejected, JournalDamaged
from hrjournal.services import records, verification
from hrjournal.store import attachments
from hrjournal.vault.journal import UnlockedJournal
from tests.support.fingerprint import content_digest
from tests.support.journals import PASSPHRASE


@pytest.fixture
def incident(journal: UnlockedJournal) -> Incident:
    return records.save_incident(journal, Incident(id="i-1", title="Raid"))


def _file(tmp_path: Path, size: int, name: str = "evidence.jpg") -> Path:
    path = tmp_path / name
    with open(path, "wb") as out:
        for _ in range(size // (1024 * 1024)):
            out.write(os.urandom(1024 * 1024))
        out.write(os.urandom(size % (1024 * 1024)))
    return path


def test_a_file_goes_in_and_comes_out_identical(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path
) -> None:
    source = _file(tmp_path, 3 * 1024 * 1024 + 17)
    info = records.add_attachment(journal, "i-1", source, description="photo of the door")
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    assert (info.size, info.sha256, info.media_type) == (
        source.stat().st_size,
        expected,
        "image/jpeg",
    )
    assert [e.action for e in info.custody] == ["collected"]
    assert records.read_attachment(journal, info.id) == source.read_bytes()
    assert records.get_incident(journal, "i-1").attachments == [info]


def test_content_streams_in_and_out_without_holding_the_file(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path
) -> None:
    size = 64 * 1024 * 1024
    source = _file(tmp_path, size)
    tracemalloc.start()
    try:
        info = records.add_attachment(journal, "i-1", source)
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        copy = tmp_path / "copy"
        records.export_attachment(journal, info.id, copy)
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak_in < 8 * 1024 * 1024, peak_in
    assert peak_out < 8 * 1024 * 1024, peak_out
    assert copy.stat().st_size == size


def test_an_export_on_request_is_logged_in_the_custody(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path
) -> None:
    info = records.add_attachment(journal, "i-1", _file(tmp_path, 1000))
    updated = records.export_attachment(journal, info.id, tmp_path / "out.jpg")
    assert [e.action for e in updated.custody] == ["collected", "exported"]
    assert updated.custody[-1].sha256 == info.sha256
    with pytest.raises(InputRejected, match="already exists"):
        records.export_attachment(journal, info.id, tmp_path / "out.jpg")


def test_a_file_over_the_limit_is_refused_and_nothing_kept(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path
) -> None:
    records.set_attachment_limit(journal, 1024 * 1024)
    before = content_digest(journal)
    with pytest.raises(InputRejected, match=r"more than the 1\.0 MB"):
        records.add_attachment(journal, "i-1", _file(tmp_path, 2 * 1024 * 1024))
    assert content_digest(journal) == before


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path
) -> None:
    """The limit holds on the bytes actually read, not only on the size seen before."""
    import io

    from hrjournal.domain.attachment import AttachmentInfo
    from hrjournal.store.incidents import attach

    before = content_digest(journal)
    with pytest.raises(InputRejected, match="larger than"):
        attach(
            journal.connection,
            "i-1",
            io.BytesIO(b"x" * (3 * 1024 * 1024)),
            AttachmentInfo(id="a-1", filename="grows.bin"),
            now="2025-01-01T00:00:00Z",
            max_bytes=2 * 1024 * 1024,
        )
    assert content_digest(journal) == before


def test_damaged_content_is_detected_on_reading_and_by_verify(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path, journal_dir: Path
) -> None:
    info = records.add_attachment(journal, "i-1", _file(tmp_path, 2 * 1024 * 1024 + 5))
    journal.connection.execute(
        "UPDATE attachment_chunks SET data = zeroblob(length(data)) WHERE seq = 1"
    )
    with pytest.raises(JournalDamaged, match="SHA-256"):
        records.read_attachment(journal, info.id)
    journal.close()
    problems = verification.verify_journal(journal_dir, PASSPHRASE)
    assert problems == [f"Attachment {info.id} no longer matches its SHA-256; it is damaged"]


def test_deleting_the_incident_deletes_its_attachments(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path
) -> None:
    original = records.add_attachment(journal, "i-1", _file(tmp_path, 5000))
    from hrjournal.domain.attachment import AttachmentInfo
    from hrjournal.store.incidents import attach

    with open(tmp_path / "evidence.jpg", "rb") as source:
        attach(
            journal.connection,
            "i-1",
            source,
            AttachmentInfo(id="a-redacted", filename="redacted.jpg", origin="derived",
                           derived_from=original.id),
            now="2025-01-01T00:00:00Z",
            max_bytes=10**9,
        )  # fmt: skip
    records.delete_incident(journal, "i-1")
    connection = journal.connection
    assert connection.execute("SELECT count(*) FROM attachment_chunks").fetchone() == (0,)
    assert connection.execute("SELECT count(*) FROM attachments").fetchone() == (0,)
    assert attachments.all_attachment_uids(connection) == []


def test_a_missing_file_is_one_sentence(journal: UnlockedJournal, incident: Incident) -> None:
    with pytest.raises(InputRejected, match="There is no file"):
        records.add_attachment(journal, "i-1", Path("/nonexistent/file.jpg"))


def test_swapped_evidence_is_caught_even_when_its_table_entry_is_updated(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path, journal_dir: Path
) -> None:
    """Someone with the key replaces the bytes and the size and digest beside them; the
    digest in the chained revision still tells."""
    info = records.add_attachment(journal, "i-1", _file(tmp_path, 5000))
    forged = os.urandom(5000)
    journal.connection.execute("UPDATE attachment_chunks SET data = ?", (forged,))
    journal.connection.execute(
        "UPDATE attachments SET sha256 = ?", (hashlib.sha256(forged).hexdigest(),)
    )
    with pytest.raises(JournalDamaged):
        records.read_attachment(journal, info.id)
    journal.close()
    problems = verification.verify_journal(journal_dir, PASSPHRASE)
    assert problems == [f"Attachment {info.id} has been altered: its size or SHA-256 was changed"]


def test_an_original_copied_into_another_incident_cannot_vanish_with_its_incident(
    journal: UnlockedJournal, incident: Incident, tmp_path: Path
) -> None:
    from hrjournal.domain.attachment import AttachmentInfo
    from hrjournal.errors import RecordInUse
    from hrjournal.store.incidents import attach

    original = records.add_attachment(journal, "i-1", _file(tmp_path, 100))
    records.save_incident(journal, Incident(id="i-2", title="Later"))
    with open(tmp_path / "evidence.jpg", "rb") as source:
        attach(
            journal.connection,
            "i-2",
            source,
            AttachmentInfo(id="a-copy", filename="copy.jpg", origin="derived",
                           derived_from=original.id),
            now="2025-01-01T00:00:00Z",
            max_bytes=10**9,
        )  # fmt: skip
    with pytest.raises(RecordInUse, match="a-copy of another incident is a copy"):
        records.delete_incident(journal, "i-1")
    records.delete_incident(journal, "i-2")
    records.delete_incident(journal, "i-1")
