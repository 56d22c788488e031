"""Full-text search over what actors said (statement text).

On SQLite the search runs on an FTS5 index, ``statements_fts``, built the first time
anyone searches a database and kept current afterwards by triggers on ``statements``
(insert, update and delete, including cascades from a removed article). The index sits
beside the schema rather than in a migration: it is a cache that can always be
rebuilt from ``statements``, and a database nobody searches never pays for it.

Words are stemmed (Porter), accents ignored, every word must occur, and the last one
may be the start of a word ("ceasef" finds "ceasefire"); hits are ranked by BM25.
Elsewhere (PostgreSQL), or when the index cannot be built (SQLite without FTS5, a
read-only file), every word must occur as a case-insensitive substring, newest first.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import (
    Column,
    Engine,
    Float,
    MetaData,
    Select,
    Table,
    Text,
    and_,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import OperationalError

from stancemap.store.schema import actors, articles, outlets, statements

logger = logging.getLogger(__name__)

FTS_TABLE = "statements_fts"
_WORD = re.compile(r"\w+")
# The index as SQLAlchemy sees it, for queries only: it is created by ``ensure_index``,
# in a MetaData of its own so that it never joins the schema or its migrations.
_FTS = Table(
    FTS_TABLE,
    MetaData(),
    Column("statement_id", Text),
    Column("text", Text),
    Column("rank", Float),
)
_CREATE_INDEX = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "statement_id UNINDEXED, text, tokenize = 'porter unicode61 remove_diacritics 2')",
    f"INSERT INTO {FTS_TABLE} (statement_id, text) SELECT id, text FROM statements",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_insert AFTER INSERT ON statements BEGIN "
    f"INSERT INTO {FTS_TABLE} (statement_id, text) VALUES (new.id, new.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_delete AFTER DELETE ON statements BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE statement_id = old.id; END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_update AFTER UPDATE OF id, text ON statements "
    f"BEGIN DELETE FROM {FTS_TABLE} WHERE statement_id = old.id; "
    f"INSERT INTO {FTS_TABLE} (statement_id, text) VALUES (new.id, new.text); END",
)


@dataclass(frozen=True)
class StatementHit:
    """A statement matching a search, with who said it, where and when."""

    statement_id: str
    article_id: str
    article_title: str | None
    outlet: str | None
    published: date | None
    said_on: date | None
    actor_id: int | None
    actor_name: str | None
    speaker_name: str | None
    kind: str
    cue: str | None
    text: str
    start: int
    end: int

    @property
    def when(self) -> date | None:
        return self.said_on or self.published


@dataclass(frozen=True)
class SearchResult:
    """One page of hits, the total number of hits, and how they were found."""

    total: int
    hits: tuple[StatementHit, ...]
    method: Literal["fts5", "substring"]


def search_words(query: str) -> list[str]:
    """The words of a query; punctuation and operators are not special."""
    return _WORD.findall(query)


def search_statements(engine: Engine, query: str, *, limit: int, offset: int = 0) -> SearchResult:
    """Statements containing every word of ``query``, best first."""
    words = search_words(query)
    if engine.dialect.name == "sqlite" and ensure_index(engine):
        if not words:
            return SearchResult(0, (), "fts5")
        with engine.connect() as connection:
            return _search_fts(connection, words, limit=limit, offset=offset)
    if not words:
        return SearchResult(0, (), "substring")
    with engine.connect() as connection:
        return _search_substring(connection, words, limit=limit, offset=offset)


def ensure_index(engine: Engine) -> bool:
    """Build the FTS5 index if the database has none; False if it cannot be built."""
    with engine.connect() as connection:
        if _has_index(connection):
            return True
    try:
        with engine.begin() as connection:
            if not _has_index(connection):
                for statement in _CREATE_INDEX:
                    connection.exec_driver_sql(statement)
                logger.info("built the full-text index %s", FTS_TABLE)
    except OperationalError as exc:
        logger.warning("full-text index unavailable (%s); searching by substring", exc.orig)
        return False
    return True


def _has_index(connection: Connection) -> bool:
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


def _match_expression(words: list[str]) -> str:
    """An FTS5 query: every word as a phrase (so none is an operator), the last a prefix."""
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _hits_query() -> Select[Any]:
    return (
        select(
            statements.c.id.label("statement_id"),
            statements.c.article_id,
            articles.c.title.label("article_title"),
            outlets.c.name.label("outlet"),
            articles.c.published,
            statements.c.said_on,
            statements.c.actor_id,
            actors.c.name.label("actor_name"),
            statements.c.speaker_name,
            statements.c.kind,
            statements.c.cue,
            statements.c.text,
            statements.c.start,
            statements.c.end,
        )
        .join(articles, articles.c.id == statements.c.article_id)
        .outerjoin(outlets, outlets.c.id == articles.c.outlet_id)
        .outerjoin(actors, actors.c.id == statements.c.actor_id)
    )


def _search_fts(
    connection: Connection, words: list[str], *, limit: int, offset: int
) -> SearchResult:
    matched = (
        select(_FTS.c.statement_id, _FTS.c.rank)
        .where(literal_column(FTS_TABLE).op("MATCH")(_match_expression(words)))
        .subquery("matched")
    )
    joined = matched.join(statements, statements.c.id == matched.c.statement_id)
    total = connection.scalar(select(func.count()).select_from(joined))
    query = (
        _hits_query()
        .join(matched, matched.c.statement_id == statements.c.id)
        .order_by(matched.c.rank, statements.c.id)
        .limit(limit)
        .offset(offset)
    )
    rows = connection.execute(query)
    return SearchResult(int(total or 0), tuple(_hit(row) for row in rows), "fts5")


def _search_substring(
    connection: Connection, words: list[str], *, limit: int, offset: int
) -> SearchResult:
    condition = and_(*(statements.c.text.icontains(word, autoescape=True) for word in words))
    total = connection.scalar(select(func.count()).select_from(statements).where(condition))
    query = (
        _hits_query()
        .where(condition)
        .order_by(articles.c.published.desc().nulls_last(), statements.c.id)
        .limit(limit)
        .offset(offset)
    )
    rows = connection.execute(query)
    return SearchResult(int(total or 0), tuple(_hit(row) for row in rows), "substring")


def _hit(row: Row[Any]) -> StatementHit:
    return StatementHit(
        statement_id=row.statement_id,
        article_id=row.article_id,
        article_title=row.article_title,
        outlet=row.outlet,
        published=row.published,
        said_on=row.said_on,
        actor_id=row.actor_id,
        actor_name=row.actor_name,
        speaker_name=row.speaker_name,
        kind=row.kind,
        cue=row.cue,
        text=row.text,
        start=row.start,
        end=row.end,
    )
