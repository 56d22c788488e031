"""Issues, their stance matrix, shifts over time and what-if outcomes."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from stancemap.api.models.common import Public
from stancemap.api.models.statements import ConditionPublic


class IssueBase(BaseModel):
    """The question an issue follows and the words that hint at it."""

    question: str
    terms: list[str]


class IssuePublic(IssueBase, Public):
    """A saved issue."""

    id: str


class MatrixCellPublic(Public):
    """An actor's latest position on the issue: stance, conditions, date, evidence."""

    actor_id: int | None
    actor_name: str
    actor_type: str | None
    stance: str
    hedged: bool
    confidence: float
    conditions: list[ConditionPublic]
    said_on: date | None
    published: date | None
    when: date | None
    article_id: str
    article_title: str | None
    outlet: str | None
    evidence: str
    start: int
    end: int
    statement_id: str | None
    derived: bool = Field(description="Held by a state because its representative spoke.")
    derived_from: int | None


class MatrixPublic(BaseModel):
    """The issue's actor × stance matrix, one cell per actor."""

    issue: IssuePublic
    total: int
    items: list[MatrixCellPublic]


class TimelineEntryPublic(Public):
    """One reported position in an actor's timeline on an issue."""

    when: date | None
    issue_id: str
    stance: str
    condition_types: list[str]
    conditions: list[str]
    hedged: bool
    evidence: str
    article_id: str
    outlet: str | None
    start: int
    end: int
    statement_id: str | None
    derived: bool


class ShiftPublic(Public):
    """A change of stance or conditions between two reports, both cited."""

    actor_id: int
    actor_name: str
    issue_id: str
    change: str
    before: TimelineEntryPublic
    after: TimelineEntryPublic


class ShiftsPublic(BaseModel):
    """Every shift on an issue, in date order."""

    issue: IssuePublic
    total: int
    items: list[ShiftPublic]


class ActorOutcomePublic(Public):
    """One actor under the assumptions, with the evidence of its position."""

    actor_id: int | None
    actor_name: str
    stance: str
    met: list[str]
    unmet: list[str]
    evidence: str
    article_id: str
    start: int
    end: int
    derived: bool


class WhatIfPublic(Public):
    """Who would support the issue if the assumed facts held, and who still would not."""

    issue_id: str
    assumptions: dict[str, bool]
    would_support: list[ActorOutcomePublic]
    conditions_unmet: list[ActorOutcomePublic]
    opposed: list[ActorOutcomePublic]
    neutral: list[ActorOutcomePublic]
