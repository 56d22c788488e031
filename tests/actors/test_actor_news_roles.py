"""Actor rules seen on wire-style news: possessive countries before titles, names the
recogniser cuts or misses beside a role, portfolio words, and a bare title's country
read from strong evidence in the article (a dateline capital, the country whose
policy the person reports). Our own sentences, one rule per table."""

from __future__ import annotations

import pytest

from stancemap.models import Article, Entity, Extraction


def _extract(pipeline, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    return pipeline.extract(Article(id="t", text=text))  # type: ignore[no-any-return]


def _person(extraction: Extraction, name: str) -> Entity:
    found = [e for e in extraction.entities if e.name == name and e.type == "person"]
    names = [(e.name, e.type) for e in extraction.entities]
    assert len(found) == 1, f"{name!r} not found once among {names}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Finland’s President Aarne Koski said the border would stay closed.",
            "Aarne Koski",
            ("President", "Finland"),
        ),
        (
            "Poland's Foreign Minister Marek Zielny said the talks had failed.",
            "Marek Zielny",
            ("Foreign Minister", "Poland"),
        ),
        (
            "Hungary’s foreign minister, Gergely Bartos, rejected the idea outright.",
            "Gergely Bartos",
            ("foreign minister", "Hungary"),
        ),
    ],
)
def test_possessive_country_before_a_title_is_the_roles_of(  # type: ignore[no-untyped-def]
    pipeline, text: str, person: str, role: tuple[str, str]
) -> None:
    found = _person(_extract(pipeline, text), person)
    assert [(r.title, r.of) for r in found.roles] == [role]
    assert found.country == role[1]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # NER runs the remit into the name ("Defense Leon Panetta", an ORG).
        (
            "The email appears to contradict 2013 comments from former Secretary of Defense"
            " Anders Holm that the base was safe.",
            "Anders Holm",
            "Secretary of Defense",
        ),
        (
            "Minister of Finance Jonas Berg said on Monday that taxes would rise.",
            "Jonas Berg",
            "Minister of Finance",
        ),
    ],
)
def test_an_office_with_its_remit_is_the_title(
    pipeline, text: str, person: str, title: str
) -> None:  # type: ignore[no-untyped-def]
    found = _person(_extract(pipeline, text), person)
    assert [r.title for r in found.roles] == [title]


@pytest.mark.parametrize(
    "text",
    [
        # A title hidden inside a word is none: "backing" ends in "king", "Trump" in "mp".
        "Jana Novak, a nurse in Brandvik, is backing Anna Lund because she trusts her.",
        "Anger drove voters into the arms of Trump, Karl Nilsen warned on Sunday.",
    ],
)
def test_a_title_inside_a_word_is_no_role(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    assert [(e.name, r.title) for e in extraction.entities for r in e.roles] == []


def test_a_persons_possessive_is_not_a_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kollar’s spokesman Jan Novak said the coalition would hold."
    found = _person(_extract(pipeline, text), "Jan Novak")
    assert found.country is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The plan drew criticism from the opposition Liberty Party, whose leader, "
            "Aino Rask, said it was a gamble.",
            "Aino Rask",
        ),
        ("Hungary’s foreign minister, Gergely Bartos, rejected the idea.", "Gergely Bartos"),
        ("The union's chairman, Pekka Laine, said the strike would go on.", "Pekka Laine"),
    ],
)
def test_a_name_apposed_to_a_role_is_a_whole_person(pipeline, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    _person(_extract(pipeline, text), person)


def test_a_known_surname_is_not_extended_into_a_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hillary Clinton dismissed the claims made in the book Clinton Cash by Peter Schweizer."
    names = [e.name for e in _extract(pipeline, text).entities if e.type == "person"]
    assert "Clinton Cash" not in names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Defence Minister Rasa Kveselyte said on Tuesday that no decision was taken.", "Defence"),
        ("Italian Defence Minister Carla Benedetti said Rome would help.", "Defence"),
        ("Foreign Affairs Minister Ana Sousa spoke to reporters.", "Foreign Affairs"),
        ("Spain is ready to help, Defence Minister Lucia Ferrer said.", "Defence"),
        ("Norway will pay its share, Energy Minister Tobias Hallin said.", "Energy"),
    ],
)
def test_a_portfolio_before_a_title_is_no_organisation(pipeline, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    names = [e.name for e in _extract(pipeline, text).entities]
    assert word not in names


def test_an_apposed_name_after_a_role_is_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Estonian Prime Minister Kaarel Tamm said Tallinn could not back the plan.\n"
        "Hungary’s foreign minister, Gergely Bartos, rejected the idea outright, calling "
        "it “a road to war.”"
    )
    extraction = _extract(pipeline, text)
    speakers = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert "Kaarel Tamm" in speakers
    bartos = [s for s in extraction.statements if s.speaker and s.speaker.name == "Gergely Bartos"]
    assert bartos, [(s.text, s.speaker) for s in extraction.statements]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # Wire style: the country whose policy an official reports leads the sentence.
        (
            "Norway will not send troops to the region, Foreign Minister Eirik Dahl said on "
            "Monday.",
            "Eirik Dahl",
            "Norway",
        ),
        (
            "Prime Minister Anna Berg said Sweden would join the mission only with a mandate.",
            "Anna Berg",
            "Sweden",
        ),
        # A dateline capital, with its country named in the same sentence.
        (
            "OSLO, May 2 (Nordwire) – The first Norwegian instructors will arrive in Ukraine "
            "this summer, Prime Minister Ola Berge confirmed on Monday.",
            "Ola Berge",
            "Norway",
        ),
        # The reported country outweighs a dateline elsewhere.
        (
            "OSLO, May 2 (Nordwire) – Sweden could not back an embargo yet, Energy Minister "
            "Lars Holm told lawmakers.",
            "Lars Holm",
            "Sweden",
        ),
        (
            "VILNIUS, March 4 (Baltic Wire) – Lithuania would consider sending instructors, "
            "Defence Minister Rasa Kveselyte said on Tuesday.",
            "Rasa Kveselyte",
            "Lithuania",
        ),
    ],
)
def test_a_bare_titles_country_from_strong_evidence(  # type: ignore[no-untyped-def]
    pipeline, text: str, person: str, country: str
) -> None:
    assert _person(_extract(pipeline, text), person).country == country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Prime Minister Anna Berg said the talks would resume next week.", "Anna Berg"),
        # Another country as a subject is what the official talks about, not home.
        ("Foreign Minister Eirik Dahl said Russia would attack again.", "Eirik Dahl"),
        ("Analyst Jonas Lind said Sweden would join the mission.", "Jonas Lind"),
        # A dateline alone is weak: the official may be a visitor.
        (
            "OSLO, May 2 (Nordwire) – Foreign Minister Lars Holm said the talks had failed.",
            "Lars Holm",
        ),
    ],
)
def test_a_bare_titles_country_stays_unknown_without_strong_evidence(  # type: ignore[no-untyped-def]
    pipeline, text: str, person: str
) -> None:
    assert _person(_extract(pipeline, text), person).country is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "OSLO, April 9 (Fjord Herald) – Norway would back a mission, officials said.",
            "Fjord Herald",
        ),
    ],
)
def test_the_outlet_a_dateline_credits_is_media(pipeline, text: str, outlet: str) -> None:  # type: ignore[no-untyped-def]
    found = [e.type for e in _extract(pipeline, text).entities if e.name == outlet]
    assert found == ["media"]
