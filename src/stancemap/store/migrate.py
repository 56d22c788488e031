"""Bringing a database to the current schema with the Alembic scripts we ship.

The scripts live inside the package (``store/migrations``) and the Alembic
configuration is built here in code, so opening a store works from any directory and
needs no ``alembic.ini``: a new SQLite file is created at the head revision, an old one
is upgraded, and one already at head is left alone.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from stancemap.errors import StoreError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at our scripts, optionally bound to a connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The revision the code expects the database to be at."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration scripts found in {MIGRATIONS_DIR}")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database we never migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, *, name: str) -> None:
    """Apply every migration the database lacks, in one transaction where the backend allows.

    A revision we do not ship means a newer stancemap wrote the database; upgrading
    from there is impossible, so say so instead of letting Alembic fail obscurely.
    """
    current = current_revision(engine)
    if current == head_revision():
        return
    if current is not None and not _is_known(current):
        raise StoreError(
            f"database {name} is at schema revision {current!r}, which this version of "
            "stancemap does not know: it was written by a newer stancemap; upgrade "
            "stancemap or use another database"
        )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def _is_known(revision: str) -> bool:
    """Whether ``revision`` is one of the scripts we ship."""
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())
