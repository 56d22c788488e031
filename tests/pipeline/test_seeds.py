"""The seeds, end to end: the outcomes a careful reader expects."""

from __future__ import annotations

import pytest

SEED_0 = "000_224da9d80f92f6ae"
SEED_1 = "001_4e0af36183f8e979"


def _statement(extraction, begins):  # type: ignore[no-untyped-def]
    found = [s for s in extraction.statements if s.text.lstrip().lower().startswith(begins.lower())]
    assert found, f"no statement begins with {begins!r}"
    return found[0]


def test_seed_every_statement_span_is_its_text(seed_extractions, seed_texts) -> None:  # type: ignore[no-untyped-def]
    for name, extraction in seed_extractions.items():
        text = seed_texts[name]
        for statement in extraction.statements:
            assert text[statement.start : statement.end] == statement.text
            if statement.cue_start is not None:
                assert text[statement.cue_start : statement.cue_end] == statement.cue
        for position in extraction.positions:
            for condition in position.conditions:
                assert text[condition.start : condition.end] == condition.text
        for source in extraction.sources_cited:
            assert text[source.start : source.end]
        for found in extraction.dates:
            assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("seed", "begins", "kind", "speaker"),
    [
        (SEED_0, "after all, we would be the ones", "direct", "Kaja Kallas"),
        (SEED_0, "At present NATO is not ready to join", "direct", "Baiba Braje"),
        (SEED_0, "We need to analyze how the situation", "direct", "Evika Silynya"),
        (SEED_0, "we would discuss what this looks like", "direct", "Kasutis Budrys"),
        (SEED_0, "Lithuania is a security provider", "direct", "Kasutis Budrys"),
        (SEED_0, "There will be such a question", "direct", "Kasutis Budrys"),
        (SEED_0, "NATO is not currently prepared to join", "indirect", "Baiba Braje"),
        (SEED_0, "the decision to send", "indirect", "Kaja Kallas"),
        (SEED_0, "negotiations will be challenging", "indirect", "Kalev Stoicescu"),
        # "Macron and Pavel have both suggested": both named; the entity is the first.
        (
            SEED_1,
            "Europe should not limit its support",
            "indirect",
            "Emmanuel Macron and Petr Pavel",
        ),
        (
            SEED_1,
            "some countries have already sent military instructors",
            "indirect",
            "Kaja Kallas",
        ),
    ],
)
def test_seed_statement_speaker(seed_extractions, seed, begins, kind, speaker) -> None:  # type: ignore[no-untyped-def]
    statement = _statement(seed_extractions[seed], begins)
    assert statement.kind == kind
    assert statement.speaker.name == speaker
    entity = next(e for e in seed_extractions[seed].entities if e.id == statement.speaker.entity)
    assert entity.type == "person"


def test_seed_quote_spoken_by_pronoun_is_resolved_and_cited(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    statement = _statement(seed_extractions[SEED_0], "after all, we would be the ones")
    assert statement.cue == "stated"
    assert statement.via == "Svenska Dagbladet"


def test_seed_report_relayed_by_an_outlet_keeps_its_speaker(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    statement = _statement(seed_extractions[SEED_1], "if Western support remains insufficient")
    assert statement.cue == "warned"
    assert statement.speaker.name == "these representatives"
    assert statement.via == "Der Spiegel"


@pytest.mark.parametrize(
    ("seed", "name"),
    [
        (SEED_0, "Svenska Dagbladet"),
        (SEED_0, "The Kyiv Independent"),
        (SEED_1, "Der Spiegel"),
        (SEED_1, "Tagesschau"),
        (SEED_1, "The Telegraph"),
    ],
)
def test_seed_outlets_are_media_never_people(seed_extractions, seed, name) -> None:  # type: ignore[no-untyped-def]
    entities = seed_extractions[seed].entities
    matching = [e for e in entities if e.name == name]
    assert matching and all(e.type == "media" for e in matching)


@pytest.mark.parametrize("place", ["Vilnius", "Kyiv", "Tallinn", "Berlin"])
def test_seed_capitals_are_never_people(seed_extractions, place) -> None:  # type: ignore[no-untyped-def]
    for extraction in seed_extractions.values():
        for entity in extraction.entities:
            if entity.type == "person":
                assert place not in entity.name and place not in entity.aliases


def test_seed_budrys_is_conditional_on_allies_and_ceasefire(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    positions = [
        p
        for p in seed_extractions[SEED_0].positions
        if p.actor.name == "Kasutis Budrys" and p.issue == "western-troops-in-ukraine"
    ]
    conditional = [p for p in positions if p.stance == "conditional"]
    assert conditional
    types = {c.type for c in conditional[0].conditions}
    assert {"allied_action", "ceasefire"} <= types
    lithuania = [
        p
        for p in seed_extractions[SEED_0].positions
        if p.actor.name == "Lithuania" and p.stance == "conditional" and p.derived_from
    ]
    assert lithuania


def test_seed_roles_come_from_the_text(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    entities = {e.name: e for e in seed_extractions[SEED_0].entities}
    braje = entities["Baiba Braje"]
    assert ("Foreign Minister", "Latvia") in {(r.title, r.of) for r in braje.roles}
    kallas = entities["Kaja Kallas"]
    titles = {r.title for r in kallas.roles}
    assert {"Prime Minister", "High Representative"} <= titles
    assert kallas.country == "Estonia"


def test_seed_groups_expand_to_members(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    extraction = seed_extractions[SEED_1]
    by_id = {e.id: e for e in extraction.entities}
    group = next(e for e in extraction.entities if e.name == "Baltic states")
    assert "Baltic NATO states" in group.aliases
    assert {by_id[m].name for m in group.members} == {"Estonia", "Latvia", "Lithuania"}
    holders = {
        p.actor.name
        for p in extraction.positions
        if p.issue == "western-troops-in-ukraine" and p.stance == "conditional"
    }
    assert {"Estonia", "Latvia", "Lithuania", "Poland"} <= holders


def test_seed_statement_date_comes_from_its_sentence(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    statement = _statement(seed_extractions[SEED_1], "the need for clear rules")
    assert statement.via == "Tagesschau"
    assert statement.said_on is not None and statement.said_on.isoformat() == "2024-05-26"
