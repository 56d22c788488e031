"""Actor rules on texts we wrote: names, roles, governments, groups, organisations, outlets.

Each table row is one rule: the text, the actor we expect and how it must look. Every
row also checks that the evidence spans are exactly the words of the text.
"""

from __future__ import annotations

import pytest

from stancemap.models import Article, Entity, Extraction


def _extract(pipeline, text: str, **article: object) -> Extraction:  # type: ignore[no-untyped-def]
    extraction = pipeline.extract(Article(id="t", text=text, **article))  # type: ignore[arg-type]
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
        for role in entity.roles:
            assert role.title.split()[-1] in text[role.start : role.end]
    return extraction


def _named(extraction: Extraction, name: str) -> Entity:
    found = [e for e in extraction.entities if e.name == name]
    names = [(e.name, e.type) for e in extraction.entities]
    assert len(found) == 1, f"{name!r} not found once among {names}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvian Foreign Minister baiba Braje said NATO was not ready.", "Baiba Braje"),
        (
            "Lithuanian Foreign Minister Kasutis Budrys said so. Budrys added more.",
            "Kasutis Budrys",
        ),
        ("Estonian lawmaker Kalev Stoicescu spoke first. Stoicescu then left.", "Kalev Stoicescu"),
        ("Kaja Kallas spoke in Tallinn. Later Kallas said she was sure.", "Kaja Kallas"),
        # The remit of an office ("Minister of Finance") is not a first name.
        ("Minister of Finance Jonas Berg said the budget was sound.", "Jonas Berg"),
        (
            "The email contradicts comments from former Secretary of Defense Karl Lund.",
            "Karl Lund",
        ),
        (
            "Union Director of Government Affairs Phil Smith said the vote was close.",
            "Phil Smith",
        ),
        # A party word before a name is not its first name.
        ("Intelligence Republican Mike Berg said so.", "Mike Berg"),
        # A name the NER leaves unlabelled: a known first name and a surname.
        ("And oh yes, Marta Ruiz: What, exactly, are her qualifications?", "Marta Ruiz"),
    ],
)
def test_person_full_name_from_fullest_mention(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    people = [e for e in extraction.entities if e.type == "person"]
    assert [p.name for p in people] == [expected]


def test_first_name_beside_a_relative_is_a_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    """NER calls "Melania" a place and "Florence" an organisation; beside "wife" or
    "daughter" they are people."""
    for text, name in [
        ("On the opening night Monday, Lund's wife, Melania, is scheduled to speak.", "Melania"),
        ("His daughter, Florence, spoke first.", "Florence"),
    ]:
        assert _named(_extract(pipeline, text), name).type == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline's verb and what follows its colon are not part of the name.
        ("Moreau Says Bridge Will Open.\n\nMayor Ines Moreau spoke on Friday.", "Ines Moreau"),
        ("Moreau: Trust the Council.\n\nMayor Ines Moreau spoke on Friday.", "Ines Moreau"),
    ],
)
def test_headline_words_stay_out_of_names(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.name for e in _extract(pipeline, text).entities if e.type == "person"]
    assert people == [expected]


def test_titled_surname_keeps_its_gender(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "Mrs. Lund" is Anna Lund and "Mr. Lund" Erik Lund, whoever was named last."""
    text = (
        "Anna Lund spoke at the rally with her husband, Erik Lund. Mrs. Lund said the plant"
        " would close. Mr. Lund said nothing."
    )
    extraction = _extract(pipeline, text)
    anna, erik = _named(extraction, "Anna Lund"), _named(extraction, "Erik Lund")
    assert "Mrs. Lund" in [m.text for m in anna.mentions] or any(
        text[m.start - 5 : m.end].endswith("Mrs. Lund") for m in anna.mentions
    )
    assert any(text[m.start - 4 : m.end].endswith("Mr. Lund") for m in erik.mentions)


@pytest.mark.parametrize(
    ("text", "person", "roles"),
    [
        (
            "Latvian Prime Minister Evika Silynya echoed this sentiment.",
            "Evika Silynya",
            [("Prime Minister", "Latvia", "unknown")],
        ),
        (
            "Estonian lawmaker Kalev Stoicescu, the head of the Estonian Riigikogu’s state "
            "defense commission, believes that talks will be hard.",
            "Kalev Stoicescu",
            [
                ("lawmaker", "Estonia", "unknown"),
                ("head", "Estonian Riigikogu’s state defense commission", "unknown"),
            ],
        ),
        (
            "Estonian Prime Minister Kaja Kallas, now the High Representative of the European "
            "Union for Foreign Affairs and Security Policy, made a statement.",
            "Kaja Kallas",
            [
                ("Prime Minister", "Estonia", "unknown"),
                (
                    "High Representative",
                    "European Union for Foreign Affairs and Security Policy",
                    "current",
                ),
            ],
        ),
        (
            "The approach was mirrored by the then Latvian Foreign Minister, Krisjanis Karins, "
            "who praised Macron.",
            "Krisjanis Karins",
            [("Foreign Minister", "Latvia", "past")],
        ),
        (
            "Former Latvian Foreign Minister Krišjānis Kariņš said the alliance must hold.",
            "Krišjānis Kariņš",
            [("Foreign Minister", "Latvia", "past")],
        ),
        ("Ex-President Petr Pavel said so.", "Petr Pavel", [("President", None, "past")]),
        (
            "Kaja Kallas, currently the EU's top diplomat, said so.",
            "Kaja Kallas",
            [("EU's top diplomat", None, "current")],
        ),
        # An occupation NER took into the name is the role, not part of the name.
        (
            "Columnist Karl Will reignited his feud with Lund this week.",
            "Karl Will",
            [("Columnist", None, "unknown")],
        ),
        (
            "Rabbi Rick Jacobs, president of the Union, said the talk was troubling.",
            "Rick Jacobs",
            [("Rabbi", None, "unknown"), ("president", "Union", "unknown")],
        ),
        (
            "Businessman Bruce Lavelle said the campaign was growing.",
            "Bruce Lavelle",
            [("Businessman", None, "unknown")],
        ),
    ],
)
def test_person_roles_with_title_of_and_tense(pipeline, text: str, person: str, roles) -> None:  # type: ignore[no-untyped-def]
    entity = _named(_extract(pipeline, text), person)
    assert [(r.title, r.of, r.tense) for r in entity.roles] == roles


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Latvian Prime Minister Evika Silynya echoed this sentiment.", "Evika Silynya", "Latvia"),
        ("German Chancellor Olaf Scholz has kept a strict policy.", "Olaf Scholz", "Germany"),
        (
            "Ukrainian President Volodymyr Zelenskyy revealed talks.",
            "Volodymyr Zelenskyy",
            "Ukraine",
        ),
    ],
)
def test_person_country_from_role(pipeline, text: str, person: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert _named(_extract(pipeline, text), person).country == country


def test_role_dated_by_article_publication(pipeline) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    text = "Latvian Prime Minister Evika Siliņa said Latvia would decide with its allies."
    extraction = _extract(pipeline, text, published=date(2025, 2, 3))
    [role] = _named(extraction, "Evika Siliņa").roles
    assert role.reported_on == date(2025, 2, 3)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("This stems from Berlin’s perceived indecision on missiles.", "Berlin", "Germany"),
        ("Vilnius is open to sending its soldiers.", "Vilnius", "Lithuania"),
        ("Tallinn wouldn’t invoke article 5 of the NATO Charter.", "Tallinn", "Estonia"),
        ("The White House is reportedly considering the request.", "White House", "United States"),
        ("Kyiv said on Monday it would not accept the plan.", "Kyiv", "Ukraine"),
        ("Kyiv's request for more air defence was rejected.", "Kyiv", "Ukraine"),
        (
            "The plan set Warsaw apart from Vilnius, which has said it may send a battalion.",
            "Vilnius",
            "Lithuania",
        ),
    ],
)
def test_capital_acting_is_its_government(pipeline, text: str, surface: str, country: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    entity = _named(extraction, country)
    assert entity.type == "country"
    assert surface in {m.text for m in entity.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Meanwhile, in Tallinn, Estonian Defense Forces are conducting exercises.", "Tallinn"),
        ("The minister spoke in Kyiv on Tuesday.", "Kyiv"),
        ("Officials met at a conference in Vilnius.", "Vilnius"),
    ],
)
def test_capital_as_plain_place_is_no_actor(pipeline, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    types = {e.type for e in extraction.entities if e.name == place}
    assert types <= {"place"}
    assert all(e.type != "person" for e in extraction.entities)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "KYIV, March 4 (Nordwire) – NATO allies said on Tuesday they would not "
            "send troops to Ukraine.",
            "KYIV",
        ),
        ("Kyiv — NATO allies said on Tuesday they would not send troops to Ukraine.", "Kyiv"),
    ],
)
def test_a_dateline_is_where_the_story_was_filed_not_a_government(
    pipeline, text: str, surface: str
) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    for entity in extraction.entities:
        if surface in {m.text for m in entity.mentions}:
            assert entity.type == "place", entity


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        ("As the war goes on, the Baltic states are facing a dilemma.", "Baltic states", 3),
        ("The Baltic republics and Poland may be willing to send units.", "Baltic states", 3),
        ("Baltic NATO states and Poland have signaled their readiness.", "Baltic states", 3),
        ("The Nordic countries said they would help.", "Nordic countries", 5),
    ],
)
def test_group_expands_to_member_countries(pipeline, text: str, group: str, members: int) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    by_id = {e.id: e for e in extraction.entities}
    entity = _named(extraction, group)
    assert entity.type == "group"
    assert len(entity.members) == members
    assert all(by_id[m].type == "country" for m in entity.members)
    if "Baltic" in group:
        assert {by_id[m].name for m in entity.members} == {"Estonia", "Latvia", "Lithuania"}


@pytest.mark.parametrize(
    ("text", "holders", "not_holders"),
    [
        (
            "Baltic NATO states and Poland have signaled their readiness to send troops into "
            "Ukraine if Russian forces achieve a significant breakthrough.",
            {"Estonia", "Latvia", "Lithuania", "Poland", "Baltic states"},
            set(),
        ),
        (
            "Currently, several EU countries, including france, Britain, and Germany, are "
            "reportedly considering sending soldiers to Ukraine in the event of a ceasefire.",
            {"France", "United Kingdom", "Germany"},
            {"European Union"},
        ),
    ],
)
def test_group_position_applies_to_each_member(pipeline, text, holders, not_holders) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    found = {p.actor.name for p in extraction.positions if p.issue == "western-troops-in-ukraine"}
    assert holders <= found
    assert not (not_holders & found)
    by_entity = {e.id: e.name for e in extraction.entities}
    derived = {
        p.actor.name: by_entity.get(p.derived_from or "")
        for p in extraction.positions
        if p.derived_from
    }
    if "Baltic states" in holders:
        assert {derived[c] for c in ("Estonia", "Latvia", "Lithuania")} == {"Baltic states"}


@pytest.mark.parametrize(
    ("text", "name", "actor_type"),
    [
        ("NATO is not currently prepared to join the conflict.", "NATO", "organization"),
        ("The EU will meet on Monday to discuss the plan.", "European Union", "organization"),
        (
            "The head of the Estonian Riigikogu’s state defense commission spoke.",
            "Riigikogu",
            "organization",
        ),
        (
            "Meanwhile, in Tallinn, Estonian Defense Forces are conducting exercises.",
            "Estonian Defense Forces",
            "organization",
        ),
        (
            "According to a report by Der Spiegel, they warned of a breakthrough.",
            "Der Spiegel",
            "media",
        ),
        (
            "“This is wrong,” she stated in an interview with the Swedish publication Svenska "
            "Dagbladet.",
            "Svenska Dagbladet",
            "media",
        ),
        (
            "Scholz spoke during a May 26 interview with Tagesschau television.",
            "Tagesschau",
            "media",
        ),
        (
            "The concerns were set out in a joint article in The Telegraph.",
            "The Telegraph",
            "media",
        ),
        (
            "“NATO is not ready,” Braje stated in an interview with The Kyiv Independent.",
            "The Kyiv Independent",
            "media",
        ),
        (
            "In an interview with Nordwire, Maren Solvik said the talks had failed.",
            "Nordwire",
            "media",
        ),
        ("Harbour Mail reported that the talks had failed.", "Harbour Mail", "media"),
    ],
)
def test_organizations_and_outlets_are_typed(
    pipeline, text: str, name: str, actor_type: str
) -> None:  # type: ignore[no-untyped-def]
    assert _named(_extract(pipeline, text), name).type == actor_type


def test_outlet_from_article_metadata_is_media(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Eastfield Courier said the ministers would meet again in June."
    extraction = _extract(pipeline, text, outlet="Eastfield Courier")
    assert _named(extraction, "Eastfield Courier").type == "media"


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        (
            "Kaja Kallas, now the High Representative of the European Union for Foreign Affairs "
            "and Security Policy, made a statement.",
            "European Union for Foreign Affairs",
        ),
        ("Vilnius is open to sending its soldiers.", "Vilnius"),
        ("Supplying long-range missiles to Kyiv was discussed.", "Kyiv"),
    ],
)
def test_role_words_and_capitals_are_never_people_or_orgs(
    pipeline, text: str, not_an_actor: str
) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(pipeline, text)
    wrong = [e for e in extraction.entities if e.name == not_an_actor and e.type != "place"]
    assert wrong == []
    assert all(e.type != "person" or e.name != not_an_actor for e in extraction.entities)


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "Dutch Prime Minister Pieter de Waal expressed support for the plan.",
            "Pieter de Waal",
            {"Pieter de Waal"},
        ),
        (
            "European Commission President Ursula von der Leyen said on Monday that the "
            "EU would stand by Kyiv. Von der Leyen added that more aid would follow.",
            "Ursula von der Leyen",
            {"Ursula von der Leyen", "Von der Leyen"},
        ),
        ("Foreign Minister Jean-Yves Le Drian said so.", "Jean-Yves Le Drian", None),
    ],
)
def test_names_with_particles_are_one_person(
    pipeline, text: str, name: str, mentions: set[str] | None
) -> None:  # type: ignore[no-untyped-def]
    person = _named(_extract(pipeline, text), name)
    assert person.type == "person"
    if mentions is not None:
        assert {m.text for m in person.mentions} == mentions


def test_surname_used_alone_goes_to_the_namesake_named_most(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "Lindgren" said three times, then "Sofia Lindgren", then "Erik Lindgren" twice:
    a relative's first name, arriving late, does not take the surname's mentions."""
    text = (
        "Lindgren spoke first on Monday. Lindgren promised lower taxes. Lindgren then left"
        " the hall. Sofia Lindgren introduced Erik Lindgren at the evening rally. Erik"
        " Lindgren thanked the crowd."
    )
    extraction = _extract(pipeline, text)
    erik, sofia = _named(extraction, "Erik Lindgren"), _named(extraction, "Sofia Lindgren")
    assert len(erik.mentions) == 5
    assert [m.text for m in sofia.mentions] == ["Sofia Lindgren"]


def test_a_person_ner_calls_a_body_is_a_person_when_the_surname_acts_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A body is shortened to its first word, a person to the last: "Tarwal pleaded"."""
    text = (
        "Compare that with the case of Sant Singh Tarwal, hotelier and party fundraiser. "
        "In 2012, Tarwal pleaded guilty to making straw donations. Tarwal was clearly "
        "trying to buy influence."
    )
    person = _named(_extract(pipeline, text), "Sant Singh Tarwal")
    assert person.type == "person"
    assert len(person.mentions) == 3


def _tagged(words: str, tags: str, deps: str, heads: list[int], ents: str):  # type: ignore[no-untyped-def]
    """A parsed sentence built by hand: the entity labels a tagger gave on real news."""
    import spacy
    from spacy.tokens import Doc

    pos = {"NNP": "PROPN", "NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "IN": "ADP", "_SP": "SPACE"}
    tag_list = tags.split()
    return Doc(
        spacy.blank("en").vocab,
        words=words.split(" "),
        tags=tag_list,
        pos=[pos.get(t, "PUNCT" if t == "." else "PRON") for t in tag_list],
        deps=deps.split(),
        heads=heads,
        sent_starts=[True, *([False] * (len(tag_list) - 1))],
        ents=ents.split(),
    )


@pytest.mark.parametrize(
    ("words", "tags", "deps", "heads", "ents", "expected"),
    [
        # "Exit polls showed …": a word capitalised only as the sentence opener.
        (
            "Exit polls showed change .",
            "NNP NNS VBD NN .",
            "compound nsubj ROOT dobj punct",
            [1, 2, 2, 2, 2],
            "B-PERSON O O O O",
            [],
        ),
        # "Whitfield Tower", "the Arlo Pendry Foundation": named after a person.
        (
            "He met donors at Whitfield Tower .",
            "PRP VBD NNS IN NNP NNP .",
            "nsubj ROOT dobj prep compound pobj punct",
            [1, 1, 1, 1, 5, 3, 1],
            "O O O O B-PERSON I-PERSON O",
            [("Whitfield Tower", "place")],
        ),
        (
            "He met donors at Arlo Pendry Foundation .",
            "PRP VBD NNS IN NNP NNP NNP .",
            "nsubj ROOT dobj prep compound compound pobj punct",
            [1, 1, 1, 1, 6, 6, 3, 1],
            "O O O O B-PERSON I-PERSON I-PERSON O",
            [("Arlo Pendry Foundation", "organization")],
        ),
        # A title-case headline runs the name into its words: "Ines Moreau Wins Again".
        (
            "Voters Say Ines Moreau Wins Again \n\n Ines Moreau spoke .",
            "NNS VBD NNP NNP NNP NNP _SP NNP NNP VBD .",
            "nsubj ROOT compound compound compound dobj dep compound nsubj ROOT punct",
            [1, 1, 5, 5, 5, 1, 5, 8, 9, 9, 9],
            "O O B-PERSON I-PERSON I-PERSON I-PERSON O B-PERSON I-PERSON O O",
            [("Ines Moreau", "person"), ("Ines Moreau", "person")],
        ),
    ],
)
def test_what_ner_calls_a_person_but_is_none(  # type: ignore[no-untyped-def]
    words, tags, deps, heads, ents, expected
) -> None:
    from stancemap.actors.mentions import find_mentions

    doc = _tagged(words, tags, deps, heads, ents)
    assert [(m.text, m.type) for m in find_mentions(doc)] == expected


def test_a_generation_suffix_does_not_hide_the_surname(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "Walter R. Penrose Jr." is the "Penrose" of the next sentence; "Jr." is no
    surname that "Gerald F. Dunmore Jr." could share."""
    text = (
        "Vice President Walter R. Penrose Jr. met General Gerald F. Dunmore Jr. on Monday. "
        "Penrose said the talks had gone well. Penrose then left for Ohio."
    )
    extraction = _extract(pipeline, text)
    assert len(_named(extraction, "Walter R. Penrose Jr.").mentions) == 3
    assert len(_named(extraction, "Gerald F. Dunmore Jr.").mentions) == 1


def test_a_person_who_writes_is_no_outlet(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "Kennedy wrote" after "Justice Anthony Kennedy", "Karl Lund wrote": people write
    too; an outlet that reports stays an outlet."""
    text = (
        "Justice Anthony Kennedy joined the majority. Justice Kennedy wrote that the law"
        " stands. Karl Lund wrote that the plan would fail. Der Spiegel reported that the"
        " talks failed."
    )
    types = {e.name: e.type for e in _extract(pipeline, text).entities}
    assert types == {"Anthony Kennedy": "person", "Karl Lund": "person", "Der Spiegel": "media"}


def test_who_is_interviewed_or_reports_is_typed_by_what_they_are(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "an interview with Karl Lund" is with a person, "a report by the Nordic Budget
    Office" by a body; "an interview with Radio Nordvik" is with an outlet."""
    for text, name, kind in [
        (
            "In an interview with Karl Lund, the minister said the plan failed.",
            "Karl Lund",
            "person",
        ),
        (
            "According to a report by the Nordic Budget Office, the deficit grew.",
            "Nordic Budget Office",
            "organization",
        ),
        (
            "In an interview with Radio Nordvik, the minister said it failed.",
            "Radio Nordvik",
            "media",
        ),
    ]:
        assert _named(_extract(pipeline, text), name).type == kind


def test_scores_firms_and_handles_are_not_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A ranking run into names, a firm joined by "&", a writer's "Ann & I"."""
    text = (
        "We asked which candidate won the debate.\n\nKarl Lund 1, Anna Kovac 2, Jonas"
        " Berg 3 and Ines Moreau last. Drug companies such as Pfizer and Johnson &"
        " Johnson were targeted. As we mourn the victims, Ann & I say a prayer."
    )
    found = {e.name: e.type for e in _extract(pipeline, text).entities}
    assert found["Karl Lund"] == found["Anna Kovac"] == "person"
    # A number that is part of an outlet's name stays.
    assert [e.name for e in _extract(pipeline, "Channel 4 reported that it failed.").entities] == [
        "Channel 4"
    ]
    assert found["Johnson & Johnson"] == "organization"
    assert "Ann & I" not in found


def test_marks_and_credits_stay_out_of_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A list's dash, a photo credit after a slash and a lone occupation are not names."""
    text = (
        "-Karl Fehrman illustrates just how few people voted. The photo of Ahmed"
        " Helal/LinkedIn shows him smiling. Actress Marta Gurira said the film mattered."
    )
    people = {e.name: [r.title for r in e.roles] for e in _extract(pipeline, text).entities}
    assert people == {"Karl Fehrman": [], "Ahmed Helal": [], "Marta Gurira": ["Actress"]}


def test_a_glued_dash_and_a_full_stop_stay_out_of_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "Karl Lund—35 to 12 percent": spaCy leaves a dash glued to a number inside the
    word; a byline glued with "--" ends with the sentence's full stop."""
    text = (
        "Lund won by a wide margin over Iowa winner Karl Lund—35 to 12 percent—because he"
        " did well. One person was killed in Brandvik, Ariz.--Jana Bacon.\n\nThe count"
        " goes on."
    )
    people = sorted(e.name for e in _extract(pipeline, text).entities if e.type == "person")
    assert "Karl Lund" in people and "Jana Bacon" in people, people
    assert not any("—" in name or "-" in name or name.endswith(".") for name in people), people


def test_father_and_son_of_one_name_stay_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Representative Doran Kessler endorsed the plan on Monday. His father, Doran "
        "Kessler Sr., once held the same seat."
    )
    extraction = _extract(pipeline, text)
    assert len(_named(extraction, "Doran Kessler").mentions) == 1
    assert len(_named(extraction, "Doran Kessler Sr.").mentions) == 1


def test_a_name_after_a_party_word_in_an_organisation_span_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """NER sometimes runs "House Intelligence Republican" into a name and calls it all
    an organisation: the name after the party word is the person."""
    from spacy.tokens import Span

    from stancemap.actors.mentions import find_mentions

    doc = nlp("House Intelligence Republican Mike Berg agreed with that point.")
    doc.ents = [Span(doc, 0, 5, label="ORG")]
    mentions = find_mentions(doc)
    assert [(m.text, m.type) for m in mentions] == [("Mike Berg", "person")]


def test_a_party_word_inside_a_person_span_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from stancemap.actors.mentions import find_mentions

    doc = nlp("Ranking Democrat Anna Lund said the memo was troubling.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Anna Lund", "person")]


@pytest.mark.parametrize("verb", ["wrote", "warned"])
def test_a_bare_surname_called_an_organisation_is_the_person_named(nlp, verb: str) -> None:  # type: ignore[no-untyped-def]
    """ "Karl Lund warned …. Lund wrote …": NER may call the surname alone an ORG,
    and a writer looks like an outlet; in the story it is the person named in full."""
    from spacy.tokens import Span

    from stancemap.actors.mentions import find_mentions

    doc = nlp(f"Karl Lund spoke on Monday. In an opinion piece, Lund {verb} that voters are angry.")
    lund = next(t.i for t in doc if t.text == "Lund" and t.i > 2)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, lund, lund + 1, label="ORG")]
    mentions = find_mentions(doc)
    assert [(m.text, m.type) for m in mentions] == [("Karl Lund", "person"), ("Lund", "person")]


def test_a_listed_agency_questioning_someone_is_no_outlet(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "interviewed by the FBI" reads like an outlet's interview; the agency is listed
    as an organisation, under one name for its spellings."""
    text = (
        "The campaign would not say if Lund has been interviewed by the FBI. The Federal"
        " Bureau of Investigation declined to comment."
    )
    found = [(e.name, e.type) for e in _extract(pipeline, text).entities if "F" in e.name]
    assert found == [("FBI", "organization")]


def test_a_bare_surname_after_a_possessive_full_name_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from stancemap.actors.mentions import find_mentions

    doc = nlp("Karl Lund's campaign spoke on Monday. Later, Lund said that voters are angry.")
    lund = next(t.i for t in doc if t.text == "Lund" and t.i > 2)
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, lund, lund + 1, label="ORG")]
    assert [m.type for m in find_mentions(doc)] == ["person", "person"]
