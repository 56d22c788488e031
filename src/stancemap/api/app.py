"""The FastAPI application: the REST API under ``/api`` and the web UI around it.

``make_app(store)`` builds it over an open ``Store``; the caller (``stancemap serve``,
a test) owns the store and closes it. The API's contract is ``/openapi.json``; every
error, API or page, goes through ``api.errors``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from starlette.responses import Response

from stancemap import __version__
from stancemap.api.errors import install_error_handlers
from stancemap.api.ingestion import Ingester
from stancemap.api.routes import actors, articles, issues, search, stats
from stancemap.api.state import AppState, Settings
from stancemap.store import Store

DESCRIPTION = (
    "Who stands where, on what, under which conditions — from news, with citations. "
    "Every piece of evidence carries `start`/`end` offsets into its article's text. "
    "Lists return one page and the `total` count; every error has the body "
    '`{"error": {"status", "code", "message", "details"}}`.'
)
# Pages load nothing from elsewhere and run no inline script: article text is
# untrusted, so even markup that slipped through escaping could not execute.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def make_app(
    store: Store, settings: Settings | None = None, *, ingester: Ingester | None = None
) -> FastAPI:
    """The app serving ``store``: read-only unless ``settings`` allow writes with a token."""
    # Imported here: the web pages use the API's models and dependencies, so importing
    # them at module level would make ``import stancemap.web`` circular.
    from stancemap.web import mount_web, render_error_page

    app = FastAPI(
        title="stancemap",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.stancemap = AppState(
        store=store, settings=settings or Settings(), ingester=ingester or Ingester()
    )
    for module in (articles, actors, issues, search, stats):
        app.include_router(module.router)
    mount_web(app)
    install_error_handlers(app, html_renderer=render_error_page)
    app.middleware("http")(_security_headers)
    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
