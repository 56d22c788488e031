"""Rendering pages: the template environment, its filters, and the error page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import HTMLResponse, Response

from stancemap.api.models.common import ErrorInfo

TEMPLATES_DIR = Path(__file__).parent / "templates"

STANCES = ("support", "conditional", "neutral", "oppose")
CONDITION_LABELS = {
    "ceasefire": "ceasefire / peace deal",
    "allied_action": "collective or allied action",
    "adversary_advance": "adversary advance / escalation",
    "legislative_approval": "legislative approval",
    "mandate": "mandate",
    "host_request": "request by the host country",
    "other": "other",
}


def day(value: date | None) -> str:
    """A date as 2031-01-14, or an em dash when unknown."""
    return value.isoformat() if value else "—"


def evidence_href(article_id: str, start: int, end: int) -> str:
    """The link to characters ``start:end`` of an article, highlighted on its page."""
    return f"/articles/{quote(article_id, safe='')}#c{start}-{end}"


def article_href(article_id: str) -> str:
    return f"/articles/{quote(article_id, safe='')}"


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a web address a link may point to, else None."""
    if not url:
        return None
    return url if urlsplit(url).scheme in {"http", "https"} else None


def condition_label(kind: str) -> str:
    return CONDITION_LABELS.get(kind, kind.replace("_", " "))


def shorten(text: str, limit: int = 220) -> str:
    """At most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(day=day, condition_label=condition_label, shorten=shorten)
    env.globals.update(
        evidence_href=evidence_href,
        article_href=article_href,
        safe_url=safe_url,
        STANCES=STANCES,
        CONDITION_LABELS=CONDITION_LABELS,
    )
    return env


templates = Jinja2Templates(env=_environment())


def render(
    request: Request, name: str, context: dict[str, Any], *, status_code: int = 200
) -> HTMLResponse:
    """Render template ``name`` with ``context`` (and the request) as a page."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error_page(request: Request, info: ErrorInfo) -> Response:
    """The HTML page for an error a browser met: the same status and message as the API."""
    return render(request, "error.html", {"error": info}, status_code=info.status)
