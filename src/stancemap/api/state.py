"""What the app holds while it runs: the store, the settings, the ingester."""

from __future__ import annotations

from dataclasses import dataclass

from stancemap.api.ingestion import Ingester
from stancemap.store import Store


@dataclass(frozen=True)
class Settings:
    """How the server was started.

    Writes (``POST /api/articles``) need both ``allow_writes`` and a ``token`` that
    the request presents as ``Authorization: Bearer <token>``.
    """

    allow_writes: bool = False
    token: str | None = None
    max_chars: int = 2_000_000
    max_articles_per_request: int = 100


@dataclass(frozen=True)
class AppState:
    """Everything a request handler may need, kept on ``app.state.stancemap``."""

    store: Store
    settings: Settings
    ingester: Ingester
