"""A safety plan: the risks a defender faces, what they do about them, and who acts when.

Mostly structured text in sections, with the risk register as a table (likelihood x impact,
each 1 to 5, giving a score and a band) and a check-in protocol whose escalation steps say
what happens, in order, when a check-in is missed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hrjournal.domain.fields import MAX_SHORT, Fields
from hrjournal.domain.vocabularies import Vocabularies

SECTIONS = (
    "context_and_actors",
    "communication_plan",
    "if_detained",
    "relocation",
    "digital_security",
    "home_office_travel",
    "wellbeing",
    "continuity_and_family",
)


@dataclass
class Risk:
    threat: str
    source: str = ""
    vulnerabilities: str = ""
    capacities: str = ""
    likelihood: int = 3
    impact: int = 3
    prevention: str = ""
    contingency: str = ""
    owner: str = ""
    due: str | None = None

    @property
    def score(self) -> int:
        return self.likelihood * self.impact


def risk_band(score: int, vocabularies: Vocabularies) -> str:
    """The band (low, medium, high, critical) a likelihood x impact score falls in."""
    for term in vocabularies["risk_bands"].terms:
        if int(term.extra["min"]) <= score <= int(term.extra["max"]):
            return term.key
    raise ValueError(f"no risk band holds the score {score}")


@dataclass
class EscalationStep:
    after_minutes: int
    action: str
    contact: str | None = None


@dataclass
class CheckIn:
    contact: str | None = None
    schedule: str = ""
    channel: str | None = None
    grace_minutes: int = 30
    escalation: list[EscalationStep] = field(default_factory=list)


@dataclass
class Review:
    date: str
    by: str = ""
    note: str = ""


@dataclass
class SafetyPlan:
    id: str
    title: str
    owner: str = ""
    version: int = 1
    last_reviewed: str | None = None
    next_review: str | None = None
    review_triggers: str = ""
    sections: dict[str, str] = field(default_factory=lambda: dict.fromkeys(SECTIONS, ""))
    risks: list[Risk] = field(default_factory=list)
    contact_tree: list[str] = field(default_factory=list)
    check_in: CheckIn = field(default_factory=CheckIn)
    review_log: list[Review] = field(default_factory=list)
    created_at: str | None = None
    updated_at: str | None = None

    def contact_references(self) -> list[tuple[str, str]]:
        """(field, contact id) for every link to a contact."""
        found = [(f"contact_tree[{n}]", c) for n, c in enumerate(self.contact_tree)]
        if self.check_in.contact:
            found.append(("check_in.contact", self.check_in.contact))
        found += [
            (f"check_in.escalation[{n}].contact", step.contact)
            for n, step in enumerate(self.check_in.escalation)
            if step.contact
        ]
        return found


def plan_to_json(plan: SafetyPlan) -> dict[str, Any]:
    return {
        "id": plan.id,
        "title": plan.title,
        "owner": plan.owner,
        "version": plan.version,
        "last_reviewed": plan.last_reviewed,
        "next_review": plan.next_review,
        "review_triggers": plan.review_triggers,
        "sections": {key: plan.sections.get(key, "") for key in SECTIONS},
        "risks": [
            {
                "threat": r.threat,
                "source": r.source,
                "vulnerabilities": r.vulnerabilities,
                "capacities": r.capacities,
                "likelihood": r.likelihood,
                "impact": r.impact,
                "prevention": r.prevention,
                "contingency": r.contingency,
                "owner": r.owner,
                "due": r.due,
            }
            for r in plan.risks
        ],
        "contact_tree": list(plan.contact_tree),
        "check_in": {
            "contact": plan.check_in.contact,
            "schedule": plan.check_in.schedule,
            "channel": plan.check_in.channel,
            "grace_minutes": plan.check_in.grace_minutes,
            "escalation": [
                {"after_minutes": s.after_minutes, "action": s.action, "contact": s.contact}
                for s in plan.check_in.escalation
            ],
        },
        "review_log": [{"date": r.date, "by": r.by, "note": r.note} for r in plan.review_log],
        "created_at": plan.created_at,
        "updated_at": plan.updated_at,
    }


def plan_from_json(
    data: object, vocabularies: Vocabularies, label: str = "Safety plan"
) -> SafetyPlan:
    record = label
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        record = f"{label} {data['id']}"
    f = Fields(data, record, "", vocabularies)
    plan_id = f.identifier("id")

    section_fields = f.object("sections")
    for name in section_fields.data:
        if name not in SECTIONS:
            raise section_fields.fail(name, "is not a section of a safety plan")
    sections = {name: section_fields.text(name) for name in SECTIONS}

    risks = []
    for r in f.objects("risks"):
        likelihood = r.integer("likelihood", minimum=1, maximum=5, default=3)
        impact = r.integer("impact", minimum=1, maximum=5, default=3)
        risks.append(
            Risk(
                threat=r.text("threat", required=True),
                source=r.text("source"),
                vulnerabilities=r.text("vulnerabilities"),
                capacities=r.text("capacities"),
                likelihood=likelihood,
                impact=impact,
                prevention=r.text("prevention"),
                contingency=r.text("contingency"),
                owner=r.text("owner", limit=MAX_SHORT),
                due=r.day("due"),
            )
        )
        r.check_no_unknown()

    contact_tree = []
    for index, value in enumerate(f.array("contact_tree")):
        item = Fields({"contact": value}, record, f"contact_tree[{index}]", vocabularies)
        contact_id = item.identifier("contact")
        contact_tree.append(contact_id)
    if len(set(contact_tree)) != len(contact_tree):
        raise f.fail("contact_tree", "lists the same contact twice")

    c = f.object("check_in")
    escalation = []
    for step in c.objects("escalation"):
        after = step.required_integer("after_minutes", minimum=0, maximum=60 * 24 * 60)
        escalation.append(
            EscalationStep(
                after, step.text("action", required=True), step.optional_identifier("contact")
            )
        )
        step.check_no_unknown()
    times = [s.after_minutes for s in escalation]
    if times != sorted(times):
        raise c.fail("escalation", "steps must be in the order they happen")
    grace = c.integer("grace_minutes", minimum=0, maximum=60 * 24 * 7, default=30)
    check_in = CheckIn(
        contact=c.optional_identifier("contact"),
        schedule=c.text("schedule"),
        channel=c.optional_key("channel", "channel_types"),
        grace_minutes=grace,
        escalation=escalation,
    )
    c.check_no_unknown()

    reviews = []
    for r in f.objects("review_log"):
        day = r.day("date")
        if day is None:
            raise r.fail("date", "is missing")
        reviews.append(Review(day, r.text("by", limit=MAX_SHORT), r.text("note")))
        r.check_no_unknown()

    version = f.integer("version", minimum=1, maximum=1_000_000, default=1)
    plan = SafetyPlan(
        id=plan_id,
        title=f.text("title", required=True, limit=MAX_SHORT),
        owner=f.text("owner", limit=MAX_SHORT),
        version=version,
        last_reviewed=f.day("last_reviewed"),
        next_review=f.day("next_review"),
        review_triggers=f.text("review_triggers"),
        sections=sections,
        risks=risks,
        contact_tree=contact_tree,
        check_in=check_in,
        review_log=reviews,
        created_at=f.timestamp("created_at"),
        updated_at=f.timestamp("updated_at"),
    )
    f.check_no_unknown()
    return plan
