"""Saved changes that SQLite would drop without a word.

SQLite reads its write-ahead log up to the first frame whose checksum fails and treats the rest
as never written. That is right for a write cut short by a crash (those frames were never
committed) and wrong for a committed change whose bytes were damaged afterwards: it would vanish
silently, and the journal would show an older state as if it were the latest. The frame headers
(SQLite does not encrypt them; the pages they carry are encrypted) say which frames end a
committed transaction, so the frames SQLite dropped can be told apart:

- after the last committed frame: an unfinished write, rightly dropped;
- up to it: saved changes, lost, unless the database already holds the very same bytes (a log
  whose changes had all been copied into the database before its first bytes were damaged).

A log cut short is not found this way (its missing frames leave no trace), nor is a log
deleted: both look like a crash before those changes were saved. See SECURITY.md.
"""

from __future__ import annotations

import mmap
from pathlib import Path
from typing import TypeAlias

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24


Log: TypeAlias = bytes | mmap.mmap


def _frames(log: Log, page_bytes: int) -> list[tuple[int, int, bytes, int]]:
    """(number, page number, salts, offset of the page) of each whole frame in the log."""
    stride = FRAME_HEADER_BYTES + page_bytes
    frames = []
    offset, number = HEADER_BYTES, 1
    while offset + stride <= len(log):
        header = log[offset : offset + FRAME_HEADER_BYTES]
        page = int.from_bytes(header[0:4], "big")
        commit = int.from_bytes(header[4:8], "big")
        frames.append((number, page, header[8:16] if commit else b"", offset + FRAME_HEADER_BYTES))
        offset += stride
        number += 1
    return frames


def _committed(log: Log, page_bytes: int) -> int:
    """The number of the last frame that ends a committed transaction of the log's current
    generation, from the frame headers alone (0 if there is none)."""
    frames = _frames(log, page_bytes)
    if not frames:
        return 0
    first = log[HEADER_BYTES + 8 : HEADER_BYTES + 16]
    # The log header names its generation; so does the first frame, if the header is damaged.
    generations = {log[16:24], first}
    last = 0
    for number, _page, salts, _at in frames:
        if salts and salts in generations:
            last = number
    return last


def _mapped(log_path: Path) -> mmap.mmap | None:
    try:
        with open(log_path, "rb") as file:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (FileNotFoundError, ValueError):  # no log, or an empty one
        return None


def committed_frames(log_path: Path, page_bytes: int) -> int:
    """The last committed frame of the log at `log_path` (0 if none), to be read before
    SQLite opens the database."""
    log = _mapped(log_path)
    if log is None:
        return 0
    with log:
        return _committed(log, page_bytes)


def lost_changes(log_path: Path, database: Path, accepted: int, page_bytes: int) -> bool:
    """Whether SQLite, having taken `accepted` frames of the log at `log_path`, dropped saved
    changes that the database does not already hold."""
    log = _mapped(log_path)
    if log is None:
        return False
    with log:
        last = _committed(log, page_bytes)
        if last <= accepted:
            return False
        latest: dict[int, int] = {}
        for number, page, _salts, at in _frames(log, page_bytes):
            if accepted < number <= last and page > 0:
                latest[page] = at
        with open(database, "rb") as file:
            for page, at in latest.items():
                file.seek((page - 1) * page_bytes)
                if file.read(page_bytes) != log[at : at + page_bytes]:
                    return True
    return False
