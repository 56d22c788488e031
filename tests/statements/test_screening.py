"""Reported statements that report nothing are dropped (screening.py), while the
similar sentence that does report a stance keeps its statement."""

from __future__ import annotations

import pytest

# (text, cue of a statement that must not be found)
DROPPED = [
    # The preposition's object only says when.
    ("Senator Ted Arlo campaigned in Miami on Wednesday.", "campaigned"),
    ("Governor Ada Lind will campaign again in Orlando on Friday.", "campaign"),
    # A raising adjective: the narrator predicts, the subject wants nothing.
    ("Any delay by the agency is sure to anger the biofuels industry.", "sure"),
    ("That last figure is certain to rise once the count is over.", "certain"),
    # The cue's clause is the subject of another verb: an act talked about in general.
    ("Criticizing police tactics will alienate many moderate voters.", "Criticizing"),
    ("Targeting rural voters has been key to the campaign's approach.", "Targeting"),
    # Adjectives of manner are no attitude.
    ("European leaders were quick to offer condolences on Monday.", "quick"),
    ("Policy makers must be careful about managing the costs.", "careful"),
    # Acts under way and contests are no stance.
    ("The vice president was preparing to leave the capital.", "preparing"),
    ("Senator Ana Ruiz and Senator Tom Lee are fighting for second place.", "fighting"),
    # A person showing something displays it; a measure has a purpose, not a stance.
    ("Governor Tom Lee spoke in Concord and showed flashes of compassion.", "showed"),
    ("The ballot question seeks to raise the cap on charter schools.", "seeks"),
    # The "of" phrase of a support someone has names the supporters.
    ("Governor Ana Ruiz has the support of most of the state's big unions.", "support"),
    # The quote with its own cue is the statement; "according to" only says via whom.
    (
        "''We will win,'' Senator Jane Hale said, according to the Daily Ledger.",
        "according to",
    ),
    # A phrase or clause fronted before the cue's clause says when or where, not what.
    ("Whatever drew them to the sport, the riders have found a loyal community.", "found"),
    # An evaluation of anyone of a kind judges no one.
    ("The teachers union has not endorsed a candidate.", "endorsed"),
    ("Republican senators vowed to rebuff any nominee.", "rebuff"),
]

# (text, span, cue) of a statement that must stay.
KEPT = [
    ("Senator Ted Arlo campaigned on immigration in Miami.", "immigration in Miami", "campaigned"),
    # A fronted clause gives way to the cue's own complement after it.
    (
        "Before Judge Mara Quill retired, the court had agreed to hear the union's appeal.",
        "to hear the union's appeal",
        "agreed",
    ),
    (
        "In Dayton on Friday, as hecklers kept shouting, Senator Tom Reyes lamented the"
        " state of the party.",
        "the state of the party",
        "lamented",
    ),
    ("Governor Jane Smith is sure that the bill will pass.", "the bill will pass", "sure"),
    ("Mayor Bill Jones criticized police tactics on Monday.", "police tactics", "criticized"),
    (
        "The mayor will resign next month, according to two officials.",
        "The mayor will resign next month",
        "according to",
    ),
    ("The vice president plans to leave the capital.", "to leave the capital", "plans"),
    (
        "Governor Ana Ruiz has a clear view of the risks of the pipeline.",
        "of the risks of the pipeline",
        "view",
    ),
    (
        "Governor Ana Ruiz voiced her support for the new pipeline.",
        "her support for the new pipeline",
        "support",
    ),
    (
        "The latest poll showed Senator Ana Ruiz leading the field with 31 percent.",
        "Senator Ana Ruiz leading the field with 31 percent",
        "showed",
    ),
    (
        "Senator Ana Ruiz seeks to raise the cap on charter schools.",
        "to raise the cap on charter schools",
        "seeks",
    ),
    (
        "According to the company's training manual, staff were told, ''Never sell a"
        " product, sell a feeling.''",
        "staff were told, ''Never sell a product, sell a feeling.''",
        "According to",
    ),
    # One judged in particular, or pointed back to.
    ("Senator Tom Reyes opposed a similar bill in 2007.", "a similar bill", "opposed"),
    ("The teachers union endorsed Governor Ana Ruiz on Monday.", "Governor Ana Ruiz", "endorsed"),
    # A cue that ends the sentence reports all before it, a fronted clause too.
    (
        "As Senator Tom Reyes arrived in Dayton, a protester was arrested, police said.",
        "As Senator Tom Reyes arrived in Dayton, a protester was arrested",
        "said",
    ),
    (
        "European leaders were eager to offer condolences on Monday.",
        "to offer condolences on Monday",
        "eager",
    ),
]


@pytest.mark.parametrize(("text", "cue"), DROPPED)
def test_screening_drops_statement_reporting_nothing(extract_statements, text, cue):
    statements = extract_statements(text)
    assert all(s.cue != cue for s in statements), [(s.cue, s.text) for s in statements]


@pytest.mark.parametrize(("text", "span", "cue"), KEPT)
def test_screening_keeps_similar_statement(indirect_statement, text, span, cue):
    statement = indirect_statement(text, span)
    assert statement.cue == cue
    assert text[statement.start : statement.end] == span


# A relative clause on what a subject is said to be describes the subject.
RELATIVE_SPEAKERS = [
    (
        "Tom Reyes is a reality star and a businessman who has repeatedly pledged to build a wall.",
        "to build a wall",
        "Tom Reyes",
    ),
    ("Mr. Smith met a senator who has pledged to cut taxes.", "to cut taxes", "a senator"),
]


@pytest.mark.parametrize(("text", "span", "speaker"), RELATIVE_SPEAKERS)
def test_subject_of_relative_on_predicate_is_the_subject(indirect_statement, text, span, speaker):
    assert indirect_statement(text, span).speaker.name == speaker


# (text, span kept, span of the repeated part that must go)
REPEATED_PARTS = [
    (
        "Mayor Ben Abboud walked along the empty avenue on Sunday. The streets were"
        " deserted, he added, ''but people need to connect somehow.''",
        "The streets were deserted, he added, ''but people need to connect somehow",
        "The streets were deserted",
    ),
]


@pytest.mark.parametrize(("text", "kept", "repeated"), REPEATED_PARTS)
def test_screening_drops_part_repeated_by_same_speaker(extract_statements, text, kept, repeated):
    spans = [text[s.start : s.end] for s in extract_statements(text)]
    assert kept in spans
    assert repeated not in spans


def test_screening_keeps_reports_of_same_speaker_side_by_side(indirect_statement):
    text = "Senator Ted Arlo said the tax would fail. He added that he would vote against it."
    assert indirect_statement(text, "the tax would fail").cue == "said"
    assert indirect_statement(text, "he would vote against it").speaker.name == "Ted Arlo"


# After an inverted "said", the words name who spoke, titles and all: no statement.
SPEAKER_PHRASES = [
    "''Nobody reads the fine print,'' said Tom Reyes, a co-author of ''Inside the Machine:"
    " A History of Lobbying.''",
]


@pytest.mark.parametrize("text", SPEAKER_PHRASES)
def test_screening_drops_speaker_phrase_as_content(extract_statements, text):
    statements = extract_statements(text)
    assert [s.kind for s in statements] == ["direct"], [(s.kind, s.text) for s in statements]
