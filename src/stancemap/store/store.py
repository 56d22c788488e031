"""The ``Store``: the one object the rest of stancemap talks to for persistence.

It owns the engine, migrates the database when opened, and turns database failures
into ``StoreError`` naming the database and what to try, so callers (CLI, API, batch
loops) catch stancemap errors only. Reads and writes live in their own modules
(``writes``, ``actor_queries``, ``history``, ``queries``); this class is their front.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from stancemap.errors import StoreError
from stancemap.models import Extraction, Issue
from stancemap.store import (
    actor_listing,
    actor_queries,
    article_view,
    curation,
    history,
    queries,
    search,
    writes,
)
from stancemap.store.actor_listing import ActorFilter, ActorPage
from stancemap.store.article_view import ArticleView
from stancemap.store.connect import describe, make_engine, to_url
from stancemap.store.migrate import upgrade_to_head
from stancemap.store.rows import ActorRow, ArticleRow, HistoryRow, MatrixRow
from stancemap.store.search import SearchResult

logger = logging.getLogger(__name__)


class Store:
    """A stancemap database: SQLite by default, any SQLAlchemy URL otherwise.

    Make one with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(self, engine: Engine, *, name: str) -> None:
        self._engine = engine
        self._closed = False
        self.name = name

    @classmethod
    def open(cls, url: str | None = None) -> Self:
        """Open (creating and migrating as needed) the database at ``url``.

        ``url`` is a SQLAlchemy URL, a filesystem path (SQLite), ``:memory:``, or None
        for ``stancemap.db`` in the current directory.
        """
        sa_url = to_url(url)
        name = describe(sa_url)
        _check_sqlite_path(sa_url, name)
        engine = make_engine(sa_url)
        try:
            upgrade_to_head(engine, name=name)
        except StoreError:
            engine.dispose()
            raise
        except Exception as exc:
            engine.dispose()
            raise StoreError(_open_failure(name, exc)) from exc
        logger.debug("opened database %s", name)
        return cls(engine, name=name)

    def close(self) -> None:
        """Release every connection; the store cannot be used afterwards."""
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def save_extraction(self, extraction: Extraction) -> bool:
        """Store one article's extraction atomically; False if the article was stored."""
        with self._failing_as(f"saving article {extraction.article.id!r}"):
            return writes.save_extraction(self._engine, extraction)

    def save_issues(self, issues: Sequence[Issue]) -> None:
        """Insert or update issues by id."""
        with self._failing_as("saving issues"):
            writes.save_issues(self._engine, issues)

    def actors(self, type: str | None = None) -> list[ActorRow]:
        """All actors, or those of one type ("person", "country", ...), by name."""
        with self._reading("listing actors") as connection:
            return actor_queries.list_actors(connection, actor_type=type)

    def actor(self, actor_id: int) -> ActorRow:
        """One actor by id; NotFound if there is none."""
        with self._reading(f"reading actor {actor_id}") as connection:
            return actor_queries.get_actor(connection, actor_id)

    def find_actor(self, name: str, *, type: str | None = None) -> ActorRow:
        """The actor ``name`` designates (name, alias, then substring); else NotFound."""
        with self._reading(f"finding actor {name!r}") as connection:
            return actor_queries.find_actor(connection, name, actor_type=type)

    def merge_actors(self, keep: str, drop: str) -> ActorRow:
        """Fold the actor named ``drop`` into the one named ``keep``; the merged actor."""
        with self._failing_as(f"merging {drop!r} into {keep!r}"), self._engine.begin() as conn:
            keep_row = actor_queries.find_actor(conn, keep)
            drop_row = actor_queries.find_actor(conn, drop)
            curation.merge_actors(conn, keep_row.id, drop_row.id)
            return actor_queries.get_actor(conn, keep_row.id)

    def rename_actor(self, old: str, new: str) -> ActorRow:
        """Rename the actor named ``old`` to ``new`` for good; the renamed actor."""
        with self._failing_as(f"renaming {old!r}"), self._engine.begin() as conn:
            row = actor_queries.find_actor(conn, old)
            curation.rename_actor(conn, row.id, new)
            return actor_queries.get_actor(conn, row.id)

    def actor_history(self, actor_id: int) -> list[HistoryRow]:
        """The actor's statements and positions in date order, each cited."""
        with self._reading(f"reading the history of actor {actor_id}") as connection:
            return history.actor_history(connection, actor_id)

    def matrix(self, issue_id: str) -> list[MatrixRow]:
        """Each actor's latest position on the issue, by actor name."""
        with self._reading(f"reading positions on {issue_id!r}") as connection:
            return history.matrix(connection, issue_id)

    def issues(self) -> list[Issue]:
        """The saved issues, by id."""
        with self._reading("listing issues") as connection:
            return queries.list_issues(connection)

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[ArticleRow]:
        """Stored articles by publication date, with their text."""
        with self._reading("listing articles") as connection:
            return queries.list_articles(connection, limit=limit, offset=offset)

    def article(self, article_id: str) -> ArticleRow:
        """One stored article by id; NotFound if there is none."""
        with self._reading(f"reading article {article_id!r}") as connection:
            return queries.get_article(connection, article_id)

    def counts(self) -> dict[str, int]:
        """Row totals: articles, actors, statements, positions, outlets, issues."""
        with self._reading("counting rows") as connection:
            return queries.count_rows(connection)

    def page_actors(self, where: ActorFilter, *, limit: int, offset: int = 0) -> ActorPage:
        """A page of the actors matching ``where`` (type, country, name), with the total."""
        with self._reading("listing actors") as connection:
            return actor_listing.page_actors(connection, where, limit=limit, offset=offset)

    def article_view(self, article_id: str) -> ArticleView:
        """One article with its statements, positions, sources and mentions; else NotFound."""
        with self._reading(f"reading article {article_id!r}") as connection:
            return article_view.article_view(connection, article_id)

    def search_statements(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResult:
        """Statements containing every word of ``query`` (FTS5 on SQLite), best first."""
        with self._failing_as(f"searching statements for {query!r}"):
            return search.search_statements(self._engine, query, limit=limit, offset=offset)

    @contextmanager
    def _failing_as(self, doing: str) -> Iterator[None]:
        """Re-raise database failures as StoreError saying what we were doing, and where."""
        if self._closed:
            raise StoreError(f"{doing}: the store for {self.name} is closed; open it again")
        try:
            yield
        except IntegrityError as exc:
            raise StoreError(
                f"{doing} in database {self.name} failed: {exc.orig}; the extraction holds "
                "duplicate ids or points at records that do not exist"
            ) from exc
        except SQLAlchemyError as exc:
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(
                f"{doing} in database {self.name} failed: {reason}; check that the database "
                "is reachable and writable, and not locked by another program"
            ) from exc

    @contextmanager
    def _reading(self, doing: str) -> Iterator[Connection]:
        with self._failing_as(doing), self._engine.connect() as connection:
            yield connection


def _check_sqlite_path(url: URL, name: str) -> None:
    """Catch the common SQLite mistakes before SQLite's terse "unable to open" does."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if path.is_dir():
        raise StoreError(
            f"database {name} is a directory; pass a file path such as {path / 'stancemap.db'}"
        )
    if not path.parent.is_dir():
        raise StoreError(
            f"cannot create database {name}: directory {path.parent} does not exist; "
            "create it first or choose another path"
        )


def _open_failure(name: str, exc: Exception) -> str:
    """The message for a database that would not open or migrate."""
    reason = str(getattr(exc, "orig", None) or exc)
    if "file is not a database" in reason:
        return (
            f"{name} is not a SQLite database ({reason}); pass the path of a stancemap "
            "database or of a file that does not exist yet"
        )
    if "unable to open database file" in reason or "readonly" in reason:
        return (
            f"cannot open database {name} ({reason}); check that you may read and write it "
            "and its directory, or choose another path"
        )
    return (
        f"cannot open database {name}: {reason}; check the path or URL and that the "
        "database server is running and reachable"
    )
