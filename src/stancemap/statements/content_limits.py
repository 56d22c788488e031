"""Where a reported content stops because another statement begins inside it.

"61 percent said they had made up their minds, compared to 38 percent who said …" and
"said the deadlock kept us safe before claiming that …": the words after the first
clause report a statement of their own, with its own cue; the first content ends there.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.statements.clause_ends import MIN_CONTENT_TOKENS
from stancemap.statements.cues import (
    CLAUSE_NOUNS,
    EVALUATION_VERBS,
    PORTRAYAL_VERBS,
    STANCE_NOUNS,
    cue_lemma,
    is_reporting_verb,
    is_speech_verb,
)


def before_other_speakers(cue: Token, content: Span) -> Span:
    """ "61 percent said they had made up their minds, compared to 38 percent who said
    they could change them": a group set against the speakers, with its own "who said",
    reports a statement of its own; the content stops before it."""
    doc = cue.doc
    for token in content:
        if token.i <= cue.i or token.dep_ != "relcl" or not is_speech_verb(token):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in token.children):
            continue
        cut = None
        node = token.head
        while content.start < node.left_edge.i and node.i != node.head.i:
            opener = node.left_edge.i
            if doc[opener - 1].text in _SETTING_OFF or node.lower_ in _COMPARING:
                cut = opener
            node = node.head
        if cut is not None:
            return _cut_before(content, cut)
    return _before_next_speech_act(cue, content)


def _before_next_speech_act(cue: Token, content: Span) -> Span:
    """ "said the deadlock has kept us safe on Twitter before claiming that …": what the
    speaker says next, after "before" or "after", is a statement of its own."""
    for token in content:
        if token.i <= cue.i or token.dep_ != "pcomp" or not is_speech_verb(token):
            continue
        if token.head.lower_ in {"before", "after"} and token.head.i > content.start:
            return _cut_before(content, token.head.i)
    return content


def _cut_before(content: Span, cut: int) -> Span:
    """The content up to ``cut``, without the punctuation before it; kept whole when
    too little would be left."""
    doc = content.doc
    end = cut
    while end > content.start and doc[end - 1].is_punct:
        end -= 1
    return doc[content.start : end] if end - content.start >= MIN_CONTENT_TOKENS else content


def makes_own_statement(conj: Token) -> bool:
    """ "found Clinton untrustworthy, but views Trump as …", "said X, but appeared to
    betray her concern that …", "confirmed X but would not offer details": the verb
    the subject goes on with voices a stance, or a refusal to say more, of its own."""
    lemma = cue_lemma(conj)
    if lemma in PORTRAYAL_VERBS or lemma in EVALUATION_VERBS or _withholds(conj):
        return True
    return any(
        (token.i != conj.i and is_reporting_verb(token)) or _noun_with_that_clause(token)
        for token in conj.subtree
    )


def _withholds(verb: Token) -> bool:
    """ "but declined to comment", "but would not offer details": no more was said."""
    if cue_lemma(verb) in {"decline", "refuse"}:
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and cue_lemma(verb) in _DISCLOSING


_DISCLOSING = frozenset(
    "offer give provide elaborate comment say specify disclose reveal name answer".split()
)


def _noun_with_that_clause(token: Token) -> bool:
    """ "her own concern that …": a noun of speech or thought with its that-clause."""
    if token.lemma_.lower() not in CLAUSE_NOUNS and token.lemma_.lower() not in STANCE_NOUNS:
        return False
    return any(
        c.dep_ in {"acl", "ccomp"}
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    )


_SETTING_OFF = frozenset({",", "—", "–", "-", ";"})
_COMPARING = frozenset({"compared", "versus", "while", "whereas"})
