"""Quoted words inside a reported sentence: the statement is the reported clause."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Senator Leo Brandt said the tariff would “hurt every farmer in the valley.”",
        "the tariff would “hurt every farmer in the valley",
        "Leo Brandt",
    ),
    (
        "Defence Minister Anna Holm said she was “ready to send instructors” if allies agreed.",
        "she was “ready to send instructors” if allies agreed",
        "Anna Holm",
    ),
    # A clause of its own between the cue and the quote: the quote ends that clause.
    (
        "Olga Brandt, the party's treasurer, said the group might run ads against the"
        " mayor, “depending on how the budget vote goes.”",
        "the group might run ads against the mayor, “depending on how the budget vote goes",
        "Olga Brandt",
    ),
    # The attribution set off by commas inside the sentence it reports.
    (
        "A weaker currency, Mr. Dube said, “could be a good time to pay off debt.”",
        "A weaker currency, Mr. Dube said, “could be a good time to pay off debt",
        "Dube",
    ),
    # No clause found by the parse: the sentence around the quote, cue after it.
    (
        "The levy, Mr. Dube added, was “a tax on the poor.”",
        "The levy, Mr. Dube added, was “a tax on the poor",
        "Dube",
    ),
    # The one told is no part of what was said.
    (
        "Mayor Ina Berg told the Daily Ledger she was “not ready to decide” on the levy.",
        "she was “not ready to decide” on the levy",
        "Ina Berg",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), CASES)
def test_mixed_quote_is_one_indirect_statement(extract_statements, text, span, speaker) -> None:  # type: ignore[no-untyped-def]
    found = extract_statements(text)
    assert [(s.kind, text[s.start : s.end]) for s in found] == [("indirect", span)]
    assert found[0].speaker.name == speaker


def test_mixed_scare_quote_without_speaker_is_no_statement(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "The council approved the so-called “green corridor” on Tuesday."
    assert extract_statements(text) == []


# The quote begun inside the clause goes on after its attribution: one statement.
RESUMED = [
    (
        "Farmers are “tired of waiting for the subsidy,” said Ana Ruiz, who leads the"
        " growers' union. “Nobody in the capital listens to us.”",
        "Farmers are “tired of waiting for the subsidy,” said Ana Ruiz, who leads the"
        " growers' union. “Nobody in the capital listens to us.",
        "Ana Ruiz",
    ),
    (
        "The new levy is “a tax on the poor,” Mr. Dube told the council, “and everyone"
        " here knows it.”",
        "The new levy is “a tax on the poor,” Mr. Dube told the council, “and everyone"
        " here knows it.",
        "Dube",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), RESUMED)
def test_quote_resumed_after_attribution_joins_the_mixed_clause(
    extract_statements, text, span, speaker
) -> None:  # type: ignore[no-untyped-def]
    found = extract_statements(text)
    assert [(s.kind, text[s.start : s.end]) for s in found] == [("indirect", span)]
    assert found[0].speaker.name == speaker


def test_new_sentence_introduced_by_the_cue_stays_apart(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Praising the mayor's “steady hand,” Ana Ruiz said, “We owe her the new bridge"
        " and the school.”"
    )
    spans = [text[s.start : s.end] for s in extract_statements(text)]
    assert "We owe her the new bridge and the school." in spans
