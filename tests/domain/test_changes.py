"""The history names what changed between two revisions, in the record's own field names."""

from __future__ import annotations

from hrjournal.domain.changes import changed_fields


def test_names_nested_fields_and_list_positions() -> None:
    before = {
        "title": "A",
        "location": {"locality": "X", "country": "KE"},
        "perpetrators": [{"type": "state::police"}],
        "updated_at": "2025-01-01T00:00:00Z",
    }
    after = {
        "title": "A",
        "location": {"locality": "Y", "country": "KE"},
        "perpetrators": [{"type": "state::military"}, {"type": "unknown"}],
        "updated_at": "2025-02-01T00:00:00Z",
    }
    assert changed_fields(before, after) == [
        "location.locality",
        "perpetrators",
        "perpetrators[0].type",
    ]


def test_an_empty_value_and_a_missing_one_are_the_same() -> None:
    assert changed_fields({"notes": ""}, {}) == []
    assert changed_fields({"tags": []}, {"tags": ["x"]}) == ["tags", "tags"][:1]
