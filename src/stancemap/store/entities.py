"""Writing an article's entities onto global actors: merge, then add what is new.

Each entity is resolved (``actors.resolve_actor_id``) to an actor already stored or
created fresh; then its new aliases, roles, mentions and, for groups, members are
added to that actor. The result maps the article's local entity ids ("e3") to global
actor ids, which statements, positions and sources then use.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from stancemap.errors import StoreError
from stancemap.models import Article, Entity
from stancemap.store.actors import resolve_actor_id
from stancemap.store.keys import name_key
from stancemap.store.schema import (
    actor_aliases,
    actor_roles,
    actors,
    group_members,
    inserted_id,
    mentions,
)


def save_entities(
    connection: Connection, article: Article, entities: Iterable[Entity]
) -> dict[str, int]:
    """Store ``entities`` of ``article`` and return local entity id -> global actor id.

    Groups come last, so their members are already mapped when the group is written.
    """
    ordered = sorted(entities, key=lambda entity: entity.type == "group")
    actor_ids: dict[str, int] = {}
    for entity in ordered:
        actor_id = _actor_for(connection, entity)
        actor_ids[entity.id] = actor_id
        _add_roles(connection, actor_id, entity, article)
        _add_mentions(connection, actor_id, entity, article.id)
        if entity.members:
            _add_members(connection, actor_id, entity, actor_ids, article.id)
    return actor_ids


def _actor_for(connection: Connection, entity: Entity) -> int:
    """The global actor for ``entity``: the one it resolves to, updated, or a new one."""
    actor_id = resolve_actor_id(
        connection, name=entity.name, actor_type=entity.type, aliases=entity.aliases
    )
    if actor_id is None:
        return _create_actor(connection, entity)
    _prefer_fuller_name(connection, actor_id, entity)
    _fill_country(connection, actor_id, entity.country)
    _add_aliases(connection, actor_id, [entity.name, *entity.aliases])
    return actor_id


def _create_actor(connection: Connection, entity: Entity) -> int:
    """A new actor named as the entity, with the entity's aliases."""
    result = connection.execute(
        insert(actors).values(
            name=entity.name,
            type=entity.type,
            country=entity.country,
            key=name_key(entity.name),
        )
    )
    actor_id = inserted_id(result)
    _add_aliases(connection, actor_id, entity.aliases)
    return actor_id


def _prefer_fuller_name(connection: Connection, actor_id: int, entity: Entity) -> None:
    """Rename an actor first seen under a short form the entity lists as its alias.

    An actor created from "Kallas" becomes "Kaja Kallas" once an article names her in
    full and gives "Kallas" as her alias; the short form stays on as an alias.
    """
    name, key = connection.execute(
        select(actors.c.name, actors.c.key).where(actors.c.id == actor_id)
    ).one()
    entity_key = name_key(entity.name)
    alias_keys = {name_key(alias) for alias in entity.aliases}
    if entity_key == key or key not in alias_keys:
        return
    connection.execute(
        update(actors).where(actors.c.id == actor_id).values(name=entity.name, key=entity_key)
    )
    _add_aliases(connection, actor_id, [name])


def _fill_country(connection: Connection, actor_id: int, country: str | None) -> None:
    """Record the actor's country if we learn it now and did not know it before."""
    if country is None:
        return
    connection.execute(
        update(actors)
        .where(actors.c.id == actor_id, actors.c.country.is_(None))
        .values(country=country)
    )


def _add_aliases(connection: Connection, actor_id: int, names: Iterable[str]) -> None:
    """Add the surface forms the actor does not have yet (its own name excluded)."""
    own_name = connection.scalar(select(actors.c.name).where(actors.c.id == actor_id))
    known = set(
        connection.scalars(
            select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == actor_id)
        )
    )
    new = [name for name in dict.fromkeys(names) if name != own_name and name not in known]
    if new:
        connection.execute(
            insert(actor_aliases),
            [{"actor_id": actor_id, "alias": name, "key": name_key(name)} for name in new],
        )


def _add_roles(connection: Connection, actor_id: int, entity: Entity, article: Article) -> None:
    """Keep every role as reported, dated by the article when the role has no date."""
    rows = [
        {
            "actor_id": actor_id,
            "title": role.title,
            "of": role.of,
            "tense": role.tense,
            "reported_on": role.reported_on or article.published,
            "article_id": article.id,
            "start": role.start,
            "end": role.end,
        }
        for role in entity.roles
    ]
    if rows:
        connection.execute(insert(actor_roles), rows)


def _add_mentions(connection: Connection, actor_id: int, entity: Entity, article_id: str) -> None:
    """Keep where the article mentions the actor, for evidence and counts."""
    rows = [
        {
            "article_id": article_id,
            "actor_id": actor_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
        }
        for mention in entity.mentions
    ]
    if rows:
        connection.execute(insert(mentions), rows)


def _add_members(
    connection: Connection,
    group_id: int,
    entity: Entity,
    actor_ids: dict[str, int],
    article_id: str,
) -> None:
    """Link a group to its member actors, as this article expands it."""
    unknown = [member for member in entity.members if member not in actor_ids]
    if unknown:
        raise StoreError(
            f"article {article_id}: group {entity.id} ({entity.name!r}) lists members "
            f"{', '.join(unknown)} that are not entities of the article"
        )
    already = set(
        connection.scalars(
            select(group_members.c.member_id).where(
                group_members.c.group_id == group_id, group_members.c.article_id == article_id
            )
        )
    )
    member_ids = [
        member_id
        for member_id in dict.fromkeys(actor_ids[member] for member in entity.members)
        if member_id != group_id and member_id not in already
    ]
    if member_ids:
        connection.execute(
            insert(group_members),
            [
                {"group_id": group_id, "member_id": member_id, "article_id": article_id}
                for member_id in member_ids
            ],
        )
