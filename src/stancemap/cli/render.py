"""Rich tables for the query commands (JSON goes through ``to_json``)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any

from rich.table import Table

from stancemap.store import ActorRow, HistoryRow, MatrixRow
from stancemap.store.rows import RoleRow, same_role_reports

__all__ = ["ActorRow", "HistoryRow", "MatrixRow"]

STANCE_STYLE = {
    "support": "green",
    "oppose": "red",
    "conditional": "yellow",
    "neutral": "dim",
}


def to_json(value: Any) -> str:
    """Dataclasses and dates as JSON."""
    return json.dumps(_plain(value), ensure_ascii=False, indent=2)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def stance(stance: str | None, hedged: bool | None = False) -> str:
    if stance is None:
        return ""
    style = STANCE_STYLE.get(stance, "")
    mark = " (hedged)" if hedged else ""
    return f"[{style}]{stance}[/]{mark}"


def actors_table(rows: list[ActorRow]) -> Table:
    table = Table(title=f"Actors ({len(rows)})")
    columns = (
        "name",
        "type",
        "current role",
        "country",
        "aliases",
        "mentions",
        "stmts",
        "positions",
    )
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row.name,
            row.type,
            role_text(row.current_role),
            row.country or "",
            ", ".join(row.aliases[:4]) + (", …" if len(row.aliases) > 4 else ""),
            str(row.mentions),
            str(row.statements),
            str(row.positions),
        )
    return table


def role_text(role: RoleRow | None) -> str:
    """ "Foreign Minister of Latvia", marked "(then)" when reported as a past role."""
    if role is None:
        return ""
    text = role.title + (f" of {role.of}" if role.of else "")
    return f"{text} (then)" if role.tense == "past" else text


def roles_table(actor: ActorRow) -> Table:
    """An actor's roles in the order they were held, as reported, each cited."""
    table = Table(title=f"{actor.name} — roles, earliest first")
    for column in ("reported", "role", "marked", "article [span]"):
        table.add_column(column, overflow="fold")
    marks = {"past": "past", "current": "current", "unknown": "unmarked"}
    for reports in same_role_reports(actor.roles):
        first = reports[0]
        table.add_row(
            day(first.reported_on),
            role_text(first).removesuffix(" (then)"),
            marks.get(first.tense, first.tense),
            "\n".join(f"{r.article_id} [{r.start}:{r.end}]" for r in reports),
        )
    return table


def history_table(actor: ActorRow, rows: list[HistoryRow]) -> Table:
    table = Table(title=f"{actor.name} — {len(rows)} statements and positions", show_lines=True)
    for column in ("date", "what", "evidence", "outlet / article"):
        table.add_column(column, overflow="fold")
    for row in rows:
        if row.kind == "statement":
            what = f"{row.statement_kind} statement" + (f"\ncue: {row.cue}" if row.cue else "")
        else:
            what = f"{row.issue_id}\n{stance(row.stance, row.hedged)}" + _conditions(row.conditions)
        where = f"{row.outlet or '—'}\n{row.article_id} [{row.start}:{row.end}]"
        table.add_row(day(row.when), what, quote(row.evidence), where)
    return table


def matrix_table(issue_id: str, question: str | None, rows: list[MatrixRow]) -> Table:
    title = f"{issue_id}: {question}" if question else issue_id
    table = Table(title=title, show_lines=True)
    for column in ("actor", "stance", "conditions", "date", "evidence", "source"):
        table.add_column(column, overflow="fold")
    for row in rows:
        derived = "\n[dim](derived)[/]" if row.derived else ""
        table.add_row(
            f"{row.actor_name}{derived}",
            stance(row.stance, row.hedged),
            _conditions(row.conditions).strip() or "—",
            day(row.when),
            quote(row.evidence),
            f"{row.outlet or '—'}\n{row.article_id} [{row.start}:{row.end}]",
        )
    return table


def _conditions(conditions: tuple[Any, ...]) -> str:
    return "".join(f"\n• {c.type}: “{c.text}”" for c in conditions)


def quote(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"
