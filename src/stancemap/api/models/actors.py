"""Actors: people, countries, organisations and outlets, merged across articles."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from stancemap.api.models.common import Public
from stancemap.api.models.issues import ShiftPublic
from stancemap.api.models.statements import HistoryEntryPublic


class RolePublic(Public):
    """A title an actor was reported to hold, cited to the article that reported it."""

    title: str
    of: str | None
    tense: str
    reported_on: date | None
    article_id: str
    start: int
    end: int


class ActorBase(BaseModel):
    """Who an actor is."""

    name: str
    type: str
    country: str | None


class ActorPublic(ActorBase, Public):
    """An actor with its roles, aliases and how much evidence the store holds."""

    id: int
    current_role: RolePublic | None
    aliases: list[str]
    roles: list[RolePublic]
    members: list[int]
    mentions: int
    statements: int
    positions: int


class ActorDetail(BaseModel):
    """An actor with every statement and position in date order, and its shifts."""

    actor: ActorPublic
    statements: list[HistoryEntryPublic]
    positions: list[HistoryEntryPublic]
    shifts: list[ShiftPublic]
