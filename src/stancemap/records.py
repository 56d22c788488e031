"""Turn the drafts of one article into its records, in original-text offsets.

Everything upstream works on the normalised text that spaCy parsed; this is the
one place where offsets go back to the characters of the article as read, so a
missed conversion cannot hide in a stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from stancemap.actors.resolve import ActorDraft, ArticleActors
from stancemap.dates import DateDraft
from stancemap.models import (
    ActorRef,
    Condition,
    DateMention,
    Entity,
    Mention,
    Part,
    Position,
    Role,
    SourceCited,
    Speaker,
    Statement,
)
from stancemap.normalize import NormalizedText
from stancemap.positions import PositionDraft
from stancemap.sources import SourceDraft
from stancemap.statements.draft import StatementDraft

_SAID_ON_GRANULARITY = {"day", "month"}


def build_entities(
    norm: NormalizedText, actors: ArticleActors, published: date | None
) -> tuple[Entity, ...]:
    """One entity per actor, mentions and roles mapped to original offsets."""
    return tuple(_entity(norm, actor, published) for actor in actors.actors)


def _entity(norm: NormalizedText, actor: ActorDraft, published: date | None) -> Entity:
    mentions = tuple(
        Mention(*norm.to_original(m.start, m.end), norm.original_slice(m.start, m.end))
        for m in actor.mentions
    )
    roles = tuple(
        Role(role.title, role.of, *norm.to_original(role.start, role.end), published, role.tense)
        for role in actor.roles
    )
    return Entity(
        id=actor.id,
        name=actor.name,
        type=actor.type,
        aliases=actor.aliases,
        roles=roles,
        country=actor.country,
        members=actor.members,
        mentions=mentions,
    )


def build_statements(
    norm: NormalizedText,
    drafts: Sequence[StatementDraft],
    sources: Sequence[SourceDraft],
    dates: Sequence[DateDraft],
    published: date | None,
) -> tuple[Statement, ...]:
    """Statements with ids ``s1``…, their date and the outlet they came through."""
    via = {source.statement_index: source.actor.name for source in sources}
    statements = []
    for index, draft in enumerate(drafts):
        start, end = norm.to_original(draft.start, draft.end)
        cue_span = draft.cue_span
        cue_start, cue_end = norm.to_original(*cue_span) if cue_span else (None, None)
        speaker_span = (
            norm.to_original(draft.speaker.start, draft.speaker.end)
            if draft.speaker.start is not None and draft.speaker.end is not None
            else (None, None)
        )
        statements.append(
            Statement(
                id=f"s{index + 1}",
                speaker=Speaker(draft.speaker.name, draft.speaker.actor_id, *speaker_span),
                kind=draft.kind,
                cue=norm.original[cue_start:cue_end] if cue_start is not None else None,
                start=start,
                end=end,
                text=norm.original[start:end],
                cue_start=cue_start,
                cue_end=cue_end,
                said_on=_said_on(draft, dates) or published,
                via=via.get(index),
                parts=tuple(Part(*norm.to_original(s, e)) for s, e in draft.parts),
                fragment=draft.fragment,
            )
        )
    return tuple(statements)


def _said_on(draft: StatementDraft, dates: Sequence[DateDraft]) -> date | None:
    """A day or month written in the statement's sentence, outside its words."""
    sent_start, sent_end = draft.sentence
    for found in dates:
        inside_sentence = sent_start <= found.start < sent_end
        inside_words = draft.start <= found.start < draft.end
        if inside_sentence and not inside_words and found.granularity in _SAID_ON_GRANULARITY:
            return found.value
    return None


def build_positions(
    norm: NormalizedText,
    drafts: Sequence[PositionDraft],
    statements: Sequence[Statement],
    published: date | None,
) -> tuple[Position, ...]:
    positions = []
    for draft in drafts:
        statement = statements[draft.statement_index] if draft.statement_index is not None else None
        conditions = tuple(
            Condition(
                c.type, norm.original_slice(c.start, c.end), *norm.to_original(c.start, c.end)
            )
            for c in draft.conditions
        )
        positions.append(
            Position(
                actor=ActorRef(draft.actor.name, draft.actor.id),
                issue=draft.issue,
                stance=draft.stance,  # type: ignore[arg-type]
                start=norm.to_original(draft.start, draft.end)[0],
                end=norm.to_original(draft.start, draft.end)[1],
                conditions=conditions,
                hedged=draft.hedged,
                confidence=draft.confidence,
                statement=statement.id if statement else None,
                derived_from=draft.derived_from,
                said_on=statement.said_on if statement else published,
            )
        )
    return tuple(positions)


def build_sources(
    norm: NormalizedText, drafts: Sequence[SourceDraft], statements: Sequence[Statement]
) -> tuple[SourceCited, ...]:
    return tuple(
        SourceCited(
            name=draft.actor.name,
            type=draft.actor.type,
            start=norm.to_original(draft.start, draft.end)[0],
            end=norm.to_original(draft.start, draft.end)[1],
            statement=statements[draft.statement_index].id,
            entity=draft.actor.id,
        )
        for draft in drafts
    )


def build_dates(norm: NormalizedText, drafts: Sequence[DateDraft]) -> tuple[DateMention, ...]:
    return tuple(
        DateMention(
            norm.original_slice(d.start, d.end),
            *norm.to_original(d.start, d.end),
            d.value,
            d.granularity,
        )
        for d in drafts
    )
