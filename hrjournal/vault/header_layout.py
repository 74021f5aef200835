"""Where things are in the key header (header.py), as plain numbers.

Kept apart from header.py, which needs the cryptography, so that the panic wipe can find the
header's copies and the journal id (which names the keyring entry) while importing nothing.
"""

from __future__ import annotations

MAGIC = b"HRJKEYHD"
COPY_BYTES = 512
COPY_STRIDE = 4096
COPIES = 2
FILE_BYTES = COPY_STRIDE * COPIES
FLAGS_AT = 10
FLAG_DEVICE_BOUND = 0x0001
JOURNAL_ID_AT = 20
JOURNAL_ID_BYTES = 16


def header_facts(header: bytes) -> tuple[bytes, bool] | None:
    """The journal id and whether it is bound to the keyring, from the first copy whose magic
    is intact (no checksum needed: the wipe only uses them to find the keyring entry, and an id
    read from a damaged copy at worst finds none)."""
    for copy in range(COPIES):
        start = copy * COPY_STRIDE
        if header[start : start + len(MAGIC)] == MAGIC:
            found = header[start + JOURNAL_ID_AT : start + JOURNAL_ID_AT + JOURNAL_ID_BYTES]
            flags = int.from_bytes(header[start + FLAGS_AT : start + FLAGS_AT + 2], "big")
            if len(found) == JOURNAL_ID_BYTES:
                return found, bool(flags & FLAG_DEVICE_BOUND)
    return None


def journal_id_in(header: bytes) -> bytes | None:
    facts = header_facts(header)
    return facts[0] if facts else None
