"""Listing actors a page at a time, filtered by type, country and name.

The filters and the page are one SQL query over ids, so a page of a large store costs
the same as a page of a small one; the rows of that page are then read with
``actor_queries.list_actors``, which gathers aliases, roles and evidence counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.engine import Connection

from stancemap.store.actor_queries import list_actors
from stancemap.store.keys import name_key
from stancemap.store.rows import ActorRow
from stancemap.store.schema import actor_aliases, actors


@dataclass(frozen=True)
class ActorFilter:
    """Which actors a listing wants; None means any."""

    type: str | None = None
    country: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class ActorPage:
    """A page of actors by name, and how many actors match in all."""

    total: int
    actors: tuple[ActorRow, ...]


def page_actors(
    connection: Connection, where: ActorFilter, *, limit: int, offset: int = 0
) -> ActorPage:
    """Actors matching ``where``, ordered by name: ``limit`` of them from ``offset``."""
    conditions = _conditions(where)
    total = connection.scalar(select(func.count()).select_from(actors).where(*conditions))
    ids = list(
        connection.scalars(
            select(actors.c.id)
            .where(*conditions)
            .order_by(actors.c.key, actors.c.id)
            .limit(limit)
            .offset(offset)
        )
    )
    rows = list_actors(connection, ids=ids) if ids else []
    return ActorPage(int(total or 0), tuple(rows))


def _conditions(where: ActorFilter) -> list[ColumnElement[bool]]:
    """SQL conditions for ``where``: type exactly, country ignoring case, name by key."""
    conditions: list[ColumnElement[bool]] = []
    if where.type:
        conditions.append(actors.c.type == where.type)
    if where.country:
        conditions.append(func.lower(actors.c.country) == where.country.strip().lower())
    key = name_key(where.name) if where.name else ""
    if key:
        by_alias = select(actor_aliases.c.actor_id).where(
            actor_aliases.c.key.contains(key, autoescape=True)
        )
        conditions.append(
            or_(actors.c.key.contains(key, autoescape=True), actors.c.id.in_(by_alias))
        )
    return conditions
