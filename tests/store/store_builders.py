"""Extractions built by hand for the store tests: news-style texts we wrote ourselves.

Offsets are computed from the text (``find``), so every span is real evidence.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from stancemap.models import (
    ActorRef,
    Article,
    Condition,
    DateMention,
    Entity,
    Extraction,
    Mention,
    Position,
    Role,
    SourceCited,
    Speaker,
    Statement,
)

ISSUE = "western-troops-in-ukraine"


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    """Start and end of the ``nth`` occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def mention(text: str, piece: str, nth: int = 0) -> Mention:
    start, end = span(text, piece, nth)
    return Mention(start, end, piece)


KALLAS_MAY_TEXT = (
    "Estonian Prime Minister Kaja Kallas said on Monday that Estonia could send soldiers "
    'to Ukraine. "We would do it only together with other NATO members," Kallas told '
    "Svenska Dagbladet in an interview on May 27."
)

KALLAS_JULY_TEXT = (
    "Kaja Kallas, now the EU's High Representative, warned on Tuesday that Europe must not "
    'send troops into Ukraine. "That is not on the table," Kallas said.'
)


def kallas_may(article_id: str = "a-may", **article: object) -> Extraction:
    """Kallas, as Estonian PM, conditionally for troops; Estonia's position derived."""
    text = KALLAS_MAY_TEXT
    quote = "We would do it only together with other NATO members"
    s1 = Statement(
        id="s1",
        speaker=Speaker("Kallas", "e1", *span(text, "Kallas", 1)),
        kind="direct",
        cue="told",
        start=span(text, quote)[0],
        end=span(text, quote)[1],
        text=quote,
        cue_start=span(text, "told")[0],
        cue_end=span(text, "told")[1],
        said_on=date(2024, 5, 27),
        via="Svenska Dagbladet",
    )
    condition = Condition(
        "allied_action",
        "only together with other NATO members",
        *span(text, "only together with other NATO members"),
    )
    return Extraction(
        article=Article(
            id=article_id,
            text=text,
            title="Kallas open to troops in Ukraine",
            url="https://news.example.com/kallas-troops?utm_source=feed",
            outlet="Example News",
            published=date(2024, 5, 28),
            **article,  # type: ignore[arg-type]
        ),
        language="en",
        entities=(
            Entity(
                id="e1",
                name="Kaja Kallas",
                type="person",
                aliases=("Kallas",),
                roles=(
                    Role(
                        "Prime Minister",
                        "Estonia",
                        *span(text, "Estonian Prime Minister"),
                        tense="current",
                    ),
                ),
                country="Estonia",
                mentions=(mention(text, "Kaja Kallas"), mention(text, "Kallas", 1)),
            ),
            Entity(
                id="e2", name="Estonia", type="country", mentions=(mention(text, "Estonia", 0),)
            ),
            Entity(
                id="e3",
                name="Svenska Dagbladet",
                type="media",
                mentions=(mention(text, "Svenska Dagbladet"),),
            ),
        ),
        statements=(s1,),
        positions=(
            Position(
                actor=ActorRef("Kaja Kallas", "e1"),
                issue=ISSUE,
                stance="conditional",
                start=s1.start,
                end=s1.end,
                conditions=(condition,),
                confidence=0.8,
                statement="s1",
            ),
            Position(
                actor=ActorRef("Estonia", "e2"),
                issue=ISSUE,
                stance="conditional",
                start=s1.start,
                end=s1.end,
                conditions=(condition,),
                confidence=0.6,
                statement="s1",
                derived_from="e1",
            ),
        ),
        sources_cited=(
            SourceCited(
                "Svenska Dagbladet",
                "media",
                *span(text, "Svenska Dagbladet"),
                statement="s1",
                entity="e3",
            ),
        ),
        dates=(DateMention("May 27", *span(text, "May 27"), date(2024, 5, 27)),),
    )


def kallas_july(article_id: str = "a-july") -> Extraction:
    """Kallas, now High Representative, against troops: a later, changed position."""
    text = KALLAS_JULY_TEXT
    quote = "That is not on the table"
    s1 = Statement(
        id="s1",
        speaker=Speaker("Kallas", "e1"),
        kind="direct",
        cue="said",
        start=span(text, quote)[0],
        end=span(text, quote)[1],
        text=quote,
    )
    return Extraction(
        article=Article(
            id=article_id,
            text=text,
            title="Kallas rules out troops",
            url="https://other.example.org/kallas-july",
            outlet="Other Daily",
            published=date(2024, 7, 17),
        ),
        language="en",
        entities=(
            Entity(
                id="e1",
                name="Kaja Kallas",
                type="person",
                aliases=("Kallas",),
                roles=(
                    Role(
                        "High Representative",
                        "EU",
                        *span(text, "the EU's High Representative"),
                        tense="current",
                    ),
                ),
                mentions=(mention(text, "Kaja Kallas"), mention(text, "Kallas", 1)),
            ),
        ),
        statements=(s1,),
        positions=(
            Position(
                actor=ActorRef("Kaja Kallas", "e1"),
                issue=ISSUE,
                stance="oppose",
                start=s1.start,
                end=s1.end,
                confidence=0.9,
                statement="s1",
                said_on=date(2024, 7, 16),
            ),
        ),
    )


def bare_article(article_id: str, text: str, **article: object) -> Extraction:
    """An extraction with nothing found in it: just the article."""
    return Extraction(article=Article(id=article_id, text=text, **article), language="en")  # type: ignore[arg-type]


def person(entity_id: str, name: str, *aliases: str) -> Entity:
    return Entity(id=entity_id, name=name, type="person", aliases=aliases)


def with_entities(article_id: str, text: str, *entities: Entity) -> Extraction:
    """An article whose only findings are ``entities``."""
    return replace(bare_article(article_id, text), entities=entities)
