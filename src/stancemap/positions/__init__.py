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
from stancemap.nlp.offsets import text_of
from stancemap.positions.conditions import ConditionDraft, find_conditions, opens_with_condition
from stancemap.positions.hedging import is_hedged
from stancemap.positions.relevance import (
    RELEVANCE_THRESHOLD,
    IssueProfile,
    is_about_places,
    is_on_topic,
    relevance,
)
from stancemap.positions.scope import names_a_place
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
# "The Dutch government supports …", "Kaskaria's cabinet": the country named on its
# government holds the position.
_GOVERNMENT_NOUNS = {"government", "cabinet", "administration"}


@dataclass(frozen=True)
class _Reading:
    """An issue as read in one article: whether the article is about it, and the
    article's words for countries ("kyiv" → "ukraine") to recognise its names."""

    profile: IssueProfile
    on_topic: bool
    names: dict[str, str]
    about: bool = True


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
    names = _country_names(actors)
    readings = [
        _Reading(p, is_on_topic(p, doc), names, about) for p, about in _in_scope(doc, profiles)
    ]
    positions: list[PositionDraft] = []
    covered: set[int] = set()
    # (holder, issue, sentence) already read from the holder's own statement: the
    # report's reading of the whole sentence would blur it with another speaker's.
    stated: set[tuple[str, str, int]] = set()
    for index, statement in enumerate(statements):
        if statement.fragment or statement.speaker.actor_id is None:
            continue
        speaker = actors.by_id(statement.speaker.actor_id)
        evidence = _evidence_span(doc, statement, _next_speaker_start(statement, statements))
        if evidence is None:
            continue
        if speaker.type not in {"group", "country"}:
            covered.add(evidence.sent.start)
        for reading in readings:
            found = list(_positions_for(evidence, reading, speaker, actors, index, statement))
            stated.update((p.actor.id, p.issue, evidence.sent.start) for p in found)
            positions.extend(found)
    for sentence in doc.sents:
        if sentence.start in covered:
            continue
        for reading in readings:
            positions.extend(
                p
                for p in _report_positions(sentence, reading, actors)
                if (p.actor.id, p.issue, sentence.start) not in stated
            )
    return _unique(positions)


def _in_scope(doc: Doc, profiles: Sequence[IssueProfile]) -> list[tuple[IssueProfile, bool]]:
    """The issues in scope, each with whether the article is about its places
    (``is_about_places``); an issue whose places (Ukraine, Russia) the article never
    names is out of scope.

    A place counts as named by its name, capital or demonym ("Kyiv", "Ukrainian"); the
    blocs the question names ("NATO", "European") stand for it in a sentence on the
    issue in its own words ("a European force to keep the peace"), but not the names
    of its terms ("American weapons"), which are in every US article.
    """
    scoped = []
    for profile in profiles:
        about = is_about_places(profile, doc)
        if not profile.places or about or names_a_place(doc, profile.places):
            scoped.append((profile, about))
    return scoped


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


def _next_speaker_start(
    statement: StatementDraft, statements: Sequence[StatementDraft]
) -> int | None:
    """Where another speaker's statement opens later in the same sentence ("Valdoria
    supports the embargo, while Merovia says it would join only if …"): the first
    statement's evidence ends there, so Merovia's condition is not Valdoria's."""
    first, last = statement.sentence
    opens = []
    for other in statements:
        if other is statement or other.speaker.actor_id == statement.speaker.actor_id:
            continue
        starts = [other.start]
        if other.cue_span is not None:
            starts.append(other.cue_span[0])
        if other.speaker.start is not None:
            starts.append(other.speaker.start)
        opens.append(min(starts))
    later = [start for start in opens if statement.end <= start < last and start >= first]
    return min(later) if later else None


def _evidence_span(doc: Doc, statement: StatementDraft, limit: int | None = None) -> Span | None:
    """The words a statement's position is read from.

    A direct quote is judged on its words. Reported speech is judged from its
    speaker and cue to the end of the sentence ("Morvay told reporters that Ostra is
    open to a deployment, but only together with …"), not on words before them,
    which may report someone else; a condition that opens the sentence ("If Russia
    advances, Vilnius said it would …") belongs to it. It ends at ``limit``, where
    another speaker's statement opens.
    """
    if statement.kind == "direct":
        return doc.char_span(statement.start, statement.end, alignment_mode="expand")
    first, last = statement.sentence
    starts = [statement.start]
    cue = statement.cue_span
    if cue is not None and first <= cue[0] < last:
        starts.append(cue[0])
    speaker = statement.speaker.start
    if speaker is not None and first <= speaker < last:
        starts.append(speaker)
    start = min(starts)
    if opens_with_condition(text_of(doc)[first:start]):
        start = first
    end = max(statement.end, last if limit is None else limit)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or limit is None:
        return span
    cut = span.end
    while cut > span.start + 1 and (doc[cut - 1].is_punct or doc[cut - 1].dep_ in {"cc", "mark"}):
        cut -= 1  # ", while Merovia says …": the joint belongs to neither side
    return doc[span.start : cut]


def _country_names(actors: ArticleActors) -> dict[str, str]:
    """Each word the article uses for a country ("kyiv", "ukrainian") → its name."""
    names: dict[str, str] = {}
    for actor in actors.actors:
        if actor.type != "country":
            continue
        for mention in actor.mentions:
            for word in mention.text.lower().replace("’s", "").replace("'s", "").split():
                names.setdefault(word, actor.name.lower())
    return names


def _judge(
    span: Span, reading: _Reading
) -> tuple[str, tuple[ConditionDraft, ...], bool, float] | None:
    profile = reading.profile
    score = relevance(
        profile, span, on_topic=reading.on_topic, names=reading.names, about=reading.about
    )
    if score < RELEVANCE_THRESHOLD:
        return None
    conditions = tuple(find_conditions(span))
    stance = read_stance(span, profile, has_conditions=bool(conditions))
    hedged = is_hedged(span.text)
    confidence = 0.35 + 0.08 * min(score, 4) + 0.2 * stance.strength - (0.1 if hedged else 0.0)
    return stance.stance, conditions, hedged, round(min(0.95, confidence), 2)


def _positions_for(
    evidence: Span,
    reading: _Reading,
    speaker: ActorDraft,
    actors: ArticleActors,
    index: int,
    statement: StatementDraft,
) -> Iterator[PositionDraft]:
    judged = _judge(evidence, reading)
    if judged is None:
        return
    stance, conditions, hedged, confidence = judged
    if statement.kind == "direct":
        confidence = round(min(0.95, confidence + 0.05), 2)

    def make(actor: ActorDraft, derived_from: str | None) -> PositionDraft:
        return PositionDraft(
            actor,
            reading.profile.issue.id,
            stance,
            evidence.start_char,
            evidence.end_char,
            conditions,
            hedged,
            confidence,
            index,
            derived_from,
        )

    spoken_for: list[ActorDraft] = []
    for holder in [speaker, *_coordinated_speakers(evidence.doc, statement, actors, speaker)]:
        if holder.type in _HOLDER_TYPES:
            yield make(holder, None)
        for represented in _represented(holder, actors):
            if represented not in spoken_for:
                spoken_for.append(represented)
                yield make(represented, holder.id)
    for named in _reported_subjects(evidence, statement, actors):
        if named.id != speaker.id and named not in spoken_for:
            yield make(named, speaker.id)


def _coordinated_speakers(
    doc: Doc, statement: StatementDraft, actors: ArticleActors, speaker: ActorDraft
) -> list[ActorDraft]:
    """ "Macron and Czech President Petr Pavel have both suggested …": every actor the
    speaker mention coordinates says it, not only the first one named."""
    start, end = statement.speaker.start, statement.speaker.end
    if start is None or end is None:
        return []
    mention = doc.char_span(start, end, alignment_mode="expand")
    if mention is None:
        return []
    found: list[ActorDraft] = []
    for token in mention:
        if token.dep_ != "conj" or not mention.start <= token.head.i < mention.end:
            continue
        actor = actors.at(token.idx, token.idx + len(token))
        if actor is not None and actor.id != speaker.id and actor not in found:
            found.append(actor)
    return found


def _reported_subjects(
    evidence: Span, statement: StatementDraft, actors: ArticleActors
) -> list[ActorDraft]:
    """States the statement speaks of as the subject of its claim.

    "Aubel stressed that Merovia is not ready to send soldiers" states Merovia's
    position, whatever Aubel's own role: the speaker reports for the state it names.
    People are left out: "X said that Y would …" is X's account, not Y's words.
    """
    found: list[ActorDraft] = []
    for token in evidence:
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if not statement.start <= token.idx < statement.end:
            continue
        if not _tops_statement(token.head, statement):
            continue
        for word in _subject_words(token):
            actor = actors.at(word.idx, word.idx + len(word))
            if actor is not None and actor.type in {"country", "group"} and actor not in found:
                found.append(actor)
    return found


def _tops_statement(verb: Token, statement: StatementDraft) -> bool:
    """Is ``verb`` the main verb of the statement's words (or coordinated with it)?"""
    while verb.dep_ == "conj" and statement.start <= verb.head.idx < statement.end:
        verb = verb.head
    head = verb.head
    return head.i == verb.i or not statement.start <= head.idx < statement.end


def _represented(speaker: ActorDraft, actors: ArticleActors) -> list[ActorDraft]:
    """The states a speaker speaks for: a group's members, a minister's country."""
    if speaker.type == "group":
        return [actors.by_id(member) for member in speaker.members]
    if speaker.type == "person" and speaker.country:
        if any(_STATE_ROLES.search(role.title) and role.tense != "past" for role in speaker.roles):
            return [actors.country(speaker.country)]
    return []


def _report_positions(
    sentence: Span, reading: _Reading, actors: ArticleActors
) -> Iterator[PositionDraft]:
    """Positions the report itself ascribes: the main clause's subjects, then
    "…, Ostra, which has said it may be willing to send a battalion"."""
    holders = _subject_holders(sentence, actors)
    clauses = [(sentence, holders)] if holders else []
    clauses += [
        (clause, _speaking_for(holder, actors))
        for clause, holder in _relative_clauses(sentence, actors)
    ]
    for span, held_by in clauses:
        held = list(_held(span, reading, held_by))
        if held and held[0].stance != "neutral":  # a report of facts, not of a view
            yield from held


def _held(
    span: Span, reading: _Reading, holders: list[tuple[ActorDraft, str | None]]
) -> Iterator[PositionDraft]:
    judged = _judge(span, reading)
    if judged is None:
        return
    stance, conditions, hedged, confidence = judged
    for holder, derived_from in holders:
        yield PositionDraft(
            holder,
            reading.profile.issue.id,
            stance,
            span.start_char,
            span.end_char,
            conditions,
            hedged,
            round(confidence - 0.1, 2),
            None,
            derived_from,
        )


def _relative_clauses(sentence: Span, actors: ArticleActors) -> Iterator[tuple[Span, ActorDraft]]:
    """ "Lumen, which has ruled out troops altogether": the clause and the actor it is of.

    Only clauses whose subject is the relative pronoun, so the actor is the one who
    holds the view; the clause alone is the evidence.
    """
    for token in sentence:
        if token.dep_ != "relcl" or token.head.i == token.i:
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in token.children):
            continue
        head = token.head
        actor = actors.at(head.idx, head.idx + len(head))
        if actor is None or actor.type not in _HOLDER_TYPES:
            continue
        words = list(token.subtree)
        yield sentence.doc[words[0].i : words[-1].i + 1], actor


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
            for held_by in _speaking_for(actor, actors):
                if held_by[0].id not in seen:
                    seen.add(held_by[0].id)
                    holders.append(held_by)
    return holders


def _speaking_for(actor: ActorDraft, actors: ArticleActors) -> list[tuple[ActorDraft, str | None]]:
    """The actor, then the states it speaks for, each marked as derived from it."""
    return [(actor, None), *((member, actor.id) for member in _represented(actor, actors))]


def _in_main_clause(verb: Token) -> bool:
    """Not inside an "if" clause or a relative clause: the sentence's own claim."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"


def _singular_the(noun: Token) -> bool:
    """ "the Dutch government", not "EU governments": one country's government."""
    return noun.tag_ == "NN"


def _subject_words(subject: Token) -> list[Token]:
    """The subject's head, its coordinates and appositions, and "including X, Y"."""
    words: list[Token] = []
    stack = [subject]
    while stack:
        token = stack.pop()
        words.append(token)
        if token.lemma_.lower() not in _MEMBER_NOUNS:
            words.extend(c for c in token.children if c.dep_ in {"compound", "flat"})
        elif token.lemma_.lower() in _GOVERNMENT_NOUNS and _singular_the(token):
            words.extend(c for c in token.children if c.dep_ in {"amod", "compound", "poss"})
        for child in token.children:
            if child.dep_ in {"conj", "appos"}:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"including", "like", "such"}:
                stack.extend(c for c in child.subtree if c.dep_ in {"pobj"})
    return words
