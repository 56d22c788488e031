"""Turning what the user typed (a URL or a path) into a working engine.

Users pass ``--db news.db`` far more often than a SQLAlchemy URL, so a plain path
means SQLite. SQLite also needs two fixes to behave like the PostgreSQL the schema is
written for: foreign keys switched on (cascades, integrity), and real transactions
that start at BEGIN rather than at the first write, so that "is this article already
stored?" and the writes that follow happen in one transaction.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from stancemap.errors import StoreError

DEFAULT_DB = "stancemap.db"
_MEMORY_DATABASES = {None, "", ":memory:"}


def to_url(target: str | None) -> URL:
    """A SQLAlchemy URL for ``target``: a URL as is, a path as SQLite, None as the default.

    ``:memory:`` is accepted as shorthand for an in-memory SQLite database.
    """
    if target is None:
        target = DEFAULT_DB
    if target == ":memory:":
        return make_url("sqlite://")
    if "://" in target:
        try:
            return make_url(target)
        except ArgumentError as exc:
            raise StoreError(
                f"{target!r} is not a database URL ({exc}); pass a file path such as "
                "'news.db' or a URL such as 'postgresql+psycopg://user@host/stancemap'"
            ) from exc
    path = Path(os.path.expanduser(target)).absolute()
    return URL.create("sqlite", database=str(path))


def describe(url: URL) -> str:
    """The database as a message should name it: a path for SQLite, a password-free URL else."""
    if url.get_backend_name() == "sqlite":
        return url.database if url.database else "in-memory SQLite"
    return url.render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    """An engine for ``url``, with the SQLite behaviour fixed as the module says."""
    try:
        if url.get_backend_name() == "sqlite":
            return _make_sqlite_engine(url)
        return create_engine(url)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        hint = (
            "install the extra: pip install 'stancemap[postgres]'"
            if url.get_backend_name() == "postgresql"
            else "check the URL's scheme (sqlite:///path or postgresql+psycopg://...)"
        )
        raise StoreError(f"cannot use database {describe(url)}: {exc}; {hint}") from exc


def _make_sqlite_engine(url: URL) -> Engine:
    """A SQLite engine: one shared connection when in memory, so the data survives."""
    in_memory = url.database in _MEMORY_DATABASES
    kwargs: dict[str, Any] = {}
    if in_memory:
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Hand transaction control to SQLAlchemy and switch foreign keys on."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    """Start the transaction now, so reads before the first write are part of it."""
    connection.exec_driver_sql("BEGIN")
