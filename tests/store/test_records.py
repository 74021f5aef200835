"""Incidents, contacts and plans in a real journal: links, history, deletion, listing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hrjournal.domain.contact import Contact
from hrjournal.domain.dates import PartialDate
from hrjournal.domain.incident import Incident, Perpetrator, Relation, Source
from hrjournal.errors import InvalidRecord, RecordInUse, RecordNotFound
from hrjournal.services import records
from hrjournal.store import revisions
from hrjournal.store.incidents import IncidentFilter
from hrjournal.vault.journal import UnlockedJournal
from tests.support.fingerprint import content_digest


def _contact(journal: UnlockedJournal, uid: str = "c-1", name: str = "Ana") -> Contact:
    return records.save_contact(journal, Contact(id=uid, name=name, call_order=1))


def _incident(uid: str = "i-1", **fields: object) -> Incident:
    return Incident(id=uid, title=str(fields.pop("title", f"Incident {uid}")), **fields)  # type: ignore[arg-type]


def test_saved_records_read_back_equal(journal: UnlockedJournal) -> None:
    contact = _contact(journal)
    incident = records.save_incident(
        journal,
        _incident(
            start=PartialDate.parse("2025-03-04"),
            perpetrators=[Perpetrator("state::police", "ordered", contact="c-1")],
            affected=["me", "c-1"],
            types=["liberty::arrest"],
            tags=["trial"],
        ),
    )
    assert incident.reference is not None
    assert incident.created_at == incident.updated_at
    assert records.get_incident(journal, "i-1") == incident
    assert records.get_incident(journal, incident.reference) == incident
    assert records.get_contact(journal, "c-1") == contact
    view = records.open_incident(journal, "i-1")
    assert view.contacts == {"c-1": ("Ana", "")}


def test_references_count_up_and_never_change(journal: UnlockedJournal) -> None:
    first = records.save_incident(journal, _incident("i-1"))
    second = records.save_incident(journal, _incident("i-2"))
    year = first.created_at[:4]  # type: ignore[index]
    assert (first.reference, second.reference) == (f"INC-{year}-0001", f"INC-{year}-0002")
    edited = records.save_incident(journal, replace(first, title="New title", reference="X"))
    assert edited.reference == first.reference


def test_an_imported_reference_moves_the_counter_past_it(journal: UnlockedJournal) -> None:
    from hrjournal.domain.fields import utc_now

    year = utc_now()[:4]
    records.save_incident(journal, _incident("i-1", reference=f"INC-{year}-0041"))
    assert records.save_incident(journal, _incident("i-2")).reference == f"INC-{year}-0042"
    with pytest.raises(InvalidRecord, match="already used"):
        records.save_incident(journal, _incident("i-3", reference=f"INC-{year}-0041"))


def test_every_save_keeps_the_previous_revision(journal: UnlockedJournal) -> None:
    incident = records.save_incident(journal, _incident(title="First words"))
    records.save_incident(journal, replace(incident, title="Second words"))
    history = revisions.history(journal.connection, "incident", "i-1")
    assert [r.number for r in history] == [1, 2]
    assert '"First words"' in (history[0].body or "")
    assert '"Second words"' in (history[1].body or "")
    assert revisions.verify(journal.connection) == []


@pytest.mark.parametrize(
    ("incident", "field"),
    [
        (_incident(affected=["c-ghost"]), "affected[0]"),
        (_incident(sources=[Source(contact="c-ghost")]), "sources[0].contact"),
        (_incident(related=[Relation("i-ghost", "follows")]), "related[0].incident"),
    ],
)
def test_a_link_to_nothing_is_refused_and_nothing_is_written(
    journal: UnlockedJournal, incident: Incident, field: str
) -> None:
    before = content_digest(journal)
    with pytest.raises(InvalidRecord) as caught:
        records.save_incident(journal, incident)
    assert caught.value.field == field
    assert "not in the journal" in str(caught.value)
    assert content_digest(journal) == before


def test_a_linked_contact_cannot_be_deleted_until_unlinked(journal: UnlockedJournal) -> None:
    _contact(journal, name="Ana")
    incident = records.save_incident(journal, _incident(affected=["c-1"]))
    with pytest.raises(RecordInUse, match="Ana is still linked from 1 incident"):
        records.delete_contact(journal, "c-1")
    records.save_incident(journal, replace(incident, affected=[]))
    records.delete_contact(journal, "c-1")
    with pytest.raises(RecordNotFound):
        records.get_contact(journal, "c-1")


def test_an_incident_another_points_to_cannot_be_deleted(journal: UnlockedJournal) -> None:
    first = records.save_incident(journal, _incident("i-1"))
    records.save_incident(journal, _incident("i-2", related=[Relation("i-1", "follows")]))
    with pytest.raises(RecordInUse, match="linked from"):
        records.delete_incident(journal, first.id)


def test_deleting_empties_the_history_but_keeps_the_chain(journal: UnlockedJournal) -> None:
    incident = records.save_incident(journal, _incident(description="names of sources"))
    records.save_incident(journal, replace(incident, description="more names"))
    records.delete_incident(journal, "i-1")
    history = revisions.history(journal.connection, "incident", "i-1")
    assert [r.body for r in history] == [None, None, None]
    assert history[-1].deleted
    assert revisions.verify(journal.connection) == []
    with pytest.raises(RecordNotFound):
        records.get_incident(journal, "i-1")


def test_links_are_real_foreign_keys(journal: UnlockedJournal) -> None:
    _contact(journal)
    records.save_incident(journal, _incident(affected=["c-1"]))
    connection = journal.connection
    assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        connection.execute("DELETE FROM contacts")
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_listing_is_newest_first_and_filters(journal: UnlockedJournal) -> None:
    dates = {"i-1": "2024-01-10", "i-2": "2025-06", "i-3": None, "i-4": "2025-02-01"}
    for uid, start in dates.items():
        records.save_incident(
            journal,
            _incident(
                uid,
                start=PartialDate.parse(start) if start else None,
                status="closed" if uid == "i-2" else "open",
                types=["threats::death_threat"] if uid in ("i-1", "i-4") else ["digital::phishing"],
                tags=["trial"] if uid == "i-4" else [],
            ),
        )

    def uids(**where: object) -> list[str]:
        rows = records.list_incidents(journal, where=IncidentFilter(**where))  # type: ignore[arg-type]
        return [row.uid for row in rows]

    assert uids() == ["i-2", "i-4", "i-1", "i-3"]
    assert uids(status="closed") == ["i-2"]
    assert uids(type_key="threats") == ["i-4", "i-1"]
    assert uids(type_key="digital::phishing") == ["i-2", "i-3"]
    assert uids(tag="trial") == ["i-4"]
    assert uids(start_from="2025-01-01", start_to="2025-02-01") == ["i-4"]
    assert [r.uid for r in records.list_incidents(journal, limit=2, offset=1)] == ["i-4", "i-1"]


def test_an_edited_history_is_detected(journal: UnlockedJournal) -> None:
    incident = records.save_incident(journal, _incident(title="What happened"))
    records.save_incident(journal, replace(incident, title="What happened, corrected"))
    records.save_incident(journal, _incident("i-2"))
    connection = journal.connection
    connection.execute(
        "UPDATE revisions SET body = replace(body, 'What happened', 'Nothing happened')"
        " WHERE uid = 'i-1' AND number = 1"
    )
    problems = revisions.verify(connection)
    assert problems == ["revision 1 of incident i-1 was changed after it was saved"]


def test_a_removed_revision_is_detected(journal: UnlockedJournal) -> None:
    incident = records.save_incident(journal, _incident())
    records.save_incident(journal, replace(incident, title="later"))
    records.save_incident(journal, _incident("i-2"))
    journal.connection.execute("DELETE FROM revisions WHERE uid = 'i-1' AND number = 1")
    problems = revisions.verify(journal.connection)
    assert any("does not follow" in p for p in problems)
    assert any("should be revision 1" in p for p in problems)


def test_a_record_pointing_at_an_old_revision_is_detected(journal: UnlockedJournal) -> None:
    incident = records.save_incident(journal, _incident())
    records.save_incident(journal, replace(incident, title="later"))
    journal.connection.execute(
        "UPDATE incidents SET revision_id = (SELECT min(id) FROM revisions WHERE uid = 'i-1')"
    )
    assert revisions.verify(journal.connection) == [
        "incident i-1 does not show its latest revision"
    ]


def test_a_plan_from_each_template_saves_and_reads_back(journal: UnlockedJournal) -> None:
    from hrjournal.services.catalog import safety_plan_templates

    templates = safety_plan_templates()
    assert {t.key for t in templates} == {"personal", "check_in", "travel", "if_detained"}
    for template in templates:
        plan = records.save_plan(journal, records.new_plan(template.key))
        assert records.get_plan(journal, plan.id) == plan
        assert plan.sections["if_detained"]
    assert len(records.list_plans(journal)) == 4


def test_a_history_emptied_without_a_deletion_is_detected(journal: UnlockedJournal) -> None:
    incident = records.save_incident(journal, _incident())
    records.save_incident(journal, replace(incident, title="later"))
    journal.connection.execute("UPDATE revisions SET body = NULL WHERE uid = 'i-1' AND number = 1")
    assert revisions.verify(journal.connection) == [
        "revision 1 of incident i-1 has lost its content"
    ]


def test_undated_incidents_come_last_in_either_direction(journal: UnlockedJournal) -> None:
    for uid, start in (("i-old", "2020-01-02"), ("i-new", "2024-05"), ("i-none", None)):
        when = PartialDate.parse(start) if start else None
        records.save_incident(journal, Incident(id=uid, title=uid, start=when))
    newest = records.list_incidents(journal, where=IncidentFilter(order="start"))
    oldest = records.list_incidents(journal, where=IncidentFilter(order="start", descending=False))
    assert [r.uid for r in newest] == ["i-new", "i-old", "i-none"]
    assert [r.uid for r in oldest] == ["i-old", "i-new", "i-none"]
