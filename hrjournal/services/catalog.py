"""The vocabularies, countries and templates shipped with the program."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from hrjournal.domain.catalog import Catalog
from hrjournal.domain.safety_plan import SafetyPlan, plan_from_json
from hrjournal.errors import InputRejected
from hrjournal.resources import find


@functools.cache
def catalog() -> Catalog:
    return Catalog.from_data(
        json.loads(find("vocabularies.json").read_text(encoding="utf-8")),
        json.loads(find("countries.json").read_text(encoding="utf-8")),
    )


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    description: str


def _template_files() -> dict[str, dict[str, object]]:
    folder = find("templates/safety_plans")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            found[str(data["key"])] = data
    return found


def safety_plan_templates() -> list[Template]:
    """The templates a new safety plan can start from."""
    return [
        Template(key, str(data["title"]), str(data["description"]))
        for key, data in _template_files().items()
    ]


def plan_from_template(key: str, plan_id: str) -> SafetyPlan:
    templates = _template_files()
    if key not in templates:
        names = ", ".join(sorted(templates))
        raise InputRejected(f"There is no safety plan template {key!r}; there are {names}.")
    body = dict(templates[key]["plan"])  # type: ignore[call-overload]
    return plan_from_json({"id": plan_id, **body}, catalog().vocabularies)
