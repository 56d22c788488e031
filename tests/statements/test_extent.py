"""How far a reported statement runs: to the end of its cue's clause, not the first
complement the parser hangs on the cue (``statements/extent.py``)."""

from __future__ import annotations

import pytest

EXTENTS = [
    # The cue's later adjuncts belong to the stance.
    (
        "The governor supported Sen. Karl Dorn of Idaho in the Republican primary.",
        "supported",
        "Sen. Karl Dorn of Idaho in the Republican primary",
    ),
    (
        "The union was defending the mayor against attacks from the opposition.",
        "defending",
        "the mayor against attacks from the opposition",
    ),
    (
        "The court denied compensation to the families of the miners.",
        "denied",
        "compensation to the families of the miners",
    ),
    (
        "The ministry has refused to publish the report for the public.",
        "refused",
        "to publish the report for the public",
    ),
    (
        "Halvorsen referred to the tax as a penalty on farmers.",
        "referred",
        "the tax as a penalty on farmers",
    ),
    # A plan keeps its condition and the verbs coordinated with its infinitive.
    (
        "Ruiz promised to cut taxes should she win the election.",
        "promised",
        "to cut taxes should she win the election",
    ),
    (
        "Lind urged the council to scrap its parking fees, replace the current board, and"
        " open the archives to the public.",
        "urged",
        "the council to scrap its parking fees, replace the current board, and open the"
        " archives to the public",
    ),
    (
        "Ruiz pledged to close the detention centers, after she introduced a bill last month.",
        "pledged",
        "to close the detention centers",
    ),
    # A second "that" clause is the same cue's content, whatever its verb.
    (
        "Berg said that a merger involved risks but that if the board chose one, it should"
        " have insisted on more.",
        "said",
        "a merger involved risks but that if the board chose one, it should have insisted on more",
    ),
    # The bracket that closes one the span opens stays.
    (
        "The union endorsed the re-election of Mayor Ana Ruiz (D-Calif.).",
        "endorsed",
        "the re-election of Mayor Ana Ruiz (D-Calif.)",
    ),
    # The rest of a list ending the sentence, which the parser hangs elsewhere.
    (
        "Holm took aim at the shipping lobby, the oil industry and the banks.",
        "took",
        "the shipping lobby, the oil industry and the banks",
    ),
    (
        "Holm took aim at the port authority, the shipping lobby and the banks.\n\nShe left.",
        "took",
        "the port authority, the shipping lobby and the banks",
    ),
    # Examples of the noun that ends the object, closing the sentence.
    (
        "The minister avoided condemning the blockade of the port, including its closure"
        " of the ferry lanes.",
        "condemning",
        "the blockade of the port, including its closure of the ferry lanes",
    ),
    # Bare verbs after an infinitive that ends the content go on with it.
    (
        "Moreno said the mayor is ready to cut the parking fees, reopen the library,"
        " and fix the roads.",
        "said",
        "the mayor is ready to cut the parking fees, reopen the library, and fix the roads",
    ),
    # Past verbs listed after a past verb that ends the content, with its subject.
    (
        "Residents said they had protested at council meetings; collected signatures for"
        " a petition; and organized a march to the town hall.",
        "said",
        "they had protested at council meetings; collected signatures for a petition; and"
        " organized a march to the town hall",
    ),
    # A stance noun's complement the parser hangs on the verb.
    (
        "The mayor has faced criticism for his friendly overtures to the regional governor.",
        "criticism",
        "for his friendly overtures to the regional governor",
    ),
    # Not the when, the occasion or the why of the act: that is narration.
    ("The party endorsed Lena Holm in early June.", "endorsed", "Lena Holm"),
    ("The judge rejected that argument in a ruling on the appeal.", "rejected", "that argument"),
    ("Karlsen will support the bill despite his reservations.", "support", "the bill"),
    (
        "The brand announced the partnership with the retailer after cutting ties with its"
        " supplier.",
        "announced",
        "the partnership with the retailer",
    ),
    # A gerund the parser hangs on the stance noun belongs to its object.
    (
        "The shift is notable given the islands' insistence on Norland keeping its old borders.",
        "insistence",
        "on Norland keeping its old borders",
    ),
    (
        "The minister voiced support for Ostra joining the customs union.",
        "support",
        "for Ostra joining the customs union",
    ),
    (
        "The senators supported the bill when it came to the floor.",
        "supported",
        "the bill",
    ),
]


@pytest.mark.parametrize(("text", "cue", "span"), EXTENTS)
def test_extent_runs_to_the_end_of_the_cue_clause(  # type: ignore[no-untyped-def]
    extract_statements, text, cue, span
) -> None:
    found = {s.cue: text[s.start : s.end] for s in extract_statements(text)}
    assert found.get(cue) == span, found


ANTECEDENTS = [
    # A cue in a relative clause on what was said: the noun phrase is the content.
    (
        "Lind hired the advisers she thought were the most loyal.",
        "thought",
        "the advisers she thought were the most loyal",
    ),
    (
        "The council is blocking the projects that the mayor wants to build next year.",
        "wants",
        "the projects that the mayor wants to build next year",
    ),
    (
        "Nobody has yet repaired the bridge that engineers say is unsafe.",
        "say",
        "the bridge that engineers say is unsafe",
    ),
    (
        "The strike became what union leaders called a fight for dignity.",
        "called",
        "what union leaders called a fight for dignity",
    ),
    # Not when the relative is the speaker, a time, or a remark set off by a comma.
    ("Ruiz, who said she would run again, left early.", "said", "she would run again"),
    (
        "The quarrel began in March, when the mayor called the plan a disgrace.",
        "called",
        "the plan a disgrace",
    ),
    (
        "Holm presented the budget, which she called a model for the region.",
        "called",
        "a model for the region",
    ),
]


@pytest.mark.parametrize(("text", "cue", "span"), ANTECEDENTS)
def test_extent_takes_the_antecedent_of_a_relative_cue(  # type: ignore[no-untyped-def]
    extract_statements, text, cue, span
) -> None:
    found = {s.cue: text[s.start : s.end] for s in extract_statements(text)}
    assert found.get(cue) == span, found


COLONS = [
    # What follows a colon spells the reported clause out: the span runs on.
    (
        "The agency noted that prices rose faster in the north: rents there climbed "
        "12 percent in a year.",
        "noted",
        "prices rose faster in the north: rents there climbed 12 percent in a year",
    ),
    (
        "Larsen said the council had ignored one group: the fishermen of the northern coast.",
        "said",
        "the council had ignored one group: the fishermen of the northern coast",
    ),
    # Not when the rest has a cue of its own, or the paragraph ends.
    (
        "Okafor said that the port would close for a week: the minister said it would not.",
        "said",
        "the port would close for a week",
    ),
    (
        "Okafor said that the port needs three things:\nMore cranes, more staff and more money.",
        "said",
        "the port needs three things",
    ),
]


@pytest.mark.parametrize(("text", "cue", "span"), COLONS)
def test_extent_runs_on_past_a_colon(  # type: ignore[no-untyped-def]
    extract_statements, text, cue, span
) -> None:
    found = [(s.cue, text[s.start : s.end]) for s in extract_statements(text)]
    assert (cue, span) in found, found
