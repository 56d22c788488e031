"""The stance matrix and what-if on the two seed articles ingested together.

These are the outcomes an analyst reading both articles would write down for
"should Western troops go to Ukraine": who is conditional, on what, and who
would move once a ceasefire holds and allies act together.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stancemap.store import Store
from stancemap.store.rows import MatrixRow
from stancemap.whatif import evaluate

TROOPS = "western-troops-in-ukraine"


@pytest.fixture(scope="module")
def seed_store(seed_extractions, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("seeds")) / "seeds.db"
    with Store.open(str(path)) as store:
        for name in sorted(seed_extractions):
            store.save_extraction(seed_extractions[name])
        yield store


@pytest.fixture(scope="module")
def troops(seed_store: Store) -> dict[str, MatrixRow]:
    return {row.actor_name: row for row in seed_store.matrix(TROOPS)}


def _types(row: MatrixRow) -> set[str]:
    return {condition.type for condition in row.conditions}


@pytest.mark.parametrize("actor", ["Lithuania", "Kasutis Budrys"])
def test_lithuania_would_go_with_allies_after_a_ceasefire(
    troops: dict[str, MatrixRow], actor: str
) -> None:
    row = troops[actor]
    assert row.stance == "conditional"
    assert _types(row) == {"allied_action", "ceasefire"}


@pytest.mark.parametrize("actor", ["Estonia", "Kaja Kallas"])
def test_estonia_leaves_it_to_parliament(troops: dict[str, MatrixRow], actor: str) -> None:
    row = troops[actor]
    assert row.stance == "conditional"
    assert _types(row) == {"legislative_approval"}
    assert "parliament" in row.evidence


@pytest.mark.parametrize("actor", ["Poland", "Latvia"])
def test_poland_and_baltic_states_would_act_on_a_russian_breakthrough(
    troops: dict[str, MatrixRow], actor: str
) -> None:
    row = troops[actor]
    assert row.stance == "conditional"
    assert _types(row) == {"adversary_advance"}


@pytest.mark.parametrize("actor", ["France", "United Kingdom", "Germany"])
def test_big_european_states_consider_troops_after_a_ceasefire(
    troops: dict[str, MatrixRow], actor: str
) -> None:
    row = troops[actor]
    assert row.stance == "conditional"
    assert _types(row) == {"ceasefire"}
    assert "in the event of a ceasefire" in row.evidence


def test_strike_policy_is_not_a_troops_position(troops: dict[str, MatrixRow]) -> None:
    """Scholz's line on German weapons is about strikes, not about sending troops."""
    assert "Olaf Scholz" not in troops


def test_ceasefire_and_allied_action_move_lithuania_to_support(
    troops: dict[str, MatrixRow],
) -> None:
    outcome = evaluate(TROOPS, list(troops.values()), {"ceasefire": True, "allied_action": True})
    supporters = {o.actor_name for o in outcome.would_support}
    waiting = {o.actor_name for o in outcome.conditions_unmet}
    assert "Lithuania" in supporters
    assert {"Poland", "Latvia"} <= waiting
    assert "Estonia" in waiting  # its parliament has not been assumed to agree


def test_scholz_opposes_strikes_with_german_weapons(seed_store: Store) -> None:
    rows = {
        row.actor_name: row for row in seed_store.matrix("strikes-on-russia-with-supplied-weapons")
    }
    assert rows["Olaf Scholz"].stance == "oppose"


def test_budrys_flag_in_ukraine_is_read_as_support(seed_extractions, seed_texts) -> None:  # type: ignore[no-untyped-def]
    """ "there's no doubt whatsoever that the Lithuanian flag will be present there": the
    negated doubt is counted once, so Budrys and Lithuania support."""
    name = next(n for n, text in seed_texts.items() if "Lithuanian flag" in text)
    text = seed_texts[name]
    flag = text.index("Lithuanian flag")
    stances = {
        (p.actor.name, p.stance)
        for p in seed_extractions[name].positions
        if p.issue == TROOPS and p.start <= flag < p.end
    }
    assert ("Kasutis Budrys", "support") in stances
    assert ("Lithuania", "support") in stances
    assert not {s for _, s in stances} & {"oppose"}


def test_coordinated_speakers_each_hold_the_position(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    """ "Macron and Czech President Petr Pavel have both suggested that Europe should not
    limit …": both presidents, and their countries, hold the view."""
    holders = {
        p.actor.name
        for extraction in seed_extractions.values()
        for p in extraction.positions
        if p.issue == "strikes-on-russia-with-supplied-weapons" and p.stance == "support"
    }
    assert {"Emmanuel Macron", "France", "Petr Pavel", "Czech Republic"} <= holders
