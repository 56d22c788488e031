"""The speaker name the contract prints: what a reader would call the speaker.

A named person is their full name, also when the text says "he" or a short name;
an organisation is named as the text names it; where no proper name is written
(a role, a group, a poll, a coordination) the phrase itself is the speaker, and the
entity still points at the actor meant when the text makes it clear.
"""

from __future__ import annotations

import pytest

CASES = [
    # A name that only modifies a common noun is not the speaker.
    (
        "Weber aides said the senator would skip the budget dinner next week.",
        "the senator would skip the budget dinner next week",
        "Weber aides",
        False,
    ),
    (
        "The Lindqvist campaign said the rally in Malmo would go ahead on Sunday.",
        "the rally in Malmo would go ahead on Sunday",
        "The Lindqvist campaign",
        False,
    ),
    # A role with its complement, whole ("The former secretary of state").
    (
        "The former secretary of state said she would return to the trail on Monday.",
        "she would return to the trail on Monday",
        "The former secretary of state",
        False,
    ),
    # A role that refers back to a named person: the role as written, the person's id.
    (
        "President Anna Kovac arrived in Split on Monday. The president said the port"
        " deal was nearly finished.",
        "the port deal was nearly finished",
        "The president",
        True,
    ),
    # Coordinated speakers are named together, joined as the text joins them; the
    # entity is the first actor named (each of them said it).
    (
        "Farmers and their unions said the treaty would fail without a new vote.",
        "the treaty would fail without a new vote",
        "Farmers and their unions",
        False,
    ),
    (
        "Mayor Anna Kovac and Governor Ines Moreau said the treaty would fail without a new vote.",
        "the treaty would fail without a new vote",
        "Anna Kovac and Ines Moreau",
        True,
    ),
    # Groups of people and polls, with what follows the head noun.
    (
        "A majority of the union members said the offer was too low to accept.",
        "the offer was too low to accept",
        "A majority of the union members",
        False,
    ),
    # A short name resolves to the full name of the person.
    (
        "Mayor Ines Moreau opened the bridge on Friday. Moreau said the tolls would end in March.",
        "the tolls would end in March",
        "Ines Moreau",
        True,
    ),
    # A heading line before the subject is not part of the speaker.
    (
        "3:20 p.m.\n\nEarly results of the exit poll suggested the turnout had risen sharply"
        " in the north.",
        "the turnout had risen sharply in the north",
        "Early results of the exit poll",
        False,
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker", "has_entity"), CASES)
def test_speaker_name_is_what_a_reader_calls_the_speaker(  # type: ignore[no-untyped-def]
    extract_statements, text, span, speaker, has_entity
) -> None:
    found = [s for s in extract_statements(text) if text[s.start : s.end] == span]
    assert found, [text[s.start : s.end] for s in extract_statements(text)]
    statement = found[0]
    assert statement.speaker.name == speaker
    assert (statement.speaker.entity is not None) == has_entity
    assert statement.speaker.start is not None and statement.speaker.end is not None
    assert speaker in text[statement.speaker.start : statement.speaker.end] or has_entity
