"""``/api/search``: full-text search over statements (FTS5 on SQLite)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stancemap.store import Store


def test_search_finds_statements_with_every_word(client) -> None:  # type: ignore[no-untyped-def]
    found = client.get("/api/search", params={"q": "ceasefire"}).json()
    assert found["method"] == "fts5"
    assert found["total"] == len(found["items"]) > 0
    for hit in found["items"]:
        assert "ceasefire" in hit["text"].lower()
        article = client.get(f"/api/articles/{hit['article_id']}").json()
        assert article["text"][hit["start"] : hit["end"]] == hit["text"]


def test_search_stems_and_completes_the_last_word(client) -> None:  # type: ignore[no-untyped-def]
    exact = client.get("/api/search", params={"q": "soldiers", "limit": 500}).json()
    stemmed = client.get("/api/search", params={"q": "soldier", "limit": 500}).json()
    prefix = client.get("/api/search", params={"q": "soldi", "limit": 500}).json()
    assert exact["total"] > 0
    assert stemmed["total"] >= exact["total"]
    assert prefix["total"] >= exact["total"]


def test_search_is_paginated_with_total(client) -> None:  # type: ignore[no-untyped-def]
    everything = client.get("/api/search", params={"q": "the", "limit": 500}).json()
    page = client.get("/api/search", params={"q": "the", "limit": 3, "offset": 2}).json()
    assert page["total"] == everything["total"] > 5
    assert [h["statement_id"] for h in page["items"]] == [
        h["statement_id"] for h in everything["items"][2:5]
    ]


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b)", "a OR", "*", "col:x", "---"])
def test_search_treats_operators_as_text(client, query) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200
    assert response.json()["total"] >= 0


def test_search_needs_a_query(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_search_index_follows_deleted_articles(example_db, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(example_db, copy)
    with Store.open(str(copy)) as store:
        before = store.search_statements("ceasefire", limit=500)
        assert before.method == "fts5" and before.total > 0
        gone = before.hits[0].article_id
        with store._engine.begin() as connection:  # noqa: SLF001 (no delete API yet)
            connection.exec_driver_sql("DELETE FROM articles WHERE id = ?", (gone,))
        after = store.search_statements("ceasefire", limit=500)
    assert gone not in {hit.article_id for hit in after.hits}
    assert after.total < before.total


def test_search_without_fts_falls_back_to_substrings(example_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from stancemap.store import search

    monkeypatch.setattr(search, "ensure_index", lambda engine: False)
    copy = tmp_path / "copy.db"
    shutil.copy(example_db, copy)
    with Store.open(str(copy)) as store:
        found = store.search_statements("Ceasefire", limit=500)
    assert found.method == "substring" and found.total > 0
    assert all("ceasefire" in hit.text.lower() for hit in found.hits)
