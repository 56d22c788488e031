"""``/openapi.json`` is the contract: complete, and the app honours it (schemathesis)."""

from __future__ import annotations

EXPECTED_OPERATIONS = {
    ("get", "/api/articles"),
    ("post", "/api/articles"),
    ("get", "/api/articles/{article_id}"),
    ("get", "/api/actors"),
    ("get", "/api/actors/{actor_id}"),
    ("get", "/api/issues"),
    ("get", "/api/issues/{issue_id}"),
    ("get", "/api/issues/{issue_id}/matrix"),
    ("get", "/api/issues/{issue_id}/shifts"),
    ("get", "/api/issues/{issue_id}/whatif"),
    ("get", "/api/search"),
    ("get", "/api/stats"),
}


def test_openapi_lists_every_operation(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/openapi.json").json()
    operations = {(method, path) for path, item in schema["paths"].items() for method in item}
    assert operations == EXPECTED_OPERATIONS
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


def test_openapi_documents_the_error_shape(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/openapi.json").json()
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            for status in ("404", "422", "503"):
                ref = responses[status]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorBody"), (method, path, status)


def test_openapi_leaves_pages_out(client) -> None:  # type: ignore[no-untyped-def]
    paths = client.get("/openapi.json").json()["paths"]
    assert all(path.startswith("/api/") for path in paths)
