"""Recovery shares: a new recovery secret replaces the old one, and any threshold of its
SLIP-39 shares rebuild it, while fewer, a mistyped word or shares of two sets are refused in
one sentence that says what to look at."""

from __future__ import annotations

import itertools
import os
import random
from pathlib import Path

import pytest
import shamir_mnemonic
from hypothesis import given, settings
from hypothesis import strategies as st

from hrjournal.domain.contact import Contact
from hrjournal.errors import InputRejected, WrongPassphrase
from hrjournal.services.records import list_contacts, save_contact
from hrjournal.vault.duress import WRONG, set_duress_passphrase
from hrjournal.vault.header import read_header
from hrjournal.vault.journal import unlock_journal, unlocked
from hrjournal.vault.keyslots import SlotRole
from hrjournal.vault.recovery import SECRET_BYTES, format_recovery_secret
from hrjournal.vault.shares import (
    COMMON_WORDS,
    MAX_SHARES,
    SHARE_WORDS,
    combine,
    renew_recovery_secret,
    split,
)
from tests.support.journals import PASSPHRASE, make_journal, snapshot

DURESS = "blue kettle on a rainy tuesday"
WORDLIST = list(shamir_mnemonic.wordlist.WORDLIST)


def _secret() -> bytes:
    return os.urandom(SECRET_BYTES)


# -- renewing the recovery secret -------------------------------------------------------------


def test_renewing_makes_the_old_recovery_secret_fail_and_the_new_one_open(tmp_path: Path) -> None:
    directory = tmp_path / "j"
    old = make_journal(directory).recovery_secret
    before = read_header(directory / "journal.header").header
    raw = renew_recovery_secret(directory, PASSPHRASE)
    after = read_header(directory / "journal.header").header
    assert len(raw) == SECRET_BYTES
    assert after.sequence == before.sequence + 1
    for role in (SlotRole.PASSPHRASE, SlotRole.DURESS, SlotRole.SPARE):
        assert after.slots[role] == before.slots[role]  # only the recovery slot changed
    assert after.slots[SlotRole.RECOVERY] != before.slots[SlotRole.RECOVERY]
    with pytest.raises(WrongPassphrase):
        unlock_journal(directory, old)
    with unlocked(directory, format_recovery_secret(raw)) as journal:
        assert journal.unlocked_with is SlotRole.RECOVERY
        journal.check_integrity()
    with unlocked(directory, PASSPHRASE) as journal:
        assert journal.unlocked_with is SlotRole.PASSPHRASE
    assert renew_recovery_secret(directory, PASSPHRASE) != raw


def test_only_the_passphrase_can_renew_and_a_refusal_changes_nothing(tmp_path: Path) -> None:
    directory = tmp_path / "j"
    recovery = make_journal(directory).recovery_secret
    untouched = snapshot(directory)
    for secret in (recovery, "not the passphrase at all"):
        with pytest.raises(WrongPassphrase) as refused:
            renew_recovery_secret(directory, secret)
        assert str(refused.value) == WRONG
    assert snapshot(directory) == untouched
    with unlocked(directory, recovery) as journal:  # the recovery secret still works
        assert journal.unlocked_with is SlotRole.RECOVERY


def test_the_duress_passphrase_is_refused_like_a_wrong_one_and_destroys_nothing(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "j"
    recovery = make_journal(directory).recovery_secret
    with unlocked(directory, PASSPHRASE) as journal:
        save_contact(journal, Contact(id="c-1", name="Real lawyer"))
    set_duress_passphrase(directory, PASSPHRASE, DURESS)
    untouched = snapshot(directory)
    with pytest.raises(WrongPassphrase) as refused:
        renew_recovery_secret(directory, DURESS)
    assert str(refused.value) == WRONG  # not told apart from a wrong passphrase
    assert snapshot(directory) == untouched  # no decoy was made
    with unlocked(directory, PASSPHRASE) as journal:
        assert [c.name for c in list_contacts(journal)] == ["Real lawyer"]
    with unlocked(directory, recovery) as journal:
        assert journal.unlocked_with is SlotRole.RECOVERY


# -- splitting and combining ------------------------------------------------------------------


@pytest.mark.parametrize(("threshold", "count"), [(2, 3), (3, 5)])
def test_every_threshold_of_shares_rebuilds_the_secret(threshold: int, count: int) -> None:
    raw = _secret()
    shares = split(raw, threshold, count)
    assert len(shares) == count == len(set(shares))
    assert all(len(share.split()) == SHARE_WORDS == 23 for share in shares)
    for chosen in itertools.combinations(shares, threshold):
        assert combine(list(chosen)) == raw
        assert combine(list(reversed(chosen))) == raw
    assert combine(shares) == raw  # more than needed is fine too


@pytest.mark.parametrize(("threshold", "count"), [(2, 3), (3, 5)])
def test_one_share_fewer_than_the_threshold_is_refused(threshold: int, count: int) -> None:
    shares = split(_secret(), threshold, count)
    for chosen in itertools.combinations(shares, threshold - 1):
        with pytest.raises(InputRejected) as refused:
            combine(list(chosen))
        given_ = "1 was given" if threshold == 2 else f"{threshold - 1} were given"
        assert str(refused.value) == f"{threshold} of the shares are needed; {given_}."


@settings(max_examples=20, deadline=None)
@given(
    raw=st.binary(min_size=SECRET_BYTES, max_size=SECRET_BYTES),
    sizes=st.integers(2, MAX_SHARES).flatmap(lambda n: st.tuples(st.integers(2, n), st.just(n))),
    seed=st.randoms(use_true_random=False),
)
def test_any_secret_and_any_split_round_trip(
    raw: bytes, sizes: tuple[int, int], seed: random.Random
) -> None:
    threshold, count = sizes
    shares = split(raw, threshold, count)
    assert combine(seed.sample(shares, threshold)) == raw


def test_the_shares_of_one_set_begin_with_the_same_words() -> None:
    first, second = split(_secret(), 3, 5), split(_secret(), 3, 5)
    assert len({" ".join(s.split()[:COMMON_WORDS]) for s in first}) == 1
    assert first[0].split()[:COMMON_WORDS] != second[0].split()[:COMMON_WORDS]


def test_typing_is_forgiven_case_and_spacing() -> None:
    raw = _secret()
    shares = split(raw, 2, 3)
    sloppy = ["  " + shares[0].upper().replace(" ", "\n  ") + " ", shares[2].title()]
    assert combine(sloppy) == raw


def test_every_changed_word_is_detected_on_its_share() -> None:
    shares = split(_secret(), 3, 5)
    words = shares[1].split()
    for position, word in enumerate(words):
        other = WORDLIST[(WORDLIST.index(word) + 1 + position) % len(WORDLIST)]
        changed = " ".join([*words[:position], other, *words[position + 1 :]])
        with pytest.raises(InputRejected) as refused:
            combine([shares[0], changed, shares[2]])
        assert str(refused.value) == (
            "Share 2 has a word that is not in the list, or a typing mistake."
        )


def test_a_word_that_is_not_in_the_list_is_pointed_at() -> None:
    shares = split(_secret(), 2, 3)
    words = shares[0].split()
    words[6] = words[6][:-1] + "q"
    with pytest.raises(InputRejected) as refused:
        combine([shares[1], " ".join(words)])
    assert str(refused.value) == (
        "Share 2 has a word that is not in the list, or a typing mistake: look again at word 7."
    )


def test_a_missing_word_is_refused() -> None:
    shares = split(_secret(), 2, 3)
    with pytest.raises(InputRejected, match="Share 1 has 22 words, but a share has 23"):
        combine([" ".join(shares[0].split()[:-1]), shares[1]])
    with pytest.raises(InputRejected, match="none were given"):
        combine(["", "  "])
    with pytest.raises(InputRejected, match="none were given"):
        combine([])


def test_shares_of_two_different_splits_are_refused() -> None:
    raw = _secret()
    first, second = split(raw, 2, 3), split(raw, 2, 3)  # even of the same secret
    with pytest.raises(InputRejected, match="different sets"):
        combine([first[0], second[1]])
    other_threshold = split(raw, 3, 3)
    with pytest.raises(InputRejected, match="different sets"):
        combine([first[0], other_threshold[1], other_threshold[2]])


def test_the_same_share_twice_counts_once() -> None:
    shares = split(_secret(), 2, 3)
    with pytest.raises(InputRejected) as refused:
        combine([shares[1], shares[1].upper()])
    assert str(refused.value) == "Share 2 is the same share as share 1; each counts once."


def test_shares_of_something_else_than_a_recovery_secret_are_refused() -> None:
    groups = shamir_mnemonic.generate_mnemonics(1, [(2, 3)], os.urandom(16))
    with pytest.raises(InputRejected, match="a share has 23"):
        combine(groups[0][:2])


@pytest.mark.parametrize(
    ("threshold", "count", "message"),
    [
        (1, 3, "one share alone would be the recovery secret itself"),
        (1, 1, "one share alone would be the recovery secret itself"),
        (0, 3, "At least 2 shares must be needed"),
        (4, 3, "4 shares cannot be needed when only 3 are made"),
        (3, MAX_SHARES + 1, f"At most {MAX_SHARES} shares"),
    ],
)
def test_splits_that_protect_nothing_or_cannot_be_made_are_refused(
    threshold: int, count: int, message: str
) -> None:
    with pytest.raises(InputRejected, match=message):
        split(_secret(), threshold, count)


def test_sixteen_shares_can_be_made() -> None:
    raw = _secret()
    shares = split(raw, MAX_SHARES, MAX_SHARES)
    assert combine(shares) == raw
