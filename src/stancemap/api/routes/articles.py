"""``/api/articles``: list stored articles, read one with its evidence, ingest new ones."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Body

from stancemap.api.deps import IngesterDep, PageDep, SettingsDep, StoreDep, WriterDep
from stancemap.api.models.articles import (
    ArticleCreate,
    ArticleDetail,
    ArticlePublic,
    IngestResult,
)
from stancemap.api.models.common import ERROR_RESPONSES, ErrorBody, Page
from stancemap.store.rows import ArticleRow

router = APIRouter(prefix="/api/articles", tags=["articles"], responses=ERROR_RESPONSES)

_WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "No bearer token"},
    403: {"model": ErrorBody, "description": "Writes are off, or the token is wrong"},
}


@router.get("")
def list_articles(store: StoreDep, page: PageDep) -> Page[ArticlePublic]:
    """Stored articles by publication date (undated last), without their text."""
    rows = store.articles(limit=page.limit, offset=page.offset)
    return Page[ArticlePublic](
        total=store.counts()["articles"],
        limit=page.limit,
        offset=page.offset,
        items=[ArticlePublic.model_validate(row) for row in rows],
    )


@router.get("/{article_id:path}")
def read_article(article_id: str, store: StoreDep) -> ArticleDetail:
    """One article with its text, statements, positions, sources cited and mentions."""
    view = store.article_view(article_id)
    return ArticleDetail.model_validate(
        {
            **_fields(view.article),
            "statements": view.statements,
            "positions": view.positions,
            "sources_cited": view.sources,
            "mentions": view.mentions,
        },
        from_attributes=True,
    )


@router.post("", dependencies=[WriterDep], responses=_WRITE_RESPONSES)
def create_articles(
    articles: Annotated[list[ArticleCreate], Body(min_length=1, max_length=100)],
    store: StoreDep,
    settings: SettingsDep,
    ingester: IngesterDep,
) -> IngestResult:
    """Extract and store articles (needs --allow-writes and the bearer token).

    Re-sending an article changes nothing (it is listed as unchanged); an article that
    cannot be analysed (empty, not English, too large) is listed as failed and the
    others are stored.
    """
    records = [article.model_dump(exclude_none=True) for article in articles]
    outcome = ingester.ingest(store, records, max_chars=settings.max_chars)
    return IngestResult.model_validate(dataclasses.asdict(outcome))


def _fields(row: ArticleRow) -> dict[str, Any]:
    return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}
