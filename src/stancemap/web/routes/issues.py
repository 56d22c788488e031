"""The home page (issues), an issue's matrix and shifts, and its what-if page."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import HTMLResponse

from stancemap.api.deps import SettingsDep, StoreDep
from stancemap.api.routes.issues import find_issue
from stancemap.models import CONDITION_TYPES
from stancemap.timelines import find_shifts
from stancemap.web.pages import render
from stancemap.whatif import evaluate, parse_assumptions

router = APIRouter(default_response_class=HTMLResponse)

ASSUMABLE = tuple(kind for kind in CONDITION_TYPES if kind != "other")


@router.get("/")
def home(request: Request, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    return render(
        request,
        "index.html",
        {
            "issues": store.issues(),
            "counts": store.counts(),
            "writes": settings.allow_writes and bool(settings.token),
        },
    )


@router.get("/issues/{issue_id}")
def issue_page(request: Request, issue_id: str, store: StoreDep) -> HTMLResponse:
    issue = find_issue(store, issue_id)
    cells = store.matrix(issue_id)
    tally = Counter(cell.stance for cell in cells)
    return render(
        request,
        "issue.html",
        {
            "issue": issue,
            "cells": cells,
            "tally": tally,
            "shifts": find_shifts(store, issue_id),
        },
    )


@router.get("/issues/{issue_id}/whatif")
def whatif_page(
    request: Request,
    issue_id: str,
    store: StoreDep,
    assume: Annotated[list[str] | None, Query()] = None,
) -> HTMLResponse:
    issue = find_issue(store, issue_id)
    chosen = sorted(set(assume or ()))
    assumptions = parse_assumptions(f"{kind}=yes" for kind in chosen)
    baseline = evaluate(issue_id, store.matrix(issue_id), {})
    outcome = evaluate(issue_id, store.matrix(issue_id), assumptions)
    before = {o.actor_name for o in baseline.would_support}
    return render(
        request,
        "whatif.html",
        {
            "issue": issue,
            "assumable": ASSUMABLE,
            "chosen": set(assumptions),
            "outcome": outcome,
            "newly_supporting": {o.actor_name for o in outcome.would_support} - before,
        },
    )
