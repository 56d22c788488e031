"""The actors list (filtered, paginated) and an actor's page with its timeline chart."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from stancemap.api.deps import ActorId, PageDep, StoreDep
from stancemap.store.actor_listing import ActorFilter
from stancemap.store.rows import same_role_reports
from stancemap.timelines import build_timeline, find_shifts_in
from stancemap.web.chart import timeline_charts
from stancemap.web.pages import render

router = APIRouter(default_response_class=HTMLResponse)

ACTOR_TYPES = ("person", "country", "organization", "media", "group", "place")


@router.get("/actors")
def actors_page(
    request: Request,
    store: StoreDep,
    page: PageDep,
    type: Annotated[str | None, Query(max_length=40)] = None,
    country: Annotated[str | None, Query(max_length=200)] = None,
    name: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    where = ActorFilter(type=type or None, country=country or None, name=name or None)
    found = store.page_actors(where, limit=page.limit, offset=page.offset)
    return render(
        request,
        "actors.html",
        {
            "found": found,
            "where": where,
            "page": page,
            "actor_types": ACTOR_TYPES,
            "query": {"type": type or "", "country": country or "", "name": name or ""},
        },
    )


@router.get("/actors/{actor_id}")
def actor_page(request: Request, actor_id: ActorId, store: StoreDep) -> HTMLResponse:
    actor = store.actor(actor_id)
    history = store.actor_history(actor_id)
    timelines = build_timeline(history)
    shifts = find_shifts_in(actor, timelines)
    members = [store.actor(member) for member in actor.members]
    return render(
        request,
        "actor.html",
        {
            "actor": actor,
            "role_reports": same_role_reports(actor.roles),
            "members": members,
            "statements": [h for h in history if h.kind == "statement"],
            "positions": [h for h in history if h.kind == "position"],
            "charts": timeline_charts(timelines, shifts),
            "shifts": shifts,
        },
    )
