"""The records stancemap produces, as frozen dataclasses.

Every record that stands for evidence carries ``start``/``end``: Python ``str``
offsets into the article's *original* text (before normalisation), so that
``article.text[start:end]`` is exactly the evidence a user can cite.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

EntityType = Literal["person", "country", "organization", "media", "place", "group"]
StatementKind = Literal["direct", "indirect"]
Stance = Literal["support", "oppose", "conditional", "neutral"]
ConditionType = Literal[
    "ceasefire",
    "allied_action",
    "adversary_advance",
    "legislative_approval",
    "mandate",
    "host_request",
    "other",
]
RoleTense = Literal["current", "past", "unknown"]

CONDITION_TYPES: tuple[ConditionType, ...] = (
    "ceasefire",
    "allied_action",
    "adversary_advance",
    "legislative_approval",
    "mandate",
    "host_request",
    "other",
)


def content_hash(text: str) -> str:
    """Hash of the whitespace-collapsed text: the identity of an article's content."""
    collapsed = " ".join(text.split())
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article as read, before any analysis."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    source: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Role:
    """A title an actor holds, as the text reports it ("Latvian Foreign Minister")."""

    title: str
    of: str | None
    start: int
    end: int
    reported_on: date | None = None
    tense: RoleTense = "unknown"


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an entity."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """An actor (person, country, organisation, outlet) or place found in one article."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    country: str | None = None
    members: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Speaker:
    """Who a statement is attributed to; ``entity`` is None when nobody is named."""

    name: str | None
    entity: str | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Part:
    """One contiguous piece of a statement split by its attribution."""

    start: int
    end: int


@dataclass(frozen=True)
class Statement:
    """Something an actor said, quoted (direct) or reported (indirect)."""

    id: str
    speaker: Speaker
    kind: StatementKind
    cue: str | None
    start: int
    end: int
    text: str
    cue_start: int | None = None
    cue_end: int | None = None
    said_on: date | None = None
    via: str | None = None
    parts: tuple[Part, ...] = ()
    fragment: bool = False


@dataclass(frozen=True)
class Condition:
    """A condition attached to a position, as typed span of the original text."""

    type: ConditionType
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorRef:
    """A pointer from a position to the actor holding it."""

    name: str
    entity: str | None


@dataclass(frozen=True)
class Position:
    """An actor's stance on an issue, drawn from one statement or report sentence."""

    actor: ActorRef
    issue: str
    stance: Stance
    start: int
    end: int
    conditions: tuple[Condition, ...] = ()
    hedged: bool = False
    confidence: float = 0.5
    statement: str | None = None
    derived_from: str | None = None
    said_on: date | None = None


@dataclass(frozen=True)
class SourceCited:
    """An outlet or document a statement is attributed through ("told Reuters")."""

    name: str
    type: EntityType
    start: int
    end: int
    statement: str | None = None
    entity: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text, resolved against the publication date."""

    text: str
    start: int
    end: int
    value: date | None
    granularity: Literal["day", "month", "year"] = "day"


@dataclass(frozen=True)
class Issue:
    """A question users follow, defined in the issues TOML file."""

    id: str
    question: str
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article: the extraction contract's document."""

    article: Article
    language: str
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    positions: tuple[Position, ...] = ()
    sources_cited: tuple[SourceCited, ...] = ()
    dates: tuple[DateMention, ...] = field(default_factory=tuple)

    def to_contract(self) -> dict[str, Any]:
        """Render as the JSON object of the extraction contract (SPEC.md)."""
        from stancemap.contract import to_contract

        return to_contract(self)
