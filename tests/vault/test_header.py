"""The key header: its format, its two copies, and what it must never reveal."""

from __future__ import annotations

import collections
import hashlib
import os
from pathlib import Path

import pytest

from hrjournal.errors import HeaderDamaged, NewerFormat
from hrjournal.vault.header import (
    COPY_BYTES,
    COPY_STRIDE,
    FILE_BYTES,
    MAGIC,
    KeyHeader,
    create_header,
    encode_file,
    read_header,
)
from hrjournal.vault.kdf import Argon2Params
from hrjournal.vault.keyslots import SLOT_BYTES, SLOT_COUNT, KeySlot, SlotRole
from hrjournal.vault.unsealing import unseal as _unseal
from tests.support.journals import PASSPHRASE

SLOTS_AT = 48
PARAMS = Argon2Params(65536, 3, 2)


def _header(used: set[SlotRole]) -> KeyHeader:
    master_key = os.urandom(32)
    header = KeyHeader(
        flags=0,
        sequence=7,
        journal_id=os.urandom(16),
        params=PARAMS,
        slots=tuple(KeySlot.unused() for _ in range(SLOT_COUNT)),
    )
    for role in used:
        kek = os.urandom(32)
        slot = KeySlot.seal(kek, os.urandom(16), master_key, header.slot_context(role))
        header = header.with_slot(role, slot)
    return header


def test_a_copy_round_trips_through_its_encoding() -> None:
    header = _header({SlotRole.PASSPHRASE, SlotRole.RECOVERY})
    encoded = header.encode()
    assert len(encoded) == COPY_BYTES
    assert encoded.startswith(MAGIC)
    assert encoded[-32:] == hashlib.sha256(encoded[:-32]).digest()
    assert KeyHeader.decode(encoded) == header


def test_any_flipped_bit_makes_a_copy_unreadable() -> None:
    encoded = bytearray(_header({SlotRole.PASSPHRASE}).encode())
    for offset in range(0, COPY_BYTES, 7):
        damaged = bytearray(encoded)
        damaged[offset] ^= 0x80
        assert KeyHeader.decode(bytes(damaged)) is None


def test_a_newer_format_is_refused_by_name(tmp_path: Path) -> None:
    encoded = bytearray(_header({SlotRole.PASSPHRASE}).encode())
    encoded[8:10] = (2).to_bytes(2, "big")
    encoded[-32:] = hashlib.sha256(encoded[:-32]).digest()
    with pytest.raises(NewerFormat):
        KeyHeader.decode(bytes(encoded))


def test_the_newest_intact_copy_wins_and_a_stale_one_asks_for_repair(tmp_path: Path) -> None:
    old = _header({SlotRole.PASSPHRASE})
    new = KeyHeader(old.flags, old.sequence + 1, old.journal_id, old.params, old.slots)
    path = tmp_path / "h"
    path.write_bytes(old.encode().ljust(COPY_STRIDE, b"\0") + new.encode())
    reading = read_header(path)
    assert reading.header == new
    assert reading.newest_copy == 1
    assert reading.needs_repair
    path.write_bytes(encode_file(new))
    assert not read_header(path).needs_repair


def test_two_damaged_copies_are_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "h"
    path.write_bytes(os.urandom(FILE_BYTES))
    with pytest.raises(HeaderDamaged, match="both copies"):
        read_header(path)


def test_creating_over_an_existing_header_fails(tmp_path: Path) -> None:
    path = tmp_path / "h"
    create_header(path, _header(set()))
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        create_header(path, _header(set()))
    assert path.read_bytes() == before


def _chi_square(data: bytes) -> float:
    expected = len(data) / 256
    counts = collections.Counter(data)
    return sum((counts.get(b, 0) - expected) ** 2 / expected for b in range(256))


@pytest.mark.parametrize(
    "used",
    [
        set(),
        {SlotRole.PASSPHRASE},
        {SlotRole.PASSPHRASE, SlotRole.RECOVERY},
        set(SlotRole),
    ],
    ids=["none", "passphrase", "passphrase+recovery", "all"],
)
def test_the_header_looks_the_same_whatever_slots_are_in_use(used: set[SlotRole]) -> None:
    headers = [encode_file(_header(used)) for _ in range(150)]
    assert {len(h) for h in headers} == {FILE_BYTES}
    slot_area = b"".join(h[SLOTS_AT : SLOTS_AT + SLOT_COUNT * SLOT_BYTES] for h in headers)
    # Uniform bytes: chi-square with 255 degrees of freedom stays far below 400 (p < 1e-8
    # to exceed it by chance); zeroed, repeated or marked unused slots would blow past it.
    assert _chi_square(slot_area) < 400
    # No byte position in the slot area is constant across headers (a marker or a counter).
    for position in range(SLOT_COUNT * SLOT_BYTES):
        column = {h[SLOTS_AT + position] for h in headers}
        assert len(column) > 50


def test_the_statistics_check_catches_an_unrandom_slot() -> None:
    """The check above can fail: a header whose unused slots were zeroed is caught."""
    header = _header({SlotRole.PASSPHRASE})
    zeroed = header
    for role in (SlotRole.RECOVERY, SlotRole.DURESS, SlotRole.SPARE):
        zeroed = zeroed.with_slot(role, KeySlot.decode(bytes(SLOT_BYTES)))
    area = zeroed.encode()[SLOTS_AT : SLOTS_AT + SLOT_COUNT * SLOT_BYTES] * 150
    assert _chi_square(area) > 400


def test_the_header_file_never_holds_the_master_key(journal_dir: Path) -> None:
    header_bytes = (journal_dir / "journal.header").read_bytes()
    master_key = _unseal(read_header(journal_dir / "journal.header").header, PASSPHRASE).master_key
    assert len(header_bytes) == FILE_BYTES
    for form in (master_key, master_key.hex().encode(), master_key.hex().upper().encode()):
        assert form not in header_bytes
        assert form not in (journal_dir / "journal.db").read_bytes()
