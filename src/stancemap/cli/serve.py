"""``stancemap serve``: the REST API and the web UI over a database.

The server loads the extraction pipeline only when a client posts articles, which
needs ``--allow-writes`` and the token in ``STANCEMAP_TOKEN``.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from stancemap.cli.main import DbOption, _db, _user_errors, app
from stancemap.errors import ConfigError, StancemapError
from stancemap.store import Store

TOKEN_ENV = "STANCEMAP_TOKEN"


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help=f"Accept POST /api/articles with the bearer token from ${TOKEN_ENV}.",
        ),
    ] = False,
) -> None:
    """Serve the REST API (/api, OpenAPI at /openapi.json) and the web UI; read-only by default."""
    import uvicorn

    from stancemap.api import Settings, make_app

    token = os.environ.get(TOKEN_ENV) or None
    with _user_errors():
        if allow_writes and not token:
            raise ConfigError(
                f"--allow-writes needs a token: set {TOKEN_ENV} to a long random string, "
                "and send it as 'Authorization: Bearer <token>'"
            )
        store = Store.open(_db(db))
        try:
            counts = store.counts()
        except StancemapError:
            store.close()
            raise
    mode = "writes allowed with the token" if allow_writes else "read-only"
    shown = "localhost" if host in {"0.0.0.0", "::"} else host
    print(
        f"Serving {store.name} ({counts['articles']} articles, {mode}) at "
        f"http://{shown}:{port}/ — press Ctrl+C to stop",
        file=sys.stderr,
    )
    if not counts["articles"]:
        print(
            "The database holds no articles yet: run 'stancemap demo' or 'stancemap ingest'.",
            file=sys.stderr,
        )
    app = make_app(store, Settings(allow_writes=allow_writes, token=token))
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
