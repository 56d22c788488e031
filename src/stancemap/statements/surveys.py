"""Findings credited to a poll: "Clinton led Sanders 2-1 in an NBC News poll".

News reports a survey's result as a plain clause with the poll hung on it ("in a new
Post-ABC poll", "In a CBS News survey released Sunday, 28 percent …"). The poll is the
source as much as in "according to a poll", and an analyst citing the figure needs it
credited: the clause is the content, "in" the cue, the poll the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from stancemap.statements.clause_ends import MIN_CONTENT_TOKENS
from stancemap.statements.cues import is_reporting_verb

_SURVEYS = frozenset({"poll", "survey", "polling"})


def poll_finding_candidate(doc: Doc, prep: Token) -> tuple[Token, Span, Token | None] | None:
    """The clause a poll named by ``prep`` ("in a … poll") is credited with, if any."""
    poll = _poll_object(prep)
    verb = prep.head
    if poll is None or verb.pos_ not in {"VERB", "AUX"} or not _main_clause(verb):
        return None
    sentence = prep.sent
    phrase_end = prep.right_edge.i + 1
    if prep.i == sentence.start or doc[prep.i - 1].is_sent_start:
        # What the respondents said is the poll's finding too ("In a Post poll, 8
        # percent said they would …").
        content = _after_opening_phrase(doc, phrase_end, sentence)
    elif is_reporting_verb(verb):
        return None
    elif prep.i > verb.i and _closes_clause(doc, phrase_end, sentence):
        content = doc[verb.left_edge.i : prep.i]
    else:
        return None
    if content is None or sum(not t.is_punct for t in content) < MIN_CONTENT_TOKENS:
        return None
    return prep, content, poll


def _main_clause(verb: Token) -> bool:
    """The sentence's own clause (or one joined to it), not a relative or a subordinate."""
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ in {"ROOT", "ccomp"}


def _poll_object(prep: Token) -> Token | None:
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects and objects[0].lemma_.lower() in _SURVEYS:
        return objects[0]
    return None


def _after_opening_phrase(doc: Doc, phrase_end: int, sentence: Span) -> Span | None:
    """ "In a CBS News poll, 28 percent …": the rest of the sentence after the comma."""
    if phrase_end >= sentence.end or doc[phrase_end].text != ",":
        return None
    return doc[phrase_end + 1 : sentence.end]


def _closes_clause(doc: Doc, phrase_end: int, sentence: Span) -> bool:
    """The poll phrase ends the clause: only punctuation (or a date) follows it."""
    for token in doc[phrase_end : sentence.end]:
        if token.is_punct or token.is_space:
            return True
        if token.ent_type_ not in {"DATE", "TIME"}:
            return False
    return True


_SAY_FORMS = frozenset({"say", "says", "said"})


def after_share(token: Token) -> bool:
    """``token`` follows a share of people written "N in M" ("one in five", "4 in 10")."""
    doc = token.doc
    if token.i < 3 or doc[token.i - 2].lower_ != "in":
        return False
    return doc[token.i - 3].like_num and doc[token.i - 1].like_num


def share_says_candidate(doc: Doc, say: Token) -> tuple[Token, Span, Token] | None:
    """ "One in five say that won't be true": the parser reads a share of those polled
    ("one in five", "4 in 10") with "say" as a noun phrase and leaves no clause on the
    verb; the share says the rest of the sentence."""
    if say.lower_ not in _SAY_FORMS or say.pos_ in {"VERB", "AUX"} or not after_share(say):
        return None
    share = doc[say.i - 3]
    start, end = say.i + 1, say.sent.end
    if start + 1 < end and doc[start].lower_ == "that" and doc[start + 1].tag_ != "MD":
        start += 1  # the conjunction, not the pronoun of "say that won't be true"
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start < MIN_CONTENT_TOKENS:
        return None
    return say, doc[start:end], share
