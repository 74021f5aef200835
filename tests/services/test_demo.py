"""Trainer mode: a demo journal of fictional records, marked on every screen and every page,
that resets to the start and whose panic wipe is real."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrjournal.domain.contact import Contact
from hrjournal.errors import InputRejected
from hrjournal.services import demo
from hrjournal.services.preferences import load_preferences
from hrjournal.services.records import list_contacts, list_incidents, list_plans, save_contact
from hrjournal.services.reports import Profile, ReportKind, ReportRequest, build_report
from hrjournal.vault.journal import unlocked
from hrjournal.wipe.panic import wipe_journal
from tests.support.journals import PASSPHRASE, run_cli, snapshot
from tests.support.pdf import page_texts


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo") / "journal"
    demo.create_demo(directory)
    return directory


def test_the_demo_journal_is_full_and_marked(demo_dir: Path) -> None:
    assert load_preferences(demo_dir).training
    with unlocked(demo_dir, demo.DEMO_PASSPHRASE) as journal:
        assert demo.is_training(journal)
        assert len(list_incidents(journal, limit=1000)) >= 40
        assert len(list_plans(journal)) == 2
        assert len(list_contacts(journal)) >= 12


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_page_of_every_document_from_it_says_training(
    demo_dir: Path, kind: ReportKind
) -> None:
    with unlocked(demo_dir, demo.DEMO_PASSPHRASE) as journal:
        reference = None
        if kind is ReportKind.INCIDENT:
            reference = list_incidents(journal, limit=1)[0].uid
        profile = Profile.FULL if kind is ReportKind.PLAN else Profile.SHARE
        if kind is ReportKind.PLAN:
            reference = list_plans(journal)[0].uid
        built = build_report(journal, ReportRequest(kind, profile, reference=reference))
    pages = page_texts(built.content)
    assert pages
    for text in pages:
        assert demo.WATERMARK in " ".join(text.split())


def test_a_real_journal_has_no_watermark(journal_dir: Path) -> None:
    with unlocked(journal_dir, PASSPHRASE) as journal:
        assert not demo.is_training(journal)
        built = build_report(journal, ReportRequest(ReportKind.CONTACTS))
    assert demo.WATERMARK not in " ".join(page_texts(built.content))


def test_reset_returns_to_the_start(tmp_path: Path) -> None:
    directory = tmp_path / "journal"
    demo.create_demo(directory)
    with unlocked(directory, demo.DEMO_PASSPHRASE) as journal:
        before = len(list_contacts(journal))
        save_contact(journal, Contact(id="c-added", name="Added in the workshop"))
    demo.reset_demo(directory)
    with unlocked(directory, demo.DEMO_PASSPHRASE) as journal:
        assert len(list_contacts(journal)) == before
        assert demo.is_training(journal)


def test_reset_never_touches_a_real_journal(journal_dir: Path) -> None:
    before = snapshot(journal_dir)
    with pytest.raises(InputRejected, match="does not hold a demo journal"):
        demo.reset_demo(journal_dir)
    assert snapshot(journal_dir) == before


def test_the_panic_wipe_of_a_demo_is_real(tmp_path: Path) -> None:
    directory = tmp_path / "journal"
    demo.create_demo(directory)
    report = wipe_journal(directory)
    assert report.key_destroyed_at is not None
    assert not directory.exists()


def test_the_command_line_makes_one_for_a_usb_stick(tmp_path: Path) -> None:
    stick = tmp_path / "usb" / "demo"
    made = run_cli("demo", "--create", str(stick))
    assert made.returncode == 0, made.stderr
    assert demo.DEMO_PASSPHRASE in made.stdout
    assert (stick / "journal.header").is_file()
    reset = run_cli("demo", "--reset", str(stick))
    assert reset.returncode == 0, reset.stderr
    assert "back to the start" in reset.stdout


def test_reset_never_turns_a_real_journal_with_the_demo_duress_passphrase_into_a_decoy(
    journal_dir: Path,
) -> None:
    from dataclasses import replace

    from hrjournal.services.preferences import save_preferences
    from hrjournal.vault.duress import set_duress_passphrase

    set_duress_passphrase(journal_dir, PASSPHRASE, demo.DEMO_PASSPHRASE)
    # Even marked as training beside it (a copied preferences file, say).
    save_preferences(journal_dir, replace(load_preferences(journal_dir), training=True))
    with pytest.raises(InputRejected, match="does not hold a demo journal"):
        demo.reset_demo(journal_dir)
    with unlocked(journal_dir, PASSPHRASE) as journal:  # the real journal is untouched
        assert not demo.is_training(journal)


def test_a_demo_emptied_by_its_duress_passphrase_keeps_the_watermark(tmp_path: Path) -> None:
    from hrjournal.vault.duress import set_duress_passphrase

    directory = tmp_path / "journal"
    demo.create_demo(directory)
    set_duress_passphrase(directory, demo.DEMO_PASSPHRASE, "practice duress phrase here")
    with unlocked(directory, "practice duress phrase here") as decoy:
        built = build_report(decoy, ReportRequest(ReportKind.CONTACTS))
    assert demo.WATERMARK in " ".join(page_texts(built.content)[0].split())


def test_documents_are_refused_in_a_language_we_do_not_ship(tmp_path: Path) -> None:
    refused = run_cli("report", "quickref", "--language", "he", "--out", str(tmp_path / "q.pdf"))
    assert refused.returncode == 1
    assert "use one of en, ar, es, fa, fr or ru" in refused.stderr
