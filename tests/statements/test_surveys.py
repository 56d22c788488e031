"""Findings credited to a poll named in the sentence ("… in a new poll")."""

from __future__ import annotations

import pytest

CASES = [
    # The poll closing the clause, with its dates.
    (
        "Senator Hale led Mayor Berg by nine points in a Radio Nord poll taken May 3-6.",
        "Senator Hale led Mayor Berg by nine points",
        "a Radio Nord poll",
    ),
    # Opening the sentence: what the respondents said is the poll's finding too.
    (
        "In a new Valmora Herald survey, 40 percent of farmers said they would vote for Hale.",
        "40 percent of farmers said they would vote for Hale",
        "a new Valmora Herald survey",
    ),
]

NOT_FINDINGS = [
    # A polling station is a place, not a source.
    "Berg cast his vote in a polling station near the harbour.",
    # The poll inside a relative clause is not credited with the sentence.
    "Voters who took part in the poll were angry about the levy.",
    # Something follows the poll: the phrase does not close what it is credited with.
    "Hale rose in the polls after the debate on the levy.",
]


@pytest.mark.parametrize(("text", "span", "speaker"), CASES)
def test_poll_is_credited_with_its_finding(  # type: ignore[no-untyped-def]
    indirect_statement, text, span, speaker
) -> None:
    statement = indirect_statement(text, span)
    assert statement.speaker.name == speaker
    assert statement.cue.lower() == "in"


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_no_poll_finding_without_a_poll_source(extract_statements, text) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in extract_statements(text) if s.cue.lower() == "in"] == []


SHARES = [
    # The parser reads "one in five say" as a noun phrase; the share still speaks, and
    # "that" stays when it is the subject of what is said.
    ("One in five say that will not be true.", "that will not be true", "One in five"),
    ("One in five say that the plan will fail.", "the plan will fail", "One in five"),
]


@pytest.mark.parametrize(("text", "span", "speaker"), SHARES)
def test_a_share_of_those_polled_says_the_rest_of_the_sentence(  # type: ignore[no-untyped-def]
    indirect_statement, text, span, speaker
) -> None:
    statement = indirect_statement(text, span)
    assert (statement.speaker.name, statement.cue) == (speaker, "say")


def test_a_share_without_a_cue_says_nothing(extract_statements) -> None:  # type: ignore[no-untyped-def]
    assert extract_statements("The share rose from one in five in 2010 to one in four.") == []
