"""``/api/actors``: people, countries, organisations and outlets, and what each said."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from stancemap.api.deps import ActorId, PageDep, StoreDep
from stancemap.api.models.actors import ActorDetail, ActorPublic
from stancemap.api.models.common import ERROR_RESPONSES, Page
from stancemap.api.models.issues import ShiftPublic
from stancemap.api.models.statements import HistoryEntryPublic
from stancemap.store.actor_listing import ActorFilter
from stancemap.timelines import build_timeline, find_shifts_in

router = APIRouter(prefix="/api/actors", tags=["actors"], responses=ERROR_RESPONSES)

ActorType = Literal["person", "country", "organization", "media", "place", "group"]


@router.get("")
def list_actors(
    store: StoreDep,
    page: PageDep,
    type: Annotated[ActorType | None, Query(description="Only actors of this type.")] = None,
    country: Annotated[
        str | None, Query(max_length=200, description="Only actors of this country.")
    ] = None,
    name: Annotated[
        str | None,
        Query(max_length=200, description="Only actors whose name or an alias contains this."),
    ] = None,
) -> Page[ActorPublic]:
    """Actors by name, with current role, aliases and evidence counts."""
    found = store.page_actors(
        ActorFilter(type=type, country=country, name=name), limit=page.limit, offset=page.offset
    )
    return Page[ActorPublic](
        total=found.total,
        limit=page.limit,
        offset=page.offset,
        items=[ActorPublic.model_validate(row) for row in found.actors],
    )


@router.get("/{actor_id}")
def read_actor(actor_id: ActorId, store: StoreDep) -> ActorDetail:
    """An actor with every statement and position in date order, and its shifts."""
    actor = store.actor(actor_id)
    history = store.actor_history(actor_id)
    shifts = find_shifts_in(actor, build_timeline(history))
    return ActorDetail(
        actor=ActorPublic.model_validate(actor),
        statements=[HistoryEntryPublic.model_validate(h) for h in history if h.kind == "statement"],
        positions=[HistoryEntryPublic.model_validate(h) for h in history if h.kind == "position"],
        shifts=[ShiftPublic.model_validate(shift) for shift in shifts],
    )
