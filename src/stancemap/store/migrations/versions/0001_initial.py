"""The initial schema: articles, outlets, actors and everything extracted from articles.

Written out table by table rather than derived from ``schema.py``, so this revision
keeps meaning the same schema after ``schema.py`` moves on; a test checks that head
and ``schema.py`` agree.

Revision ID: 0001
Revises:
Create Date: 2024-06-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES_IN_DROP_ORDER = (
    "article_dates",
    "issues",
    "sources_cited",
    "conditions",
    "positions",
    "statements",
    "mentions",
    "group_members",
    "actor_roles",
    "actor_aliases",
    "actors",
    "articles",
    "outlets",
)


def _article_id(table: str) -> sa.Column[str]:
    return sa.Column(
        "article_id",
        sa.Text(),
        sa.ForeignKey("articles.id", name=f"fk_{table}_article_id_articles", ondelete="CASCADE"),
        nullable=False,
    )


def _actor_fk(table: str, column: str, *, nullable: bool, ondelete: str) -> sa.Column[int]:
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey("actors.id", name=f"fk_{table}_{column}_actors", ondelete=ondelete),
        nullable=nullable,
    )


def _span() -> tuple[sa.Column[int], sa.Column[int]]:
    return (
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
    )


def _index(table: str, *columns: str) -> None:
    op.create_index(f"ix_{table}_{columns[0]}", table, list(columns))


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_outlets"),
        sa.UniqueConstraint("key", name="uq_outlets_key"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("canonical_url", sa.Text()),
        sa.Column(
            "outlet_id",
            sa.Integer(),
            sa.ForeignKey("outlets.id", name="fk_articles_outlet_id_outlets"),
        ),
        sa.Column("published", sa.Date()),
        sa.Column("content_hash", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("canonical_url", name="uq_articles_canonical_url"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    _index("articles", "outlet_id")
    _index("articles", "published")

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("country", sa.Text()),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
    )
    _index("actors", "key")
    op.create_index("ix_actors_type_key", "actors", ["type", "key"])

    op.create_table(
        "actor_aliases",
        _actor_fk("actor_aliases", "actor_id", nullable=False, ondelete="CASCADE"),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("actor_id", "alias", name="pk_actor_aliases"),
    )
    _index("actor_aliases", "key")

    op.create_table(
        "actor_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        _actor_fk("actor_roles", "actor_id", nullable=False, ondelete="CASCADE"),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("of", sa.Text()),
        sa.Column("tense", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date()),
        _article_id("actor_roles"),
        *_span(),
        sa.PrimaryKeyConstraint("id", name="pk_actor_roles"),
    )
    _index("actor_roles", "actor_id")
    _index("actor_roles", "article_id")

    op.create_table(
        "group_members",
        _actor_fk("group_members", "group_id", nullable=False, ondelete="CASCADE"),
        _actor_fk("group_members", "member_id", nullable=False, ondelete="CASCADE"),
        sa.Column(
            "article_id",
            sa.Text(),
            sa.ForeignKey(
                "articles.id", name="fk_group_members_article_id_articles", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("group_id", "member_id", "article_id", name="pk_group_members"),
    )
    _index("group_members", "member_id")

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        _article_id("mentions"),
        _actor_fk("mentions", "actor_id", nullable=False, ondelete="CASCADE"),
        *_span(),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
    )
    _index("mentions", "article_id")
    _index("mentions", "actor_id")

    op.create_table(
        "statements",
        sa.Column("id", sa.Text(), nullable=False),
        _article_id("statements"),
        _actor_fk("statements", "actor_id", nullable=True, ondelete="SET NULL"),
        sa.Column("speaker_name", sa.Text()),
        sa.Column("speaker_start", sa.Integer()),
        sa.Column("speaker_end", sa.Integer()),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("cue", sa.Text()),
        sa.Column("cue_start", sa.Integer()),
        sa.Column("cue_end", sa.Integer()),
        *_span(),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("said_on", sa.Date()),
        sa.Column("via", sa.Text()),
        sa.Column("parts", sa.Text(), nullable=False),
        sa.Column("fragment", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_statements"),
    )
    _index("statements", "article_id")
    _index("statements", "actor_id")

    op.create_table(
        "positions",
        sa.Column("id", sa.Integer(), nullable=False),
        _article_id("positions"),
        sa.Column(
            "statement_id",
            sa.Text(),
            sa.ForeignKey(
                "statements.id", name="fk_positions_statement_id_statements", ondelete="CASCADE"
            ),
        ),
        _actor_fk("positions", "actor_id", nullable=True, ondelete="SET NULL"),
        sa.Column("actor_name", sa.Text(), nullable=False),
        sa.Column("issue_id", sa.Text(), nullable=False),
        sa.Column("stance", sa.Text(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        *_span(),
        sa.Column("said_on", sa.Date()),
        _actor_fk("positions", "derived_from", nullable=True, ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_positions"),
    )
    _index("positions", "article_id")
    _index("positions", "statement_id")
    _index("positions", "actor_id")
    op.create_index("ix_positions_issue_actor", "positions", ["issue_id", "actor_id"])

    op.create_table(
        "conditions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "position_id",
            sa.Integer(),
            sa.ForeignKey(
                "positions.id", name="fk_conditions_position_id_positions", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_span(),
        sa.PrimaryKeyConstraint("id", name="pk_conditions"),
    )
    _index("conditions", "position_id")

    op.create_table(
        "sources_cited",
        sa.Column("id", sa.Integer(), nullable=False),
        _article_id("sources_cited"),
        sa.Column(
            "statement_id",
            sa.Text(),
            sa.ForeignKey(
                "statements.id", name="fk_sources_cited_statement_id_statements", ondelete="CASCADE"
            ),
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        *_span(),
        _actor_fk("sources_cited", "actor_id", nullable=True, ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_sources_cited"),
    )
    _index("sources_cited", "article_id")
    _index("sources_cited", "statement_id")
    _index("sources_cited", "actor_id")

    op.create_table(
        "issues",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_issues"),
    )

    op.create_table(
        "article_dates",
        sa.Column("id", sa.Integer(), nullable=False),
        _article_id("article_dates"),
        sa.Column("text", sa.Text(), nullable=False),
        *_span(),
        sa.Column("value", sa.Date()),
        sa.Column("granularity", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_article_dates"),
    )
    _index("article_dates", "article_id")


def downgrade() -> None:
    for table in _TABLES_IN_DROP_ORDER:
        op.drop_table(table)
