"""``/api/issues``: the issues, each one's stance matrix, its shifts, and what-ifs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from stancemap.api.deps import PageDep, StoreDep
from stancemap.api.models.common import ERROR_RESPONSES, Page
from stancemap.api.models.issues import (
    IssuePublic,
    MatrixCellPublic,
    MatrixPublic,
    ShiftPublic,
    ShiftsPublic,
    WhatIfPublic,
)
from stancemap.errors import NotFound
from stancemap.models import Issue
from stancemap.store import Store
from stancemap.timelines import find_shifts
from stancemap.whatif import evaluate

router = APIRouter(prefix="/api/issues", tags=["issues"], responses=ERROR_RESPONSES)

Assumption = Annotated[
    bool | None, Query(description="Assume this condition is met (true) or not (false).")
]


def find_issue(store: Store, issue_id: str) -> Issue:
    """The saved issue ``issue_id``; NotFound naming the known ones otherwise."""
    issues = store.issues()
    for issue in issues:
        if issue.id == issue_id:
            return issue
    known = ", ".join(issue.id for issue in issues) or "none yet"
    raise NotFound(f"no issue {issue_id!r}; known issues: {known}")


@router.get("")
def list_issues(store: StoreDep, page: PageDep) -> Page[IssuePublic]:
    """The issues saved in the database, by id."""
    issues = store.issues()
    return Page[IssuePublic](
        total=len(issues),
        limit=page.limit,
        offset=page.offset,
        items=[
            IssuePublic.model_validate(issue)
            for issue in issues[page.offset : page.offset + page.limit]
        ],
    )


@router.get("/{issue_id}")
def read_issue(issue_id: str, store: StoreDep) -> IssuePublic:
    """One issue: its question and terms."""
    return IssuePublic.model_validate(find_issue(store, issue_id))


@router.get("/{issue_id}/matrix")
def read_matrix(issue_id: str, store: StoreDep) -> MatrixPublic:
    """Each actor's latest position on the issue: stance, conditions, date, evidence."""
    issue = find_issue(store, issue_id)
    cells = store.matrix(issue_id)
    return MatrixPublic(
        issue=IssuePublic.model_validate(issue),
        total=len(cells),
        items=[MatrixCellPublic.model_validate(cell) for cell in cells],
    )


@router.get("/{issue_id}/shifts")
def read_shifts(issue_id: str, store: StoreDep) -> ShiftsPublic:
    """Every change of stance or conditions on the issue between two reports, both cited."""
    issue = find_issue(store, issue_id)
    shifts = find_shifts(store, issue_id)
    return ShiftsPublic(
        issue=IssuePublic.model_validate(issue),
        total=len(shifts),
        items=[ShiftPublic.model_validate(shift) for shift in shifts],
    )


@router.get("/{issue_id}/whatif")
def read_whatif(
    issue_id: str,
    store: StoreDep,
    ceasefire: Assumption = None,
    allied_action: Assumption = None,
    adversary_advance: Assumption = None,
    legislative_approval: Assumption = None,
    mandate: Assumption = None,
    host_request: Assumption = None,
) -> WhatIfPublic:
    """Whose stated conditions the assumed facts meet, and who would then support."""
    find_issue(store, issue_id)
    given = {
        "ceasefire": ceasefire,
        "allied_action": allied_action,
        "adversary_advance": adversary_advance,
        "legislative_approval": legislative_approval,
        "mandate": mandate,
        "host_request": host_request,
    }
    assumptions = {name: value for name, value in given.items() if value is not None}
    return WhatIfPublic.model_validate(evaluate(issue_id, store.matrix(issue_id), assumptions))
