"""The articles list and an article's page with its evidence highlighted."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from stancemap.api.deps import PageDep, StoreDep
from stancemap.web.highlight import article_anchors, article_spans, highlight
from stancemap.web.pages import render

router = APIRouter(default_response_class=HTMLResponse)


@router.get("/articles")
def articles_page(request: Request, store: StoreDep, page: PageDep) -> HTMLResponse:
    return render(
        request,
        "articles.html",
        {
            "articles": store.articles(limit=page.limit, offset=page.offset),
            "total": store.counts()["articles"],
            "page": page,
        },
    )


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    view = store.article_view(article_id)
    body = highlight(view.article.text, article_spans(view), anchors=article_anchors(view))
    return render(request, "article.html", {"view": view, "article": view.article, "body": body})
