"""Actor curation: user-pinned names and the origin of each alias.

``stancemap rename`` pins an actor's name so later ingests do not rename it, and
``stancemap merge`` and the aliases file record user aliases, which match entities of
any type so that a merge persists across later ingests.

Revision ID: 0002
Revises: 0001
Create Date: 2024-06-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "actors",
        sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "actor_aliases",
        sa.Column("origin", sa.Text(), nullable=False, server_default="text"),
    )


def downgrade() -> None:
    with op.batch_alter_table("actor_aliases") as batch:
        batch.drop_column("origin")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("pinned")
