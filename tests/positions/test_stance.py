"""Stance with negation and modality, on sentences we wrote."""

from __future__ import annotations

import pytest

from stancemap.models import Issue
from stancemap.positions.relevance import profile_issue
from stancemap.positions.stance import read_stance

TROOPS = Issue(
    "troops",
    "Should NATO or European countries send troops into Ukraine?",
    ("send troops", "deploy soldiers"),
)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Estonia is not ready to send troops to Ukraine.", "oppose"),
        ("Latvia would never deploy soldiers in Ukraine.", "oppose"),
        ("Lithuania does not rule out sending troops to Ukraine.", "support"),
        ("They would not hesitate to deploy troops to Ukraine.", "support"),
        ("Poland is open to sending its soldiers to Ukraine.", "support"),
        ("Finland rejects any plan to send troops to Ukraine.", "oppose"),
        ("Some countries have already sent military instructors to Ukraine.", "neutral"),
        ("Sending troops to Ukraine would be a mistake.", "oppose"),
        ("Deploying soldiers in Ukraine would drag Europe into war.", "oppose"),
        ("Sending troops to Ukraine would not be a mistake.", "support"),
        ("Any foreign soldiers in Ukraine would be treated as legitimate targets.", "oppose"),
        ("Foreign troops in Ukraine would be destroyed, the spokeswoman warned.", "oppose"),
    ],
)
def test_stance_reads_negation_and_modality(nlp, text, stance) -> None:  # type: ignore[no-untyped-def]
    question, *terms = nlp.pipe([TROOPS.question, *TROOPS.terms])
    profile = profile_issue(TROOPS, question, terms)
    assert read_stance(nlp(text)[:], profile, has_conditions=False).stance == stance


STRIKES = Issue(
    "strikes",
    "Should Ukraine be allowed to strike Russian territory with weapons supplied by the West?",
    ("long-range missiles", "restrictions on the use"),
)
EMBARGO = Issue(
    "embargo",
    "Should European countries impose an embargo on Russian gas?",
    ("gas embargo", "buying Russian gas"),
)
BORDERS = Issue(
    "borders",
    "Should Ukraine's independence within its 1991 borders be restored?",
    ("1991 borders", "cede territory"),
)


@pytest.mark.parametrize(
    ("issue", "text", "stance"),
    [
        (TROOPS, "I have no doubt that the Lithuanian flag will be present in Ukraine.", "support"),
        (
            TROOPS,
            "I have there's no doubt whatsoever that the Lithuanian flag will be present in "
            "Ukraine.",
            "support",
        ),
        (BORDERS, "Keeping Ukraine within its 1991 borders is no longer feasible.", "oppose"),
        (
            STRIKES,
            "Kyiv urged its partners to lift every restriction on long-range missiles.",
            "support",
        ),
        (
            STRIKES,
            "Berlin keeps a strict policy against Ukraine using German weapons to strike "
            "Russian territory.",
            "oppose",
        ),
        (STRIKES, "Our missiles will not be used against targets on Russian soil.", "oppose"),
        (STRIKES, "Paris dropped its last condition on the use of long-range missiles.", "support"),
        (EMBARGO, "Vienna supports the gas embargo.", "support"),
        (EMBARGO, "Vienna would review its position on the gas embargo.", "neutral"),
        (TROOPS, "On troops, each member state would decide for itself.", "neutral"),
        (TROOPS, "Each member state would decide on sending troops to Ukraine.", "support"),
        (
            STRIKES,
            "Any strike with Western missiles on Russian soil would make the supplying "
            "country a party to the conflict.",
            "oppose",
        ),
        (EMBARGO, "Rome would push its partners to stop buying Russian gas.", "support"),
        (EMBARGO, "Budapest dropped its opposition to the gas embargo.", "support"),
    ],
)
def test_stance_reads_opposites_reversals_and_predicates(nlp, issue, text, stance) -> None:  # type: ignore[no-untyped-def]
    question, *terms = nlp.pipe([issue.question, *issue.terms])
    profile = profile_issue(issue, question, terms)
    assert read_stance(nlp(text)[:], profile, has_conditions=False).stance == stance


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        ("Scholz aims to prevent the conflict in Ukraine from escalating.", False),
        ("NATO is not ready to join the conflict in Ukraine.", True),
        ("Stationing Western military contingents in Ukraine was discussed.", True),
        ("Kyiv wants a long-range plan for Ukraine's economy.", False),
    ],
)
def test_relevance_weighs_words_by_what_they_say_of_the_issue(nlp, text, relevant) -> None:  # type: ignore[no-untyped-def]
    from stancemap.positions.relevance import RELEVANCE_THRESHOLD, relevance

    issue = Issue(
        "troops",
        "Should NATO or European countries send troops into Ukraine?",
        ("send troops", "peacekeeping mission", "join the conflict", "military presence"),
    )
    question, *terms = nlp.pipe([issue.question, *issue.terms])
    profile = profile_issue(issue, question, terms)
    assert (relevance(profile, nlp(text)[:]) >= RELEVANCE_THRESHOLD) is relevant


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        (
            "Parliament debated sending troops to Talmark. "
            "Valdoria supports this mission, the prime minister said.",
            True,
        ),
        (
            "Parliament debated sending troops to Talmark. "
            "Valdoria supports a mission, the prime minister said.",
            False,
        ),
        (
            "The harvest in Talmark was poor this year. "
            "Valdoria supports this mission, the prime minister said.",
            False,
        ),
    ],
)
def test_a_demonstrative_after_a_sentence_on_the_issue_refers_back_to_it(
    nlp, text, relevant
) -> None:  # type: ignore[no-untyped-def]
    from stancemap.positions.relevance import RELEVANCE_THRESHOLD, relevance

    issue = Issue(
        "troops",
        "Should Accord countries send troops into Talmark?",
        ("send troops", "peacekeeping mission"),
    )
    question, *terms = nlp.pipe([issue.question, *issue.terms])
    profile = profile_issue(issue, question, terms)
    doc = nlp(text)
    second = list(doc.sents)[1]
    score = relevance(profile, second)
    assert (score >= RELEVANCE_THRESHOLD) is relevant


def test_this_stands_for_the_issue_named_in_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    from stancemap.positions.relevance import RELEVANCE_THRESHOLD, relevance

    question, *terms = nlp.pipe([TROOPS.question, *TROOPS.terms])
    profile = profile_issue(TROOPS, question, terms)
    doc = nlp("Paris wants to send troops to Ukraine. Hungary will never support this.")
    second = list(doc.sents)[1]
    assert relevance(profile, second) >= RELEVANCE_THRESHOLD
    assert read_stance(second, profile, has_conditions=False).stance == "oppose"
    alone = nlp("Hungary will never support this.")[:]
    assert relevance(profile, alone) == 0.0


@pytest.mark.parametrize(
    ("text", "relevant"),
    [
        ("Kyiv will never cede territory and insists on Ukraine's 1991 borders.", True),
        ("Berlin forbids Ukraine to use its weapons on Russian territory.", False),
    ],
)
def test_land_of_a_country_the_issue_does_not_name_is_not_its_land(nlp, text, relevant) -> None:  # type: ignore[no-untyped-def]
    from stancemap.positions.relevance import RELEVANCE_THRESHOLD, relevance

    question, *terms = nlp.pipe([BORDERS.question, *BORDERS.terms])
    profile = profile_issue(BORDERS, question, terms)
    names = {"russian": "russia", "kyiv": "ukraine", "ukraine": "ukraine"}
    score = relevance(profile, nlp(text)[:], on_topic=True, names=names)
    assert (score >= RELEVANCE_THRESHOLD) is relevant


def test_a_condition_of_another_speaker_in_the_sentence_is_not_the_first_speakers(  # type: ignore[no-untyped-def]
    pipeline,
) -> None:
    from stancemap.models import Article

    text = (
        "The ministers met on Monday. Norland supports sending troops to Ukraine, while "
        "Ostra says it would send troops to Ukraine only if all allies agree."
    )
    positions = pipeline.extract(Article(id="t", text=text)).positions
    norland = [p for p in positions if p.actor.name == "Norland"]
    assert norland and all(p.stance == "support" and not p.conditions for p in norland)
    assert all("Ostra" not in text[p.start : p.end] for p in norland)
