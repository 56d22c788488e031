"""Deciding which stored actor an article's entity is: the one place actors get merged.

An extraction names its entities locally ("e3" is "Kaja Kallas" in this article); the
store keeps one global actor per real-world actor across all articles. Everything that
decides "is this entity someone we already know?" lives in :func:`resolve_actor_id`,
so merging works incrementally, one article at a time, at ingest.

The rules, strongest evidence first:

0. a user alias (from ``stancemap merge``, ``rename`` or an aliases file) with the
   entity's name key: the user has spoken, so the actor's type does not matter;
1. the entity's name key equals an actor's name key (keys are casefolded and
   accent-stripped, so "Krisjanis Karins" finds "Krišjānis Kariņš"); for outlets,
   organisations and places, whichever of the three types NER gave (1b);
2. the entity's name key equals one of an actor's alias keys ("Kallas" finds the
   "Kaja Kallas" who was once called "Kallas");
3. one of the entity's alias keys equals an actor's name key;
4. for people only, a close spelling ("Kasutis Budrys" ~ "Kęstutis Budrys", compared
   on folded names with rapidfuzz) *and* agreeing evidence: the same country, or a
   role with the same title. A transliteration alone is not enough: two people with
   similar names are often different people.

Rules 1-4 are within one actor type, and for people never join two whose countries
are both known and differ. Rules 2-4 only merge when they point at exactly one actor:
a bare surname shared by two people must not fuse them.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.engine import Connection

from stancemap.models import Entity
from stancemap.store.keys import name_key
from stancemap.store.schema import actor_aliases, actor_roles, actors

# NER often types one outlet or body differently from article to article ("KBN" a
# place here, media there): same name among these types is one actor (rule 1b).
BODY_TYPES = ("media", "organization", "place")
# The type a merged body keeps: the most specific evidence wins.
BODY_RANK = {"place": 0, "organization": 1, "media": 2}
# Whole folded names must be this close, and each of first and last name at least
# _PART_SIMILARITY: "kasutis budrys"/"kestutis budrys" is 90, "kasutis"/"kestutis" 80.
_NAME_SIMILARITY = 85.0
_PART_SIMILARITY = 70.0


def resolve_actor_id(connection: Connection, entity: Entity) -> int | None:
    """The id of the stored actor ``entity`` is, or None when it is someone new."""
    key = name_key(entity.name)
    by_user = _actors_with_alias_keys(connection, None, [key], origin="user")
    if len(by_user) == 1:
        return by_user.pop()
    by_name = _agreeing(connection, entity, _actors_with_name_keys(connection, entity.type, [key]))
    if by_name:
        return min(by_name)
    if entity.type in BODY_TYPES:
        by_body = _actors_with_name_keys(connection, BODY_TYPES, [key])
        if len(by_body) == 1:
            return by_body.pop()
    alias_keys = sorted({name_key(alias) for alias in entity.aliases} - {key})
    by_alias = _actors_with_alias_keys(connection, entity.type, [key])
    by_alias |= _actors_with_name_keys(connection, entity.type, alias_keys)
    by_alias = _agreeing(connection, entity, by_alias)
    if len(by_alias) == 1:
        return by_alias.pop()
    if entity.type == "person":
        return _close_person(connection, entity)
    return None


def close_names(a: str, b: str) -> bool:
    """Whether two names are spelling variants of each other, compared on their keys."""
    key_a, key_b = name_key(a), name_key(b)
    if key_a == key_b:
        return True
    words_a, words_b = key_a.split(), key_b.split()
    if len(words_a) < 2 or len(words_b) < 2:
        return False
    return (
        fuzz.ratio(key_a, key_b) >= _NAME_SIMILARITY
        and fuzz.ratio(words_a[0], words_b[0]) >= _PART_SIMILARITY
        and fuzz.ratio(words_a[-1], words_b[-1]) >= _PART_SIMILARITY
    )


def _close_person(connection: Connection, entity: Entity) -> int | None:
    """Rule 4: the one person spelled close to ``entity`` whose country or role agrees."""
    titles = sorted({role.title for role in entity.roles})
    with_role = select(actor_roles.c.actor_id).where(actor_roles.c.title.in_(titles))
    evidence: list[ColumnElement[bool]] = [actors.c.id.in_(with_role)] if titles else []
    if entity.country:
        evidence.append(actors.c.country == entity.country)
    if not evidence:
        return None
    query = select(actors.c.id, actors.c.name, actors.c.country).where(
        actors.c.type == "person", or_(*evidence)
    )
    close = {
        row.id
        for row in connection.execute(query)
        if close_names(row.name, entity.name) and not _conflict(row.country, entity.country)
    }
    return close.pop() if len(close) == 1 else None


def _conflict(country: str | None, other: str | None) -> bool:
    return country is not None and other is not None and country != other


def _agreeing(connection: Connection, entity: Entity, ids: set[int]) -> set[int]:
    """Drop people whose known country differs from the entity's: same name, other person."""
    if entity.type != "person" or not entity.country or not ids:
        return ids
    query = select(actors.c.id, actors.c.country).where(actors.c.id.in_(sorted(ids)))
    return {
        row.id for row in connection.execute(query) if not _conflict(row.country, entity.country)
    }


def _actors_with_name_keys(
    connection: Connection, actor_type: str | tuple[str, ...], keys: list[str]
) -> set[int]:
    """Ids of actors of ``actor_type`` (or of one of several types) named with one of ``keys``."""
    if not keys:
        return set()
    types = (actor_type,) if isinstance(actor_type, str) else actor_type
    query = select(actors.c.id).where(actors.c.type.in_(types), actors.c.key.in_(keys))
    return set(connection.scalars(query))


def _actors_with_alias_keys(
    connection: Connection,
    actor_type: str | None,
    keys: Iterable[str],
    *,
    origin: str | None = None,
) -> set[int]:
    """Ids of actors (of ``actor_type`` unless None) known under an alias with one of ``keys``."""
    keys = list(keys)
    if not keys:
        return set()
    query = (
        select(actor_aliases.c.actor_id)
        .join(actors, actors.c.id == actor_aliases.c.actor_id)
        .where(actor_aliases.c.key.in_(keys))
    )
    if actor_type is not None:
        query = query.where(actors.c.type == actor_type)
    if origin is not None:
        query = query.where(actor_aliases.c.origin == origin)
    return set(connection.scalars(query))
