"""Persistence: stancemap's extractions in SQLite or PostgreSQL, behind one ``Store``.

::

    with Store.open("news.db") as store:
        store.save_extraction(extraction)   # False if the article was already stored
        store.matrix("western-troops-in-ukraine")

Modules: ``schema`` (tables), ``migrations/`` + ``migrate`` (Alembic, run on open),
``connect`` (URLs, paths, SQLite set-up), ``writes`` and ``entities`` (one article per
transaction), ``actors`` (which stored actor an entity is), ``actor_queries``,
``history`` and ``queries`` (reads), ``actor_listing``, ``article_view`` and ``search``
(reads for the API and web UI; ``search`` keeps an FTS5 index on SQLite), ``rows`` (what
reads return), ``keys`` (name and URL normalisation).
"""

from stancemap.store.rows import (
    ActorRow,
    ArticleRow,
    ConditionRow,
    HistoryRow,
    MatrixRow,
    RoleRow,
)
from stancemap.store.store import Store

__all__ = [
    "ActorRow",
    "ArticleRow",
    "ConditionRow",
    "HistoryRow",
    "MatrixRow",
    "RoleRow",
    "Store",
]
