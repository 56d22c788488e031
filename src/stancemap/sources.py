"""Sources cited: the outlet or document a statement was carried through.

"in an interview with Svenska Dagbladet", "according to a report by Der Spiegel",
"during a May 26 interview with Tagesschau", "told Reuters": the outlet sits in
the statement's sentence but outside the words said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stancemap.actors.resolve import ActorDraft, ArticleActors
from stancemap.statements.draft import StatementDraft

_CHANNEL_WORDS = re.compile(
    r"\b(?:interview|report|reported|reports|article|told|according|broadcast|op-ed|"
    r"column|wrote|writing|publication|newspaper|television|radio|podcast|appearance)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourceDraft:
    """A cited source in normalised-text offsets, tied to its statement's index."""

    actor: ActorDraft
    start: int
    end: int
    statement_index: int


def find_sources(
    text: str, statements: list[StatementDraft], actors: ArticleActors
) -> list[SourceDraft]:
    """The media outlets each statement's sentence names outside the content."""
    found: list[SourceDraft] = []
    media = [(m, actor) for actor in actors.actors if actor.type == "media" for m in actor.mentions]
    for index, statement in enumerate(statements):
        sent_start, sent_end = statement.sentence
        for mention, actor in media:
            if not sent_start <= mention.start < sent_end:
                continue
            if statement.start <= mention.start < statement.end:
                continue
            if statement.speaker.actor_id == actor.id:
                continue
            if _CHANNEL_WORDS.search(text[sent_start:sent_end]):
                found.append(SourceDraft(actor, mention.start, mention.end, index))
    return found
