"""Recovery shares: the recovery secret split among trusted contacts (SLIP-39), so that any
few of them together can rebuild it and fewer learn nothing about it.

The recovery secret is shown once and never stored, so it cannot be split afterwards: a new
one is made, sealed into the recovery slot in place of the old one, and split at once. The
shares are SLIP-39 mnemonics (20 or more English words from a list of 1,024 in which the first
four letters tell every word apart), each with its own checksum, so a mistyped word is caught
on the share it belongs to, and all the shares of one set begin with the same words.

SLIP-39's own passphrase is left empty: the shares protect a secret that already needs the
journal's files to be of any use, and a second passphrase to remember would defeat the point
of handing the secret to other people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import shamir_mnemonic
from shamir_mnemonic import MnemonicError, Share

from hrjournal.errors import InputRejected, WrongPassphrase
from hrjournal.vault.duress import WRONG
from hrjournal.vault.header import read_header, rewrite_header
from hrjournal.vault.keyslots import SlotRole
from hrjournal.vault.recovery import SECRET_BYTES, new_recovery_secret
from hrjournal.vault.unsealing import existing_files, sealed, storage_errors, unseal

MIN_THRESHOLD = 2
MAX_SHARES: int = shamir_mnemonic.constants.MAX_SHARE_COUNT
# The words of one share of a recovery secret: the secret's 160 bits in 10-bit words, and
# the identifier, the share's place in the set and the checksum (23 in all).
SHARE_WORDS: int = shamir_mnemonic.constants.METADATA_LENGTH_WORDS + -(
    -SECRET_BYTES * 8 // shamir_mnemonic.constants.RADIX_BITS
)
_WORDLIST: frozenset[str] = frozenset(shamir_mnemonic.wordlist.WORDLIST)
# The words every share of one set begins with: the set's identifier and its threshold.
COMMON_WORDS = 3


def renew_recovery_secret(directory: Path, passphrase: str) -> bytes:
    """Seal the master key under a new recovery secret, in place of the old one, which stops
    working; return the new secret's bytes (recovery.format_recovery_secret writes them out).

    Only the journal's passphrase may do this: the recovery secret cannot replace itself
    (whoever holds it could then lock the owner out of recovery), and a duress passphrase
    must neither act nor be told apart from a wrong one here, so it is refused in the same
    words and destroys nothing.
    """
    with storage_errors(directory):
        files = existing_files(directory)
        reading = read_header(files.header)
        header = reading.header
        unsealed = unseal(header, passphrase)
        if unsealed.role is not SlotRole.PASSPHRASE:
            raise WrongPassphrase(WRONG)
        _, raw = new_recovery_secret()
        updated = replace(header, sequence=header.sequence + 1)
        # Unbound like the first recovery slot: recovery must work where the keyring is gone.
        updated = sealed(updated, SlotRole.RECOVERY, raw, None, unsealed.master_key)
        rewrite_header(files.header, updated, first_copy=1 - reading.newest_copy)
    return raw


def check_split(threshold: int, count: int) -> None:
    """Refuse, in one sentence, a split that cannot be made or would protect nothing."""
    if count > MAX_SHARES:
        raise InputRejected(f"At most {MAX_SHARES} shares can be made.")
    if threshold < MIN_THRESHOLD:
        raise InputRejected(
            f"At least {MIN_THRESHOLD} shares must be needed: one share alone would be the "
            "recovery secret itself."
        )
    if threshold > count:
        raise InputRejected(
            f"{threshold} shares cannot be needed when only {count} are made; "
            "make more shares or need fewer."
        )


def split(raw: bytes, threshold: int, count: int) -> list[str]:
    """`count` SLIP-39 shares of `raw`, any `threshold` of which rebuild it."""
    check_split(threshold, count)
    groups = shamir_mnemonic.generate_mnemonics(
        group_threshold=1, groups=[(threshold, count)], master_secret=raw, passphrase=b""
    )
    return [str(mnemonic) for mnemonic in groups[0]]


def _words(text: str) -> list[str]:
    return text.lower().split()


def _read_share(number: int, text: str) -> Share:
    """One share as typed, or which of it to look at again."""
    words = _words(text)
    if len(words) != SHARE_WORDS:
        raise InputRejected(
            f"Share {number} has {len(words)} words, but a share has {SHARE_WORDS}; check that "
            "no word is missing or written twice."
        )
    for position, word in enumerate(words, start=1):
        if word not in _WORDLIST:
            raise InputRejected(
                f"Share {number} has a word that is not in the list, or a typing mistake: "
                f"look again at word {position}."
            )
    try:
        return Share.from_mnemonic(" ".join(words))
    except MnemonicError:  # the checksum: a word changed into another word of the list
        raise InputRejected(
            f"Share {number} has a word that is not in the list, or a typing mistake."
        ) from None


def combine(mnemonics: Sequence[str]) -> bytes:
    """The secret that `mnemonics` (shares of one set, at least its threshold of them)
    rebuild, or a one-sentence refusal that says which share to look at again."""
    if not [text for text in mnemonics if text.strip()]:
        raise InputRejected("Type the words of the shares; none were given.")
    shares = [_read_share(number, text) for number, text in enumerate(mnemonics, start=1)]
    first = shares[0]
    for share in shares[1:]:
        if (share.common_parameters(), share.group_parameters()) != (
            first.common_parameters(),
            first.group_parameters(),
        ):
            raise InputRejected(
                "These shares come from different sets; use only cards made together, whose "
                f"first {COMMON_WORDS} words are the same."
            )
    seen: dict[int, int] = {}
    for number, share in enumerate(shares, start=1):
        if share.index in seen:
            raise InputRejected(
                f"Share {number} is the same share as share {seen[share.index]}; each counts once."
            )
        seen[share.index] = number
    needed, given = first.member_threshold, len(shares)
    if given < needed:
        raise InputRejected(
            f"{needed} of the shares are needed; {given} {'was' if given == 1 else 'were'} given."
        )
    try:
        # Exactly the threshold: more is refused by SLIP-39, and adds nothing.
        secret = shamir_mnemonic.combine_mnemonics([s.mnemonic() for s in shares[:needed]])
    except MnemonicError:
        raise InputRejected(
            "These shares do not rebuild a recovery secret; compare each word with the cards."
        ) from None
    if len(secret) != SECRET_BYTES:
        raise InputRejected("These shares are not of an HR Journal recovery secret.")
    return bytes(secret)
