"""Every API error has one JSON shape: ``{"error": {"status", "code", "message", "details"}}``.

One row per way a request can fail; each bug in error handling adds a row.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from stancemap.api import Settings, make_app
from stancemap.errors import StoreError
from stancemap.store import Store

ISSUE = "accord-troops-in-talmark"


@pytest.fixture
def api(example_db: str) -> Iterator[tuple[TestClient, Store]]:
    with Store.open(example_db) as store:
        app = make_app(store, Settings(allow_writes=True, token="t0ken"))
        with TestClient(app, raise_server_exceptions=False) as test_client:
            yield test_client, store


CASES = [
    # (method, url, kwargs, status, code)
    ("get", "/api/nothing-here", {}, 404, "not_found"),
    ("get", "/api/actors/999999", {}, 404, "not_found"),
    ("get", "/api/articles/no-such-article", {}, 404, "not_found"),
    ("get", "/api/issues/no-such-issue", {}, 404, "not_found"),
    ("get", "/api/issues/no-such-issue/matrix", {}, 404, "not_found"),
    ("get", "/api/issues/no-such-issue/whatif", {}, 404, "not_found"),
    ("get", "/api/actors/not-a-number", {}, 422, "invalid_request"),
    ("get", "/api/actors?limit=0", {}, 422, "invalid_request"),
    ("get", "/api/actors?type=alien", {}, 422, "invalid_request"),
    ("get", "/api/search", {}, 422, "invalid_request"),
    ("get", f"/api/issues/{ISSUE}/whatif?ceasefire=maybe", {}, 422, "invalid_request"),
    ("get", f"/issues/{ISSUE}/whatif?assume=sunshine", {}, 400, "bad_input"),
    ("post", "/api/articles", {"json": [{"text": "x"}]}, 401, "unauthorized"),
    (
        "post",
        "/api/articles",
        {"json": [{"text": "x"}], "headers": {"Authorization": "Bearer wrong"}},
        403,
        "forbidden",
    ),
    (
        "post",
        "/api/articles",
        {"content": b"{not json", "headers": {"Authorization": "Bearer t0ken"}},
        422,
        "invalid_request",
    ),
    ("delete", "/api/articles", {}, 405, "method_not_allowed"),
]


def _assert_error_shape(response, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status
    assert error["code"] == code
    assert isinstance(error["message"], str) and len(error["message"]) > 10
    assert isinstance(error["details"], list)


@pytest.mark.parametrize(("method", "url", "kwargs", "status", "code"), CASES)
def test_error_shape_is_one_json_shape(api, method, url, kwargs, status, code) -> None:  # type: ignore[no-untyped-def]
    test_client, _store = api
    _assert_error_shape(test_client.request(method, url, **kwargs), status, code)


def test_error_shape_validation_lists_each_field(api) -> None:  # type: ignore[no-untyped-def]
    test_client, _store = api
    response = test_client.get("/api/actors", params={"limit": 0, "offset": -1})
    details = response.json()["error"]["details"]
    assert {tuple(d["loc"]) for d in details} == {("query", "limit"), ("query", "offset")}
    assert all(d["msg"] and d["type"] for d in details)


def test_error_shape_store_failure_is_503(api, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    test_client, store = api

    def unavailable(*args: object, **kwargs: object) -> None:
        raise StoreError("database x.db failed: disk I/O error; check that it is reachable")

    monkeypatch.setattr(store, "actors", unavailable)
    monkeypatch.setattr(store, "page_actors", unavailable)
    _assert_error_shape(test_client.get("/api/actors"), 503, "store_unavailable")


def test_error_shape_closed_store_is_503(example_db: str) -> None:
    store = Store.open(example_db)
    with TestClient(make_app(store), raise_server_exceptions=False) as test_client:
        store.close()
        _assert_error_shape(test_client.get("/api/issues"), 503, "store_unavailable")


def test_error_shape_unexpected_failure_is_500(api, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    test_client, store = api

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(store, "issues", broken)
    response = test_client.get("/api/issues")
    _assert_error_shape(response, 500, "internal_error")
    assert "boom" not in response.json()["error"]["message"]


def test_error_shape_pages_get_html_with_the_same_status(api) -> None:  # type: ignore[no-untyped-def]
    test_client, _store = api
    response = test_client.get("/actors/999999", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no actor with id 999999" in response.text
