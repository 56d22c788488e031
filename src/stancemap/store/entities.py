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
from stancemap.store.actors import BODY_RANK, close_names, resolve_actor_id
from stancemap.store.keys import name_key, strip_diacritics
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
    actor_id = resolve_actor_id(connection, entity)
    if actor_id is None:
        return _create_actor(connection, entity)
    _prefer_better_name(connection, actor_id, entity)
    _prefer_specific_type(connection, actor_id, entity)
    _fill_country(connection, actor_id, entity.country)
    add_aliases(connection, actor_id, [entity.name, *entity.aliases])
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
    add_aliases(connection, actor_id, entity.aliases)
    return actor_id


def _prefer_better_name(connection: Connection, actor_id: int, entity: Entity) -> None:
    """Rename an actor when the entity names it better, unless the user named it.

    Better is fuller (an actor created from "Kallas" becomes "Kaja Kallas" once an
    article names her in full and gives "Kallas" as her alias), properly cased
    ("baiba Braje" becomes "Baiba Braje") or, for the same words, spelled with
    diacritics ("Krisjanis Karins" becomes "Krišjānis Kariņš"): the accented form is
    the native spelling, the bare one a transliteration. The old name stays an alias.
    """
    name, key, pinned = connection.execute(
        select(actors.c.name, actors.c.key, actors.c.pinned).where(actors.c.id == actor_id)
    ).one()
    if pinned or not _names_better(entity, name, key):
        return
    connection.execute(
        update(actors)
        .where(actors.c.id == actor_id)
        .values(name=entity.name, key=name_key(entity.name))
    )
    add_aliases(connection, actor_id, [name])


def _names_better(entity: Entity, name: str, key: str) -> bool:
    """Whether ``entity.name`` is a better display name than the stored ``name``."""
    entity_key = name_key(entity.name)
    if entity_key != key and key in {name_key(alias) for alias in entity.aliases}:
        return True
    if len(entity.name.split()) != len(name.split()) or not close_names(entity.name, name):
        return False
    ours, theirs = _spelling(name), _spelling(entity.name)
    return theirs[0] >= ours[0] and theirs > ours


def _spelling(name: str) -> tuple[int, int]:
    """How native and how properly cased a spelling is: accents, then capitalised words."""
    return _accents(name), sum(1 for word in name.split() if word[:1].isupper())


def _accents(name: str) -> int:
    """How many letters of ``name`` carry a diacritic."""
    return sum(1 for letter in name if strip_diacritics(letter) != letter)


def _prefer_specific_type(connection: Connection, actor_id: int, entity: Entity) -> None:
    """A body first stored as a place or organisation becomes media once seen as media."""
    if entity.type not in BODY_RANK:
        return
    current = connection.scalar(select(actors.c.type).where(actors.c.id == actor_id))
    if current in BODY_RANK and BODY_RANK[entity.type] > BODY_RANK[current]:
        connection.execute(update(actors).where(actors.c.id == actor_id).values(type=entity.type))


def _fill_country(connection: Connection, actor_id: int, country: str | None) -> None:
    """Record the actor's country if we learn it now and did not know it before."""
    if country is None:
        return
    connection.execute(
        update(actors)
        .where(actors.c.id == actor_id, actors.c.country.is_(None))
        .values(country=country)
    )


def add_aliases(
    connection: Connection, actor_id: int, names: Iterable[str], *, origin: str = "text"
) -> None:
    """Add the surface forms the actor does not have yet (its own name excluded).

    ``origin="user"`` marks aliases a user gave (merge, rename, aliases file); an alias
    already known is upgraded to a user alias, since the user confirmed it.
    """
    own_name = connection.scalar(select(actors.c.name).where(actors.c.id == actor_id))
    known = set(
        connection.scalars(
            select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == actor_id)
        )
    )
    wanted = [name for name in dict.fromkeys(names) if name != own_name]
    new = [name for name in wanted if name not in known]
    if new:
        connection.execute(
            insert(actor_aliases),
            [
                {"actor_id": actor_id, "alias": name, "key": name_key(name), "origin": origin}
                for name in new
            ],
        )
    confirmed = [name for name in wanted if name in known]
    if origin == "user" and confirmed:
        connection.execute(
            update(actor_aliases)
            .where(actor_aliases.c.actor_id == actor_id, actor_aliases.c.alias.in_(confirmed))
            .values(origin="user")
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
