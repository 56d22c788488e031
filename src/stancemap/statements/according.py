"""Statements "according to" a source: which words the source is credited with.

"According to X" can open a sentence (the rest is X's), close it (what came before),
or sit set off inside it ("Over the long term, according to the budget office,
deficits will …": all of it, or after a subordinate clause only the main clause). A
report named as the source gives way to who wrote it ("according to a report by Der
Spiegel"). Whether an inner statement then takes over is ``nesting``'s decision.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from stancemap.statements.clause_ends import MIN_CONTENT_TOKENS


def according_to_candidate(doc: Doc, according: Token) -> tuple[Token, Span, Token | None] | None:
    """ "According to a report by Der Spiegel, these representatives warned …"."""
    source = according_source(according)
    sentence = according.sent
    phrase_end = max(t.i for t in according.subtree) + 1
    if _opens_sentence(according):
        content = doc[phrase_end : sentence.end]
    elif _set_off_inside(according, phrase_end):
        content = _around_according(according, phrase_end)
    else:
        content = doc[sentence.start : according.i]
    if len(content) < MIN_CONTENT_TOKENS:
        return None
    return according, content, source


def according_source(according: Token) -> Token | None:
    """Who "according to" credits: the object of "to", or for "a report by Der Spiegel"
    the outlet that wrote it."""
    doc = according.doc
    source: Token | None = None
    for to in (t for t in doc[according.i + 1 : according.i + 3] if t.lower_ == "to"):
        pobj = [c for c in to.children if c.dep_ == "pobj"]
        source = pobj[0] if pobj else None
    if source is not None and source.lower_ in {"report", "reports", "article"}:
        by = [c for c in source.children if c.lower_ in {"by", "in", "from"}]
        for prep in by:
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            if pobj:
                source = pobj[0]
    return source


def _opens_sentence(according: Token) -> bool:
    """The phrase opens its sentence, or the part after a colon or semicolon ("And it
    has not gone unnoticed: according to polls, most voters …"), which it vouches for
    as a sentence of its own."""
    doc = according.doc
    if according.i == according.sent.start or doc[according.i - 1].is_sent_start:
        return True
    return doc[according.i - 1].text in {":", ";"}


_SET_OFF = frozenset({",", "—", "–", "--", "-"})
_SUBORDINATORS = frozenset({"while", "although", "though", "as", "because", "since", "if", "when"})


def _set_off_inside(according: Token, phrase_end: int) -> bool:
    """ "Over the long term, according to the budget office, deficits will …": the
    phrase sits between marks with the sentence going on after it."""
    doc = according.doc
    sentence = according.sent
    if doc[according.i - 1].text not in _SET_OFF or phrase_end >= sentence.end:
        return False
    rest = doc[phrase_end + 1 : sentence.end]
    if len(rest) == 0 or rest[0].tag_ == "VBG":
        return False  # "…, according to traders, wiping out …": the narrator's gloss
    return doc[phrase_end].text in _SET_OFF and sum(not t.is_punct for t in rest) >= 3


def _around_according(according: Token, phrase_end: int) -> Span:
    """The sentence around a set-off "according to", which reports all of it; after a
    subordinate clause ("While most were …, according to X, two were …") only the
    main clause after the phrase."""
    doc = according.doc
    sentence = according.sent
    before_mark = doc[according.i - 2] if according.i - 2 >= sentence.start else None
    if doc[sentence.start].lower_ in _SUBORDINATORS or (
        before_mark is not None and _opens_clause(before_mark)
    ):
        return doc[phrase_end + 1 : sentence.end]
    return sentence


def _opens_clause(word: Token) -> bool:
    """ "He left after, according to him, the network censured his report": the phrase
    follows the word that opens a clause, and the source vouches for that clause only."""
    return word.pos_ == "SCONJ" or word.lower_ in _SUBORDINATORS | {"after", "before", "that"}
