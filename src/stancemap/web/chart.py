"""The actor timeline chart: positions per issue over time, as inline SVG geometry.

One small chart per issue, all on the same date axis so they line up: date on x,
stance on y (support at the top, oppose at the bottom), a point per reported
position linking to its evidence, and a ring where a shift happened. The geometry is
computed here; ``templates/_timeline.html`` draws it, escaping every label.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from stancemap.timelines import Shift, TimelineEntry
from stancemap.web.pages import evidence_href

WIDTH = 1000
HEIGHT = 160
LEFT = 92
RIGHT = 16
TOP = 14
BOTTOM = 28
LEVELS = ("support", "conditional", "neutral", "oppose")  # top to bottom
_STEPS_MONTHS = (1, 2, 3, 6, 12, 24, 60, 120)
_MAX_TICKS = 7


@dataclass(frozen=True)
class Point:
    """A reported position: where it is drawn, what it says, where its evidence is."""

    x: float
    y: float
    stance: str
    label: str
    href: str
    shift: str | None


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Level:
    y: float
    stance: str


@dataclass(frozen=True)
class TimelineChart:
    """The chart of one issue, ready to draw."""

    issue_id: str
    width: int
    height: int
    left: int
    right: float
    top: int
    bottom: float
    points: tuple[Point, ...]
    path: str
    ticks: tuple[Tick, ...]
    levels: tuple[Level, ...]
    undated: tuple[TimelineEntry, ...]


def timeline_charts(
    timelines: Mapping[str, Sequence[TimelineEntry]], shifts: Sequence[Shift] = ()
) -> list[TimelineChart]:
    """One chart per issue, by issue id, on a date axis shared by all of them."""
    dated = [e.when for entries in timelines.values() for e in entries if e.when is not None]
    first, last = _domain(dated)
    changes = {(s.issue_id, s.after.article_id, s.after.start): s.change for s in shifts}
    return [_chart(issue, timelines[issue], first, last, changes) for issue in sorted(timelines)]


def _domain(dates: Sequence[date]) -> tuple[date, date]:
    """The date range to draw: the data's, padded so single dates sit mid-chart."""
    if not dates:
        today = date.today()
        return today - timedelta(days=30), today + timedelta(days=30)
    first, last = min(dates), max(dates)
    pad = max(timedelta(days=7), (last - first) / 20)
    return first - pad, last + pad


def _chart(
    issue_id: str,
    entries: Sequence[TimelineEntry],
    first: date,
    last: date,
    changes: Mapping[tuple[str, str, int], str],
) -> TimelineChart:
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    span_days = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return round(LEFT + (right - LEFT) * (day - first).days / span_days, 1)

    def y_of(stance: str) -> float:
        index = LEVELS.index(stance) if stance in LEVELS else LEVELS.index("neutral")
        return round(TOP + (bottom - TOP) * index / (len(LEVELS) - 1), 1)

    points = tuple(
        Point(
            x=x_of(e.when),
            y=y_of(e.stance),
            stance=e.stance,
            label=_label(e, changes.get((issue_id, e.article_id, e.start))),
            href=evidence_href(e.article_id, e.start, e.end),
            shift=changes.get((issue_id, e.article_id, e.start)),
        )
        for e in entries
        if e.when is not None
    )
    path = " ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(points))
    return TimelineChart(
        issue_id=issue_id,
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right=right,
        top=TOP,
        bottom=bottom,
        points=points,
        path=path,
        ticks=tuple(Tick(x_of(day), label) for day, label in _ticks(first, last)),
        levels=tuple(Level(y_of(stance), stance) for stance in LEVELS),
        undated=tuple(e for e in entries if e.when is None),
    )


def _label(entry: TimelineEntry, change: str | None) -> str:
    conditions = ", ".join(t.replace("_", " ") for t in entry.condition_types)
    parts = [
        entry.when.isoformat() if entry.when else "undated",
        entry.stance + (" (hedged)" if entry.hedged else ""),
    ]
    if conditions:
        parts.append(f"if {conditions}")
    if entry.outlet:
        parts.append(entry.outlet)
    if change:
        parts.append(f"shift: {change}")
    return " · ".join(parts)


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Month starts between ``first`` and ``last``, every n months so at most a few show."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in _STEPS_MONTHS if months / s <= _MAX_TICKS), _STEPS_MONTHS[-1])
    ticks: list[tuple[date, str]] = []
    year, month = first.year, first.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = date(year, month, 1)
        if day > last:
            return ticks
        if ((year * 12 + month - 1) % step) == 0:
            label = str(year) if step >= 12 else day.strftime("%b %Y")
            ticks.append((day, label))
