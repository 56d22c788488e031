"""``timeline``, ``shifts`` and ``whatif``: how positions move and what would move them."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from stancemap.cli import render
from stancemap.cli.main import DbOption, JsonOption, _query, app, stdout
from stancemap.store import Store
from stancemap.timelines import Shift, TimelineEntry, find_shifts, timeline_for
from stancemap.whatif import ActorOutcome, WhatIf, evaluate_issue, parse_assumptions

IssueOption = Annotated[str | None, typer.Option("--issue", help="Only this issue id.")]


@app.command()
def timeline(
    name: Annotated[str, typer.Argument(help="Actor name, alias or part of it.")],
    issue: IssueOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One actor's positions per issue in the order they were said, one per report."""

    def run(store: Store) -> tuple[str, list[TimelineEntry]]:
        actor = store.find_actor(name)
        return actor.name, timeline_for(store.actor_history(actor.id), issue)

    actor_name, entries = _query(db, run)
    if as_json:
        print(render.to_json({"actor": actor_name, "timeline": entries}))
        return
    table = Table(title=f"{actor_name}: timeline", show_lines=True)
    for column in ("date", "issue", "stance", "conditions", "evidence", "source"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        table.add_row(
            render.day(entry.when),
            entry.issue_id,
            render.stance(entry.stance, entry.hedged),
            "\n".join(f"• {t}" for t in entry.condition_types) or "—",
            render.quote(entry.evidence),
            f"{entry.outlet or '—'}\n{entry.article_id} [{entry.start}:{entry.end}]",
        )
    stdout.print(table)


@app.command()
def shifts(
    issue: IssueOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every change of stance or conditions between two reports, both cited."""
    found: list[Shift] = _query(db, lambda store: find_shifts(store, issue))
    if as_json:
        print(render.to_json(found))
        return
    table = Table(title=f"Shifts ({len(found)})", show_lines=True)
    for column in ("actor", "issue", "change", "before", "after"):
        table.add_column(column, overflow="fold")
    for shift in found:
        table.add_row(
            shift.actor_name,
            shift.issue_id,
            shift.change,
            _cite(shift.before),
            _cite(shift.after),
        )
    stdout.print(table)


def _cite(entry: TimelineEntry) -> str:
    return (
        f"{render.day(entry.when)} {render.stance(entry.stance, entry.hedged)}\n"
        f"{render.quote(entry.evidence, 160)}\n{entry.outlet or '—'} {entry.article_id}"
        f" [{entry.start}:{entry.end}]"
    )


@app.command()
def whatif(
    issue: Annotated[str, typer.Argument(help="Issue id.")],
    assume: Annotated[
        list[str] | None,
        typer.Option("--assume", help="A fact to assume, TYPE=yes|no (e.g. ceasefire=yes)."),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Whose stated conditions the assumed facts meet, and who would then support."""

    def run(store: Store) -> WhatIf:
        return evaluate_issue(store, issue, parse_assumptions(assume or []))

    result = _query(db, run)
    if as_json:
        print(render.to_json(result))
        return
    assumed = ", ".join(f"{k}={'yes' if v else 'no'}" for k, v in result.assumptions.items())
    table = Table(title=f"What if {assumed or 'nothing changes'} — {issue}", show_lines=True)
    for column in ("outcome", "actor", "stated stance", "conditions met", "conditions unmet"):
        table.add_column(column, overflow="fold")
    groups: list[tuple[str, tuple[ActorOutcome, ...]]] = [
        ("[green]would support[/]", result.would_support),
        ("[yellow]conditions unmet[/]", result.conditions_unmet),
        ("[red]opposed[/]", result.opposed),
    ]
    for label, outcomes in groups:
        for outcome in outcomes:
            table.add_row(
                label,
                outcome.actor_name + (" [dim](derived)[/]" if outcome.derived else ""),
                render.stance(outcome.stance),
                ", ".join(outcome.met) or "—",
                ", ".join(outcome.unmet) or "—",
            )
    stdout.print(table)
