"""The web UI: server-rendered pages over the same store as the API.

Pages are Jinja templates (``templates/``, partials prefixed ``_``) filled by the
routes in ``routes/``; ``static/`` holds the stylesheet and a little JavaScript.
Nothing is loaded from another host. Article text is untrusted: templates autoescape,
and ``highlight`` escapes every piece of text it cuts.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from stancemap.web.pages import render_error_page
from stancemap.web.routes import router

STATIC_DIR = Path(__file__).parent / "static"


def mount_web(app: FastAPI) -> None:
    """Add the UI's pages and its static files to ``app``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")


__all__ = ["mount_web", "render_error_page"]
