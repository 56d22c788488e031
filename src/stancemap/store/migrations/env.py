"""Alembic's entry point for stancemap's migrations.

``stancemap.store.migrate`` runs it with a live connection in
``config.attributes["connection"]``, inside the caller's transaction. Run from the
command line (``alembic -c src/stancemap/store/alembic.ini ...``) it connects to
``sqlalchemy.url`` instead, or renders SQL in offline mode (``--sql``) for a DBA.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from stancemap.store.schema import metadata


def _run_with(connection: Connection) -> None:
    """Run the pending migrations on ``connection``; batch mode lets SQLite alter tables."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate the connection we were given, or the one ``sqlalchemy.url`` names."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run_with(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url in the Alembic config")
    engine = create_engine(url)
    with engine.connect() as own_connection:
        _run_with(own_connection)
    engine.dispose()


def run_offline() -> None:
    """Print the SQL instead of running it, for the URL's dialect."""
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
