"""What-if and shifts over rows built by hand (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from stancemap.errors import ConfigError
from stancemap.store.rows import ActorRow, ConditionRow, HistoryRow, MatrixRow
from stancemap.timelines import build_timeline, find_shifts_in
from stancemap.whatif import evaluate, parse_assumptions


def _cell(name: str, stance: str, *types: str) -> MatrixRow:
    return MatrixRow(
        actor_id=hash(name) % 1000,
        actor_name=name,
        actor_type="country",
        issue_id="troops",
        stance=stance,
        hedged=False,
        confidence=0.7,
        conditions=tuple(ConditionRow(t, t, 0, 1) for t in types),
        said_on=None,
        published=date(2024, 5, 30),
        article_id="a",
        article_title=None,
        outlet=None,
        evidence="…",
        start=0,
        end=1,
        statement_id=None,
        derived=False,
        derived_from=None,
    )


def test_whatif_moves_actors_whose_conditions_are_all_met() -> None:
    rows = [
        _cell("Lithuania", "conditional", "allied_action", "ceasefire"),
        _cell("Estonia", "conditional", "legislative_approval"),
        _cell("Germany", "oppose"),
        _cell("France", "support"),
    ]
    result = evaluate("troops", rows, parse_assumptions(["ceasefire=yes", "allies_join=yes"]))
    assert {o.actor_name for o in result.would_support} == {"Lithuania", "France"}
    assert [o.unmet for o in result.conditions_unmet] == [("legislative_approval",)]
    assert [o.actor_name for o in result.opposed] == ["Germany"]


@pytest.mark.parametrize("bad", ["ceasefire", "weather=yes", "ceasefire=perhaps"])
def test_whatif_rejects_unreadable_assumptions(bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError):
        parse_assumptions([bad])


def _history(article: str, when: date | None, stance: str, *types: str) -> HistoryRow:
    return HistoryRow(
        kind="position",
        said_on=when,
        published=when,
        article_id=article,
        article_title=None,
        outlet="Nordwire",
        start=0,
        end=5,
        evidence="words",
        statement_id=None,
        statement_kind=None,
        cue=None,
        issue_id="troops",
        stance=stance,
        hedged=False,
        confidence=0.7,
        conditions=tuple(ConditionRow(t, t, 0, 1) for t in types),
        derived_from=None,
    )


def test_shifts_flag_stance_and_condition_changes_between_reports() -> None:
    actor = ActorRow(1, "Maren Solvik", "person", None, None, (), (), (), 3, 3, 3)
    history = [
        _history("a1", date(2031, 1, 14), "oppose"),
        _history("a1", date(2031, 1, 14), "neutral"),
        _history("a2", date(2031, 4, 7), "conditional", "ceasefire", "allied_action"),
        _history("a3", date(2031, 6, 16), "conditional", "ceasefire"),
        _history("a4", date(2031, 7, 1), "conditional", "ceasefire"),
    ]
    shifts = find_shifts_in(actor, build_timeline(history))
    assert [s.change for s in shifts] == [
        "oppose → conditional; conditions +allied_action +ceasefire",
        "conditions −allied_action",
    ]
    assert shifts[0].before.article_id == "a1" and shifts[0].after.article_id == "a2"


def test_undated_reports_cannot_make_a_shift() -> None:
    """Without dates we cannot tell which report came first."""
    actor = ActorRow(2, "France", "country", None, None, (), (), (), 2, 2, 2)
    history = [
        _history("b1", None, "conditional", "ceasefire"),
        _history("b2", None, "support"),
        _history("b3", date(2031, 2, 1), "oppose"),
    ]
    assert find_shifts_in(actor, build_timeline(history)) == []
