"""Settings in the journal, preferences beside it, drafts, history and patterns."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrjournal.domain.app_settings import AppSettings, BackupDue, backup_due
from hrjournal.domain.dates import PartialDate
from hrjournal.domain.incident import Incident
from hrjournal.errors import InputRejected
from hrjournal.services import app_settings, drafts, history, patterns, preferences, records
from hrjournal.services import journal as journal_service
from hrjournal.services.journal import UnlockedJournal
from hrjournal.services.preferences import Preferences
from tests.support.journals import PASSPHRASE


def test_protection_settings_default_to_safe_values_and_round_trip(
    journal: UnlockedJournal,
) -> None:
    assert app_settings.app_settings(journal) == AppSettings(5, False, 30)
    chosen = AppSettings(auto_lock_minutes=2, lock_on_minimise=True, clipboard_seconds=10)
    app_settings.save_app_settings(journal, chosen)
    assert app_settings.app_settings(journal) == chosen


def test_the_backup_reminder_defaults_to_30_days_and_round_trips(journal: UnlockedJournal) -> None:
    assert app_settings.app_settings(journal).backup_reminder_days == 30
    for days in (0, 1, 365):
        app_settings.save_app_settings(journal, AppSettings(backup_reminder_days=days))
        assert app_settings.app_settings(journal).backup_reminder_days == days


@pytest.mark.parametrize(
    "bad",
    [
        AppSettings(auto_lock_minutes=0),
        AppSettings(clipboard_seconds=3600),
        AppSettings(backup_reminder_days=366),
        AppSettings(backup_reminder_days=-1),
    ],
)
def test_out_of_range_settings_are_refused_and_nothing_changes(
    journal: UnlockedJournal, bad: AppSettings
) -> None:
    with pytest.raises(InputRejected):
        app_settings.save_app_settings(journal, bad)
    assert app_settings.app_settings(journal) == AppSettings()


def test_preferences_hold_no_content(journal_dir: Path) -> None:
    """Only what is needed before the unlock: no path, no name, nothing of a record."""
    assert preferences.load_preferences(journal_dir) == Preferences()
    preferences.save_preferences(journal_dir, Preferences(language="ar", discreet=True))
    path = journal_dir / "preferences.json"
    assert json.loads(path.read_text()) == {
        "discreet": True,
        "failed_unlocks": 0,
        "language": "ar",
        "panic_countdown": 3,
        "training": False,
        "wipe_after_failed_unlocks": 0,
    }
    assert path.stat().st_mode & 0o777 == 0o600
    assert preferences.load_preferences(journal_dir) == Preferences("ar", True)


@pytest.mark.parametrize("content", ["{", "[]", '{"language": 5, "discreet": "yes"}', "\x00"])
def test_a_damaged_preferences_file_never_keeps_anyone_out(journal_dir: Path, content: str) -> None:
    (journal_dir / "preferences.json").write_text(content)
    assert preferences.load_preferences(journal_dir) == Preferences()
    journal_service.check_journal(journal_dir, PASSPHRASE)


def test_drafts_are_kept_replaced_and_discarded(journal: UnlockedJournal) -> None:
    drafts.keep_draft(journal, "incident", "i-1", {"title": "first"})
    drafts.keep_draft(journal, "incident", "i-1", {"title": "second"})
    kept = drafts.list_drafts(journal)
    assert [(d.kind, d.uid, json.loads(d.body)) for d in kept] == [
        ("incident", "i-1", {"title": "second"})
    ]
    drafts.discard_draft(journal, "incident", "i-1")
    assert drafts.list_drafts(journal) == []


def test_history_lists_every_revision_and_what_changed(journal: UnlockedJournal) -> None:
    saved = records.save_incident(journal, Incident(id="i-h", title="Before"))
    saved.title = "After"
    saved.impact = "Office closed"
    records.save_incident(journal, saved)
    revisions = history.history(journal, "incident", "i-h")
    assert [r.number for r in revisions] == [1, 2]
    assert revisions[0].changed == ()
    assert set(revisions[1].changed) == {"title", "impact"}
    assert revisions[1].body is not None
    assert revisions[1].body["title"] == "After"


def test_patterns_count_by_month_and_type(journal: UnlockedJournal) -> None:
    for uid, start, types in [
        ("i-1", "2024-03-05", ["threats::threat"]),
        ("i-2", "2024-03-20", ["threats::threat", "digital::phishing"]),
        ("i-3", "2024-05", ["digital::phishing"]),
        ("i-4", "2023", []),
    ]:
        records.save_incident(
            journal, Incident(id=uid, title=uid, start=PartialDate.parse(start), types=types)
        )
    records.save_incident(journal, Incident(id="i-5", title="undated"))
    found = patterns.patterns_of(journal)
    assert found.by_month == [("2024-03", 2), ("2024-05", 1)]
    assert found.by_type == [("digital::phishing", 2), ("threats::threat", 2)]
    assert [p.uid for p in found.timeline] == ["i-4", "i-1", "i-2", "i-3"]


def test_deleting_a_record_deletes_its_draft(journal: UnlockedJournal) -> None:
    records.save_incident(journal, Incident(id="i-d", title="To be deleted"))
    drafts.keep_draft(journal, "incident", "i-d", {"title": "CANARY in a draft"})
    records.delete_incident(journal, "i-d")
    assert drafts.list_drafts(journal) == []


NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("days", "last", "holds_records", "due"),
    [
        (30, "2025-05-16T11:00:00Z", True, BackupDue(45)),  # 45 days and an hour
        (30, "2025-05-31T12:00:00Z", True, None),  # exactly 30 days: not older yet
        (30, "2025-05-31T11:59:59Z", True, BackupDue(30)),
        (30, "2025-06-29T12:00:00Z", True, None),
        (30, None, True, BackupDue(None)),  # never backed up, and something to lose
        (30, None, False, None),  # an empty journal is not nagged
        (0, None, True, None),  # never remind
        (0, "2001-01-01T00:00:00Z", True, None),
        (1, "2025-06-29T11:00:00Z", False, BackupDue(1)),
    ],
)
def test_a_backup_is_due_when_the_newest_is_older_than_chosen_or_there_is_none(
    days: int, last: str | None, holds_records: bool, due: BackupDue | None
) -> None:
    assert backup_due(days, last, NOW, holds_records=holds_records) == due
