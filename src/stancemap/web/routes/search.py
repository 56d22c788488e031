"""The search page: statements containing the words asked for."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from stancemap.api.deps import PageDep, StoreDep
from stancemap.store.search import search_words
from stancemap.web.highlight import mark_words
from stancemap.web.pages import render

router = APIRouter(default_response_class=HTMLResponse)


@router.get("/search")
def search_page(
    request: Request,
    store: StoreDep,
    page: PageDep,
    q: Annotated[str, Query(max_length=500)] = "",
) -> HTMLResponse:
    result = store.search_statements(q, limit=page.limit, offset=page.offset) if q.strip() else None
    words = search_words(q)
    return render(
        request,
        "search.html",
        {
            "q": q,
            "result": result,
            "page": page,
            "marked": {hit.statement_id: mark_words(hit.text, words) for hit in result.hits}
            if result
            else {},
        },
    )
