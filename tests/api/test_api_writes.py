"""``POST /api/articles``: refused unless writes are on and the bearer token matches."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from stancemap.api import Settings, make_app
from stancemap.api.ingestion import Ingester
from stancemap.store import Store

TOKEN = "s3cret-token-for-tests"
ARTICLE = {
    "id": "api-1",
    "title": "Merovia weighs Accord mission",
    "outlet": "Nordwire",
    "published": "2031-08-02",
    "text": (
        "LUMEN, Aug 2 (Nordwire) – Merovian Chancellor Konrad Aubel said on Friday that "
        "Merovia would send soldiers to Talmark only after a ceasefire is agreed. “We will "
        "not go alone,” he told reporters in Lumen, adding that parliament would have to "
        "approve any deployment."
    ),
}


@pytest.fixture(scope="module")
def ingester() -> Ingester:
    """One ingester for the module, so the pipeline loads once."""
    return Ingester()


@pytest.fixture
def writable(example_db: str, tmp_path: Path, ingester: Ingester) -> Iterator[TestClient]:
    copy = tmp_path / "writable.db"
    shutil.copy(example_db, copy)
    settings = Settings(allow_writes=True, token=TOKEN)
    with (
        Store.open(str(copy)) as store,
        TestClient(make_app(store, settings, ingester=ingester)) as c,
    ):
        yield c


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_writes_refused_on_a_read_only_server(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/api/articles", json=[ARTICLE], headers=_bearer(TOKEN))
    assert response.status_code == 403
    assert "--allow-writes" in response.json()["error"]["message"]


def test_writes_refused_without_a_token(writable: TestClient) -> None:
    response = writable.post("/api/articles", json=[ARTICLE])
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert writable.get("/api/articles/api-1").status_code == 404


@pytest.mark.parametrize("header", [f"Bearer {TOKEN}x", "Bearer wrong", f"Basic {TOKEN}"])
def test_writes_refused_with_a_wrong_token(writable: TestClient, header: str) -> None:
    response = writable.post("/api/articles", json=[ARTICLE], headers={"Authorization": header})
    assert response.status_code in {401, 403}
    assert writable.get("/api/articles/api-1").status_code == 404


def test_writes_refused_when_no_token_is_configured(example_db: str) -> None:
    with Store.open(example_db) as store:
        app = make_app(store, Settings(allow_writes=True, token=None))
        with TestClient(app) as c:
            response = c.post("/api/articles", json=[ARTICLE], headers=_bearer(""))
    assert response.status_code in {401, 403}


def test_writes_with_the_token_ingest_and_are_idempotent(writable: TestClient) -> None:
    before = writable.get("/api/stats").json()["counts"]["articles"]
    first = writable.post("/api/articles", json=[ARTICLE], headers=_bearer(TOKEN))
    assert first.status_code == 200, first.text
    assert first.json() == {"stored": ["api-1"], "unchanged": [], "failed": []}
    article = writable.get("/api/articles/api-1").json()
    assert article["outlet"] == "Nordwire" and article["published"] == "2031-08-02"
    assert any(s["actor_name"] == "Konrad Aubel" for s in article["statements"])
    again = writable.post("/api/articles", json=[ARTICLE], headers=_bearer(TOKEN))
    assert again.json() == {"stored": [], "unchanged": ["api-1"], "failed": []}
    assert writable.get("/api/stats").json()["counts"]["articles"] == before + 1


def test_writes_report_bad_articles_and_store_the_rest(writable: TestClient) -> None:
    blank = {"id": "blank", "text": "   \n  "}
    response = writable.post("/api/articles", json=[blank, ARTICLE], headers=_bearer(TOKEN))
    body = response.json()
    assert response.status_code == 200
    assert body["stored"] == ["api-1"]
    assert [(f["index"], f["reason"]) for f in body["failed"]] == [(0, "empty")]


@pytest.mark.parametrize(
    "payload", [[], {"text": "not a list"}, [{"title": "no text"}], [{"text": ""}], "x"]
)
def test_writes_reject_malformed_bodies(writable: TestClient, payload: object) -> None:
    response = writable.post("/api/articles", json=payload, headers=_bearer(TOKEN))
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
