"""Sentences framed by a prepositional phrase that names whose view they are.

News often opens a sentence with the source instead of closing it with a verb of
saying:

- "In a new Marist survey, 61 percent of voters back the levy": what the poll found.
- "For many farmers, the drought is the issue that matters": how they see it.
- "To Ms. Moreau, the tunnel is a waste of money": her view.

The phrase opens the sentence and is set off by a comma; the rest of the sentence is
the content. A sentence whose own verb reports speech ("In an interview, Moreau said
…") is left to that verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.statements.clause_ends import MIN_CONTENT_TOKENS
from stancemap.statements.cues import is_reporting_verb, known_cue_lemma

Candidate = tuple[Token, Span, Token | None]

# What can be "in" and speak through the clause after it: a poll ("In the latest
# survey, 71 percent approve …"). Not an interview or a letter: the clause after one
# has its own speaker and verb ("In an interview, Moreau doubled down on …").
POLLS = frozenset({"poll", "survey", "polling"})
# Groups whose view a "for" or "to" phrase gives: "For many voters, …". Not a single
# person after "for": "For Moreau, it was a day of celebration" is the day he had.
_VIEWERS = frozenset(
    """
    voter supporter critic people american republican democrat conservative liberal
    activist official leader member resident worker economist analyst observer
    """.split()
)
_PERSON_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Words that may stand before the phrase at the start of the sentence: "But for …".
_OPENERS = frozenset({"but", "and", "yet", "still"})


def framed_by_source(prep: Token) -> Candidate | None:
    """ "In the latest survey, 71 percent approve of Obama": the clause after the
    phrase, credited to the poll; "For Moreau, the vote is a test": to Moreau."""
    if prep.dep_ != "prep" or not _opens_sentence(prep):
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or not _names_source(prep.lower_, objects[0]):
        return None
    comma = prep.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(prep.doc) else None
    verb = prep.head
    if comma is None or comma.text != "," or verb.dep_ != "ROOT" or known_cue_lemma(verb.lemma_):
        return None
    sentence = prep.sent
    content = prep.doc[comma.i + 1 : sentence.end]
    if len(content) < MIN_CONTENT_TOKENS or not comma.i < verb.i:
        return None
    if any(is_reporting_verb(t) for t in content):
        return None  # "For voters, the poll shows …": the inner verb reports it
    return prep, content, objects[0]


def _opens_sentence(prep: Token) -> bool:
    """The phrase is the first thing in its sentence, save a conjunction."""
    before = prep.doc[prep.sent.start : prep.i]
    return all(t.lower_ in _OPENERS for t in before)


def _names_source(preposition: str, noun: Token) -> bool:
    """ "In a poll" names a document; "For voters", "To Ms. Gil" name people."""
    lemma = noun.lemma_.lower()
    if preposition == "in":
        return any(t.lemma_.lower() in POLLS for t in noun.subtree)
    if preposition == "for":
        return lemma in _VIEWERS
    person = noun.pos_ == "PROPN" and noun.ent_type_ in _PERSON_ENTS
    return preposition == "to" and (lemma in _VIEWERS or person)
