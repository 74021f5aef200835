"""What changed between two saved states of a record, in the record's own field names."""

from __future__ import annotations

from typing import Any

# Bookkeeping that changes on every save and says nothing about the content.
_IGNORED = frozenset({"updated_at", "created_at"})


def changed_fields(before: Any, after: Any, path: str = "") -> list[str]:
    """Dotted paths (`location.locality`, `perpetrators[1].type`) that differ; a list that grew
    or shrank is reported by its own name, then by each position that differs."""
    if isinstance(before, dict) and isinstance(after, dict):
        found: list[str] = []
        for key in sorted(before.keys() | after.keys()):
            if not path and key in _IGNORED:
                continue
            inner = f"{path}.{key}" if path else str(key)
            found += changed_fields(before.get(key), after.get(key), inner)
        return found
    if isinstance(before, list) and isinstance(after, list):
        found = [path] if len(before) != len(after) else []
        for index, (old, new) in enumerate(zip(before, after, strict=False)):
            found += changed_fields(old, new, f"{path}[{index}]")
        return found
    return [] if before == after or (_empty(before) and _empty(after)) else [path]


def _empty(value: Any) -> bool:
    return value in (None, "", [], {}, False)
