"""The user's corrections to actors: merging two into one, and renaming one.

Automatic merging is cautious (``actors.resolve_actor_id``), so an analyst will
sometimes know better: "Budrys" stored as an organisation is the Lithuanian foreign
minister. A merge re-points everything that referred to the merged actor (roles,
mentions, statements, positions, sources, group memberships) and keeps its names as
*user* aliases, which later ingests match whatever type the article gives them, so the
correction persists. A rename pins the new name, so ingestion never renames it back.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from stancemap.errors import ConfigError
from stancemap.store.entities import add_aliases
from stancemap.store.keys import name_key
from stancemap.store.schema import (
    actor_aliases,
    actor_roles,
    actors,
    group_members,
    mentions,
    positions,
    sources_cited,
    statements,
)


def merge_actors(connection: Connection, keep_id: int, drop_id: int) -> None:
    """Fold actor ``drop_id`` into ``keep_id``; the caller owns the transaction."""
    if keep_id == drop_id:
        raise ConfigError("cannot merge an actor into itself; name two different actors")
    keep_name = _name(connection, keep_id)
    drop = connection.execute(
        select(actors.c.name, actors.c.country).where(actors.c.id == drop_id)
    ).one()
    drop_aliases = list(
        connection.scalars(select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == drop_id))
    )
    for column in (
        actor_roles.c.actor_id,
        mentions.c.actor_id,
        statements.c.actor_id,
        sources_cited.c.actor_id,
        positions.c.derived_from,
    ):
        connection.execute(
            update(column.table).where(column == drop_id).values({column.name: keep_id})
        )
    connection.execute(
        update(positions)
        .where(positions.c.actor_id == drop_id)
        .values(actor_id=keep_id, actor_name=keep_name)
    )
    _repoint_members(connection, keep_id, drop_id)
    if drop.country:
        connection.execute(
            update(actors)
            .where(actors.c.id == keep_id, actors.c.country.is_(None))
            .values(country=drop.country)
        )
    connection.execute(delete(actors).where(actors.c.id == drop_id))
    add_aliases(connection, keep_id, [drop.name, *drop_aliases], origin="user")


def rename_actor(connection: Connection, actor_id: int, new_name: str) -> None:
    """Give actor ``actor_id`` the name ``new_name``, pinned; the old name stays an alias."""
    new_name = " ".join(new_name.split())
    if not new_name:
        raise ConfigError("the new name is empty; give the name to show, e.g. 'Kaja Kallas'")
    old_name, actor_type = connection.execute(
        select(actors.c.name, actors.c.type).where(actors.c.id == actor_id)
    ).one()
    key = name_key(new_name)
    taken = connection.scalar(
        select(actors.c.name).where(
            actors.c.key == key, actors.c.type == actor_type, actors.c.id != actor_id
        )
    )
    if taken is not None:
        raise ConfigError(
            f"another {actor_type} is already named {taken!r}; to make them one actor, run "
            f"stancemap merge {taken!r} {old_name!r}"
        )
    connection.execute(
        delete(actor_aliases).where(
            actor_aliases.c.actor_id == actor_id, actor_aliases.c.alias == new_name
        )
    )
    connection.execute(
        update(actors).where(actors.c.id == actor_id).values(name=new_name, key=key, pinned=True)
    )
    connection.execute(
        update(positions).where(positions.c.actor_id == actor_id).values(actor_name=new_name)
    )
    add_aliases(connection, actor_id, [old_name], origin="user")


def _name(connection: Connection, actor_id: int) -> str:
    return str(connection.scalar(select(actors.c.name).where(actors.c.id == actor_id)))


def _repoint_members(connection: Connection, keep_id: int, drop_id: int) -> None:
    """Move group links of ``drop_id`` to ``keep_id``, without duplicates or self-links."""
    involved = (group_members.c.group_id == drop_id) | (group_members.c.member_id == drop_id)
    rows = connection.execute(select(group_members).where(involved)).all()
    if not rows:
        return
    connection.execute(delete(group_members).where(involved))
    of_keep = (group_members.c.group_id == keep_id) | (group_members.c.member_id == keep_id)
    existing = set(
        connection.execute(
            select(
                group_members.c.group_id, group_members.c.member_id, group_members.c.article_id
            ).where(of_keep)
        ).tuples()
    )
    wanted: dict[tuple[int, int, str], None] = {}
    for row in rows:
        group_id = keep_id if row.group_id == drop_id else row.group_id
        member_id = keep_id if row.member_id == drop_id else row.member_id
        link = (group_id, member_id, row.article_id)
        if group_id != member_id and link not in existing:
            wanted[link] = None
    if wanted:
        connection.execute(
            insert(group_members),
            [{"group_id": g, "member_id": m, "article_id": a} for g, m, a in wanted],
        )
