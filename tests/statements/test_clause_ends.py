"""Where a reported clause ends: what the reporter adds after it is cut, what the
speaker said stays (``statements/clause_ends.py``)."""

from __future__ import annotations

import pytest

ENDS = [
    # A relative on the person a stance is about tells who they are: it stays.
    (
        "The senator praised Lena Moreau, who stepped down after the flood.",
        "praised",
        "Lena Moreau, who stepped down after the flood",
    ),
    # A gloss on who a named person is, after a stance on them, is the reporter's.
    (
        "The union is backing Moreau, the former harbour director.",
        "backing",
        "Moreau",
    ),
    # A verb joined after a dash to a reported clause with its own subject goes on
    # with what was reported.
    (
        "Aides said the minister was flying to Oslo for the summit — but skipped the"
        " dinner and returned home early.",
        "said",
        "the minister was flying to Oslo for the summit — but skipped the dinner and"
        " returned home early",
    ),
    # Another actor set beside the speaker is the reporter's.
    (
        "Holm said she would not back the harbour plan, as has the mayor of Tarnby.",
        "said",
        "she would not back the harbour plan",
    ),
    (
        "Berg said the council had ignored the fishermen, as did the regional board.",
        "said",
        "the council had ignored the fishermen",
    ),
]


@pytest.mark.parametrize(("text", "cue", "span"), ENDS)
def test_reported_clause_ends_where_the_speaker_stops(  # type: ignore[no-untyped-def]
    extract_statements, text, cue, span
) -> None:
    found = {s.cue: text[s.start : s.end] for s in extract_statements(text)}
    assert found.get(cue) == span, found
