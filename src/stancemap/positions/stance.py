"""Stance: support, oppose, conditional or neutral, read from the parse.

We anchor on the words that carry the issue ("send", "troops", "embargo",
"restrictions") and walk up the dependency tree from each anchor to the clause
that holds it, collecting what governs it: negations ("not ready", "would
never send"), predicates of refusal ("rule out", "reject", "hesitate") and of
intent ("open to", "willing", "support", "urge"), and modals. Polarities
multiply, so "does not rule out" and "would not hesitate to deploy" support,
and "lift the restrictions" on an issue about allowing strikes supports it.
Words that only report facts ("have already sent instructors") are neutral.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from stancemap.models import Stance
from stancemap.positions.relevance import IssueProfile, concept_of

# Concept families whose words mean the opposite of the issue's action.
NEGATIVE_FAMILIES = frozenset({"restriction"})
_REFUSAL = frozenset(
    """oppose reject refuse rule veto block halt prevent resist dismiss exclude condemn
    stop abandon deny hesitate against oppose decline object limit restrict ban forbid
    delay postpone freeze suspend""".split()
)
_REVERSAL = frozenset({"lift", "relax", "remove", "ease", "scrap", "loosen", "drop", "end"})
_INTENT = frozenset(
    """support back favor favour willing ready open prepared prepare want plan intend urge
    call propose agree commit decide consider push demand welcome allow approve endorse
    need offer pledge promise vow seek insist contribute send deploy provide join
    feasible possible necessary able willingness readiness present""".split()
)
_MODALS_FIRM = frozenset({"will", "would", "should", "must", "shall", "'ll", "’ll"})
_MODALS_TENTATIVE = frozenset({"may", "might", "could", "can"})
_NEGATORS = frozenset({"not", "n't", "n’t", "never", "no", "nor", "neither"})
_STOP_AT = frozenset({"say", "tell", "state", "add", "report", "note", "write", "claim"})
_UNLESS_WORDS = frozenset({"only", "unless", "until", "without"})


@dataclass(frozen=True)
class StanceReading:
    """The stance read from a span, and how sure the reading is."""

    stance: Stance
    strength: float


def read_stance(span: Span, profile: IssueProfile, *, has_conditions: bool) -> StanceReading:
    """The stance ``span`` takes on the issue described by ``profile``."""
    votes = [_vote(anchor, span) for anchor in _anchors(span, profile)]
    decided = [v for v in votes if v != 0]
    if not decided:
        if has_conditions:
            return StanceReading("conditional", 0.5)
        return StanceReading("neutral", 0.4)
    total = sum(decided)
    strength = abs(total) / len(decided)
    if total > 0:
        return StanceReading("conditional" if has_conditions else "support", strength)
    if total < 0 and has_conditions and _restrictive(span):
        return StanceReading("conditional", strength)
    if total < 0:
        return StanceReading("oppose", strength)
    return StanceReading("conditional" if has_conditions else "neutral", 0.3)


def _anchors(span: Span, profile: IssueProfile) -> list[Token]:
    return [
        t
        for t in span
        if t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"} and concept_of(t.lemma_) in profile.core
    ]


def _vote(anchor: Token, span: Span) -> int:
    """+1 for, -1 against, 0 for a mention without attitude."""
    polarity = -1 if concept_of(anchor.lemma_) in NEGATIVE_FAMILIES else 1
    attitude = False
    for node in _governing_chain(anchor, span):
        lemma = node.lemma_.lower()
        for child in node.children:
            if child.dep_ == "neg" or (
                child.lower_ in _NEGATORS and child.dep_ in {"det", "advmod"}
            ):
                polarity = -polarity
                attitude = True
            elif child.dep_ == "aux" and child.lower_ in _MODALS_FIRM | _MODALS_TENTATIVE:
                attitude = True
        if node.i != anchor.i and lemma in _REFUSAL:
            polarity = -polarity
            attitude = True
        elif node.i != anchor.i and lemma in _REVERSAL:
            polarity = -polarity
            attitude = True
        elif lemma in _INTENT and node.tag_ not in {"VBD", "VBN"}:
            attitude = True
    return polarity if attitude else 0


def _governing_chain(anchor: Token, span: Span) -> list[Token]:
    """The anchor and its heads up to its clause, not crossing a reporting verb."""
    chain = [anchor]
    node = anchor
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        node = node.head
        if node.lemma_.lower() in _STOP_AT and node.pos_ == "VERB":
            break
        chain.append(node)
    return chain


def _restrictive(span: Span) -> bool:
    """ "would not send troops unless …": a refusal with an exception is conditional."""
    return any(t.lower_ in _UNLESS_WORDS for t in span)
