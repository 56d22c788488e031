"""Reading articles, issues and totals back from the store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.engine import Connection

from stancemap.errors import NotFound
from stancemap.models import Issue
from stancemap.store.rows import ArticleRow
from stancemap.store.schema import actors, articles, issues, outlets, positions, statements

_COUNTED = {
    "articles": articles,
    "actors": actors,
    "statements": statements,
    "positions": positions,
    "outlets": outlets,
    "issues": issues,
}


def list_issues(connection: Connection) -> list[Issue]:
    """Saved issues, by id."""
    rows = connection.execute(select(issues).order_by(issues.c.id))
    return [Issue(row.id, row.question, tuple(json.loads(row.terms))) for row in rows]


def list_articles(
    connection: Connection, *, limit: int | None = None, offset: int = 0
) -> list[ArticleRow]:
    """Articles by publication date (undated last), then in the order they arrived."""
    query = (
        _articles_query()
        .order_by(articles.c.published.is_(None), articles.c.published, articles.c.ingested_at)
        .order_by(articles.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [_article_row(row) for row in connection.execute(query)]


def get_article(connection: Connection, article_id: str) -> ArticleRow:
    """One article by id; NotFound if it was never stored."""
    row = connection.execute(_articles_query().where(articles.c.id == article_id)).first()
    if row is None:
        raise NotFound(f"no article with id {article_id!r}; list articles to see the ids")
    return _article_row(row)


def count_rows(connection: Connection) -> dict[str, int]:
    """How many articles, actors, statements, positions, outlets and issues are stored."""
    return {
        name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for name, table in _COUNTED.items()
    }


def _articles_query() -> Select[Any]:
    return select(articles, outlets.c.name.label("outlet")).outerjoin(
        outlets, outlets.c.id == articles.c.outlet_id
    )


def _article_row(row: Row[Any]) -> ArticleRow:
    return ArticleRow(
        id=row.id,
        title=row.title,
        url=row.url,
        canonical_url=row.canonical_url,
        outlet=row.outlet,
        published=row.published,
        language=row.language,
        source=row.source,
        content_hash=row.content_hash,
        ingested_at=_as_utc(row.ingested_at),
        text=row.text,
    )


def _as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; we stored UTC, so say so."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
