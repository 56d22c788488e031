"""``/api/actors``: filters, pagination with totals, and an actor with its evidence."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from stancemap.api import make_app
from stancemap.models import Article, Entity, Extraction, Mention
from stancemap.store import Store


def _all(client, **params):  # type: ignore[no-untyped-def]
    return client.get("/api/actors", params={"limit": 500, **params}).json()


def test_actors_list_total_counts_every_page(client) -> None:  # type: ignore[no-untyped-def]
    everyone = _all(client)
    assert everyone["total"] == len(everyone["items"]) > 10
    paged = []
    offset = 0
    while offset < everyone["total"]:
        page = client.get("/api/actors", params={"limit": 7, "offset": offset}).json()
        assert page["total"] == everyone["total"]
        paged += [a["id"] for a in page["items"]]
        offset += 7
    assert paged == [a["id"] for a in everyone["items"]]


@pytest.mark.parametrize("actor_type", ["person", "place", "organization", "media"])
def test_actors_filter_by_type(client, actor_type) -> None:  # type: ignore[no-untyped-def]
    found = _all(client, type=actor_type)
    assert found["items"], actor_type
    assert {a["type"] for a in found["items"]} == {actor_type}


@pytest.mark.parametrize(
    ("name", "expected"), [("solvik", "Maren Solvik"), ("MORVAY", "Lenka Morvay")]
)
def test_actors_filter_by_name_or_alias(client, name, expected) -> None:  # type: ignore[no-untyped-def]
    names = [a["name"] for a in _all(client, name=name)["items"]]
    assert expected in names


def test_actors_filter_by_country_ignores_case(fresh_store: Store) -> None:
    text = "Valdorian Foreign Minister Maren Solvik met Ostrenian Defence Minister Lenka Morvay."
    people = [("e1", "Maren Solvik", "Valdoria"), ("e2", "Lenka Morvay", "Ostrenia")]
    entities = tuple(
        Entity(id=i, name=name, type="person", country=country, mentions=(_mention(text, name),))
        for i, name, country in people
    )
    fresh_store.save_extraction(Extraction(Article(id="c1", text=text), "en", entities))
    with TestClient(make_app(fresh_store)) as c:
        found = c.get("/api/actors", params={"country": "VALDORIA"}).json()
    assert found["total"] == 1
    assert [(a["name"], a["country"]) for a in found["items"]] == [("Maren Solvik", "Valdoria")]


def _mention(text: str, piece: str) -> Mention:
    start = text.index(piece)
    return Mention(start, start + len(piece), piece)


def test_actors_filter_with_no_match_is_empty(client) -> None:  # type: ignore[no-untyped-def]
    found = _all(client, name="nobody-by-this-name")
    assert (found["total"], found["items"]) == (0, [])


def test_actor_detail_cites_its_articles(client) -> None:  # type: ignore[no-untyped-def]
    solvik = _all(client, name="Maren Solvik")["items"][0]
    detail = client.get(f"/api/actors/{solvik['id']}").json()
    assert detail["actor"]["name"] == "Maren Solvik"
    assert len(detail["statements"]) == solvik["statements"]
    assert len(detail["positions"]) == solvik["positions"] > 0
    texts: dict[str, str] = {}
    for entry in detail["statements"] + detail["positions"]:
        if entry["article_id"] not in texts:
            texts[entry["article_id"]] = client.get(f"/api/articles/{entry['article_id']}").json()[
                "text"
            ]
        assert texts[entry["article_id"]][entry["start"] : entry["end"]] == entry["evidence"]
    whens = [e["when"] for e in detail["positions"] if e["when"]]
    assert whens == sorted(whens)
    for shift in detail["shifts"]:
        assert shift["actor_id"] == solvik["id"] and shift["change"]


def test_actor_detail_unknown_is_404(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/actors/999999").status_code == 404


def test_actors_list_rejects_unknown_type(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/actors", params={"type": "alien"}).status_code == 422
