"""Evidence: statements, positions and their conditions, sources cited, mentions."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from stancemap.api.models.common import Public


class ConditionPublic(Public):
    """A condition on a position: its normalised type and the span stating it."""

    type: str = Field(description="ceasefire, allied_action, adversary_advance, ... or other")
    text: str
    start: int
    end: int


class StatementPublic(Public):
    """Something an actor said in an article, with the spans of speaker and cue."""

    id: str
    actor_id: int | None
    actor_name: str | None
    speaker_name: str | None
    speaker_start: int | None
    speaker_end: int | None
    kind: str = Field(description="direct (quoted) or indirect (reported)")
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    start: int
    end: int
    text: str
    said_on: date | None
    via: str | None
    parts: list[tuple[int, int]]
    fragment: bool


class PositionPublic(Public):
    """A stance on an issue drawn from an article, with its conditions."""

    id: int
    statement_id: str | None
    actor_id: int | None
    actor_name: str
    issue_id: str
    stance: str
    hedged: bool
    confidence: float
    start: int
    end: int
    said_on: date | None
    derived_from: int | None
    conditions: list[ConditionPublic]


class SourcePublic(Public):
    """An outlet or document a statement was attributed through."""

    name: str
    type: str
    start: int
    end: int
    statement_id: str | None
    actor_id: int | None


class MentionPublic(Public):
    """A stretch of an article's text naming a stored actor."""

    actor_id: int
    actor_name: str
    actor_type: str
    start: int
    end: int
    text: str


class HistoryEntryPublic(Public):
    """A statement or position of one actor, placed in time and cited to its article."""

    kind: str = Field(description="statement or position")
    when: date | None = Field(description="said_on, else the article's publication date")
    said_on: date | None
    published: date | None
    article_id: str
    article_title: str | None
    outlet: str | None
    start: int
    end: int
    evidence: str = Field(description="The article's text from start to end")
    statement_id: str | None
    statement_kind: str | None
    cue: str | None
    issue_id: str | None
    stance: str | None
    hedged: bool | None
    confidence: float | None
    conditions: list[ConditionPublic]
    derived_from: int | None


class StatementHitPublic(Public):
    """A statement matching a search, with who said it, where and when."""

    statement_id: str
    article_id: str
    article_title: str | None
    outlet: str | None
    published: date | None
    said_on: date | None
    when: date | None
    actor_id: int | None
    actor_name: str | None
    speaker_name: str | None
    kind: str
    cue: str | None
    text: str
    start: int
    end: int
