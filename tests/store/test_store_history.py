"""Reading positions back: the actor x issue matrix and an actor's history over time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from store_builders import ISSUE, bare_article, kallas_july, kallas_may

from stancemap.errors import NotFound
from stancemap.models import ActorRef, Issue, Position
from stancemap.store import ConditionRow, Store


def test_matrix_returns_latest_position_per_actor(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_july())
    fresh_store.save_extraction(kallas_may())
    cells = fresh_store.matrix(ISSUE)
    assert [(c.actor_name, c.stance, c.article_id) for c in cells] == [
        ("Estonia", "conditional", "a-may"),
        ("Kaja Kallas", "oppose", "a-july"),
    ]
    estonia, kallas = cells
    assert estonia.derived and estonia.derived_from == kallas.actor_id
    assert estonia.conditions == (
        ConditionRow("allied_action", "only together with other NATO members", 112, 149),
    )
    assert estonia.said_on == date(2024, 5, 27)
    assert estonia.statement_id == "a-may:s1"
    assert (kallas.outlet, kallas.evidence, kallas.derived) == (
        "Other Daily",
        "That is not on the table",
        False,
    )


def test_matrix_groups_positions_without_entity_by_name(fresh_store: Store) -> None:
    text = "Some officials in Vilnius said they back the idea."
    unlinked = Position(ActorRef("Vilnius officials", None), ISSUE, "support", 0, 14)
    extraction = replace(bare_article("v", text, published=date(2024, 6, 1)), positions=(unlinked,))
    fresh_store.save_extraction(extraction)
    [cell] = fresh_store.matrix(ISSUE)
    assert (cell.actor_id, cell.actor_name, cell.evidence) == (None, "Vilnius officials", text[:14])


def test_matrix_unknown_issue_raises_not_found_listing_known(fresh_store: Store) -> None:
    fresh_store.save_issues([Issue("sanctions", "More sanctions?")])
    fresh_store.save_extraction(kallas_may())
    with pytest.raises(NotFound, match=f"known issues: sanctions, {ISSUE}"):
        fresh_store.matrix("no-such-issue")


def test_matrix_saved_issue_without_positions_is_empty(fresh_store: Store) -> None:
    fresh_store.save_issues([Issue("sanctions", "More sanctions?")])
    assert fresh_store.matrix("sanctions") == []


def test_actor_history_is_in_date_order(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_july())
    fresh_store.save_extraction(kallas_may())
    kallas = fresh_store.find_actor("Kaja Kallas")
    rows = fresh_store.actor_history(kallas.id)
    assert [(r.kind, r.article_id, r.when) for r in rows] == [
        ("statement", "a-may", date(2024, 5, 27)),
        ("position", "a-may", date(2024, 5, 27)),
        ("position", "a-july", date(2024, 7, 16)),
        ("statement", "a-july", date(2024, 7, 17)),
    ]
    first = rows[0]
    assert (first.article_title, first.outlet, first.cue) == (
        "Kallas open to troops in Ukraine",
        "Example News",
        "told",
    )
    assert rows[1].stance == "conditional" and rows[1].conditions[0].type == "allied_action"
    assert rows[2].issue_id == ISSUE


def test_actor_history_derived_positions_belong_to_their_holder(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_may())
    estonia = fresh_store.find_actor("Estonia")
    [row] = fresh_store.actor_history(estonia.id)
    assert row.kind == "position"
    assert row.derived_from == fresh_store.find_actor("Kaja Kallas").id


def test_actor_history_unknown_actor_raises_not_found(fresh_store: Store) -> None:
    with pytest.raises(NotFound):
        fresh_store.actor_history(999)
