"""Statements credited by "reportedly" or "allegedly" to unnamed reports: no speaker."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The port authority is reportedly preparing charges against the mayor.",
        "The port authority is reportedly preparing charges against the mayor",
    ),
    # Opening the clause, the adverb and its comma stay out of the content.
    (
        "Reportedly, Berg moved his savings to a bank in Valmora.",
        "Berg moved his savings to a bank in Valmora",
    ),
    # A when set off before, and a comment after, are the writer's narration.
    (
        "And when asked to leave, Berg reportedly refused, which prompted the guards to act.",
        "Berg reportedly refused",
    ),
    (
        "Lund is reportedly drafting a new levy as the council nears its budget vote.",
        "Lund is reportedly drafting a new levy",
    ),
]


@pytest.mark.parametrize(("text", "span"), CASES)
def test_hearsay_statement_has_no_speaker(indirect_statement, text, span) -> None:  # type: ignore[no-untyped-def]
    statement = indirect_statement(text, span)
    assert statement.speaker.name is None
    assert statement.cue.lower() in {"reportedly", "allegedly"}


def test_reportedly_with_a_speech_verb_leaves_the_verb_its_statement(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Lund reportedly said the port would close in May."
    found = extract_statements(text)
    assert [(s.cue, text[s.start : s.end]) for s in found] == [
        ("said", "the port would close in May")
    ]
