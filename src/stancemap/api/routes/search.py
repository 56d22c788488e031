"""``/api/search``: full-text search over what actors said."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from stancemap.api.deps import PageDep, StoreDep
from stancemap.api.models.common import ERROR_RESPONSES, Page
from stancemap.api.models.statements import StatementHitPublic

router = APIRouter(prefix="/api/search", tags=["search"], responses=ERROR_RESPONSES)


class SearchPage(Page[StatementHitPublic]):
    """Statements matching a query, best first."""

    query: str
    method: Literal["fts5", "substring"]


@router.get("")
def search_statements(
    q: Annotated[
        str, Query(min_length=1, max_length=500, description="Words that must all occur.")
    ],
    store: StoreDep,
    page: PageDep,
) -> SearchPage:
    """Statements containing every word of ``q`` (stemmed; the last word may be a prefix)."""
    result = store.search_statements(q, limit=page.limit, offset=page.offset)
    return SearchPage(
        query=q,
        method=result.method,
        total=result.total,
        limit=page.limit,
        offset=page.offset,
        items=[StatementHitPublic.model_validate(hit) for hit in result.hits],
    )
