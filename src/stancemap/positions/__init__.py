"""Positions on issues: who stands where, on which conditions.

Two sources of positions:

1. statements: the speaker's position, and the state's when the speaker speaks
   for it (head of state or government, foreign or defence minister), marked as
   derived; a group speaker gives each member country a derived position;
2. report sentences without a speaker ("Baltic NATO states and Poland have
   signaled their readiness to send troops … if Russian forces achieve a
   breakthrough"): each country or group named in the subject holds the position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from stancemap.actors.resolve import ActorDraft, ArticleActors
from stancemap.positions.conditions import ConditionDraft, find_conditions
from stancemap.positions.hedging import is_hedged
from stancemap.positions.relevance import RELEVANCE_THRESHOLD, IssueProfile, relevance
from stancemap.positions.stance import read_stance
from stancemap.statements.draft import StatementDraft

_STATE_ROLES = re.compile(
    r"president|prime minister|chancellor|foreign minister|defen[cs]e minister|minister|"
    r"premier|king|queen|ambassador|secretary of state|foreign secretary|government spokes",
    re.IGNORECASE,
)
_HOLDER_TYPES = {"person", "country", "organization", "group"}
# "EU countries", "NATO allies": the club names the members, it does not hold their
# position; the members named ("including France, Britain") do (actors, issue 4).
_MEMBER_NOUNS = {"country", "state", "nation", "member", "ally", "government", "partner"}


@dataclass(frozen=True)
class PositionDraft:
    """A position in normalised-text offsets; ``statement_index`` indexes the drafts."""

    actor: ActorDraft
    issue: str
    stance: str
    start: int
    end: int
    conditions: tuple[ConditionDraft, ...]
    hedged: bool
    confidence: float
    statement_index: int | None
    derived_from: str | None


def find_positions(
    doc: Doc,
    statements: Sequence[StatementDraft],
    actors: ArticleActors,
    profiles: Sequence[IssueProfile],
) -> list[PositionDraft]:
    """Positions from statements, then from report sentences no statement covers."""
    profiles = _in_scope(doc, profiles)
    positions: list[PositionDraft] = []
    covered: set[int] = set()
    for index, statement in enumerate(statements):
        if statement.fragment or statement.speaker.actor_id is None:
            continue
        speaker = actors.by_id(statement.speaker.actor_id)
        evidence = _evidence_span(doc, statement)
        if evidence is None:
            continue
        if speaker.type not in {"group", "country"}:
            covered.add(evidence.sent.start)
        for profile in profiles:
            positions.extend(_positions_for(evidence, profile, speaker, actors, index, statement))
    for sentence in doc.sents:
        if sentence.start in covered:
            continue
        for profile in profiles:
            positions.extend(_report_positions(sentence, profile, actors))
    return _unique(positions)


def _in_scope(doc: Doc, profiles: Sequence[IssueProfile]) -> list[IssueProfile]:
    """An issue whose names (Ukraine, Talmark) the article never uses is out of scope."""
    words = {t.lower_ for t in doc if t.is_alpha}
    return [p for p in profiles if not p.context or p.context & words]


def _unique(positions: list[PositionDraft]) -> list[PositionDraft]:
    """Two cues in one sentence give the same evidence: keep one position per holder."""
    seen: set[tuple[str, str, int, int]] = set()
    kept = []
    for position in positions:
        key = (position.actor.id, position.issue, position.start, position.end)
        if key not in seen:
            seen.add(key)
            kept.append(position)
    return kept


def _evidence_span(doc: Doc, statement: StatementDraft) -> Span | None:
    """Direct quotes are judged on their words; reported speech on its sentence."""
    if statement.kind == "direct":
        return doc.char_span(statement.start, statement.end, alignment_mode="expand")
    return doc.char_span(statement.sentence[0], statement.sentence[1], alignment_mode="expand")


def _judge(
    span: Span, profile: IssueProfile
) -> tuple[str, tuple[ConditionDraft, ...], bool, float] | None:
    score = relevance(profile, span)
    if score < RELEVANCE_THRESHOLD:
        return None
    conditions = tuple(find_conditions(span))
    reading = read_stance(span, profile, has_conditions=bool(conditions))
    hedged = is_hedged(span.text)
    confidence = 0.35 + 0.08 * min(score, 4) + 0.2 * reading.strength - (0.1 if hedged else 0.0)
    return reading.stance, conditions, hedged, round(min(0.95, confidence), 2)


def _positions_for(
    evidence: Span,
    profile: IssueProfile,
    speaker: ActorDraft,
    actors: ArticleActors,
    index: int,
    statement: StatementDraft,
) -> Iterator[PositionDraft]:
    judged = _judge(evidence, profile)
    if judged is None:
        return
    stance, conditions, hedged, confidence = judged
    if statement.kind == "direct":
        confidence = min(0.95, confidence + 0.05)

    def make(actor: ActorDraft, derived_from: str | None) -> PositionDraft:
        return PositionDraft(
            actor,
            profile.issue.id,
            stance,
            evidence.start_char,
            evidence.end_char,
            conditions,
            hedged,
            confidence,
            index,
            derived_from,
        )

    if speaker.type in _HOLDER_TYPES:
        yield make(speaker, None)
    for represented in _represented(speaker, actors):
        yield make(represented, speaker.id)


def _represented(speaker: ActorDraft, actors: ArticleActors) -> list[ActorDraft]:
    """The states a speaker speaks for: a group's members, a minister's country."""
    if speaker.type == "group":
        return [actors.by_id(member) for member in speaker.members]
    if speaker.type == "person" and speaker.country:
        if any(_STATE_ROLES.search(role.title) and role.tense != "past" for role in speaker.roles):
            return [actors.country(speaker.country)]
    return []


def _report_positions(
    sentence: Span, profile: IssueProfile, actors: ArticleActors
) -> Iterator[PositionDraft]:
    holders = _subject_holders(sentence, actors)
    if not holders:
        return
    judged = _judge(sentence, profile)
    if judged is None:
        return
    stance, conditions, hedged, confidence = judged
    for holder, derived_from in holders:
        yield PositionDraft(
            holder,
            profile.issue.id,
            stance,
            sentence.start_char,
            sentence.end_char,
            conditions,
            hedged,
            round(confidence - 0.1, 2),
            None,
            derived_from,
        )


def _subject_holders(sentence: Span, actors: ArticleActors) -> list[tuple[ActorDraft, str | None]]:
    """Actors named as the subject of the sentence's main clause, groups expanded."""
    holders: list[tuple[ActorDraft, str | None]] = []
    seen: set[str] = set()
    for token in sentence:
        if token.dep_ not in {"nsubj", "nsubjpass"} or not _in_main_clause(token.head):
            continue
        for word in _subject_words(token):
            actor = actors.at(word.idx, word.idx + len(word))
            if actor is None or actor.type not in _HOLDER_TYPES or actor.id in seen:
                continue
            seen.add(actor.id)
            holders.append((actor, None))
            for represented in _represented(actor, actors):
                if represented.id not in seen:
                    seen.add(represented.id)
                    holders.append((represented, actor.id))
    return holders


def _in_main_clause(verb: Token) -> bool:
    """Not inside an "if" clause or a relative clause: the sentence's own claim."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"


def _subject_words(subject: Token) -> list[Token]:
    """The subject's head, its coordinates and appositions, and "including X, Y"."""
    words: list[Token] = []
    stack = [subject]
    while stack:
        token = stack.pop()
        words.append(token)
        if token.lemma_.lower() not in _MEMBER_NOUNS:
            words.extend(c for c in token.children if c.dep_ in {"compound", "flat"})
        for child in token.children:
            if child.dep_ in {"conj", "appos"}:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"including", "like", "such"}:
                stack.extend(c for c in child.subtree if c.dep_ in {"pobj"})
    return words
