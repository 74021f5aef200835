"""Attachment content, kept inside the encrypted database in chunks.

Content streams in and out one chunk at a time, so a 1 GiB file never needs 1 GiB of memory,
and never touches the disk outside the database. Its SHA-256 is computed on the way in and
checked again on the way out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from hrjournal.domain.attachment import AttachmentInfo, CustodyEvent
from hrjournal.errors import (
    InputRejected,
    InvalidRecord,
    JournalDamaged,
    RecordInUse,
    RecordNotFound,
)
from hrjournal.store import revisions
from hrjournal.store.pipeline import read_ahead
from hrjournal.store.records import canonical_json
from hrjournal.store.transactions import transaction
from hrjournal.vault.database import Connection

KIND = "attachment"
CHUNK_BYTES = 1024 * 1024

Progress = Callable[[int], None]  # bytes done so far


def _stored_form(info: AttachmentInfo, incident_uid: str) -> dict[str, Any]:
    data = info.to_json()
    data.pop("path", None)
    return {"incident": incident_uid, **data}


def _from_stored(data: dict[str, Any]) -> AttachmentInfo:
    data = dict(data)
    data.pop("incident")
    custody = [CustodyEvent(**event) for event in data.pop("custody")]
    return AttachmentInfo(**data, custody=custody)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


def add_attachment(
    connection: Connection,
    incident_uid: str,
    source: BinaryIO,
    info: AttachmentInfo,
    *,
    now: str,
    max_bytes: int,
    record: str | None = None,
    progress: Progress | None = None,
) -> AttachmentInfo:
    """Stream `source` into the journal as a new attachment of an incident.

    If `info` carries a size or SHA-256 (an import), the content must match them. Without a
    custody log, one is started with "collected". Over `max_bytes`, nothing is kept."""
    record = record or f"Incident {incident_uid}"
    field = f"attachment {info.id}"
    with transaction(connection):
        row = connection.execute("SELECT id FROM incidents WHERE uid = ?", (incident_uid,))
        found = row.fetchone()
        if found is None:
            raise RecordNotFound(f"There is no incident {incident_uid} in the journal.")
        derived_from = None
        if info.derived_from:
            original = connection.execute(
                "SELECT id FROM attachments WHERE uid = ?", (info.derived_from,)
            ).fetchone()
            if original is None:
                raise InvalidRecord(
                    record, field, f"is derived from {info.derived_from}, which is not here"
                )
            derived_from = original[0]
        if connection.execute("SELECT 1 FROM attachments WHERE uid = ?", (info.id,)).fetchone():
            raise InvalidRecord(record, field, "has an id already used in the journal")
        cursor = connection.execute(
            "INSERT INTO attachments (uid, incident_id, derived_from, size, sha256)"
            " VALUES (?, ?, ?, 0, '')",
            (info.id, found[0], derived_from),
        )
        attachment_id = int(cursor.lastrowid or 0)
        digest = hashlib.sha256()

        def hashed_chunks() -> Iterator[bytes]:
            for chunk in iter(lambda: source.read(CHUNK_BYTES), b""):
                digest.update(chunk)
                yield chunk

        size = 0
        for seq, chunk in enumerate(read_ahead(hashed_chunks())):
            size += len(chunk)
            if size > max_bytes:
                raise InputRejected(
                    f"{info.filename} is larger than the {human_size(max_bytes)} an attachment "
                    "may be; nothing was added."
                )
            connection.execute(
                "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                (attachment_id, seq, chunk),
            )
            if progress:
                progress(size)
        sha256 = digest.hexdigest()
        if info.size is not None and info.size != size:
            raise InvalidRecord(record, f"{field}.size", f"is {info.size}, but the file has {size}")
        if info.sha256 is not None and info.sha256 != sha256:
            raise InvalidRecord(
                record, f"{field}.sha256", "does not match the file: it has changed or is another"
            )
        stored = replace(
            info,
            size=size,
            sha256=sha256,
            intake_at=info.intake_at or now,
            custody=info.custody or [CustodyEvent(now, "collected", sha256)],
            path=None,
        )
        revision = revisions.append(
            connection, KIND, stored.id, canonical_json(_stored_form(stored, incident_uid)), now
        )
        connection.execute(
            "UPDATE attachments SET size = ?, sha256 = ?, revision_id = ? WHERE id = ?",
            (size, sha256, revision, attachment_id),
        )
    return stored


def infos_of(connection: Connection, incident_id: int) -> list[AttachmentInfo]:
    rows = connection.execute(
        "SELECT r.body FROM attachments AS a JOIN revisions AS r ON r.id = a.revision_id"
        " WHERE a.incident_id = ? ORDER BY a.id",
        (incident_id,),
    )
    return [_from_stored(json.loads(body)) for (body,) in rows]


def _attachment(connection: Connection, uid: str) -> tuple[int, int, str, dict[str, Any]]:
    row = connection.execute(
        "SELECT a.id, a.size, a.sha256, r.body FROM attachments AS a"
        " JOIN revisions AS r ON r.id = a.revision_id WHERE a.uid = ?",
        (uid,),
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no attachment {uid} in the journal.")
    return int(row[0]), int(row[1]), str(row[2]), json.loads(row[3])


def attachment_info(connection: Connection, uid: str) -> tuple[str, AttachmentInfo]:
    """The incident an attachment belongs to, and what is known about it."""
    _, _, _, body = _attachment(connection, uid)
    return body["incident"], _from_stored(body)


def content(connection: Connection, uid: str) -> Iterator[bytes]:
    """The attachment's bytes, chunk by chunk; raises JournalDamaged at the end if they are not
    what was taken in."""
    attachment_id, _, _, body = _attachment(connection, uid)
    # The digest and size to check against are those in the attachment's current revision,
    # which the hash chain covers, not the table's copies of them.
    size, sha256 = body["size"], body["sha256"]
    digest = hashlib.sha256()

    def hashed_chunks() -> Iterator[bytes]:
        rows = connection.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
            (attachment_id,),
        )
        for (chunk,) in rows:
            digest.update(chunk)
            yield chunk

    total = 0
    for chunk in read_ahead(hashed_chunks()):
        total += len(chunk)
        yield chunk
    if total != size or digest.hexdigest() != sha256:
        raise JournalDamaged(f"Attachment {uid} no longer matches its SHA-256; it is damaged.")


def record_custody(
    connection: Connection, uid: str, action: str, *, now: str, note: str = ""
) -> AttachmentInfo:
    with transaction(connection):
        attachment_id, _, sha256, body = _attachment(connection, uid)
        body["custody"].append(CustodyEvent(now, action, sha256, note).to_json())
        revision = revisions.append(connection, KIND, uid, canonical_json(body), now)
        connection.execute(
            "UPDATE attachments SET revision_id = ? WHERE id = ?", (revision, attachment_id)
        )
    return _from_stored(body)


def delete_all_of(connection: Connection, incident_id: int, *, now: str) -> None:
    """Remove an incident's attachments, copies before originals, and empty their history.
    Refused while another incident holds a copy derived from one of them."""
    elsewhere = connection.execute(
        "SELECT copy.uid, original.uid FROM attachments AS copy"
        " JOIN attachments AS original ON original.id = copy.derived_from"
        " WHERE original.incident_id = ? AND copy.incident_id != ?",
        (incident_id, incident_id),
    ).fetchone()
    if elsewhere:
        raise RecordInUse(
            f"Attachment {elsewhere[0]} of another incident is a copy of {elsewhere[1]}; "
            "delete that copy first."
        )
    rows = connection.execute(
        "SELECT id, uid FROM attachments WHERE incident_id = ?"
        " ORDER BY derived_from IS NULL, id DESC",
        (incident_id,),
    ).fetchall()
    for attachment_id, uid in rows:
        connection.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        revisions.purge(connection, KIND, uid)
        revisions.append(connection, KIND, uid, None, now)


def problems(connection: Connection) -> Iterator[str]:
    """Every attachment whose content or table entry differs from its chained revision."""
    rows = connection.execute(
        "SELECT a.uid, a.size, a.sha256, r.body FROM attachments AS a"
        " LEFT JOIN revisions AS r ON r.id = a.revision_id ORDER BY a.id"
    ).fetchall()
    for uid, size, sha256, body in rows:
        if body is None:
            yield f"Attachment {uid} has no saved description"
            continue
        recorded = json.loads(body)
        if (size, sha256) != (recorded["size"], recorded["sha256"]):
            yield f"Attachment {uid} has been altered: its size or SHA-256 was changed"
            continue
        try:
            for _ in content(connection, uid):
                pass
        except JournalDamaged as damage:
            yield str(damage).rstrip(".")


def all_attachment_uids(connection: Connection) -> list[str]:
    return [uid for (uid,) in connection.execute("SELECT uid FROM attachments ORDER BY id")]
