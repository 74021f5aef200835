"""Share cards for trusted contacts: one printed page per share, each registered as an export,
and enough of the words printed on them set a new passphrase; fewer, or shares that newer
ones replaced, do not."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest
import shamir_mnemonic
from hrjournal.resources import find
from pypdf import PdfReader

from hrjournal.domain.contact import Contact
from hrjournal.errors import InputRejected, StorageFailed, WrongPassphrase
from hrjournal.export import share_card as card_module
from hrjournal.export.layout import text_width
from hrjournal.export.pages import ReportInfo, build_pdf
from hrjournal.export.profiles import Profile
from hrjournal.services import exports, interchange
from hrjournal.services import shares as share_service
from hrjournal.services.document_language import translator
from hrjournal.services.records import get_contact, list_contacts
from hrjournal.services.shares import STALE_SHARES, make_share_cards, recover_with_shares
from hrjournal.vault import shares as vault_shares
from hrjournal.vault.journal import UnlockedJournal, unlock_journal, unlocked
from hrjournal.vault.keyslots import SlotRole
from tests.support.journals import PASSPHRASE, snapshot
from tests.support.pdf import all_text

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "seven quiet herons at dawn"
# "7. word", or "word .7" as a right-to-left card's grid is extracted.
GRID_WORD = re.compile(r"(\d+)\. ([a-z]+)|([a-z]+) \.(\d+)")


@pytest.fixture
def example(journal: UnlockedJournal) -> UnlockedJournal:
    interchange.import_json(journal, Path(str(find("examples/journal.json"))))
    return journal


def _holders(journal: UnlockedJournal) -> list[Contact]:
    """The example's three contacts, and two more (one without an alias)."""
    return [
        *(
            get_contact(journal, row.uid)
            for row in sorted(list_contacts(journal), key=lambda r: r.uid)
        ),
        Contact(id="c-new-1", name="Ana Mendes", alias="Neighbour"),
        Contact(id="c-new-2", name="Samir Haddad"),
    ]


def _make(journal: UnlockedJournal, out_dir: Path, **options: object) -> list[exports.ExportRecord]:
    out_dir.mkdir(exist_ok=True)
    arguments: dict[str, object] = {"contacts": None, "threshold": 3, "count": 5}
    arguments.update(options)
    return make_share_cards(
        journal.files.directory,
        journal,
        PASSPHRASE,
        out_dir=out_dir,
        language="en",
        **arguments,  # type: ignore[arg-type]
    )


def _printed_words(content: bytes) -> list[str]:
    """The words of the share as printed in the card's grid, in their numbered order."""
    found = {
        int(number or mirrored_number): word or mirrored_word
        for number, word, mirrored_word, mirrored_number in GRID_WORD.findall(all_text(content))
    }
    assert sorted(found) == list(range(1, vault_shares.SHARE_WORDS + 1)), found
    return [found[number] for number in sorted(found)]


def _tokens(content: bytes) -> set[str]:
    return set(re.findall(r"[a-z]+", all_text(content).lower()))


def _fixed_tokens() -> set[str]:
    """The words of a card that are the card's own text, not the share's."""
    info = ReportInfo.now(card_module.card_title(translator("en")), Profile.FULL)
    story = card_module.share_card(
        " ".join(["qqqq"] * vault_shares.SHARE_WORDS),
        number=1,
        count=5,
        threshold=3,
        holder_name=None,
        info=info,
    )
    return _tokens(build_pdf(story, info))


def test_five_cards_any_three_set_a_new_passphrase(
    example: UnlockedJournal, tmp_path: Path
) -> None:
    holders = _holders(example)
    out_dir = tmp_path / "cards"
    records = _make(example, out_dir, contacts=holders)
    paths = [out_dir / f"share-{n}-of-5.pdf" for n in range(1, 6)]
    assert sorted(out_dir.iterdir()) == sorted(paths)
    contents = [path.read_bytes() for path in paths]
    for content in contents:
        assert len(PdfReader(io.BytesIO(content)).pages) == 1
    printed = [_printed_words(content) for content in contents]
    assert len({" ".join(words) for words in printed}) == 5
    assert len({" ".join(w[: vault_shares.COMMON_WORDS]) for w in printed}) == 1
    # The card's own words, and every keeper's name or alias ("Network" is also a SLIP-39 word).
    fixed = _fixed_tokens() | {
        token
        for holder in holders
        for token in re.findall(r"[a-z]+", f"{holder.alias} {holder.name}".lower())
    }
    for mine, content in zip(printed, contents, strict=True):
        text = _tokens(content)
        assert set(mine) <= text
        for theirs in printed:
            if theirs is not mine:
                assert (set(theirs) - set(mine) - fixed) & text == set()
    # Who each card is for: the alias where there is one, never the name behind it.
    texts = [" ".join(all_text(content).split()) for content in contents]
    for holder, text in zip(holders, texts, strict=True):
        assert f"For {holder.alias or holder.name}" in text
        if holder.alias:
            assert holder.name not in text
    assert "Recovery share 2 of 5" in texts[1]
    assert "Any 3 of the shares" in texts[1]
    assert "hrjournal shares join" in texts[4]

    names = {h.name for h in holders} | {h.alias for h in holders if h.alias}
    listed = {item.record.path: item for item in exports.list_exports(example)}
    assert [Path(r.path) for r in records] == paths
    for record, content in zip(records, contents, strict=True):
        assert listed[record.path].present
        assert listed[record.path].record == record
        assert record.kind == "share_card"
        assert record.sha256 == hashlib.sha256(content).hexdigest()
        assert record.size == len(content)
        assert not [name for name in names if name in record.title]

    directory = example.files.directory
    with pytest.raises(InputRejected, match="3 of the shares are needed; 2 were given"):
        recover_with_shares(directory, [" ".join(printed[0]), " ".join(printed[3])], NEW_PASSPHRASE)
    chosen = [" ".join(printed[n]) for n in (4, 0, 2)]
    notices = recover_with_shares(directory, chosen, NEW_PASSPHRASE)
    assert isinstance(notices, tuple)
    with pytest.raises(WrongPassphrase):
        unlock_journal(directory, PASSPHRASE)
    with unlocked(directory, NEW_PASSPHRASE) as reopened:
        assert reopened.unlocked_with is SlotRole.PASSPHRASE
        assert {row.uid for row in list_contacts(reopened)} == {c.id for c in holders[:3]}


def test_cards_without_contacts_leave_a_line_for_the_name(
    journal: UnlockedJournal, tmp_path: Path
) -> None:
    records = _make(journal, tmp_path / "cards", threshold=2, count=3)
    assert [Path(r.path).name for r in records] == [f"share-{n}-of-3.pdf" for n in (1, 2, 3)]
    text = all_text(Path(records[0].path).read_bytes())
    assert f"For {card_module.BLANK_NAME}" in text


def test_nothing_is_overwritten_and_the_recovery_secret_is_kept_then(
    journal: UnlockedJournal, tmp_path: Path
) -> None:
    out_dir = tmp_path / "cards"
    out_dir.mkdir()
    (out_dir / "share-4-of-5.pdf").write_bytes(b"someone else's file")
    header_before = snapshot(journal.files.directory)["journal.header"]
    with pytest.raises(InputRejected, match="already exists"):
        _make(journal, out_dir)
    assert snapshot(journal.files.directory)["journal.header"] == header_before
    assert sorted(p.name for p in out_dir.iterdir()) == ["share-4-of-5.pdf"]
    assert (out_dir / "share-4-of-5.pdf").read_bytes() == b"someone else's file"
    assert exports.list_exports(journal) == []


@pytest.mark.parametrize("secret", ["not the passphrase at all", "blue kettle on a rainy day"])
def test_a_wrong_passphrase_makes_no_card(
    journal: UnlockedJournal, tmp_path: Path, secret: str
) -> None:
    out_dir = tmp_path / "cards"
    out_dir.mkdir()
    header_before = snapshot(journal.files.directory)["journal.header"]
    with pytest.raises(WrongPassphrase):
        make_share_cards(
            journal.files.directory, journal, secret, contacts=None, threshold=2, count=3,
            out_dir=out_dir, language="en",
        )  # fmt: skip
    assert snapshot(journal.files.directory)["journal.header"] == header_before
    assert list(out_dir.iterdir()) == []


def test_refused_before_anything_changes(journal: UnlockedJournal, tmp_path: Path) -> None:
    header_before = snapshot(journal.files.directory)["journal.header"]
    with pytest.raises(InputRejected, match="one share alone would be"):
        _make(journal, tmp_path / "a", threshold=1, count=3)
    with pytest.raises(InputRejected, match="one contact for each of the 5 shares; 1 was given"):
        _make(journal, tmp_path / "b", contacts=[Contact(id="c-1", name="Only one")])
    with pytest.raises(InputRejected, match="only be made for the journal that is open"):
        make_share_cards(
            tmp_path / "elsewhere", journal, PASSPHRASE, contacts=None, threshold=2, count=3,
            out_dir=tmp_path, language="en",
        )  # fmt: skip
    assert snapshot(journal.files.directory)["journal.header"] == header_before


def test_newer_cards_replace_older_ones(journal: UnlockedJournal, tmp_path: Path) -> None:
    older = [_printed_words(Path(r.path).read_bytes()) for r in _make(journal, tmp_path / "1")]
    newer = [_printed_words(Path(r.path).read_bytes()) for r in _make(journal, tmp_path / "2")]
    directory = journal.files.directory
    with pytest.raises(WrongPassphrase) as refused:
        recover_with_shares(directory, [" ".join(w) for w in older[:3]], NEW_PASSPHRASE)
    assert str(refused.value) == STALE_SHARES
    with pytest.raises(InputRejected, match="different sets"):
        recover_with_shares(
            directory, [" ".join(w) for w in (*older[:2], newer[0])], NEW_PASSPHRASE
        )
    with unlocked(directory, PASSPHRASE):  # nothing changed
        pass
    recover_with_shares(directory, [" ".join(w) for w in newer[2:]], NEW_PASSPHRASE)
    with unlocked(directory, NEW_PASSPHRASE):
        pass


def test_a_card_that_cannot_be_written_leaves_no_card(
    journal: UnlockedJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = exports.write_export
    calls = []

    def failing_third(*args: object, **kwargs: object) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise StorageFailed("Could not write share-3-of-5.pdf (disk full); no file was left.")
        real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(share_service.exports, "write_export", failing_third)
    out_dir = tmp_path / "cards"
    with pytest.raises(StorageFailed, match="none was kept") as refused:
        _make(journal, out_dir)
    assert "make the cards again" in str(refused.value)
    assert list(out_dir.iterdir()) == []
    assert exports.list_exports(journal) == []


def test_a_new_passphrase_is_checked_before_anything(
    journal: UnlockedJournal, tmp_path: Path
) -> None:
    records = _make(journal, tmp_path / "cards", threshold=2, count=2)
    words = [" ".join(_printed_words(Path(r.path).read_bytes())) for r in records]
    with pytest.raises(InputRejected, match="at least 8 characters"):
        recover_with_shares(journal.files.directory, words, "short")
    with unlocked(journal.files.directory, PASSPHRASE):
        pass


# -- the card as a document -------------------------------------------------------------------


def _installer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_installer", ROOT / "installers" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_word_the_card_asks_for_reaches_the_translators() -> None:
    asked: set[str] = set()

    def recording(text: str) -> str:
        asked.add(text)
        return text

    info = ReportInfo.now(card_module.card_title(recording), Profile.FULL, recording)
    mnemonic = vault_shares.split(bytes(20), 2, 3)[0]
    card_module.share_card(
        mnemonic, number=1, count=3, threshold=2, holder_name="Someone", info=info
    )
    assert len(asked) > 10
    assert asked - _installer().pdf_strings() == set()


@pytest.mark.parametrize("language", ["en", "es", "ar", "fa", "fr", "ru"])
def test_a_card_is_one_page_in_every_language(language: str) -> None:
    tr = translator(language)
    rtl = language in ("ar", "fa")
    info = ReportInfo.now(card_module.card_title(tr), Profile.FULL, tr, rtl=rtl)
    mnemonic = vault_shares.split(bytes(range(20)), 16, 16)[15]
    story = card_module.share_card(
        mnemonic, number=16, count=16, threshold=16, holder_name="N" * 200, info=info
    )
    content = build_pdf(story, info)
    assert len(PdfReader(io.BytesIO(content)).pages) == 1
    assert _printed_words(content) == mnemonic.split()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_even_the_widest_words_are_printed_whole(language: str) -> None:
    """A word wrapped over two lines would be read as two words."""
    style = card_module.WORD
    widest = sorted(shamir_mnemonic.wordlist.WORDLIST, key=lambda w: text_width(w, style))
    words = widest[-vault_shares.SHARE_WORDS :]
    tr = translator(language)
    info = ReportInfo.now(card_module.card_title(tr), Profile.FULL, tr, rtl=language == "ar")
    story = card_module.share_card(
        " ".join(words), number=1, count=2, threshold=2, holder_name=None, info=info
    )
    assert _printed_words(build_pdf(story, info)) == words


def test_the_card_and_the_vault_agree_on_the_common_words() -> None:
    assert card_module.COMMON_WORDS == vault_shares.COMMON_WORDS
