"""What the store's queries return, as frozen dataclasses.

Queries hand back plain records rather than SQLAlchemy rows so that callers (CLI, API,
exports) never depend on the database layer, and so a row can be compared, hashed and
cached like any other value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal


@dataclass(frozen=True)
class RoleRow:
    """A title an actor was reported to hold, with the article that reported it."""

    title: str
    of: str | None
    tense: str
    reported_on: date | None
    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorRow:
    """One global actor, merged across articles, with how much evidence it has."""

    id: int
    name: str
    type: str
    country: str | None
    current_role: RoleRow | None
    aliases: tuple[str, ...]
    roles: tuple[RoleRow, ...]
    members: tuple[int, ...]
    mentions: int
    statements: int
    positions: int


def same_role_reports(roles: Sequence[RoleRow]) -> list[list[RoleRow]]:
    """Reports of one role grouped, in history order, so a role shows once with every citation."""
    groups: dict[tuple[str, str | None, str], list[RoleRow]] = {}
    for role in roles:
        groups.setdefault((role.title.casefold(), role.of, role.tense), []).append(role)
    return list(groups.values())


@dataclass(frozen=True)
class ConditionRow:
    """A condition on a position: its normalised type and the span that states it."""

    type: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class HistoryRow:
    """One statement or position of an actor, placed in time and cited to its article.

    ``said_on`` is the date the text gives for it; ``published`` the article's date.
    ``when`` is what timelines sort on: the former, else the latter.
    """

    kind: Literal["statement", "position"]
    said_on: date | None
    published: date | None
    article_id: str
    article_title: str | None
    outlet: str | None
    start: int
    end: int
    evidence: str
    statement_id: str | None
    statement_kind: str | None
    cue: str | None
    issue_id: str | None
    stance: str | None
    hedged: bool | None
    confidence: float | None
    conditions: tuple[ConditionRow, ...]
    derived_from: int | None

    @property
    def when(self) -> date | None:
        return self.said_on or self.published


@dataclass(frozen=True)
class MatrixRow:
    """An actor's latest position on one issue: a cell of the actor x issue matrix.

    ``actor_id`` is None for a position whose holder the extraction could not tie to
    an entity; such positions are grouped by ``actor_name``.
    """

    actor_id: int | None
    actor_name: str
    actor_type: str | None
    issue_id: str
    stance: str
    hedged: bool
    confidence: float
    conditions: tuple[ConditionRow, ...]
    said_on: date | None
    published: date | None
    article_id: str
    article_title: str | None
    outlet: str | None
    evidence: str
    start: int
    end: int
    statement_id: str | None
    derived: bool
    derived_from: int | None

    @property
    def when(self) -> date | None:
        return self.said_on or self.published


@dataclass(frozen=True)
class ArticleRow:
    """A stored article, with the text every evidence span indexes into."""

    id: str
    title: str | None
    url: str | None
    canonical_url: str | None
    outlet: str | None
    published: date | None
    language: str
    source: str | None
    content_hash: str
    ingested_at: datetime
    text: str
