"""Statements that an adverb of hearsay credits to unnamed reports.

"The agency is reportedly preparing charges", "Reportedly, he made threats to
co-workers": the writer passes on what others said without naming them. An analyst
must not read it as the writer's own finding, so it is a statement with no speaker
(never a guessed one), its clause the content and the adverb the cue.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.statements.clause_ends import MIN_CONTENT_TOKENS
from stancemap.statements.cues import is_reporting_verb

HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})


def hearsay_candidate(adverb: Token) -> tuple[Token, Span, Token | None] | None:
    """The clause ``adverb`` ("reportedly") hangs on, without the adverb when it opens it."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in {"VERB", "AUX"} or verb == adverb:
        return None
    if is_reporting_verb(verb):
        return None  # "Trump reportedly said …": the verb's own statement
    doc = adverb.doc
    start, end = _clause_start(verb), _clause_end(verb)
    if adverb.i == start:
        start = adverb.i + 1
        while start < end and doc[start].is_punct:
            start += 1
    content = doc[start:end]
    if sum(not t.is_punct for t in content) < MIN_CONTENT_TOKENS:
        return None
    return adverb, content, None


def _clause_start(verb: Token) -> int:
    """Where the clause starts after an "and" or a when set off before it ("And when
    asked to leave, he reportedly refused")."""
    start = verb.left_edge.i
    for child in verb.lefts:
        if child.dep_ in {"cc", "advcl", "punct"}:
            start = child.right_edge.i + 1
        else:
            break
    return start


def _clause_end(verb: Token) -> int:
    """Where the clause ends before the narration set off after it ("…, leaving
    progressives fearful", "…, which prompted", "… as it nears the end")."""
    doc = verb.doc
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "advcl" or (child.dep_ == "punct" and _opens_aside(child)):
            break
        end = child.right_edge.i + 1
    for token in doc[verb.i : end]:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children):
            return token.left_edge.i
        if token.text == "," and _opens_aside(token):
            return token.i
    return end


def _opens_aside(comma: Token) -> bool:
    if comma.text not in {",", ";", "—"} or comma.i + 1 >= len(comma.doc):
        return False
    following = comma.nbor(1)
    return following.tag_ in {"VBG", "WDT", "WP"} or following.dep_ == "advcl"
