"""An issue's words ("attack", "ban", "border", "use", "troops") are common words of
politics; what makes them the issue's is the place its question names. Each rule has
what it drops and the similar text that must keep its position. Sentences are our own.
"""

from __future__ import annotations

import pytest

from stancemap.models import Article
from stancemap.positions.concepts import token_concept

STRIKES = "strikes-on-russia-with-supplied-weapons"
TROOPS = "western-troops-in-ukraine"
BORDERS = "ukraine-1991-borders"


def _issues(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    extraction = pipeline.extract(Article(id="t", text=text))
    return {p.issue for p in extraction.positions}


# Rule 1: an article that never names the issue's places (only its terms' suppliers,
# "American", "German") is out of scope.
# Rule 2: an article that names the place only in passing needs the place, a bloc of
# the question or an issue term near the statement.
@pytest.mark.parametrize(
    ("text", "issue", "kept"),
    [
        # rule 1: US news with "attacks", "ban", "borders", "use", "weapons"
        (
            "Senator Mark Ellison said American voters oppose a ban on assault weapons. "
            '"We will never allow attacks on our borders," Ellison said.',
            STRIKES,
            False,
        ),
        (
            "Governor Dana Pruitt said the state would ban the use of American-made "
            "rifles in schools and attack the problem at the border.",
            STRIKES,
            False,
        ),
        # … and the same words about the issue's places stay
        (
            "Senator Mark Ellison said Ukraine should be allowed to strike Russian "
            'territory with American weapons. "We will never ban that," Ellison said.',
            STRIKES,
            True,
        ),
        # rule 2: Russia named once, for something else; the statement is elsewhere
        (
            "Russian hackers broke into the party's servers last spring, officials said. "
            "The campaign spent the summer on fund-raising. Donors were courted in "
            "Ohio and Florida. Governor Dana Pruitt said voters would punish attacks on "
            "immigrants and would oppose any ban on travel.",
            STRIKES,
            False,
        ),
        # … but a statement that names the place stays, however long the article
        (
            "Russian hackers broke into the party's servers last spring, officials said. "
            "The campaign spent the summer on fund-raising. Donors were courted in "
            "Ohio and Florida. Governor Dana Pruitt said Ukraine should be allowed to "
            "strike Russian territory with the missiles America supplied.",
            STRIKES,
            True,
        ),
        # blocs: "a European force" with the issue's words keeps a text that names
        # no country
        (
            "Foreign Secretary Alan Hartley said Britain was open to deploying troops "
            "as part of a European force once a peace deal is in place.",
            TROOPS,
            True,
        ),
        # rule 4: the issue's action aimed at another named place or body
        (
            "Kyiv asked its allies for help on Monday. Senator Mark Ellison said the "
            "United States should send troops to Syria.",
            TROOPS,
            False,
        ),
        (
            "Kyiv asked its allies for help on Monday. Senator Mark Ellison said the "
            "United States should send troops to Ukraine.",
            TROOPS,
            True,
        ),
        (
            "Moscow warned the West on Monday. Senator Mark Ellison said America "
            "should allow strikes against Syria with American missiles.",
            STRIKES,
            False,
        ),
        (
            "Moscow warned the West on Monday. Senator Mark Ellison said America "
            "should allow strikes against Russia with American missiles.",
            STRIKES,
            True,
        ),
        # a fictional issue without its places file: "Northern" is no "Northern Accord"
        (
            "Swedish Prime Minister Anna Berg said at a Northern Europe summit that Sweden "
            "would send troops to Ukraine if asked.",
            "accord-troops-in-talmark",
            False,
        ),
        (
            "Swedish Prime Minister Anna Berg said at a Northern Europe summit that Sweden "
            "would send troops to Ukraine if asked.",
            TROOPS,
            True,
        ),
        # … but "NATO" alone in a US campaign story does not
        (
            "Donald Trump said the United States pays too much for NATO. "
            '"We certainly can\'t afford to do this anymore," he said.',
            TROOPS,
            False,
        ),
    ],
)
def test_issue_places(pipeline, text: str, issue: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert (issue in _issues(pipeline, text)) is kept


# Rule 3: a family word in another sense carries no concept: verbs of sending used as
# nouns, verbs of striking whose object is no weapon and no military target.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("He bought a cable television station in the port.", "station", None),
        ("Paris is prepared to station troops in the west.", "station", "send"),
        ("She told the Washington Post that nothing had changed.", "Post", None),
        ("She used a private email server at the ministry.", "used", None),
        ("The emails sat on the private server she used.", "used", None),
        ("Kyiv may now use the missiles against airfields.", "use", "strike"),
        ("Kyiv may now use them against airfields.", "use", "strike"),
        ("The missiles Kyiv used were supplied last year.", "used", "strike"),
        ("The campaign will target ethnic voters in Ohio.", "target", None),
        ("Ukraine may target airfields and bases with them.", "target", "strike"),
        ("They debated the use of social media by the agency.", "use", None),
        ("They lifted restrictions on the use of long-range missiles.", "use", "strike"),
        ("They lifted restrictions on the use.", "use", "strike"),
        ("The group provided a signed statement to the court.", "provided", None),
        ("Ostrenia could provide a battalion of about 600 soldiers.", "provide", "supply"),
        ("Britain supplied Kyiv with cruise missiles last year.", "supplied", "supply"),
        ("They were forced to turn to the army for help.", "forced", None),
        ("A European force would keep the peace.", "force", "troop"),
        ("He broke the Foreign Agents Registration Act twice.", "Foreign", None),
        ("He opposed sending foreign troops.", "foreign", "foreign"),
    ],
)
def test_family_word_in_another_sense(nlp, text: str, word: str, concept: str | None) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.text == word)
    assert token_concept(token) == concept
