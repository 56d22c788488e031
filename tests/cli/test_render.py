"""Terminal tables: what a reader sees for an actor's roles."""

from __future__ import annotations

from datetime import date

from rich.console import Console

from stancemap.cli.render import roles_table
from stancemap.store.rows import ActorRow, RoleRow


def _role(title: str, article: str, start: int, tense: str = "unknown") -> RoleRow:
    return RoleRow(
        title=title,
        of="Valdoria",
        tense=tense,
        reported_on=date(2031, 3, 2),
        article_id=article,
        start=start,
        end=start + 20,
    )


def _rendered(roles: tuple[RoleRow, ...]) -> str:
    actor = ActorRow(
        id=1,
        name="Maren Solvik",
        type="person",
        country="Valdoria",
        current_role=None,
        aliases=(),
        roles=roles,
        members=(),
        mentions=3,
        statements=0,
        positions=0,
    )
    console = Console(width=200, record=True)
    console.print(roles_table(actor))
    return console.export_text()


def test_a_role_reported_by_two_articles_shows_once_with_both_citations() -> None:
    text = _rendered(
        (
            _role("Foreign Minister", "a1", 10),
            _role("Foreign Minister", "a2", 40),
            _role("Prime Minister", "a2", 90, tense="current"),
        )
    )
    assert text.count("Foreign Minister of Valdoria") == 1
    assert "a1 [10:30]" in text and "a2 [40:60]" in text
    assert "Prime Minister of Valdoria" in text


def test_past_and_current_reports_of_one_title_stay_apart() -> None:
    text = _rendered((_role("Mayor", "a1", 5, tense="past"), _role("Mayor", "a2", 5)))
    assert text.count("Mayor of Valdoria") == 2
