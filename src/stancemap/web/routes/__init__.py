"""The UI's pages, one module per resource; ``router`` holds them all."""

from fastapi import APIRouter

from stancemap.web.routes import actors, articles, issues, search

router = APIRouter(include_in_schema=False)
for _module in (issues, actors, articles, search):
    router.include_router(_module.router)

__all__ = ["router"]
