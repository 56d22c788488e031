"""Reading positions and statements back in time: an actor's history, an issue's matrix.

Both answer "who said what, when, where" with citations, so every row carries the
article, its outlet and the evidence, cut from the stored article text with the row's
own offsets (``substr`` counts characters on SQLite and PostgreSQL alike, so the
evidence is exactly ``article.text[start:end]``).

A statement's or position's date is the one the text gives (``said_on``), else the
article's publication date; a position without its own date takes its statement's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, select
from sqlalchemy.engine import Connection

from stancemap.errors import NotFound
from stancemap.store.actor_queries import get_actor
from stancemap.store.keys import name_key
from stancemap.store.rows import ConditionRow, HistoryRow, MatrixRow
from stancemap.store.schema import (
    actors,
    articles,
    conditions,
    issues,
    outlets,
    positions,
    statements,
)

_KIND_ORDER = {"statement": 0, "position": 1}


def _evidence(start: Any, end: Any) -> ColumnElement[str]:
    """The article's text from ``start`` to ``end``, in SQL (substr is 1-based)."""
    return func.substr(articles.c.text, start + 1, end - start).label("evidence")


def _cited(query: Select[Any], article_id: Any) -> Select[Any]:
    """Join the article and its outlet, for titles, dates and outlet names."""
    return query.join(articles, articles.c.id == article_id).outerjoin(
        outlets, outlets.c.id == articles.c.outlet_id
    )


def _article_columns() -> tuple[Any, ...]:
    return (
        articles.c.title.label("article_title"),
        articles.c.published,
        articles.c.ingested_at,
        outlets.c.name.label("outlet"),
    )


def _positions_query() -> Select[Any]:
    """Positions with their article, outlet, evidence and their statement's date."""
    query = select(
        positions,
        statements.c.said_on.label("statement_said_on"),
        _evidence(positions.c.start, positions.c.end),
        *_article_columns(),
    )
    return _cited(query, positions.c.article_id).outerjoin(
        statements, statements.c.id == positions.c.statement_id
    )


def _conditions_by_position(
    connection: Connection, *where: ColumnElement[bool]
) -> dict[int, tuple[ConditionRow, ...]]:
    """Conditions of the positions ``where`` selects, in the order they were extracted."""
    query = (
        select(conditions)
        .join(positions, positions.c.id == conditions.c.position_id)
        .where(*where)
        .order_by(conditions.c.id)
    )
    found: defaultdict[int, tuple[ConditionRow, ...]] = defaultdict(tuple)
    for row in connection.execute(query):
        found[row.position_id] += (ConditionRow(row.type, row.text, row.start, row.end),)
    return found


def actor_history(connection: Connection, actor_id: int) -> list[HistoryRow]:
    """Every statement and position of the actor, oldest first; undated ones last."""
    get_actor(connection, actor_id)
    keyed: list[tuple[tuple[Any, ...], HistoryRow]] = []
    said = _cited(
        select(statements, _evidence(statements.c.start, statements.c.end), *_article_columns()),
        statements.c.article_id,
    ).where(statements.c.actor_id == actor_id)
    for row in connection.execute(said):
        keyed.append((_order(row, row.said_on, "statement"), _statement_history(row)))
    held = _positions_query().where(positions.c.actor_id == actor_id)
    found_conditions = _conditions_by_position(connection, positions.c.actor_id == actor_id)
    for row in connection.execute(held):
        history = _position_history(row, found_conditions.get(row.id, ()))
        keyed.append((_order(row, history.said_on, "position"), history))
    return [history for _, history in sorted(keyed, key=lambda item: item[0])]


def _order(row: Row[Any], said_on: date | None, kind: str) -> tuple[Any, ...]:
    """Sort key: date (undated last), then arrival order, then place in the article.

    At one place, the statement comes before the position drawn from it.
    """
    when = said_on or row.published
    ingested: datetime = row.ingested_at
    return (when is None, when or date.min, ingested, row.article_id, row.start, _KIND_ORDER[kind])


def _statement_history(row: Row[Any]) -> HistoryRow:
    return HistoryRow(
        kind="statement",
        said_on=row.said_on,
        published=row.published,
        article_id=row.article_id,
        article_title=row.article_title,
        outlet=row.outlet,
        start=row.start,
        end=row.end,
        evidence=row.evidence,
        statement_id=row.id,
        statement_kind=row.kind,
        cue=row.cue,
        issue_id=None,
        stance=None,
        hedged=None,
        confidence=None,
        conditions=(),
        derived_from=None,
    )


def _position_history(row: Row[Any], found: tuple[ConditionRow, ...]) -> HistoryRow:
    return HistoryRow(
        kind="position",
        said_on=row.said_on or row.statement_said_on,
        published=row.published,
        article_id=row.article_id,
        article_title=row.article_title,
        outlet=row.outlet,
        start=row.start,
        end=row.end,
        evidence=row.evidence,
        statement_id=row.statement_id,
        statement_kind=None,
        cue=None,
        issue_id=row.issue_id,
        stance=row.stance,
        hedged=row.hedged,
        confidence=row.confidence,
        conditions=found,
        derived_from=row.derived_from,
    )


def matrix(connection: Connection, issue_id: str) -> list[MatrixRow]:
    """Each actor's latest position on ``issue_id``, ordered by actor name.

    Positions whose holder is no stored actor are grouped by the holder's name key.
    NotFound if the issue is neither saved nor used by any position.
    """
    _require_issue(connection, issue_id)
    source = actors.alias("source")
    query = _positions_query().add_columns(
        actors.c.name.label("actor_stored_name"),
        actors.c.type.label("actor_type"),
        source.c.type.label("derived_from_type"),
    )
    query = (
        query.outerjoin(actors, actors.c.id == positions.c.actor_id)
        .outerjoin(source, source.c.id == positions.c.derived_from)
        .where(positions.c.issue_id == issue_id)
    )
    latest = _latest_per_holder(connection.execute(query))
    found = _conditions_by_position(connection, positions.c.issue_id == issue_id)
    cells = [_matrix_row(row, found.get(row.id, ())) for row in latest]
    return sorted(cells, key=lambda cell: (cell.actor_name.casefold(), cell.actor_id or 0))


_STANCE_SPECIFICITY = {"conditional": 3, "oppose": 2, "support": 1, "neutral": 0}


def _latest_per_holder(rows: Iterable[Row[Any]]) -> list[Row[Any]]:
    """Of each holder's positions, the one said last (dated beats undated).

    Among positions of the same date, or all undated, arrival order says nothing
    about time, so the most telling one stands: a conditional position states the
    terms of the support voiced around it, and the actor's own words (or its
    minister's) outrank what a report says of a group it belongs to.

    The holder is the stored actor, or for a position tied to no entity, its name key.
    """
    latest: dict[tuple[str, object], tuple[tuple[Any, ...], Row[Any]]] = {}
    for row in rows:
        holder: tuple[str, object] = (
            ("actor", row.actor_id)
            if row.actor_id is not None
            else ("name", name_key(row.actor_name))
        )
        when = row.said_on or row.statement_said_on or row.published
        order = (
            when is not None,
            when or date.min,
            _STANCE_SPECIFICITY.get(row.stance, 0),
            _directness(row.derived_from, row.derived_from_type),
            row.ingested_at,
            row.confidence,
            row.id,
        )
        if holder not in latest or order > latest[holder][0]:
            latest[holder] = (order, row)
    return [row for _, row in latest.values()]


def _directness(derived_from: int | None, source_type: str | None) -> int:
    """2 for the actor's own position, 1 when its spokesperson's, 0 when a group's."""
    if derived_from is None:
        return 2
    return 0 if source_type == "group" else 1


def _matrix_row(row: Row[Any], found: tuple[ConditionRow, ...]) -> MatrixRow:
    return MatrixRow(
        actor_id=row.actor_id,
        actor_name=row.actor_stored_name or row.actor_name,
        actor_type=row.actor_type,
        issue_id=row.issue_id,
        stance=row.stance,
        hedged=row.hedged,
        confidence=row.confidence,
        conditions=found,
        said_on=row.said_on or row.statement_said_on,
        published=row.published,
        article_id=row.article_id,
        article_title=row.article_title,
        outlet=row.outlet,
        evidence=row.evidence,
        start=row.start,
        end=row.end,
        statement_id=row.statement_id,
        derived=row.derived_from is not None,
        derived_from=row.derived_from,
    )


def _require_issue(connection: Connection, issue_id: str) -> None:
    """NotFound for an issue nobody defined or took a position on, listing the known ones."""
    saved = set(connection.scalars(select(issues.c.id)))
    used = set(connection.scalars(select(positions.c.issue_id).distinct()))
    if issue_id in saved | used:
        return
    known = ", ".join(sorted(saved | used)) or "none yet"
    raise NotFound(f"no issue {issue_id!r}; known issues: {known}")
