"""Direct quotes: spans inside the marks, split quotes joined, speakers as written."""

from __future__ import annotations

import pytest

CASES = [
    # Cue after, split by the attribution across a full stop: one statement.
    (
        "“We will not send troops before a ceasefire,” Defence Minister Marta Kowalczyk said"
        " on Monday. “Our soldiers are not a bargaining chip.”",
        "We will not send troops before a ceasefire,” Defence Minister Marta Kowalczyk said"
        " on Monday. “Our soldiers are not a bargaining chip.",
        "Marta Kowalczyk",
    ),
    # Cue before, with a comma.
    (
        "Finance Minister Jonas Petrauskas told reporters, “The budget is balanced.”",
        "The budget is balanced.",
        "Jonas Petrauskas",
    ),
    # Quotes written as two apostrophes, inverted attribution with an apposition.
    (
        "''The port will reopen in spring,'' said Alina Varga, the harbour director."
        " ''We have repaired the cranes.''",
        "The port will reopen in spring,'' said Alina Varga, the harbour director."
        " ''We have repaired the cranes.",
        "Alina Varga",
    ),
    # A colon closing the previous paragraph introduces the quote.
    (
        "Anna Holm continued:\n\n“Nobody wants a war on our border.”",
        "Nobody wants a war on our border.",
        "Anna Holm",
    ),
    # A verb that is not a speech verb still attributes a quote ending in a comma.
    (
        "“That is simply not true,” Petra Novak laughed.",
        "That is simply not true,",
        "Petra Novak",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), CASES)
def test_direct_quote_span_and_speaker(extract_statements, text, span, speaker) -> None:  # type: ignore[no-untyped-def]
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [text[s.start : s.end] for s in found] == [span]
    assert found[0].speaker.name == speaker


def test_direct_quote_continues_speaker_in_next_paragraph(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mr. Okafor praised the deal. “It is a fair compromise,” he said.\n\n"
        "“We waited ten years for this.”"
    )
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [text[s.start : s.end] for s in found] == [
        "It is a fair compromise,",
        "We waited ten years for this.",
    ]
    assert [s.speaker.name for s in found] == ["Okafor", "Okafor"]


def test_direct_speaker_span_is_the_mention_as_written(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "“The cranes are fixed,” said Alina Varga, the harbour director, on Friday."
    (statement,) = extract_statements(text)
    assert text[statement.speaker.start : statement.speaker.end] == (
        "Alina Varga, the harbour director"
    )
