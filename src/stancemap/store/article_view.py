"""Reading one article back with everything found in it, for the article page and API.

An article's view is its text plus every span stored against it: statements (with
speaker and cue spans), positions (with their conditions), sources cited and actor
mentions. All offsets index the stored original text, so a reader can highlight
``text[start:end]`` without looking anything up again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Connection

from stancemap.store.queries import get_article
from stancemap.store.rows import ArticleRow, ConditionRow
from stancemap.store.schema import (
    actors,
    conditions,
    mentions,
    positions,
    sources_cited,
    statements,
)


@dataclass(frozen=True)
class StatementView:
    """A statement of the article, with the spans of its speaker, cue and parts."""

    id: str
    actor_id: int | None
    actor_name: str | None
    speaker_name: str | None
    speaker_start: int | None
    speaker_end: int | None
    kind: str
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    start: int
    end: int
    text: str
    said_on: date | None
    via: str | None
    parts: tuple[tuple[int, int], ...]
    fragment: bool


@dataclass(frozen=True)
class PositionView:
    """A position drawn from the article, with its conditions."""

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
    conditions: tuple[ConditionRow, ...]


@dataclass(frozen=True)
class SourceView:
    """An outlet or document a statement of the article was attributed through."""

    name: str
    type: str
    start: int
    end: int
    statement_id: str | None
    actor_id: int | None


@dataclass(frozen=True)
class MentionView:
    """A stretch of the article's text naming a stored actor."""

    actor_id: int
    actor_name: str
    actor_type: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ArticleView:
    """An article and every span extracted from it, each list in text order."""

    article: ArticleRow
    statements: tuple[StatementView, ...]
    positions: tuple[PositionView, ...]
    sources: tuple[SourceView, ...]
    mentions: tuple[MentionView, ...]


def article_view(connection: Connection, article_id: str) -> ArticleView:
    """The article ``article_id`` with its spans; NotFound if it was never stored."""
    article = get_article(connection, article_id)
    return ArticleView(
        article=article,
        statements=_statements(connection, article_id),
        positions=_positions(connection, article_id),
        sources=_sources(connection, article_id),
        mentions=_mentions(connection, article_id),
    )


def _statements(connection: Connection, article_id: str) -> tuple[StatementView, ...]:
    query = (
        select(statements, actors.c.name.label("actor_stored_name"))
        .outerjoin(actors, actors.c.id == statements.c.actor_id)
        .where(statements.c.article_id == article_id)
        .order_by(statements.c.start, statements.c.id)
    )
    return tuple(
        StatementView(
            id=row.id,
            actor_id=row.actor_id,
            actor_name=row.actor_stored_name,
            speaker_name=row.speaker_name,
            speaker_start=row.speaker_start,
            speaker_end=row.speaker_end,
            kind=row.kind,
            cue=row.cue,
            cue_start=row.cue_start,
            cue_end=row.cue_end,
            start=row.start,
            end=row.end,
            text=row.text,
            said_on=row.said_on,
            via=row.via,
            parts=tuple((int(a), int(b)) for a, b in json.loads(row.parts or "[]")),
            fragment=row.fragment,
        )
        for row in connection.execute(query)
    )


def _positions(connection: Connection, article_id: str) -> tuple[PositionView, ...]:
    found: dict[int, list[ConditionRow]] = {}
    condition_query = (
        select(conditions)
        .join(positions, positions.c.id == conditions.c.position_id)
        .where(positions.c.article_id == article_id)
        .order_by(conditions.c.id)
    )
    for row in connection.execute(condition_query):
        found.setdefault(row.position_id, []).append(
            ConditionRow(row.type, row.text, row.start, row.end)
        )
    query = (
        select(positions, actors.c.name.label("actor_stored_name"))
        .outerjoin(actors, actors.c.id == positions.c.actor_id)
        .where(positions.c.article_id == article_id)
        .order_by(positions.c.start, positions.c.id)
    )
    return tuple(
        PositionView(
            id=row.id,
            statement_id=row.statement_id,
            actor_id=row.actor_id,
            actor_name=row.actor_stored_name or row.actor_name,
            issue_id=row.issue_id,
            stance=row.stance,
            hedged=row.hedged,
            confidence=row.confidence,
            start=row.start,
            end=row.end,
            said_on=row.said_on,
            derived_from=row.derived_from,
            conditions=tuple(found.get(row.id, ())),
        )
        for row in connection.execute(query)
    )


def _sources(connection: Connection, article_id: str) -> tuple[SourceView, ...]:
    query = (
        select(sources_cited)
        .where(sources_cited.c.article_id == article_id)
        .order_by(sources_cited.c.start, sources_cited.c.id)
    )
    return tuple(
        SourceView(
            name=row.name,
            type=row.type,
            start=row.start,
            end=row.end,
            statement_id=row.statement_id,
            actor_id=row.actor_id,
        )
        for row in connection.execute(query)
    )


def _mentions(connection: Connection, article_id: str) -> tuple[MentionView, ...]:
    query = (
        select(mentions, actors.c.name.label("actor_name"), actors.c.type.label("actor_type"))
        .join(actors, actors.c.id == mentions.c.actor_id)
        .where(mentions.c.article_id == article_id)
        .order_by(mentions.c.start, mentions.c.id)
    )
    return tuple(
        MentionView(
            actor_id=row.actor_id,
            actor_name=row.actor_name,
            actor_type=row.actor_type,
            start=row.start,
            end=row.end,
            text=row.text,
        )
        for row in connection.execute(query)
    )
