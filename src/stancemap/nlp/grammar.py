"""Readings of the parse, and of its punctuation, that several stages share."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Dashes that set off an aside or a lead-in ("… - ''Born with …''", "— a play on …").
DASHES = frozenset({"—", "–", "--", "-", "―"})
SENTENCE_STOPS = frozenset({".", "!", "?"})
# Parts of speech that head a subject noun phrase.
SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def is_infinitive(verb: Token) -> bool:
    """ "to say", "to send": a verb with its infinitival "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_finite(verb: Token) -> bool:
    """ "declared", "was impressed", "could win": a verb with its tense, on itself or
    on an auxiliary."""
    return verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS | {"MD"} for c in verb.children
    )


def sentence_before(token: Token) -> Span | None:
    """The sentence before ``token``'s own, or None in the first sentence."""
    start = token.sent.start
    return token.doc[start - 1].sent if start > 0 else None


def span_roots(span: Span) -> list[Token]:
    """The words of ``span`` the parse hangs outside it (or on nothing): the heads of
    the phrases or clauses it is made of."""
    return [t for t in span if t.head == t or not span.start <= t.head.i < span.end]


def subtree_span(token: Token) -> Span:
    """The words ``token`` heads, as a span: a phrase or a clause with all it holds."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def name_read_as_modal(verb: Token) -> Token | None:
    """ "Instead, Will called for …": a capitalised "Will" (or "May") alone before a
    past or third-person verb cannot be a modal, which takes the bare verb; it is a
    name."""
    if verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return None
    if sum(1 for c in verb.children if c.dep_ in {"aux", "auxpass"}) != 1:
        return None  # "will have called": a modal after all
    for child in verb.lefts:
        if child.dep_ == "aux" and child.tag_ == "MD" and child.text[:1].isupper():
            return child
    return None
