"""The REST API (``/api``, OpenAPI at ``/openapi.json``) and the server around it.

::

    with Store.open("news.db") as store:
        app = make_app(store, Settings(allow_writes=True, token="..."))

Modules: ``app`` (the FastAPI app), ``routes/`` (one per resource), ``models/``
(Pydantic, at this boundary only), ``deps`` (typed dependencies), ``errors`` (one
JSON error shape), ``ingestion`` (POSTed articles through the pipeline), ``state``.
"""

from stancemap.api.app import make_app
from stancemap.api.state import Settings

__all__ = ["Settings", "make_app"]
