"""Cues that are not a verb with a clause: a noun, an idiom, a headline label.

"expressed confidence that …", "expressing support for …" (a noun of saying or
feeling on a light verb), "took aim at comments by X that …", "came out in support
of Cruz" (an idiom whose preposition takes what was said), and the headline style
"Graham: Trump Is Destroying GOP's Chances" (a name, a colon, a claim).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.grammar import subtree_span
from stancemap.statements.clause_ends import MIN_CONTENT_TOKENS
from stancemap.statements.content_edges import EDGE_PUNCT
from stancemap.statements.cues import IDIOM_CONTENT, STANCE_PHRASE_NOUNS
from stancemap.statements.draft import subject_of
from stancemap.statements.prep_stances import object_span

IDIOM_VERBS = frozenset(verb for verb, _ in IDIOM_CONTENT)


def idiom_cue(verb: Token) -> tuple[Token, Span, Token | None] | None:
    """ "took aim at comments by X that …", "came out in support of Cruz": the object
    of the idiom's preposition."""
    for noun in verb.children:
        preps = IDIOM_CONTENT.get((verb.lemma_.lower(), noun.lemma_.lower()))
        if noun.dep_ not in {"dobj", "prt"} or preps is None:
            continue
        for prep in [*noun.rights, *verb.rights]:
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if prep.dep_ != "prep" or prep.lower_ not in preps or not objects:
                continue
            if prep.lower_ == "in" and objects[0].lemma_.lower() not in STANCE_PHRASE_NOUNS:
                continue  # "came out in 1993" is no stance; "came out in support of" is
            content = object_span(_through_stance_phrase(objects[0]))
            return verb, content, _idiom_speaker(verb)
    return None


def _through_stance_phrase(noun: Token) -> Token:
    """ "in support of Cruz", "in favor of the deal": what is supported, not the support."""
    if noun.lemma_.lower() not in STANCE_PHRASE_NOUNS:
        return noun
    for prep in noun.rights:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ == "of" and objects:
            return objects[0]
    return noun


def _idiom_speaker(verb: Token) -> Token | None:
    """Who took aim or raised concerns; nobody when a participle hangs the idiom on a
    whole event ("forces are conducting exercises, raising questions about …")."""
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
        return None
    return subject_of(verb)


def nominal_cue(noun: Token) -> Iterator[tuple[Token, Span, Token | None]]:
    verb = noun.head
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and any(
            (c.lower_ == "that" and c.dep_ == "mark") or (c.lower_ == "to" and c.dep_ == "aux")
            for c in child.children
        ):
            yield verb, subtree_span(child), subject_of(verb)
            return
        if child.dep_ == "prep" and child.lower_ in {"for", "about", "over", "in", "with"}:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                yield verb, subtree_span(objects[0]), subject_of(verb)
                return
    for child in verb.children:
        if child.dep_ == "ccomp":
            yield verb, subtree_span(child), subject_of(verb)
            return


def labelled_claim(doc: Doc, colon: Token) -> tuple[Token, Span, Token | None] | None:
    """Headline style "Graham: Trump Is Destroying GOP's Chances": a name, a colon, a claim."""
    start = colon.i
    while start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_sent_end:
        start -= 1
    label = doc[start : colon.i]
    if not 1 <= len(label) <= 4 or not all(_is_name_word(t) for t in label):
        return None
    if label[-1].lower_ in _KICKERS:
        return None
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    content = doc[colon.i + 1 : end]
    if len(content) < MIN_CONTENT_TOKENS or content[0].text in EDGE_PUNCT:
        return None
    return colon, content, label[-1]


# Labels that file or tease a story rather than name who speaks: "BYLINE: Amber
# Phillips", "LOOK: Shocking Photos …", "Breaking: …", "Analysis: …".
_KICKERS = frozenset(
    """
    byline dateline section length headline look watch breaking update updated exclusive
    video photos photo analysis opinion editorial correction note live related listen
    """.split()
)


def _is_name_word(token: Token) -> bool:
    """A capitalised noun: headline labels are names, whatever the tagger says."""
    return token.pos_ in {"PROPN", "NOUN"} and token.text[:1].isupper() and token.is_alpha
