"""Stances whose content a preposition introduces, with no clause of speech.

News reports where people stand as often through a prepositional phrase as through
a verb of saying:

- "The senator has spoken out in favor of the levy", "the PAC raised $5 million in
  support of Moreau": a phrase of stance ("in favor of", "in support of", "in
  defense of", "in opposition to") on the verb of what its subject did.
- "Voters are split on whether the mayor should resign": a group divided over a
  question holds views on it.
- "The unions spoke out against the merger", "the governor weighed in on the
  dispute": a verb of speech with its particle, then what was spoken of.

Each function takes one token and returns (cue, content, speaker token) or None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.nlp.grammar import subtree_span
from stancemap.statements.draft import subject_of

Candidate = tuple[Token, Span, Token | None]

# "in favor of X", "in support of X", "in defense of X", "in opposition to X".
_STANCE_PHRASES: dict[str, str] = {
    "favor": "of",
    "favour": "of",
    "support": "of",
    "defense": "of",
    "defence": "of",
    "praise": "of",
    "opposition": "to",
}
# Verbs whose subject takes the side the phrase names: speaking, voting, campaigning,
# giving. Not "drop out in favor of" or "rigged in favor of" (to someone's benefit).
STANCE_PHRASE_VERBS = frozenset(
    """
    be speak testify write argue vote campaign rally lobby raise donate spend march
    demonstrate protest side stand weigh testify tweet post sign petition pray
    """.split()
)


def stance_phrase(noun: Token) -> Candidate | None:
    """ "has spoken out in favor of gun control": what the subject sides with."""
    wanted = _STANCE_PHRASES.get(noun.lemma_.lower())
    head = noun.head
    if wanted is None or noun.dep_ != "pobj" or head.lower_ != "in" or head.dep_ != "prep":
        return None
    verb = head.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in STANCE_PHRASE_VERBS:
        return None
    for prep in noun.rights:
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.dep_ == "prep" and prep.lower_ == wanted and objects:
            return noun, subtree_span(objects[0]), subject_of(verb)
    return None
