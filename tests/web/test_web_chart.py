"""The actor timeline chart's geometry: dates on x, stance on y, shifts ringed."""

from __future__ import annotations

from datetime import date

from stancemap.timelines import Shift, TimelineEntry
from stancemap.web.chart import LEVELS, timeline_charts


def _entry(day: date | None, stance: str, article: str, issue: str = "troops") -> TimelineEntry:
    return TimelineEntry(
        when=day,
        issue_id=issue,
        stance=stance,
        condition_types=("ceasefire",) if stance == "conditional" else (),
        conditions=(),
        hedged=False,
        evidence="…",
        article_id=article,
        outlet="Nordwire",
        start=10,
        end=20,
        statement_id=None,
        derived=False,
    )


def test_timeline_chart_places_dates_left_to_right_and_stances_top_down() -> None:
    entries = [
        _entry(date(2031, 1, 14), "oppose", "a1"),
        _entry(date(2031, 3, 2), "conditional", "a2"),
        _entry(date(2031, 6, 16), "support", "a3"),
    ]
    (chart,) = timeline_charts({"troops": entries})
    xs = [p.x for p in chart.points]
    assert xs == sorted(xs) and chart.left < xs[0] and xs[-1] < chart.right
    ys = {p.stance: p.y for p in chart.points}
    assert ys["support"] < ys["conditional"] < ys["oppose"]
    assert [level.stance for level in chart.levels] == list(LEVELS)
    assert chart.path.startswith("M") and chart.path.count("L") == 2
    assert chart.points[0].href == "/articles/a1#c10-20"
    assert chart.ticks and all(chart.left <= t.x <= chart.right for t in chart.ticks)


def test_timeline_charts_share_one_date_axis() -> None:
    charts = timeline_charts(
        {
            "strikes": [_entry(date(2031, 5, 1), "support", "b1", "strikes")],
            "troops": [
                _entry(date(2031, 1, 1), "oppose", "a1"),
                _entry(date(2031, 5, 1), "support", "a2"),
            ],
        }
    )
    assert [c.issue_id for c in charts] == ["strikes", "troops"]
    assert charts[0].points[0].x == charts[1].points[1].x


def test_timeline_chart_rings_shifts_and_lists_undated() -> None:
    before = _entry(date(2031, 1, 14), "oppose", "a1")
    after = _entry(date(2031, 4, 7), "conditional", "a2")
    undated = _entry(None, "support", "a3")
    shift = Shift(1, "Maren Solvik", "troops", before, after, "oppose → conditional")
    (chart,) = timeline_charts({"troops": [before, after, undated]}, [shift])
    assert [p.shift for p in chart.points] == [None, "oppose → conditional"]
    assert "shift: oppose → conditional" in chart.points[1].label
    assert chart.undated == (undated,)


def test_timeline_chart_of_one_date_is_centred() -> None:
    (chart,) = timeline_charts({"troops": [_entry(date(2031, 1, 14), "support", "a1")]})
    middle = (chart.left + chart.right) / 2
    assert abs(chart.points[0].x - middle) < 1
