"""Reading actors back: listing them with their evidence counts, and finding one by name.

An actor's row gathers what is spread over several tables (aliases, roles, group
members, mentions, statements, positions) with one query per table rather than one
per actor, so listing thousands of actors stays a handful of queries.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import Connection

from stancemap.errors import NotFound
from stancemap.store.keys import name_key
from stancemap.store.rows import ActorRow, RoleRow
from stancemap.store.schema import (
    actor_aliases,
    actor_roles,
    actors,
    group_members,
    mentions,
    positions,
    statements,
)

_CANDIDATES_SHOWN = 5


def list_actors(
    connection: Connection, *, actor_type: str | None = None, ids: Sequence[int] | None = None
) -> list[ActorRow]:
    """Actors ordered by name, optionally only of one type or only the given ids."""
    query = select(actors.c.id, actors.c.name, actors.c.type, actors.c.country)
    base = connection.execute(
        query.where(*_scope(actors.c.id, actor_type, ids)).order_by(actors.c.key, actors.c.id)
    ).all()
    aliases = _aliases(connection, actor_type, ids)
    roles = _roles(connection, actor_type, ids)
    members = _members(connection, actor_type, ids)
    counts = {
        table: _count(connection, column, actor_type, ids)
        for table, column in (
            ("mentions", mentions.c.actor_id),
            ("statements", statements.c.actor_id),
            ("positions", positions.c.actor_id),
        )
    }
    return [
        ActorRow(
            id=row.id,
            name=row.name,
            type=row.type,
            country=row.country,
            current_role=current_role(roles[row.id]),
            aliases=aliases[row.id],
            roles=roles[row.id],
            members=members[row.id],
            mentions=counts["mentions"].get(row.id, 0),
            statements=counts["statements"].get(row.id, 0),
            positions=counts["positions"].get(row.id, 0),
        )
        for row in base
    ]


def get_actor(connection: Connection, actor_id: int) -> ActorRow:
    """One actor by id; NotFound if there is none."""
    found = list_actors(connection, ids=[actor_id])
    if not found:
        raise NotFound(f"no actor with id {actor_id}; list actors to see the ids")
    return found[0]


def find_actor(connection: Connection, name: str, *, actor_type: str | None = None) -> ActorRow:
    """The actor ``name`` designates: by exact name key, then alias, then substring.

    Several actors with exactly that name (a person and a party, say) resolve to the
    one with most evidence. An alias or substring shared by several actors is
    ambiguous and raises NotFound listing them; no match at all raises NotFound with
    the closest names.
    """
    key = name_key(name)
    named = _ids_by_name_key(connection, key, actor_type)
    if named:
        return _best_evidenced(list_actors(connection, ids=sorted(named)))
    for matches in (
        _ids_by_alias_key(connection, key, actor_type),
        _ids_by_substring(connection, key, actor_type),
    ):
        if len(matches) == 1:
            return get_actor(connection, matches.pop())
        if matches:
            rows = list_actors(connection, ids=sorted(matches))
            listed = ", ".join(f"{row.name} ({row.type}, id {row.id})" for row in rows)
            raise NotFound(f"{name!r} matches several actors: {listed}; give the full name")
    raise NotFound(_not_found_message(connection, name, actor_type))


def current_role(roles: Sequence[RoleRow]) -> RoleRow | None:
    """The latest-reported role, preferring one not reported as past ("former minister").

    ``roles`` come in history order (``role_order``), so the last live one is the
    latest; a person only ever reported in a past role ("the then Foreign Minister")
    shows that role, which ``tense`` marks as past.
    """
    live = [role for role in roles if role.tense != "past"]
    if live:
        return live[-1]
    return roles[-1] if roles else None


_TENSE_ORDER = {"past": 0, "unknown": 1, "current": 2}


def role_order(role: RoleRow, stored: int) -> tuple[date, int, int]:
    """Sort key of a role history: date reported, then tense, then storage order.

    Undated roles sort first. Among roles reported on the same (or no) date, a past
    role ("the then minister") precedes an unmarked one, which precedes one marked
    "now": "Estonian Prime Minister Kaja Kallas, now the High Representative" lists
    Prime Minister before High Representative even when no article carries a date.
    """
    return (role.reported_on or date.min, _TENSE_ORDER.get(role.tense, 1), stored)


def _scope(
    actor_column: ColumnElement[int], actor_type: str | None, ids: Sequence[int] | None
) -> list[ColumnElement[bool]]:
    """Conditions restricting ``actor_column`` to the actors a listing asked for.

    The type filter is a subquery rather than a list of ids, so listing every actor of
    a type never sends thousands of parameters.
    """
    conditions: list[ColumnElement[bool]] = []
    if actor_type is not None:
        conditions.append(actor_column.in_(select(actors.c.id).where(actors.c.type == actor_type)))
    if ids is not None:
        conditions.append(actor_column.in_(ids))
    return conditions


def _aliases(
    connection: Connection, actor_type: str | None, ids: Sequence[int] | None
) -> defaultdict[int, tuple[str, ...]]:
    found: defaultdict[int, tuple[str, ...]] = defaultdict(tuple)
    query = (
        select(actor_aliases.c.actor_id, actor_aliases.c.alias)
        .where(*_scope(actor_aliases.c.actor_id, actor_type, ids))
        .order_by(actor_aliases.c.actor_id, actor_aliases.c.alias)
    )
    for actor_id, alias in connection.execute(query):
        found[actor_id] += (alias,)
    return found


def _roles(
    connection: Connection, actor_type: str | None, ids: Sequence[int] | None
) -> defaultdict[int, tuple[RoleRow, ...]]:
    """Each actor's roles in history order (``role_order``)."""
    found: defaultdict[int, tuple[RoleRow, ...]] = defaultdict(tuple)
    query = (
        select(actor_roles)
        .where(*_scope(actor_roles.c.actor_id, actor_type, ids))
        .order_by(actor_roles.c.id)
    )
    for row in connection.execute(query):
        found[row.actor_id] += (
            RoleRow(
                title=row.title,
                of=row.of,
                tense=row.tense,
                reported_on=row.reported_on,
                article_id=row.article_id,
                start=row.start,
                end=row.end,
            ),
        )
    for actor_id, roles in found.items():
        ordered = sorted(enumerate(roles), key=lambda item: role_order(item[1], item[0]))
        found[actor_id] = tuple(role for _, role in ordered)
    return found


def _members(
    connection: Connection, actor_type: str | None, ids: Sequence[int] | None
) -> defaultdict[int, tuple[int, ...]]:
    found: defaultdict[int, tuple[int, ...]] = defaultdict(tuple)
    query = (
        select(group_members.c.group_id, group_members.c.member_id)
        .where(*_scope(group_members.c.group_id, actor_type, ids))
        .distinct()
        .order_by(group_members.c.group_id, group_members.c.member_id)
    )
    for group_id, member_id in connection.execute(query):
        found[group_id] += (member_id,)
    return found


def _count(
    connection: Connection,
    column: ColumnElement[int],
    actor_type: str | None,
    ids: Sequence[int] | None,
) -> dict[int, int]:
    """How many rows of ``column``'s table point at each actor."""
    query = (
        select(column, func.count())
        .where(column.is_not(None), *_scope(column, actor_type, ids))
        .group_by(column)
    )
    return {int(row[0]): int(row[1]) for row in connection.execute(query)}


def _typed(actor_type: str | None) -> list[ColumnElement[bool]]:
    return [] if actor_type is None else [actors.c.type == actor_type]


def _ids_by_name_key(connection: Connection, key: str, actor_type: str | None) -> set[int]:
    query = select(actors.c.id).where(actors.c.key == key, *_typed(actor_type))
    return set(connection.scalars(query))


def _ids_by_alias_key(connection: Connection, key: str, actor_type: str | None) -> set[int]:
    query = (
        select(actor_aliases.c.actor_id)
        .join(actors, actors.c.id == actor_aliases.c.actor_id)
        .where(actor_aliases.c.key == key, *_typed(actor_type))
    )
    return set(connection.scalars(query))


def _ids_by_substring(connection: Connection, key: str, actor_type: str | None) -> set[int]:
    """Actors whose name or an alias contains ``key`` (keys are lower-case already)."""
    by_name = select(actors.c.id).where(
        actors.c.key.contains(key, autoescape=True), *_typed(actor_type)
    )
    by_alias = (
        select(actor_aliases.c.actor_id)
        .join(actors, actors.c.id == actor_aliases.c.actor_id)
        .where(actor_aliases.c.key.contains(key, autoescape=True), *_typed(actor_type))
    )
    return set(connection.scalars(by_name)) | set(connection.scalars(by_alias))


def _best_evidenced(rows: Sequence[ActorRow]) -> ActorRow:
    """Of several same-named actors, the one the store knows most about (then the oldest)."""
    return max(rows, key=lambda row: (row.statements + row.positions + row.mentions, -row.id))


def _not_found_message(connection: Connection, name: str, actor_type: str | None) -> str:
    """Say nothing matched, and suggest the names closest to what was asked."""
    names = set(connection.scalars(select(actors.c.name).where(*_typed(actor_type))))
    aliases = select(actor_aliases.c.alias).join(actors, actors.c.id == actor_aliases.c.actor_id)
    names |= set(connection.scalars(aliases.where(*_typed(actor_type))))
    by_key: dict[str, str] = {}
    for known in sorted(names):
        by_key.setdefault(name_key(known), known)
    close = difflib.get_close_matches(name_key(name), by_key, n=_CANDIDATES_SHOWN, cutoff=0.6)
    kind = f" of type {actor_type!r}" if actor_type else ""
    if close:
        return (
            f"no actor{kind} named {name!r}; did you mean: {', '.join(by_key[k] for k in close)}?"
        )
    return f"no actor{kind} named {name!r}; list actors to see who is stored"
