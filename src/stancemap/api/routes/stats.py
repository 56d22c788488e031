"""``/api/stats``: what the database holds, and whether this server accepts writes."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from stancemap.api.deps import SettingsDep, StoreDep
from stancemap.api.models.common import ERROR_RESPONSES

router = APIRouter(prefix="/api/stats", tags=["stats"], responses=ERROR_RESPONSES)


class StatsPublic(BaseModel):
    """Row counts per table and the server's write mode."""

    counts: dict[str, int]
    writes_enabled: bool


@router.get("")
def read_stats(store: StoreDep, settings: SettingsDep) -> StatsPublic:
    """How many articles, actors, statements, positions, outlets and issues are stored."""
    return StatsPublic(
        counts=store.counts(),
        writes_enabled=settings.allow_writes and bool(settings.token),
    )
