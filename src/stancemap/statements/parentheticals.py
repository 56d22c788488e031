"""A cue set off by commas inside what was said: "The plan, she said, will fail."

The words said run on both sides of the cue, so the statement is the whole
sentence around it; the hard part is telling a real parenthesis from the
narrator's setting of a quote ("In February, Trump said, …") or comment after it
(", adding that …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.statements.clause_ends import MIN_CONTENT_TOKENS
from stancemap.statements.content_edges import EDGE_PUNCT


def parenthetical_cue(verb: Token) -> tuple[Token, Span, Token | None] | None:
    """The sentence around a cue set off by commas: "The plan, she said, will fail."

    The words said run on both sides of "she said"; the statement is the sentence
    (a span, so the cue sits inside it), unless what follows the second comma is
    the narrator's ("…, he said, adding that …", "…, she said, and left").
    """
    doc = verb.doc
    # The subject nearest the cue: "The levy, the mayor said, …" may parse both as subjects.
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    subject = subjects[-1] if subjects else None
    if subject is None or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return None
    sentence = verb.sent
    opening = subject.left_edge.i - 1
    closing = verb.i + 1
    while closing < sentence.end and doc[closing].text != "," and _adjunct_of(doc[closing], verb):
        closing += 1
    if closing >= sentence.end - MIN_CONTENT_TOKENS or doc[closing].text != ",":
        return None
    if doc[closing].head != verb or subject.tag_ in {"WP", "WDT"}:
        return None
    before = doc[sentence.start : opening]
    after = doc[closing + 1 : sentence.end]
    if len(before) < 2 or not _continues_clause(before, after, verb):
        return None
    return verb, sentence, subject


_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "prt", "dative", "agent", "punct"})


def _adjunct_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs from ``verb`` as a time, place or addressee ("on Friday")."""
    current = token
    while current.head != verb:
        if current.head == current:
            return False
        current = current.head
    addressee = current.dep_ == "dobj" and verb.lemma_.lower() in {"tell", "ask"}
    return current.dep_ in _ADJUNCT_DEPS or addressee


def _continues_clause(before: Span, after: Span, verb: Token) -> bool:
    """Whether the words after "…, she said," go on with the words before it.

    Not when the part before is the narrator's setting of a quote ("In February,
    Trump said, “…”", "Asked about it, he said, …"), when a conjunction opens the
    parenthesis ("…, and, he argued, …"), or when the part after is the narrator's
    comment (", adding that …", ", a policy that …").
    """
    follower = after[0]
    if before[0].lower_ in {"asked", "when"} or before[-1].pos_ == "CCONJ":
        return False
    if _predicate_after_subject(before, follower):
        return True
    if follower.lower_ != "including" and (
        follower.tag_ in {"VBG", "VBN", "CC", "WP", "WDT", "WRB"} or follower.lower_ == "according"
    ):
        return False
    attached = any(t.head == verb for t in before)
    if attached and (follower.is_quote or follower.text[0] in EDGE_PUNCT):
        return False
    roots = [t for t in after if not (after.start <= t.head.i < after.end) and not t.is_punct]
    return not all(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in roots)


def _predicate_after_subject(before: Span, follower: Token) -> bool:
    """ "The hashtag, Mr. Abboud said, accompanied descriptions …": a bare noun phrase
    before the cue and a past verb after it are one clause, whatever the tagger says."""
    if follower.tag_ not in {"VBD", "VBN"} or follower.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} or t.tag_ in {"WP", "WDT", "WRB"} for t in before)
