"""Saving extractions: once per article, atomically, with every reference resolved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from store_builders import ISSUE, KALLAS_MAY_TEXT, bare_article, kallas_july, kallas_may

from stancemap.errors import StoreError
from stancemap.models import ActorRef, Extraction, Issue, Position
from stancemap.store import Store, writes
from stancemap.store.schema import metadata


def table_counts(store: Store) -> dict[str, int]:
    """Rows in every table, read straight from the database."""
    with store._engine.connect() as connection:
        return {
            name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in metadata.tables.items()
        }


def test_save_extraction_twice_changes_nothing(fresh_store: Store) -> None:
    assert fresh_store.save_extraction(kallas_may()) is True
    before = table_counts(fresh_store)
    assert fresh_store.save_extraction(kallas_may()) is False
    assert table_counts(fresh_store) == before
    assert before["articles"] == 1 and before["positions"] == 2


@pytest.mark.parametrize(
    "duplicate",
    [
        pytest.param(lambda: kallas_may("other-id"), id="same-text-other-id"),
        pytest.param(
            lambda: replace(
                kallas_may("other-id"),
                article=replace(
                    kallas_may().article,
                    id="other-id",
                    text="  " + KALLAS_MAY_TEXT.replace(" ", "\n  "),
                ),
            ),
            id="same-text-other-whitespace",
        ),
        pytest.param(
            lambda: bare_article(
                "third",
                "A different text entirely.",
                url="https://WWW.news.example.com/kallas-troops/#top",
            ),
            id="same-canonical-url",
        ),
        pytest.param(lambda: bare_article("a-may", "Other text, same id."), id="same-id"),
    ],
)
def test_save_extraction_skips_stored_article(
    fresh_store: Store, duplicate: Callable[[], Extraction]
) -> None:
    fresh_store.save_extraction(kallas_may())
    before = table_counts(fresh_store)
    assert fresh_store.save_extraction(duplicate()) is False
    assert table_counts(fresh_store) == before


def test_save_extraction_losing_a_race_returns_false(
    fresh_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_store.save_extraction(kallas_may())
    before = table_counts(fresh_store)
    real_is_stored = writes.is_stored
    calls: list[str] = []

    def racing_is_stored(connection: Connection, extraction: Extraction) -> bool:
        """The first check misses the article another writer is storing at that moment."""
        calls.append(extraction.article.id)
        return len(calls) > 1 and real_is_stored(connection, extraction)

    monkeypatch.setattr(writes, "is_stored", racing_is_stored)
    assert fresh_store.save_extraction(kallas_may("same-text-new-id")) is False
    assert len(calls) == 2
    assert table_counts(fresh_store) == before


def test_save_extraction_failure_rolls_back_everything(
    fresh_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_store.save_extraction(kallas_july())
    before = table_counts(fresh_store)

    def explode(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writes, "_insert_dates", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        fresh_store.save_extraction(kallas_may())
    assert table_counts(fresh_store) == before
    monkeypatch.undo()
    assert fresh_store.save_extraction(kallas_may()) is True


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (ActorRef("Nobody", "e99"), "unknown entity 'e99'"),
        (ActorRef("Kaja Kallas", "e1"), "unknown statement 's9'"),
    ],
)
def test_save_extraction_dangling_reference_raises_and_rolls_back(
    fresh_store: Store, position: ActorRef, expected: str
) -> None:
    broken = kallas_may()
    bad = Position(
        actor=position,
        issue=ISSUE,
        stance="support",
        start=0,
        end=8,
        statement="s9" if position.entity == "e1" else None,
    )
    broken = replace(broken, positions=(*broken.positions, bad))
    with pytest.raises(StoreError, match=expected):
        fresh_store.save_extraction(broken)
    assert all(count == 0 for count in table_counts(fresh_store).values())


def test_save_extraction_duplicate_statement_ids_raise_store_error(fresh_store: Store) -> None:
    extraction = kallas_may()
    twice = replace(extraction, statements=extraction.statements * 2)
    with pytest.raises(StoreError, match="duplicate ids"):
        fresh_store.save_extraction(twice)
    assert all(count == 0 for count in table_counts(fresh_store).values())


def test_store_closed_refuses_work(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "closed.db"))
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.counts()


def test_save_extraction_keeps_evidence_offsets(fresh_store: Store) -> None:
    extraction = kallas_may()
    fresh_store.save_extraction(extraction)
    text = fresh_store.article("a-may").text
    for row in fresh_store.actor_history(fresh_store.find_actor("Kaja Kallas").id):
        assert text[row.start : row.end] == row.evidence
    [cell, *_] = [c for c in fresh_store.matrix(ISSUE) if c.actor_name == "Kaja Kallas"]
    for condition in cell.conditions:
        assert text[condition.start : condition.end] == condition.text


def test_save_extraction_stores_sources_and_dates(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_may())
    counts = table_counts(fresh_store)
    assert counts["sources_cited"] == 1
    assert counts["article_dates"] == 1
    assert counts["conditions"] == 2
    assert counts["mentions"] == 4


def test_save_issues_upserts_by_id(fresh_store: Store) -> None:
    fresh_store.save_issues([Issue(ISSUE, "Troops?", ("send troops",)), Issue("b", "B?")])
    fresh_store.save_issues([Issue(ISSUE, "Send troops into Ukraine?", ("deploy", "troops"))])
    assert fresh_store.issues() == [
        Issue("b", "B?", ()),
        Issue(ISSUE, "Send troops into Ukraine?", ("deploy", "troops")),
    ]


def test_counts_reports_main_tables(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_may())
    fresh_store.save_extraction(kallas_july())
    counts = fresh_store.counts()
    assert {k: counts[k] for k in ("articles", "actors", "statements", "positions")} == {
        "articles": 2,
        "actors": 3,
        "statements": 2,
        "positions": 3,
    }


def test_articles_lists_by_publication_date(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_july())
    fresh_store.save_extraction(kallas_may())
    rows = fresh_store.articles()
    assert [row.id for row in rows] == ["a-may", "a-july"]
    assert rows[0].outlet == "Example News"
    assert rows[0].canonical_url == "https://news.example.com/kallas-troops"
    assert rows[0].ingested_at.tzinfo is not None
    assert [row.id for row in fresh_store.articles(limit=1, offset=1)] == ["a-july"]
