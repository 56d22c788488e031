"""Stances a preposition introduces (prep_stances.py) and sentences framed by their
source (source_frames.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    # A phrase of stance on a verb of speaking, voting or giving.
    (
        "Senator Ines Moreau has spoken out in favor of the harbour levy.",
        "the harbour levy",
        "Ines Moreau",
        "favor",
    ),
    (
        "The Harbour Alliance raised $2 million in support of the bridge plan.",
        "the bridge plan",
        "Harbour Alliance",
        "support",
    ),
    # A group divided over a question.
    (
        "The voters are split on whether the mayor should resign.",
        "whether the mayor should resign",
        "The voters",
        "split",
    ),
    (
        "Economists are divided sharply over whether the levy will work.",
        "whether the levy will work",
        "Economists",
        "divided",
    ),
    # A verb of speech with its particle.
    (
        "In three interviews, Justice Maria Lund sounded off on the new harbour levy.",
        "the new harbour levy",
        "Maria Lund",
        "sounded off",
    ),
    # A stance stated with the copula.
    ("Most fishermen are against the new quota.", "the new quota", "Most fishermen", "against"),
    # A feeling about something.
    (
        "Local officials are furious at the shipping company.",
        "the shipping company",
        "Local officials",
        "furious",
    ),
    (
        "Virtually no one was impressed with the mayor's plan to close the ferry.",
        "the mayor's plan to close the ferry",
        "Virtually no one",
        "impressed",
    ),
    # A noun of feeling, judgement or speech with its owner.
    (
        "Councillor Tomas Berg's critique of the harbour budget drew applause.",
        "the harbour budget",
        "Councillor Tomas Berg",
        "critique",
    ),
    (
        "Mayor Ines Moreau shared her zeal for auditing the port authority.",
        "auditing the port authority",
        "Ines Moreau",
        "zeal",
    ),
    # One who takes a side, said of a person.
    (
        "Senator Ines Moreau, a fierce critic of the harbour levy, voted no.",
        "the harbour levy",
        "Ines Moreau",
        "critic",
    ),
    (
        "Tomas Berg has been a supporter of the ferry and of the new bridge.",
        "the ferry and of the new bridge",
        "Tomas Berg",
        "supporter",
    ),
    # A light verb whose noun names the stance (cues.IDIOM_CONTENT).
    (
        "Mayor Ines Moreau made no mention of the harbour deficit.",
        "the harbour deficit",
        "Ines Moreau",
        "made",
    ),
    (
        "The dock unions have thrown their support behind Tomas Berg.",
        "Tomas Berg",
        "The dock unions",
        "thrown",
    ),
    # An idiom's object stops before a relative clause set off by a comma.
    (
        "The dock unions threw their support behind Tomas Berg, whom they call a fighter.",
        "Tomas Berg",
        "The dock unions",
        "threw",
    ),
    # An attitude adjective: the preposition goes with the cue, its object is the content.
    (
        "Many fishermen are deeply skeptical about the new harbour levy.",
        "the new harbour levy",
        "Many fishermen",
        "skeptical",
    ),
    (
        "Berg spoke to the dock workers, many of them deeply skeptical about the levy.",
        "the levy",
        "many of them",
        "skeptical",
    ),
    (
        "Mayor Ines Moreau is proud of her record on the ferry service.",
        "her record on the ferry service",
        "Ines Moreau",
        "proud",
    ),
    (
        "The audit would shed light on how the port authority spends its money.",
        "how the port authority spends its money",
        "The audit",
        "shed",
    ),
    # A verb of quarrel or of taking sides with its preposition (cues.PREP_CONTENT).
    (
        "City officials have since balked at the plan to build a hotel on the pier.",
        "the plan to build a hotel on the pier",
        "City officials",
        "balked",
    ),
    (
        "The two candidates sparred over the harbour budget.",
        "the harbour budget",
        "The two candidates",
        "sparred",
    ),
    (
        "A majority of residents disapprove of how the council handled the flood.",
        "how the council handled the flood",
        "A majority of residents",
        "disapprove",
    ),
    # A sentence framed by its source.
    (
        "In the latest Harbour Gazette survey, Mayor Lund leads her rival by nine points.",
        "Mayor Lund leads her rival by nine points",
        "the latest Harbour Gazette survey",
        "In",
    ),
    (
        "For many voters in the valley, the harbour tax is the issue that matters most.",
        "the harbour tax is the issue that matters most",
        "many voters in the valley",
        "For",
    ),
    (
        "To Maria Lund, the tunnel is a waste of money.",
        "the tunnel is a waste of money",
        "Maria Lund",
        "To",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker", "cue"), CASES)
def test_prepositional_stance_span_speaker_and_cue(  # type: ignore[no-untyped-def]
    indirect_statement, text, span, speaker, cue
) -> None:
    statement = indirect_statement(text, span)
    assert (statement.speaker.name, statement.cue) == (speaker, cue)


NOT_STATEMENTS = [
    # "in favor of" as "to the benefit of", on a verb that takes no side.
    ("The rules are rigged in favor of the rich.", "the rich"),
    # "as opposed to" contrasts; nobody opposes.
    (
        "The town would cap arrivals at 1,000, as opposed to the 5,000 who came last year.",
        "the 5,000 who came last year",
    ),
    # A split somebody caused, and a place, not a question.
    (
        "The party was split anew by an uproar on the convention floor.",
        "the convention floor",
    ),
    # Supporters as a crowd: nobody's stance is described.
    ("Supporters of the levy rallied outside the town hall.", "the levy"),
    # A single person after "for": the day he had, not his view.
    ("For Tomas Berg, it was a day of celebration.", "it was a day of celebration"),
    # Where an announcement was made; a race, not a stance.
    ("Tomas Berg made his announcement in Riverton on Monday.", "Riverton"),
    ("Ines Moreau's campaign for the nomination is faltering.", "the nomination"),
    # An interview frames a clause with its own speaker and verb.
    (
        "In an interview with the Gazette, Berg doubled down on his remarks about the port.",
        "Berg doubled down on his remarks about the port",
    ),
]


@pytest.mark.parametrize(("text", "span"), NOT_STATEMENTS)
def test_prepositional_stance_not_a_statement(extract_statements, text, span) -> None:  # type: ignore[no-untyped-def]
    spans = [text[s.start : s.end] for s in extract_statements(text)]
    assert span not in spans
