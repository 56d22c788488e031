"""Conditions attached to a position, as spans and normalised types.

"only in conjunction with other NATO members and after a ceasefire is established"
holds two conditions of two types. We read condition markers from the parse
(subordinators "if/unless/once/after", prepositions "in the event of/together
with/at the request of", "rest with parliament") and type each by its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from stancemap.models import ConditionType
from stancemap.nlp.offsets import text_of

_MARKS = frozenset({"if", "unless", "once", "after", "provided", "until", "when"})
_TEMPORAL_MARKS = frozenset({"after", "when", "once", "until"})
# Markers that can open a sentence with the condition before its speaker ("If Russia
# advances, Morvay said, …"); temporal "after/when" open scene-setting more often.
_LEADING_MARKS = sorted((_MARKS - {"after", "when"}) | {"should", "in the event", "as long as"})
_LEADING_CONDITION = re.compile(
    r"\s*(?:only\s+)?(?:" + "|".join(_LEADING_MARKS) + r")\b", re.IGNORECASE
)
_RHETORICAL_HEADS = frozenset(
    {"claim", "say", "think", "believe", "suggest", "argue", "mean", "assume", "wonder"}
)
# "only with the approval of its parliament and with a UN mandate": two conditions.
_SECOND_CONDITION = frozenset({"only", "in", "together", "with", "without", "under", "at"})
_PREP_HEADS = frozenset({"after", "with", "alongside", "under", "without", "upon", "on"})
_MULTIWORD = (
    re.compile(r"\bin the event of\b", re.I),
    re.compile(r"\bin (?:conjunction|coordination|concert|cooperation) with\b", re.I),
    re.compile(r"\btogether with\b", re.I),
    re.compile(r"\bat the request of\b", re.I),
    # "on condition that …"; "speaking on condition of anonymity" is how a source talks
    re.compile(r"\bon (?:the )?condition (?:of (?!anonymity)|that\b)", re.I),
    # "only as part of a joint Accord mission", "as part of a multinational force"
    re.compile(r"\bonly as (?:a )?part of\b", re.I),
    re.compile(
        r"\bas (?:a )?part of (?:a |an |the )?(?:joint|wider|broader|multinational|"
        r"international|allied|collective|common|coalition)\b",
        re.I,
    ),
    # "we are not going in alone", "will not act alone": only together with others
    re.compile(
        r"\b(?:not|never) (?:be )?(?:go|going|goes|act|acting|move|moving)(?: in)? alone\b", re.I
    ),
    re.compile(r"\bas long as\b", re.I),
    re.compile(r"\bprovided (?:that )?\b", re.I),
    re.compile(r"\bsubject to\b", re.I),
    re.compile(r"\bonly with\b", re.I),
    re.compile(
        r"\b(?:with|without) (?:a |an |the |its |their )?(?:\w+ )?"
        r"(?:approval|consent|backing|blessing|mandate|vote|invitation|request)\b",
        re.I,
    ),
    re.compile(r"\b(?:rest|lie|depend)s? (?:\w+ )?(?:with|on|upon)\b", re.I),
    # "only under a UN mandate", "under the auspices of the UN"
    re.compile(
        r"\bunder (?:a |an |the )?(?:[\w-]+ )?(?:mandate|resolution|auspices|umbrella)\b", re.I
    ),
    # "at Kyiv's request", "at the invitation of the government"
    re.compile(r"\bat (?:\w+[’']s |the )?(?:request|invitation)\b", re.I),
    # "such a step would need the backing of the Riigikogu"
    re.compile(
        r"\b(?:would|will|must|should|to) (?:first )?(?:need|require) (?:the |a |an )?"
        r"(?:[\w-]+ ){0,3}(?:backing|approval|consent|vote|mandate|blessing|invitation|request|"
        r"green light|support)\b",
        re.I,
    ),
    # "would now ask the Folkmoot to vote on a deployment"
    re.compile(r"\bask(?:s|ed)? (?:the |its |their )?(?:[\w-]+ ){1,3}to (?:vote|approve)\b", re.I),
    # "it still wanted a mandate from the Council of Nations first"
    re.compile(
        r"\b(?:wants?|wanted|insists? on|insisted on|requires?|required) (?:a |an |the )?"
        r"(?:[\w-]+ )?(?:mandate|approval|vote|consent|invitation|security guarantees?)\b",
        re.I,
    ),
    # "any decision … would have to be taken by the Folkmoot"
    re.compile(
        r"\b(?:must|should|would have to|will have to|has to|have to|needs? to) (?:first )?"
        r"(?:be )?(?:taken|made|approved|decided|authori[sz]ed|endorsed) by\b",
        re.I,
    ),
)


def _any_of(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


_TYPE_WORDS: tuple[tuple[ConditionType, re.Pattern[str]], ...] = (
    (
        "ceasefire",
        _any_of(
            r"cease-?fire",
            "truce",
            "armistice",
            r"peace (?:deal|agreement|settlement|accord)",
            r"end of (?:the )?(?:war|fighting|hostilities)",
        ),
    ),
    (
        "mandate",
        _any_of(
            "mandate",
            "security council",
            r"\bUN\b",
            "united nations",
            r"security guarantees?",
            "council of nations",
        ),
    ),
    (
        "legislative_approval",
        _any_of(
            "parliament",
            "legislat",
            "congress",
            "bundestag",
            "riigikogu",
            "saeima",
            "seimas",
            "sejm",
            "folkmoot",
            r"\bvote\b",
            "approv",
            "government decision",
            "cabinet",
        ),
    ),
    ("host_request", _any_of(r"\brequest", "invit", r"\bask(?:s|ed|ing)?\b")),
    (
        "allied_action",
        _any_of(
            r"\ball(?:y|ies|ied)\b",
            r"\bjoint\b",
            "multinational",
            r"\balone\b",
            r"\bstands? behind\b",
            r"\bmembers\b",
            "partners",
            "coalition",
            "collective",
            "together",
            "conjunction",
            "alongside",
            "jointly",
            r"other (?:nato|eu|countries|states|nations)",
            r"\ball (?:[\w-]+ ){0,2}(?:members|states|countries|nations|partners)\b",
        ),
    ),
    (
        "adversary_advance",
        _any_of(
            "breakthrough",
            r"br(?:eak|eaks|eaking|oke) through",
            r"push(?:es)? through",
            "advanc",
            "gains",
            "offensive",
            "escalat",
            "attack",
            "invade",
            "invasion",
            "assault",
            "overrun",
            r"reach (?:their|our) borders",
            r"\bwin\b",
            "victory",
            "collapse",
        ),
    ),
)


@dataclass(frozen=True)
class ConditionDraft:
    """A condition in normalised-text offsets."""

    type: ConditionType
    start: int
    end: int


def opens_with_condition(text: str) -> bool:
    """Whether text starts with a condition marker, so it belongs to the claim after it."""
    return _LEADING_CONDITION.match(text) is not None


def find_conditions(span: Span) -> list[ConditionDraft]:
    """Conditions stated inside ``span``, without overlaps, in text order."""
    found: list[tuple[int, int]] = []
    for token in span:
        if token.lower_ in _MARKS and token.dep_ == "mark" and token.head.dep_ in {"advcl", "conj"}:
            if token.i > span.start and token.doc[token.i - 1].lower_ == "even":
                continue
            if token.lower_ in _TEMPORAL_MARKS and token.head.tag_ == "VBD":
                continue  # "ten days after Drovnian forces opened an offensive": a fact
            if token.lower_ == "until" and _refused(token.head):
                continue  # "could not back an embargo until …": a refusal for now
            if token.head.lemma_.lower() in _RHETORICAL_HEADS:
                continue  # "if anyone claims that …, then I want to say": no condition
            found.append(_extent(token, token.head, span))
        elif (
            token.lower_ == "after" and token.dep_ in {"prep", "mark"} and _restricted(token, span)
        ):
            governed = token if list(token.children) else token.head
            found.append(_extent(token, governed, span))
    text = text_of(span.doc)
    for pattern in _MULTIWORD:
        for match in pattern.finditer(text, span.start_char, span.end_char):
            marker = span.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if marker is not None:
                last = marker[-1]
                # "as long as the offensive continues": the clause the marker opens
                governed = last.head if last.dep_ == "mark" and last.head.i > last.i else last
                found.append(_extent(marker[0], governed, span))
    return _typed(_merge(found), text)


def _refused(clause: Token) -> bool:
    """Does the verb the clause hangs on carry a negation ("could not back … until")?"""
    verb = clause.head
    return verb.i != clause.i and any(c.dep_ == "neg" for c in verb.children)


def _restricted(marker: Token, span: Span) -> bool:
    """ "only … after a ceasefire": "after" states a condition only under "only"."""
    window = marker.doc[max(span.start, marker.i - 12) : marker.i]
    if window and window[-1].lower_ == "even":
        return False
    return any(t.lower_ in {"only", "unless"} for t in window) or bool(
        _TYPE_WORDS[0][1].search(marker.doc[marker.i : marker.head.right_edge.i + 1].text)
    )


def _extent(marker: Token, head: Token, span: Span) -> tuple[int, int]:
    """From the marker (and a preceding "only") to the end of the governed phrase."""
    start_token = marker
    if marker.i > span.start and marker.doc[marker.i - 1].lower_ in {"only", "but"}:
        start_token = marker.doc[marker.i - 1]
    last = max(head.right_edge.i, marker.i)
    if head.i < marker.i and head is not marker:
        last = max(marker.i, max(t.i for t in head.subtree if t.i >= marker.i))
    for token in marker.doc[marker.i : min(span.end, last + 1)]:
        follows = marker.doc[token.i + 1] if token.i + 1 < len(marker.doc) else None
        starts_another = follows is not None and follows.lower_ in _MARKS | _SECOND_CONDITION
        if (
            token.dep_ == "cc"
            and token.i > marker.i + 1
            and (token.head.i < marker.i or starts_another)
        ):
            last = token.i - 1
            break
    while last > marker.i and marker.doc[last].is_punct:
        last -= 1
    end_token = marker.doc[min(last, span.end - 1)]
    return start_token.idx, end_token.idx + len(end_token)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the outermost of nested condition spans."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        if kept and start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
            continue
        kept.append((start, end))
    return kept


def _typed(spans: list[tuple[int, int]], text: str) -> list[ConditionDraft]:
    return [ConditionDraft(classify_condition(text[s:e]), s, e) for s, e in spans if e > s]


def classify_condition(text: str) -> ConditionType:
    """The normalised type of a condition's words."""
    for type_, pattern in _TYPE_WORDS:
        if pattern.search(text):
            return type_
    return "other"
