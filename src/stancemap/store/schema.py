"""The database schema, as SQLAlchemy Core tables.

One schema for SQLite and PostgreSQL: only portable types (Integer, Text, Date,
DateTime, Boolean, Float), JSON kept as text, and a naming convention so constraints
have the same names on every backend and Alembic can address them later.

Every evidence-bearing row keeps ``start``/``end`` offsets into ``articles.text``.
Rows that belong to an article cascade on its deletion, so an article can be removed
(or re-extracted) without orphans. The migrations in ``migrations/versions`` build
exactly this schema; a test compares the two.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    false,
)
from sqlalchemy.engine import CursorResult

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def inserted_id(result: CursorResult[Any]) -> int:
    """The integer primary key the single-row INSERT behind ``result`` created."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise RuntimeError("the INSERT reported no primary key")
    return int(key[0])


def _article_fk() -> Column[str]:
    """The owning article; deleting it deletes what was extracted from it."""
    return Column(
        "article_id",
        Text,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def _span() -> tuple[Column[int], Column[int]]:
    """Offsets into the article's original text: ``text[start:end]`` is the evidence."""
    return Column("start", Integer, nullable=False), Column("end", Integer, nullable=False)


outlets = Table(
    "outlets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, unique=True),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("canonical_url", Text, unique=True),
    Column("outlet_id", Integer, ForeignKey("outlets.id"), index=True),
    Column("published", Date, index=True),
    Column("content_hash", Text, nullable=False, unique=True),
    Column("language", Text, nullable=False),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("country", Text),
    Column("key", Text, nullable=False, index=True),
    # Named by the user (``stancemap rename``/aliases file): ingestion keeps the name.
    Column("pinned", Boolean, nullable=False, server_default=false()),
    Index("ix_actors_type_key", "type", "key"),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),
    # "text" when an article wrote it, "user" when a merge, rename or aliases file did;
    # user aliases match an entity of any type, so a merge outlives later ingests.
    Column("origin", Text, nullable=False, server_default="text"),
    PrimaryKeyConstraint("actor_id", "alias"),
)

actor_roles = Table(
    "actor_roles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("title", Text, nullable=False),
    Column("of", Text),
    Column("tense", Text, nullable=False),
    Column("reported_on", Date),
    _article_fk(),
    *_span(),
)

group_members = Table(
    "group_members",
    metadata,
    Column("group_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column(
        "member_id",
        Integer,
        ForeignKey("actors.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    PrimaryKeyConstraint("group_id", "member_id", "article_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column(
        "actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    *_span(),
    Column("text", Text, nullable=False),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Text, primary_key=True),
    _article_fk(),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="SET NULL"), index=True),
    Column("speaker_name", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("kind", Text, nullable=False),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    *_span(),
    Column("text", Text, nullable=False),
    Column("said_on", Date),
    Column("via", Text),
    Column("parts", Text, nullable=False),
    Column("fragment", Boolean, nullable=False),
)

positions = Table(
    "positions",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("statement_id", Text, ForeignKey("statements.id", ondelete="CASCADE"), index=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="SET NULL"), index=True),
    Column("actor_name", Text, nullable=False),
    Column("issue_id", Text, nullable=False),
    Column("stance", Text, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
    *_span(),
    Column("said_on", Date),
    Column("derived_from", Integer, ForeignKey("actors.id", ondelete="SET NULL")),
    Index("ix_positions_issue_actor", "issue_id", "actor_id"),
)

conditions = Table(
    "conditions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "position_id",
        Integer,
        ForeignKey("positions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("type", Text, nullable=False),
    Column("text", Text, nullable=False),
    *_span(),
)

sources_cited = Table(
    "sources_cited",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("statement_id", Text, ForeignKey("statements.id", ondelete="CASCADE"), index=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    *_span(),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="SET NULL"), index=True),
)

issues = Table(
    "issues",
    metadata,
    Column("id", Text, primary_key=True),
    Column("question", Text, nullable=False),
    Column("terms", Text, nullable=False),
)

article_dates = Table(
    "article_dates",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("text", Text, nullable=False),
    *_span(),
    Column("value", Date),
    Column("granularity", Text, nullable=False),
)
