"""The vocabularies, countries and templates shipped with the program."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hrjournal.domain.catalog import Catalog
from hrjournal.domain.safety_plan import SafetyPlan, plan_from_json
from hrjournal.errors import InputRejected
from hrjournal.resources import find
from hrjournal.services.document_language import Translate, translator


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


def _template_files() -> dict[str, dict[str, Any]]:
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


# The texts of a template's plan a translator translates; numbers, keys and dates are not.
_PLAN_TEXTS = ("title", "owner", "review_triggers")
_RISK_TEXTS = (
    "threat",
    "source",
    "vulnerabilities",
    "capacities",
    "prevention",
    "contingency",
    "owner",
)


def translated_plan(body: Mapping[str, Any], tr: Translate) -> dict[str, Any]:
    """A template's plan (its JSON) with every text passed through `tr`. The one list of what
    is translated: installers/translations.py collects the texts to translate through it."""

    def text(value: object) -> object:
        return tr(value) if isinstance(value, str) and value.strip() else value

    plan = dict(body)
    for key in _PLAN_TEXTS:
        if key in plan:
            plan[key] = text(plan[key])
    if "sections" in plan:
        plan["sections"] = {key: text(value) for key, value in plan["sections"].items()}
    if "risks" in plan:
        plan["risks"] = [
            {**risk, **{key: text(risk[key]) for key in _RISK_TEXTS if key in risk}}
            for risk in plan["risks"]
        ]
    if "check_in" in plan:
        check_in = dict(plan["check_in"])
        if "schedule" in check_in:
            check_in["schedule"] = text(check_in["schedule"])
        check_in["escalation"] = [
            {**step, "action": text(step["action"])} if "action" in step else step
            for step in check_in.get("escalation", [])
        ]
        plan["check_in"] = check_in
    return plan


def template_texts() -> set[str]:
    """Every text of every template, in English: what translators are given."""
    found: set[str] = set()

    def collect(text: str) -> str:
        found.add(text)
        return text

    for data in _template_files().values():
        collect(str(data["title"]))
        collect(str(data["description"]))
        translated_plan(data["plan"], collect)
    return found


def plan_from_template(key: str, plan_id: str, language: str = "en") -> SafetyPlan:
    """A new plan from the template `key`, its texts in `language` where they are translated
    (in English where they are not)."""
    templates = _template_files()
    if key not in templates:
        names = ", ".join(sorted(templates))
        raise InputRejected(f"There is no safety plan template {key!r}; there are {names}.")
    body = translated_plan(templates[key]["plan"], translator(language))
    return plan_from_json({"id": plan_id, **body}, catalog().vocabularies)
