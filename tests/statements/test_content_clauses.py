"""Content clauses no cue word of the lexicon introduces (content_clauses.py) and
evaluations in the passive with their agent (passives.py)."""

from __future__ import annotations

import pytest

CASES = [
    # A noun of speech or thought with its that-clause, whoever owns it.
    (
        "The minister pushed back against claims by the auditors that the fund was empty.",
        "the fund was empty",
        "the auditors",
        "claims",
    ),
    (
        "Mayor Ines Moreau's conclusion that the bridge must close angered the drivers.",
        "the bridge must close",
        "Ines Moreau",
        "conclusion",
    ),
    (
        "There is widespread agreement that the harbour needs dredging.",
        "the harbour needs dredging",
        None,
        "agreement",
    ),
    # The one a feeling grips holds it; a "with" phrase the parse hung on the object.
    (
        "Farmers across the valley are gripped by fear that the river will flood again.",
        "the river will flood again",
        "Farmers across the valley",
        "fear",
    ),
    (
        "The governor entered the race for the nomination with harsh words about the"
        " northern cities.",
        "the northern cities",
        "The governor",
        "words",
    ),
    (
        "The Maritime Museum issued a statement of concern about the closing of the"
        " harbour archive.",
        "the closing of the harbour archive",
        "Maritime Museum",
        "concern",
    ),
    # A noun with the question it raises.
    (
        "The mayor has not provided details about how the tunnel would be paid for.",
        "how the tunnel would be paid for",
        "The mayor",
        "details",
    ),
    # A noun of speech, thought or writing with what it is about.
    (
        "There are growing concerns about the harbour tax in the fishing towns.",
        "the harbour tax",
        None,
        "concerns",
    ),
    # Any verb of a person or body with a that-clause.
    (
        "The Labor Office calculates that 40,000 workers will lose their jobs.",
        "40,000 workers will lose their jobs",
        "Labor Office",
        "calculates",
    ),
    (
        "The appeals court ruled that the new map was drawn unfairly.",
        "the new map was drawn unfairly",
        "The appeals court",
        "ruled",
    ),
    # A verb of asking or deciding with its question.
    (
        "The council members are debating whether the tram line should be extended.",
        "whether the tram line should be extended",
        "The council members",
        "debating",
    ),
    # A verb of discussion with its topic.
    (
        "Governor Tomas Berg discussed his plan for the coastal railway.",
        "his plan for the coastal railway",
        "Tomas Berg",
        "discussed",
    ),
    # An evaluation in the passive: the subject is what the agent judged.
    (
        "The pension reform was rejected by 58 percent of the voters.",
        "The pension reform",
        "58 percent of the voters",
        "rejected",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker", "cue"), CASES)
def test_content_clause_span_speaker_and_cue(  # type: ignore[no-untyped-def]
    indirect_statement, text, span, speaker, cue
) -> None:
    statement = indirect_statement(text, span)
    assert (statement.speaker.name, statement.cue) == (speaker, cue)


NOT_STATEMENTS = [
    # Consequences and causes are nobody's view.
    ("The verdict means that the mayor must step down.", "that the mayor must step down"),
    (
        "The union ensured that a room was open for the workers.",
        "that a room was open for the workers",
    ),
    # A state with its result: "so consumed with … that …".
    (
        "The king was so consumed with the war that he neglected the harvest.",
        "that he neglected the harvest",
    ),
    # A relative clause on a noun of thought is no content of it.
    (
        "The speculation that the senator has stirred will not end soon.",
        "that the senator has stirred",
    ),
    # Leave to speak is no statement.
    (
        "One official spoke on condition of anonymity to discuss the secret talks.",
        "the secret talks",
    ),
    # "discussed it": the topic is elsewhere.
    ("The board met on Monday and discussed it.", "it"),
]


@pytest.mark.parametrize(("text", "span"), NOT_STATEMENTS)
def test_content_clause_not_a_statement(extract_statements, text, span) -> None:  # type: ignore[no-untyped-def]
    spans = [text[s.start : s.end] for s in extract_statements(text)]
    assert span not in spans
