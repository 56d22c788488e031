"""Parse shapes of a cue beyond "X said (that) CLAUSE" (shapes.py) and lexicon rows."""

from __future__ import annotations

import pytest

CASES = [
    # A that-clause after the cue's adjuncts, hung by the parser on the adjunct's noun.
    (
        "Expected to be the party's top donor, Ada Lind said earlier on Friday during a news"
        " conference that she may wait until the spring to decide.",
        "she may wait until the spring to decide",
        "Ada Lind",
        "said",
    ),
    (
        "Governor Tomas Berg said in a statement that the bridge would reopen in May.",
        "the bridge would reopen in May",
        "Tomas Berg",
        "said",
    ),
    # "As X noted, CLAUSE" and "CLAUSE, as X warned"; "As X told a newspaper, CLAUSE".
    (
        "As Ines Moreau told the Daily Courier, tax relief is given in exchange for jobs.",
        "tax relief is given in exchange for jobs",
        "Ines Moreau",
        "told",
    ),
    (
        "As Mayor Ines Moreau noted, the harbour workers could still be laid off.",
        "the harbour workers could still be laid off",
        "Ines Moreau",
        "noted",
    ),
    (
        "The board will close the plant next year, as the union leader Jon Berg warned.",
        "The board will close the plant next year",
        "Jon Berg",
        "warned",
    ),
    # Short answers stand for the clause.
    (
        "Asked if the tax was fair, 61 percent of farmers said yes.",
        "yes",
        "61 percent of farmers",
        "said",
    ),
    (
        "Most teachers back the plan, while only 30 percent of parents say the same of it.",
        "the same of it",
        "only 30 percent of parents",
        "say",
    ),
    ("Senator Lena Holm said no to the pipeline.", "no to the pipeline", "Lena Holm", "said"),
    # "the same" parsed as a subject is still the answer.
    (
        "Most farmers back the tariff. Last year, 40 percent of farmers said the same.",
        "the same",
        "40 percent of farmers",
        "said",
    ),
    # "called for X to Y", "called on X to Y".
    (
        "The unions called for the minister to resign over the scandal.",
        "the minister to resign over the scandal",
        "The unions",
        "called",
    ),
    (
        "Senator Lena Holm called on parliament to pass the budget.",
        "parliament to pass the budget",
        "Lena Holm",
        "called",
    ),
    (
        "Half the farmers back the tax, and a third said that of the levy on fuel.",
        "that of the levy on fuel",
        "a third",
        "said",
    ),
    # A gerund is what was proposed, denied or reported.
    (
        "Senator Lena Holm proposed closing the harbour to cruise ships.",
        "closing the harbour to cruise ships",
        "Lena Holm",
        "proposed",
    ),
    (
        "The Farmers Union reported spending two million euros on the campaign.",
        "spending two million euros on the campaign",
        "Farmers Union",
        "reported",
    ),
    # A parenthetical cue between a bare subject and its past-tense verb.
    (
        "The new ferry, Mayor Ines Moreau said, carried twice as many cars as the old one.",
        "The new ferry, Mayor Ines Moreau said, carried twice as many cars as the old one",
        "Ines Moreau",
        "said",
    ),
    (
        "As Senator Lena Holm pointed out, the ferry has never made a profit.",
        "the ferry has never made a profit",
        "Lena Holm",
        "pointed out",
    ),
    (
        "Minister Tomas Berg echoed the warnings of the central bank.",
        "the warnings of the central bank",
        "Tomas Berg",
        "echoed",
    ),
    # Idioms and phrasal verbs of stance; criticism with a target and a charge.
    (
        "Senator Lena Holm has come out in support of the harbour plan.",
        "the harbour plan",
        "Lena Holm",
        "come out",
    ),
    (
        "The farmers union takes issue with the new water rules.",
        "the new water rules",
        "The farmers union",
        "takes",
    ),
    (
        "Mayor Ines Moreau hit Governor Tomas Berg over the closure of the port.",
        "Governor Tomas Berg over the closure of the port",
        "Ines Moreau",
        "hit",
    ),
    (
        "Senator Lena Holm decided to vote against the budget.",
        "to vote against the budget",
        "Lena Holm",
        "decided",
    ),
    (
        "Senator Lena Holm wondered whether the council had read the report at all.",
        "whether the council had read the report at all",
        "Lena Holm",
        "wondered",
    ),
    (
        "Mayor Ines Moreau made veiled references to the governor's past.",
        "to the governor's past",
        "Ines Moreau",
        "references",
    ),
    # "according to" set off inside the sentence reports all of it, or the main clause
    # after a subordinate one.
    (
        "Over the next decade, according to the budget office, the deficit will double.",
        "Over the next decade, according to the budget office, the deficit will double",
        "the budget office",
        "according to",
    ),
    (
        "While most ferries were on time, according to the port authority, two were"
        " cancelled for repairs.",
        "two were cancelled for repairs",
        "the port authority",
        "according to",
    ),
    # Directives: the addressee with what it was told to do.
    (
        "Mayor Ines Moreau told the dock workers to go home early.",
        "the dock workers to go home early",
        "Ines Moreau",
        "told",
    ),
    (
        "Senator Lena Holm warned voters not to trust the polls.",
        "voters not to trust the polls",
        "Lena Holm",
        "warned",
    ),
    # The things said, named by a noun the speech verb's relative clause follows.
    (
        "Here are nine harsh things the senator has said about farmers this year.",
        "nine harsh things the senator has said about farmers this year",
        "the senator",
        "said",
    ),
    # A closing cue the parser hangs on the clause as an adverbial.
    (
        "Exports of timber will fall for a third year, the statistics office reported on Tuesday.",
        "Exports of timber will fall for a third year",
        "the statistics office",
        "reported",
    ),
    ("Neither party would say so.", "so", "Neither party", "say"),
    # The subject the parser takes for an object after the cue.
    (
        "The port had a say in every major investment in the region, said a former"
        " spokesman for the ministry, Oleg Petrov.",
        "The port had a say in every major investment in the region",
        "Oleg Petrov",
        "said",
    ),
    # Lexicon: "hopes" (lemmatised "hop"), "implied", short objects, wanted objects.
    (
        "Ada Lind hopes the council and the mayor do not repeat the same mistake.",
        "the council and the mayor do not repeat the same mistake",
        "Ada Lind",
        "hopes",
    ),
    (
        "Jon Berg implied the judge was biased against the port.",
        "the judge was biased against the port",
        "Jon Berg",
        "implied",
    ),
    (
        "Minister Tomas Berg announced his resignation.",
        "his resignation",
        "Tomas Berg",
        "announced",
    ),
    (
        "Representative Ada Lind wants more funding for rural schools.",
        "more funding for rural schools",
        "Ada Lind",
        "wants",
    ),
    (
        "Mayor Ines Moreau sees the governor as captured by the shipping lobby.",
        "the governor as captured by the shipping lobby",
        "Ines Moreau",
        "sees",
    ),
    (
        "Senator Lena Holm downplayed the risks of the pipeline.",
        "the risks of the pipeline",
        "Lena Holm",
        "downplayed",
    ),
    (
        "Jon Berg agreed with the governor on the need for a new bridge.",
        "the governor on the need for a new bridge",
        "Jon Berg",
        "agreed",
    ),
]


CASES += [
    # A cue verb the tagger took for a noun, between a subject and a finite clause.
    (
        "Farmers were split on the tariff. One in four say that prices will not recover.",
        "prices will not recover",
        "One in four",
        "say",
    ),
    (
        "The vote is close.  Holm predicts that as the smaller parties fade, most of their"
        " voters will come to her.",
        "as the smaller parties fade, most of their voters will come to her",
        "Holm",
        "predicts",
    ),
]


CASES += [
    # "see X as Y" with the role hung on the object's last word.
    (
        "Senator Ada Lind does not see the agency's role in policing the ports as outdated.",
        "the agency's role in policing the ports as outdated",
        "Ada Lind",
        "see",
    ),
    # The object of "see/view/describe … as" is a relative pronoun before the subject.
    (
        "The minister signed the harbour deal, which Ada Lind described as a trap for the fleet.",
        "which Ada Lind described as a trap for the fleet",
        "Ada Lind",
        "described",
    ),
    # A retort with "back", and a run being weighed.
    (
        "Mayor Ines Moreau shot back that the audit had never been read.",
        "the audit had never been read",
        "Ines Moreau",
        "shot",
    ),
    (
        "Senator Lena Holm is mulling a run for governor.",
        "a run for governor",
        "Lena Holm",
        "mulling",
    ),
    # Convictions: "believe in"; a preposition before the cue is not its content.
    (
        "In a changing economy, most young farmers still believe in the family farm.",
        "the family farm",
        "most young farmers",
        "believe",
    ),
    # How people feel about their lot, and evaluations by "lament".
    (
        "Many dock workers feel betrayed by the new owners.",
        "betrayed by the new owners",
        "Many dock workers",
        "feel",
    ),
    (
        "Mayor Ines Moreau lamented the council's vote against the bridge.",
        "the council's vote against the bridge",
        "Ines Moreau",
        "lamented",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker", "cue"), CASES)
def test_shapes_statement_span_speaker_and_cue(  # type: ignore[no-untyped-def]
    indirect_statement, text, span, speaker, cue
) -> None:
    statement = indirect_statement(text, span)
    assert (statement.speaker.name, statement.cue) == (speaker, cue)


NOT_STATEMENTS = [
    # A date after "called on" is no addressee.
    ("Senator Lena Holm called on Sunday to congratulate the team.", "Sunday"),
    # "as she said she would" compares; "as expected" is nobody's statement.
    (
        "The mayor closed the harbour as she said she would.",
        "The mayor closed the harbour",
    ),
    (
        "As expected, the council approved the budget on Monday.",
        "the council approved the budget on Monday",
    ),
    # A that-clause owned by a noun of the adjunct is that noun's content, not the cue's.
    (
        "The minister, responding to complaints by the treasury that exports were sold too"
        " cheaply, said nothing.",
        "exports were sold too cheaply",
    ),
    ("The storm hit the coast on Monday.", "the coast on Monday"),
    (
        "The harbour master has nothing but good things to say about the crew.",
        "good things to say about the crew",
    ),
    # The addressee alone is not what was said.
    ("Minister Tomas Berg told reporters about the plan on Monday.", "reporters"),
    ("The novel came out in 1993.", "1993"),
    # "spoke on condition of anonymity" says nothing about what was said.
    ("An official spoke on condition of anonymity.", "condition of anonymity"),
]


@pytest.mark.parametrize(("text", "span"), NOT_STATEMENTS)
def test_shapes_not_a_statement(extract_statements, text, span) -> None:  # type: ignore[no-untyped-def]
    assert span not in [text[s.start : s.end] for s in extract_statements(text)]


PASSIVES = [
    (
        "The mayor is widely seen as the favourite for the nomination.",
        "The mayor is widely seen as the favourite for the nomination",
        None,
    ),
    (
        "The harbour plan is regarded by most unions as a threat to the fishing fleet.",
        "The harbour plan is regarded by most unions as a threat to the fishing fleet",
        "unions",
    ),
    (
        "Cheap ferries, seen as a lifeline for the islands, are losing money.",
        "as a lifeline for the islands",
        None,
    ),
    (
        "The senator is viewed favorably by most farmers.",
        "The senator is viewed favorably",
        "farmers",
    ),
    # The "by" phrase hung on the role's noun still names whose view it is.
    (
        "The harbour plan is considered a threat to the fleet by most unions.",
        "The harbour plan is considered a threat to the fleet by most unions",
        "unions",
    ),
    # A reputation: what the subject is known for; a clause joined to it is not.
    (
        "Judge Ada Lind is known for her sharp dissents, but the ruling surprised everyone.",
        "Judge Ada Lind is known for her sharp dissents",
        None,
    ),
    (
        "The harbour union has long been known for its hard line on pay.",
        "The harbour union has long been known for its hard line on pay",
        None,
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker_word"), PASSIVES)
def test_shapes_passive_judgement(extract_statements, text, span, speaker_word) -> None:  # type: ignore[no-untyped-def]
    found = [s for s in extract_statements(text) if text[s.start : s.end] == span]
    assert found, [text[s.start : s.end] for s in extract_statements(text)]
    name = found[0].speaker.name
    assert (name is None) if speaker_word is None else (speaker_word in (name or ""))


NOT_PASSIVES = [
    ("The suspect was seen leaving the building at noon.", "The suspect was seen leaving"),
    ("A small firm known as Kestrel Data ran the servers.", "as Kestrel Data"),
    ("Holm was considered for the post of minister.", "Holm was considered for the post"),
    ("The firm is known to the police.", "The firm is known to the police"),
]
NOT_STATEMENTS_OF_FEELING = [
    ("It feels good to win the cup.", "good to win the cup"),
    ("Mayor Ines Moreau saw the driver who worked as a guide.", "the driver who worked as a guide"),
]


@pytest.mark.parametrize(("text", "span"), NOT_STATEMENTS_OF_FEELING)
def test_shapes_no_feeling_or_role(extract_statements, text, span) -> None:  # type: ignore[no-untyped-def]
    assert span not in [text[s.start : s.end] for s in extract_statements(text)]


@pytest.mark.parametrize(("text", "prefix"), NOT_PASSIVES)
def test_shapes_passive_not_a_judgement(extract_statements, text, prefix) -> None:  # type: ignore[no-untyped-def]
    assert not [s for s in extract_statements(text) if text[s.start : s.end].startswith(prefix)]
