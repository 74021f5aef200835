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
JOURNAL_ID_AT = 20
JOURNAL_ID_BYTES = 16


def journal_id_in(header: bytes) -> bytes | None:
    """The journal id of the first copy whose magic is intact (checksum not needed: the wipe
    only needs the id to find the keyring entry, and an id read from a damaged copy at worst
    finds no entry)."""
    for copy in range(COPIES):
        start = copy * COPY_STRIDE
        if header[start : start + len(MAGIC)] == MAGIC:
            found = header[start + JOURNAL_ID_AT : start + JOURNAL_ID_AT + JOURNAL_ID_BYTES]
            if len(found) == JOURNAL_ID_BYTES:
                return found
    return None
