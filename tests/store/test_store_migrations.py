"""Opening a store: migrations on a new file, a no-op on one at head, clear errors."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from store_builders import kallas_may

from stancemap.errors import StoreError
from stancemap.store import Store
from stancemap.store.connect import make_engine, to_url
from stancemap.store.migrate import alembic_config, current_revision, head_revision
from stancemap.store.schema import metadata


def _revision_of(path: Path) -> str | None:
    engine = make_engine(to_url(str(path)))
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def test_store_open_migrates_fresh_db_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store.open(str(path)):
        pass
    assert path.exists()
    assert _revision_of(path) == head_revision() == "0002"


def test_store_open_at_head_runs_no_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "again.db"
    with Store.open(str(path)) as store:
        store.save_extraction(kallas_may())
        before = store.counts()

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a database at head must not be migrated again")

    monkeypatch.setattr(command, "upgrade", refuse)
    with Store.open(str(path)) as store:
        assert store.counts() == before
    assert _revision_of(path) == head_revision()


def test_schema_matches_head_migration(fresh_store: Store, tmp_path: Path) -> None:
    engine = make_engine(to_url(str(tmp_path / "stancemap.db")))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert set(metadata.tables) <= tables


def test_store_open_none_uses_stancemap_db_in_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Store.open(None) as store:
        assert store.name == str(tmp_path / "stancemap.db")
    assert (tmp_path / "stancemap.db").exists()


def test_store_open_accepts_sqlalchemy_url(tmp_path: Path) -> None:
    path = tmp_path / "by-url.db"
    with Store.open(f"sqlite:///{path}") as store:
        assert store.save_extraction(kallas_may())
    assert _revision_of(path) == head_revision()


def test_store_open_memory_keeps_data_between_calls() -> None:
    with Store.open(":memory:") as store:
        assert store.save_extraction(kallas_may())
        assert store.counts()["articles"] == 1


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("{tmp}/missing/dir/x.db", "does not exist"),
        ("{tmp}", "is a directory"),
        ("{tmp}/garbage.db", "is not a SQLite database"),
        ("nosuchdialect://host/db", "cannot use database"),
    ],
)
def test_store_open_bad_target_raises_store_error(
    tmp_path: Path, target: str, expected: str
) -> None:
    (tmp_path / "garbage.db").write_bytes(b"this is plainly not a database file " * 100)
    with pytest.raises(StoreError, match=expected):
        Store.open(target.format(tmp=tmp_path))


def test_store_open_newer_schema_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(StoreError, match="newer stancemap"):
        Store.open(str(path))


def test_store_open_upgrades_database_behind_head(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store.open(str(path)).close()
    engine = make_engine(to_url(str(path)))
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert current_revision(engine) is None
    engine.dispose()
    with Store.open(str(path)) as store:
        assert store.save_extraction(kallas_may())
    assert _revision_of(path) == head_revision()


def test_migrations_render_for_postgresql() -> None:
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", "postgresql://user@localhost/stancemap")
    config.output_buffer = io.StringIO()
    command.upgrade(config, "head", sql=True)
    sql = config.output_buffer.getvalue()
    assert "CREATE TABLE positions" in sql
    assert '"end" INTEGER NOT NULL' in sql
    assert "TIMESTAMP WITH TIME ZONE" in sql


def test_store_open_upgrades_0001_database_keeping_actors(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(to_url(str(path)))
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
            connection.exec_driver_sql(
                "INSERT INTO actors (id, name, type, key) VALUES (1, 'Kaja Kallas', 'person', "
                "'kaja kallas')"
            )
            connection.exec_driver_sql(
                "INSERT INTO actor_aliases (actor_id, alias, key) VALUES (1, 'Kallas', 'kallas')"
            )
    finally:
        engine.dispose()
    with Store.open(str(path)) as store:
        [kallas] = store.actors()
        assert (kallas.name, kallas.aliases) == ("Kaja Kallas", ("Kallas",))
        store.rename_actor("Kallas", "Kaja Kallas (EU)")
    assert _revision_of(path) == "0002"
