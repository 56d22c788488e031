"""Typed dependencies the routes declare: the store, the settings, a page, a writer."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated, cast

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from stancemap.api.errors import AuthError
from stancemap.api.ingestion import Ingester
from stancemap.api.state import AppState, Settings
from stancemap.store import Store

MAX_PAGE = 500
_bearer = HTTPBearer(auto_error=False, description="STANCEMAP_TOKEN, for writes only")


def get_state(request: Request) -> AppState:
    return cast(AppState, request.app.state.stancemap)


def get_store(request: Request) -> Store:
    return get_state(request).store


def get_settings(request: Request) -> Settings:
    return get_state(request).settings


def get_ingester(request: Request) -> Ingester:
    return get_state(request).ingester


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
IngesterDep = Annotated[Ingester, Depends(get_ingester)]


@dataclass(frozen=True)
class PageParams:
    """Which slice of a list to return."""

    limit: int
    offset: int


def get_page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9, description="Items to skip.")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageDep = Annotated[PageParams, Depends(get_page)]
ActorId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The actor's id.")]


def require_writer(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Let a request write only if writes are on and it carries the server's token."""
    if not settings.allow_writes or not settings.token:
        raise AuthError(
            403,
            "writes are disabled on this server; start it with --allow-writes and the "
            "STANCEMAP_TOKEN environment variable set",
        )
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise AuthError(401, "writing needs the header 'Authorization: Bearer <STANCEMAP_TOKEN>'")
    if not secrets.compare_digest(credentials.credentials.encode(), settings.token.encode()):
        raise AuthError(403, "the bearer token is not this server's STANCEMAP_TOKEN")


WriterDep = Depends(require_writer)
