"""Evidence: a file kept inside the journal, its fingerprint, and who handled it when.

Originals are never modified. A redacted copy is a new attachment marked "derived" that points
to its original. The custody log records each time the file was collected, copied, redacted,
exported, shared or verified, with the SHA-256 it had then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from hrjournal.domain.fields import MAX_SHORT, Fields

DEFAULT_MEDIA_TYPE = "application/octet-stream"
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*", re.ASCII)


@dataclass
class CustodyEvent:
    at: str
    action: str
    sha256: str
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at, "action": self.action, "sha256": self.sha256, "note": self.note}


@dataclass
class AttachmentInfo:
    """What is known about an attachment, without its content."""

    id: str
    filename: str
    media_type: str = DEFAULT_MEDIA_TYPE
    size: int | None = None
    sha256: str | None = None
    description: str = ""
    origin: str = "original"
    derived_from: str | None = None
    intake_at: str | None = None
    custody: list[CustodyEvent] = field(default_factory=list)
    path: str | None = None  # interchange files only: the content, relative to the JSON file

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        if self.path is not None:
            data["path"] = self.path
        data |= {
            "filename": self.filename,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "description": self.description,
            "origin": self.origin,
            "derived_from": self.derived_from,
            "intake_at": self.intake_at,
            "custody": [event.to_json() for event in self.custody],
        }
        return data


def attachment_from_json(f: Fields) -> AttachmentInfo:
    attachment_id = f.identifier("id")
    path = f.optional_text("path", limit=1000)
    if path is not None:
        parts = PurePosixPath(path.replace("\\", "/"))
        if parts.is_absolute() or ".." in parts.parts or ":" in path:
            raise f.fail("path", "must be a path inside the folder of the JSON file")
    media_type = f.text("media_type", limit=200) or DEFAULT_MEDIA_TYPE
    if not _MEDIA_TYPE.fullmatch(media_type):
        raise f.fail("media_type", f"{media_type!r} is not a media type like image/jpeg")
    origin = f.key("origin", "attachment_origins", default="original")
    derived_from = f.optional_identifier("derived_from")
    if (origin == "derived") != (derived_from is not None):
        raise f.fail("derived_from", "is given exactly when the origin is derived")
    custody = []
    for event in f.objects("custody"):
        at = event.timestamp("at")
        action = event.optional_key("action", "custody_actions")
        digest = event.sha256("sha256")
        if at is None or action is None or digest is None:
            raise event.fail("at", "a custody event needs at, action and sha256")
        custody.append(CustodyEvent(at, action, digest, event.text("note")))
        event.check_no_unknown()
    info = AttachmentInfo(
        id=attachment_id,
        filename=f.text("filename", required=True, limit=MAX_SHORT),
        media_type=media_type,
        size=f.optional_integer("size", minimum=0, maximum=2**62),
        sha256=f.sha256("sha256"),
        description=f.text("description"),
        origin=origin,
        derived_from=derived_from,
        intake_at=f.timestamp("intake_at"),
        custody=custody,
        path=path,
    )
    f.check_no_unknown()
    return info
