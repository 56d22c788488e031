"""Deciding which stored actor an article's entity is: the one place actors get merged.

An extraction names its entities locally ("e3" is "Kaja Kallas" in this article); the
store keeps one global actor per real-world actor across all articles. Everything that
decides "is this entity someone we already know?" lives in :func:`resolve_actor_id`,
so the matching can be made smarter (fuzzy spellings, roles, co-mentions) in one place.

Today's rule, strongest evidence first, always within one actor type:

1. the entity's name key equals an actor's name key (keys are casefolded and
   accent-stripped, so "Kęstutis Budrys" finds "Kestutis Budrys" — which is also the
   person rule "equal after removing diacritics");
2. the entity's name key equals one of an actor's alias keys ("Kallas" finds the
   "Kaja Kallas" who was once called "Kallas");
3. one of the entity's alias keys equals an actor's name key ("K. Kallas", alias
   "Kaja Kallas", finds "Kaja Kallas").

Rules 2 and 3 only merge when they point at exactly one actor: a bare surname shared
by two people must not fuse them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.engine import Connection

from stancemap.store.keys import name_key
from stancemap.store.schema import actor_aliases, actors


def resolve_actor_id(
    connection: Connection, *, name: str, actor_type: str, aliases: Iterable[str] = ()
) -> int | None:
    """The id of the stored actor this entity is, or None when it is someone new."""
    key = name_key(name)
    by_name = _actors_with_name_keys(connection, actor_type, [key])
    if by_name:
        return min(by_name)
    alias_keys = sorted({name_key(alias) for alias in aliases} - {key})
    by_alias = _actors_with_alias_keys(connection, actor_type, [key])
    by_alias |= _actors_with_name_keys(connection, actor_type, alias_keys)
    if len(by_alias) == 1:
        return by_alias.pop()
    return None


def _actors_with_name_keys(connection: Connection, actor_type: str, keys: list[str]) -> set[int]:
    """Ids of actors of ``actor_type`` whose own name has one of ``keys``."""
    if not keys:
        return set()
    query = select(actors.c.id).where(actors.c.type == actor_type, actors.c.key.in_(keys))
    return set(connection.scalars(query))


def _actors_with_alias_keys(connection: Connection, actor_type: str, keys: list[str]) -> set[int]:
    """Ids of actors of ``actor_type`` known under an alias with one of ``keys``."""
    if not keys:
        return set()
    query = (
        select(actor_aliases.c.actor_id)
        .join(actors, actors.c.id == actor_aliases.c.actor_id)
        .where(actors.c.type == actor_type, actor_aliases.c.key.in_(keys))
    )
    return set(connection.scalars(query))
