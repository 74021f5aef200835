"""Recovery shares as the app and the command line use them: split a new recovery secret
among trusted contacts as printable cards, and set a new passphrase with enough of them.

Each card is an export like any report: named in the plain register before it is written,
written whole or not at all, recorded in the journal, and destroyed by the panic wipe.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from hrjournal.domain.contact import Contact
from hrjournal.errors import (
    DeviceBindingUnavailable,
    InputRejected,
    JournalError,
    StorageFailed,
    WrongPassphrase,
)
from hrjournal.services import demo, document_language, exports
from hrjournal.services import journal as journal_service
from hrjournal.services.journal import counting_failures
from hrjournal.store.exports import ExportRecord
from hrjournal.vault import shares as vault_shares
from hrjournal.vault.journal import UnlockedJournal
from hrjournal.vault.recovery import format_recovery_secret

__all__ = ["KIND", "card_name", "make_share_cards", "recover_with_shares"]

KIND = "share_card"  # the kind in the export register
STALE_SHARES = (
    "These shares rebuild a recovery secret that no longer opens this journal: newer shares "
    "have replaced them."
)


def card_name(number: int, count: int) -> str:
    """The card's file name: which share it is, and nothing of whom it is for (the paths of
    exports are readable without the passphrase, in the register)."""
    return f"share-{number}-of-{count}.pdf"


def _holder(contact: Contact | None) -> str | None:
    """What the card calls its holder: the alias where there is one, as on any shared
    document, since a printed page can go astray."""
    if contact is None:
        return None
    return contact.alias.strip() or contact.name.strip() or None


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def make_share_cards(
    journal_directory: Path,
    journal: UnlockedJournal,
    passphrase: str,
    *,
    contacts: Sequence[Contact] | None,
    threshold: int,
    count: int,
    out_dir: Path,
    language: str = "en",
) -> list[ExportRecord]:
    """Replace the recovery secret with a new one split into `count` shares (any `threshold`
    rebuild it), and write one card per share into `out_dir` (share-1-of-5.pdf...), the n-th
    for `contacts[n-1]` when contacts are given. The old recovery secret, and any older
    shares, stop working. Nothing is overwritten: every card's name must be free.

    `passphrase` must be the journal's own (a wrong one counts like any wrong passphrase).
    If a card cannot be written, the cards already written are destroyed and the error says
    so: the journal then has no recovery secret anyone knows until cards are made again.
    """
    vault_shares.check_split(threshold, count)
    if contacts is not None and len(contacts) != count:
        given = f"{len(contacts)} {'was' if len(contacts) == 1 else 'were'} given"
        raise InputRejected(f"Give one contact for each of the {count} shares; {given}.")
    if not _same_folder(journal_directory, journal.files.directory):
        raise InputRejected("The shares can only be made for the journal that is open.")
    paths = [out_dir / card_name(n, count) for n in range(1, count + 1)]
    for path in paths:  # before the recovery secret is replaced, not after
        exports.check_target(journal, path, replace=False)

    with counting_failures(journal_directory, passphrase):
        raw = vault_shares.renew_recovery_secret(journal_directory, passphrase)
    mnemonics = vault_shares.split(raw, threshold, count)

    # The PDF makers (reportlab) load only here: the unlock screen, which offers recovery
    # from shares, would otherwise wait about 0.2 s for them at every start.
    from hrjournal.export.pages import ReportInfo, build_pdf  # noqa: PLC0415
    from hrjournal.export.profiles import Profile  # noqa: PLC0415
    from hrjournal.export.protect import finish_pdf  # noqa: PLC0415
    from hrjournal.export.share_card import card_title, share_card  # noqa: PLC0415

    tr = document_language.translator(language)
    rtl = document_language.is_right_to_left(language)
    # On every card, as on every report: shares of a training journal are practice.
    training = demo.is_training(journal) or demo.is_demo_folder(journal.files.directory)
    holders = list(contacts) if contacts is not None else [None] * count
    cards: list[tuple[Path, bytes, str]] = []
    for number, (path, mnemonic, holder) in enumerate(
        zip(paths, mnemonics, holders, strict=True), start=1
    ):
        info = ReportInfo.now(card_title(tr), Profile.FULL, tr, rtl=rtl)
        if training:
            info = replace(info, watermark=tr(demo.WATERMARK))
        story = share_card(
            mnemonic,
            number=number,
            count=count,
            threshold=threshold,
            holder_name=_holder(holder),
            info=info,
        )
        title = f"{info.kind_title} {info.report_id}"
        cards.append((path, finish_pdf(build_pdf(story, info), title, None), title))
    return _write_cards(journal, cards)


def _write_cards(
    journal: UnlockedJournal, cards: list[tuple[Path, bytes, str]]
) -> list[ExportRecord]:
    """Every card, or none: a partial set would be taken for a whole one."""
    written: list[ExportRecord] = []
    for path, content, title in cards:
        try:
            exports.write_export(journal, path, content, replace=False)
            written.append(
                exports.record_export(
                    journal, path, kind=KIND, title=title, size=len(content), content=content
                )
            )
        except exports.WipedMeanwhile:  # the wipe destroys what was written
            raise
        except JournalError as error:
            for record in written:
                with contextlib.suppress(JournalError):
                    exports.delete_export(journal, record.id)
            reason = str(error).rstrip(".")
            raise StorageFailed(
                f"The share cards could not all be written ({reason}); none was kept, and the "
                "old recovery secret no longer works, so make the cards again."
            ) from None
    return written


def recover_with_shares(
    directory: Path, mnemonics: Sequence[str], new_passphrase: str
) -> tuple[str, ...]:
    """Rebuild the recovery secret from enough shares and set a new passphrase with it, as
    `hrjournal passwd` does with the recovery secret; returns notices for the user."""
    recovery_text = format_recovery_secret(vault_shares.combine(list(mnemonics)))
    try:
        return journal_service.change_passphrase(directory, recovery_text, new_passphrase)
    except (WrongPassphrase, DeviceBindingUnavailable):
        # A well-formed recovery secret that does not open the recovery slot: the slot was
        # resealed under a newer one since these shares were made.
        raise WrongPassphrase(STALE_SHARES) from None
