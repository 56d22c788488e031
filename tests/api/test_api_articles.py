"""``/api/articles``: paginated listing with totals, and an article with its evidence."""

from __future__ import annotations

import pytest


def test_articles_list_is_paginated_with_total(client) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/articles", params={"limit": 5}).json()
    assert first["total"] == 14
    assert (first["limit"], first["offset"], len(first["items"])) == (5, 0, 5)
    rest = client.get("/api/articles", params={"limit": 50, "offset": 5}).json()
    assert len(rest["items"]) == 9
    ids = [a["id"] for a in first["items"] + rest["items"]]
    assert len(set(ids)) == 14
    assert "text" not in first["items"][0]


def test_articles_list_orders_by_publication_date(client) -> None:  # type: ignore[no-untyped-def]
    items = client.get("/api/articles", params={"limit": 100}).json()["items"]
    dates = [a["published"] for a in items if a["published"]]
    assert dates == sorted(dates)
    first = items[0]
    assert (first["id"], first["outlet"], first["published"]) == ("ex-01", "Nordwire", "2031-01-14")


def test_article_detail_offsets_index_its_text(client) -> None:  # type: ignore[no-untyped-def]
    article = client.get("/api/articles/ex-01").json()
    text = article["text"]
    assert article["statements"] and article["positions"] and article["mentions"]
    for statement in article["statements"]:
        assert text[statement["start"] : statement["end"]] == statement["text"]
        if statement["speaker_start"] is not None:
            assert text[statement["speaker_start"] : statement["speaker_end"]]
    for position in article["positions"]:
        for condition in position["conditions"]:
            assert text[condition["start"] : condition["end"]] == condition["text"]
    for mention in article["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    for source in article["sources_cited"]:
        assert source["end"] > source["start"]


def test_article_detail_names_speakers(client) -> None:  # type: ignore[no-untyped-def]
    article = client.get("/api/articles/ex-01").json()
    speakers = {s["actor_name"] for s in article["statements"]}
    assert "Maren Solvik" in speakers


@pytest.mark.parametrize("article_id", ["nope", "ex-99", "a/b"])
def test_article_detail_unknown_is_404(client, article_id) -> None:  # type: ignore[no-untyped-def]
    response = client.get(f"/api/articles/{article_id}")
    assert response.status_code == 404
    assert article_id in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "many"}]
)
def test_articles_list_rejects_bad_paging(client, params) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/articles", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
