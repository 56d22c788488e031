"""Timelines and shifts: how an actor's position on an issue changes over time.

A timeline orders an actor's positions on an issue by the date they were said
(statement date, else publication date). One article often carries several
positions of one actor; the most specific one stands for that article, so a shift
is a change *between* reports: the stance changes, or the set of condition types
does. Neutral mentions carry no stance and never make a shift.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from stancemap.store.rows import ActorRow, HistoryRow

_SPECIFICITY = {"conditional": 3, "oppose": 2, "support": 1, "neutral": 0}


@dataclass(frozen=True)
class TimelineEntry:
    """One reported position, with what a user needs to cite it."""

    when: date | None
    issue_id: str
    stance: str
    condition_types: tuple[str, ...]
    conditions: tuple[str, ...]
    hedged: bool
    evidence: str
    article_id: str
    outlet: str | None
    start: int
    end: int
    statement_id: str | None
    derived: bool


@dataclass(frozen=True)
class Shift:
    """A change of stance or conditions between two reports, both cited."""

    actor_id: int
    actor_name: str
    issue_id: str
    before: TimelineEntry
    after: TimelineEntry
    change: str


class HistorySource(Protocol):
    """What timelines need from a store."""

    def actors(self, type: str | None = None) -> list[ActorRow]: ...

    def actor_history(self, actor_id: int) -> list[HistoryRow]: ...


def build_timeline(
    history: Iterable[HistoryRow], issue_id: str | None = None
) -> dict[str, list[TimelineEntry]]:
    """Positions per issue in date order (undated last), one entry per article."""
    per_article: dict[tuple[str, str], TimelineEntry] = {}
    for row in history:
        if row.kind != "position" or row.issue_id is None or row.stance is None:
            continue
        if issue_id is not None and row.issue_id != issue_id:
            continue
        entry = _entry(row)
        key = (row.issue_id, row.article_id)
        if key not in per_article or _outranks(entry, per_article[key]):
            per_article[key] = entry
    timelines: dict[str, list[TimelineEntry]] = defaultdict(list)
    for (issue, _article), entry in per_article.items():
        timelines[issue].append(entry)
    for entries in timelines.values():
        entries.sort(key=lambda e: (e.when is None, e.when or date.max, e.article_id))
    return dict(timelines)


def find_shifts_in(actor: ActorRow, timelines: dict[str, list[TimelineEntry]]) -> list[Shift]:
    """Consecutive stanced entries of one actor that differ.

    Undated reports take no part: without a date we cannot tell which came first,
    and a shift is a claim about time.
    """
    shifts: list[Shift] = []
    for issue, entries in timelines.items():
        stanced = [e for e in entries if e.stance != "neutral" and e.when is not None]
        for before, after in zip(stanced, stanced[1:], strict=False):
            change = describe_change(before, after)
            if change:
                shifts.append(Shift(actor.id, actor.name, issue, before, after, change))
    return shifts


def find_shifts(store: HistorySource, issue_id: str | None = None) -> list[Shift]:
    """Every shift of every actor (optionally on one issue), in date order."""
    shifts: list[Shift] = []
    for actor in store.actors():
        timelines = build_timeline(store.actor_history(actor.id), issue_id)
        shifts.extend(find_shifts_in(actor, timelines))
    return sorted(shifts, key=lambda s: (s.after.when or date.max, s.actor_name))


def describe_change(before: TimelineEntry, after: TimelineEntry) -> str:
    """ "oppose → conditional; conditions +ceasefire", or "" when nothing changed."""
    parts = []
    if before.stance != after.stance:
        parts.append(f"{before.stance} → {after.stance}")
    added = sorted(set(after.condition_types) - set(before.condition_types))
    dropped = sorted(set(before.condition_types) - set(after.condition_types))
    if added or dropped:
        changes = [f"+{t}" for t in added] + [f"−{t}" for t in dropped]
        parts.append("conditions " + " ".join(changes))
    return "; ".join(parts)


def _entry(row: HistoryRow) -> TimelineEntry:
    return TimelineEntry(
        when=row.when,
        issue_id=row.issue_id or "",
        stance=row.stance or "neutral",
        condition_types=tuple(sorted({c.type for c in row.conditions})),
        conditions=tuple(c.text for c in row.conditions),
        hedged=bool(row.hedged),
        evidence=row.evidence,
        article_id=row.article_id,
        outlet=row.outlet,
        start=row.start,
        end=row.end,
        statement_id=row.statement_id,
        derived=row.derived_from is not None,
    )


def _outranks(new: TimelineEntry, old: TimelineEntry) -> bool:
    """The more specific stance stands for the article; direct words beat derived ones."""
    return (_SPECIFICITY[new.stance], not new.derived) > (_SPECIFICITY[old.stance], not old.derived)


def timeline_for(history: Sequence[HistoryRow], issue_id: str | None = None) -> list[TimelineEntry]:
    """All of an actor's timeline entries across issues, in date order."""
    entries = [e for group in build_timeline(history, issue_id).values() for e in group]
    return sorted(entries, key=lambda e: (e.when is None, e.when or date.max, e.issue_id))
