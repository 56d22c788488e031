"""Shared readings of the parse: infinitives and finite verbs."""

from __future__ import annotations

import pytest

from stancemap.nlp.grammar import is_finite, is_infinitive, sentence_before


@pytest.mark.parametrize(
    ("text", "verb", "infinitive", "finite"),
    [
        ("Ostra wants to send troops.", "send", True, False),
        ("Ostra declared its support.", "declared", False, True),
        ("Ostra could win the vote.", "win", False, True),
        ("Ostra was impressed by the plan.", "impressed", False, True),
        ("Sending troops is a mistake.", "Sending", False, False),
    ],
)
def test_infinitive_and_finite_verbs(nlp, text, verb, infinitive, finite) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.text == verb)
    assert (is_infinitive(token), is_finite(token)) == (infinitive, finite)


def test_sentence_before_is_the_previous_sentence_or_none(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ostra met the envoys. They said no.")
    assert sentence_before(doc[0]) is None
    they = next(t for t in doc if t.text == "They")
    assert sentence_before(they).text == "Ostra met the envoys."  # type: ignore[union-attr]
