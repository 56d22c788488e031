"""What-if: given assumed facts, whose stated conditions are met?

Users assume facts by condition type ("ceasefire=yes", "allied_action=yes"; a few
plain-language aliases such as "allies_join" are accepted). An actor whose latest
position is conditional would support the issue once every one of its conditions
is assumed true; conditions of type "other" can never be assumed met, because we
cannot know what they require.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from stancemap.errors import ConfigError
from stancemap.models import CONDITION_TYPES
from stancemap.store.rows import MatrixRow

ALIASES: dict[str, str] = {
    "ceasefire": "ceasefire",
    "peace_deal": "ceasefire",
    "peace": "ceasefire",
    "truce": "ceasefire",
    "allied_action": "allied_action",
    "allies_join": "allied_action",
    "allies": "allied_action",
    "collective_action": "allied_action",
    "adversary_advance": "adversary_advance",
    "breakthrough": "adversary_advance",
    "escalation": "adversary_advance",
    "legislative_approval": "legislative_approval",
    "parliament_approves": "legislative_approval",
    "parliament": "legislative_approval",
    "mandate": "mandate",
    "un_mandate": "mandate",
    "host_request": "host_request",
    "host_requests": "host_request",
    "request": "host_request",
}
_YES = {"yes", "y", "true", "1", "on"}
_NO = {"no", "n", "false", "0", "off"}


@dataclass(frozen=True)
class ActorOutcome:
    """One actor under the assumptions, with the evidence of its position."""

    actor_id: int | None
    actor_name: str
    stance: str
    met: tuple[str, ...]
    unmet: tuple[str, ...]
    evidence: str
    article_id: str
    start: int
    end: int
    derived: bool


@dataclass(frozen=True)
class WhatIf:
    """Who would support, who still waits on conditions, who opposes."""

    issue_id: str
    assumptions: dict[str, bool]
    would_support: tuple[ActorOutcome, ...]
    conditions_unmet: tuple[ActorOutcome, ...]
    opposed: tuple[ActorOutcome, ...]
    neutral: tuple[ActorOutcome, ...]


class MatrixSource(Protocol):
    def matrix(self, issue_id: str) -> list[MatrixRow]: ...


def parse_assumptions(items: Iterable[str]) -> dict[str, bool]:
    """ "ceasefire=yes" → {"ceasefire": True}; bad input names the valid choices."""
    assumptions: dict[str, bool] = {}
    for item in items:
        name, sep, value = item.partition("=")
        key = ALIASES.get(name.strip().lower().replace("-", "_"))
        if not sep or key is None:
            raise ConfigError(
                f"cannot read assumption {item!r}: write TYPE=yes|no with TYPE one of "
                f"{', '.join(CONDITION_TYPES[:-1])} (or an alias: {', '.join(sorted(ALIASES))})"
            )
        flag = value.strip().lower()
        if flag not in _YES | _NO:
            raise ConfigError(f"cannot read assumption {item!r}: the value must be yes or no")
        assumptions[key] = flag in _YES
    return assumptions


def evaluate(issue_id: str, rows: Sequence[MatrixRow], assumptions: Mapping[str, bool]) -> WhatIf:
    """Sort each actor's latest position on the issue under ``assumptions``."""
    support: list[ActorOutcome] = []
    unmet: list[ActorOutcome] = []
    opposed: list[ActorOutcome] = []
    neutral: list[ActorOutcome] = []
    for row in rows:
        types = tuple(sorted({c.type for c in row.conditions}))
        met = tuple(t for t in types if assumptions.get(t) is True and t != "other")
        missing = tuple(t for t in types if t not in met)
        outcome = ActorOutcome(
            row.actor_id,
            row.actor_name,
            row.stance,
            met,
            missing,
            row.evidence,
            row.article_id,
            row.start,
            row.end,
            row.derived,
        )
        if row.stance == "support" or (row.stance == "conditional" and not missing):
            support.append(outcome)
        elif row.stance == "conditional":
            unmet.append(outcome)
        elif row.stance == "oppose":
            opposed.append(outcome)
        else:
            neutral.append(outcome)
    return WhatIf(
        issue_id, dict(assumptions), tuple(support), tuple(unmet), tuple(opposed), tuple(neutral)
    )


def evaluate_issue(store: MatrixSource, issue_id: str, assumptions: Mapping[str, bool]) -> WhatIf:
    """``evaluate`` on the stored matrix of ``issue_id``."""
    return evaluate(issue_id, store.matrix(issue_id), assumptions)
