"""Which words an "according to X" source is credited with."""

from __future__ import annotations

import pytest

CASES = [
    # Set off after the word that opens a clause: the source vouches for that clause.
    (
        "The mayor resigned after, according to the auditor, the fund had run dry.",
        "the fund had run dry",
        "the auditor",
    ),
    (
        "Dockers stayed home because, according to the union, the cranes were unsafe.",
        "the cranes were unsafe",
        "the union",
    ),
    # After a colon the phrase opens a sentence of its own, and vouches for what follows.
    (
        "The race is tightening: according to a new poll, Senator Hale leads by two points.",
        "Senator Hale leads by two points",
        "a new poll",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), CASES)
def test_according_to_inside_a_clause_credits_that_clause(  # type: ignore[no-untyped-def]
    indirect_statement, text, span, speaker
) -> None:
    statement = indirect_statement(text, span)
    assert (statement.speaker.name, statement.cue) == (speaker, "according to")
