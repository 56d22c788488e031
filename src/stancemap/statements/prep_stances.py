"""Stances whose content a preposition introduces, with no clause of speech.

News reports where people stand as often through a prepositional phrase as through
a verb of saying:

- "The senator has spoken out in favor of the levy", "the PAC raised $5 million in
  support of Moreau": a phrase of stance ("in favor of", "in support of", "in
  defense of", "in opposition to") on the verb of what its subject did.
- "Voters are split on whether the mayor should resign": a group divided over a
  question holds views on it.
- "The unions spoke out against the merger", "the governor lashed out at the
  court": a verb of speech with its particle, then what was spoken of.
- "Most fishermen are against the quota": a stance stated with the copula.
- "Officials are furious at the company", "no one was impressed with the plan": a
  feeling and what it is about.
- "Moreau's critique of the budget", "his zeal for audits": a noun of feeling,
  judgement or speech with its owner.

Objects stop before a relative clause set off by a comma, which is a statement of
its own ("hostile to Moreau, who has mused about quitting").

Each function takes one token and returns (cue, content, speaker token) or None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.nlp.grammar import subtree_span
from stancemap.statements.cues import (
    OWNED_STANCE_NOUNS,
    OWNED_STANCE_PREPS,
    SIDE_TAKER_NOUNS,
    TRUST_NOUNS,
)
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
    demonstrate protest side stand weigh tweet post sign petition pray
    """.split()
)


def object_span(word: Token) -> Span:
    """What the preposition takes, without a relative clause set off by a comma: in
    "hostile to Moreau, who has mused about quitting", the musing is Moreau's own
    statement, not part of what the speaker is hostile to."""
    span = subtree_span(word)
    for child in word.rights:
        before = word.doc[child.left_edge.i - 1]
        if child.dep_ == "relcl" and before.text == "," and before.i > span.start:
            return word.doc[span.start : before.i]
    return span


def stance_phrase(noun: Token) -> Candidate | None:
    """ "has spoken out in favor of gun control": what the subject sides with."""
    wanted = _STANCE_PHRASES.get(noun.lemma_.lower())
    head = noun.head
    if wanted is None or noun.dep_ != "pobj" or head.lower_ != "in" or head.dep_ != "prep":
        return None
    verb = head.head
    if verb.dep_ == "dobj" and verb.pos_ in {"NOUN", "NUM"}:
        verb = verb.head  # "raised $2 million in support of …": the parse may hang it there
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in STANCE_PHRASE_VERBS:
        return None
    for prep in noun.rights:
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.dep_ == "prep" and prep.lower_ == wanted and objects:
            return noun, object_span(objects[0]), subject_of(verb)
    return None


# Words for a group that disagrees within itself: "voters are split on whether …".
_DIVIDED_WORDS = frozenset({"split", "divide", "divided", "torn", "polarize", "polarized"})
_DIVIDED_PREPS = frozenset({"on", "over", "about"})


def divided_on(word: Token) -> Candidate | None:
    """ "Voters are split on whether the mayor should resign": the question on which
    the group holds views, held by the group."""
    if word.lemma_.lower() not in _DIVIDED_WORDS and word.lower_ not in _DIVIDED_WORDS:
        return None
    if word.pos_ not in {"VERB", "ADJ"}:
        return None
    for prep in word.rights:
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.dep_ == "prep" and prep.lower_ in _DIVIDED_PREPS and objects:
            if not _next_to(word, prep):
                return None  # "split anew by an uproar on the convention floor": a place
            return word, object_span(objects[0]), _divided_group(word)
    return None


def _next_to(word: Token, prep: Token) -> bool:
    """The preposition follows the word at once, or after adverbs only ("split
    sharply on")."""
    return all(t.pos_ == "ADV" for t in word.doc[word.i + 1 : prep.i])


def _divided_group(word: Token) -> Token | None:
    """Who is divided: the subject of "are split" (a passive to the parser, though
    nobody split them), of the copula before "divided", or of "voters split on"."""
    for child in word.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    head = word.head
    if word.dep_ == "acomp" and head.pos_ in {"AUX", "VERB"}:
        return subject_of(head)
    return None


# Verbs of speech with a particle ("spoke out against", "spoke up about", "lashed
# out at"): the object of the preposition after the particle is what was spoken of.
_PARTICLE_SPEECH: dict[tuple[str, str], frozenset[str]] = {
    ("speak", "out"): frozenset({"against", "about", "on", "for"}),
    ("speak", "up"): frozenset({"about", "for", "against", "on"}),
    ("lash", "out"): frozenset({"at", "against"}),
    ("hit", "out"): frozenset({"at", "against"}),
    ("sound", "off"): frozenset({"on", "about"}),
}


def particle_speech(verb: Token) -> Candidate | None:
    """ "The unions spoke out against the merger": what was spoken of."""
    lemma = verb.lemma_.lower()
    for particle in verb.children:
        preps = _PARTICLE_SPEECH.get((lemma, particle.lower_))
        if particle.dep_ not in {"prt", "advmod"} or preps is None:
            continue
        for prep in [*verb.rights, *particle.rights]:
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if prep.dep_ == "prep" and prep.lower_ in preps and objects and prep.i > particle.i:
                return verb, object_span(objects[0]), subject_of(verb)
    return None


def against_copula(prep: Token) -> Candidate | None:
    """ "Most senators are against the merger": a stance stated with the copula."""
    head = prep.head
    if prep.lower_ != "against" or prep.dep_ != "prep" or head.lemma_ != "be":
        return None
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if any(c.dep_ == "mark" and c.lower_ in {"as", "than"} for c in head.children):
        return None  # "merciless, as he was against his rivals": a comparison
    subject = subject_of(head)
    if not objects or subject is None or subject.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    return prep, object_span(objects[0]), subject


# Feelings about something, named by an adjective or a participle, and the
# prepositions that take what they are about: "furious at the company", "impressed
# with the plan", "disappointed by the ruling", "loyal to the party".
EMOTION_WORDS: dict[str, frozenset[str]] = {
    word: frozenset(preps.split())
    for words, preps in (
        ("angry furious livid mad", "at with over about"),
        ("horrified appalled alarmed dismayed", "at by"),
        ("outraged incensed upset", "at by over about with"),
        ("frustrated annoyed irritated fed", "with by at over"),
        ("disappointed disillusioned", "with by in"),
        ("impressed pleased delighted thrilled satisfied dissatisfied", "with by"),
        ("unhappy happy comfortable uncomfortable content", "with about"),
        ("enthusiastic excited nervous anxious", "about over"),
        ("loyal hostile sympathetic opposed receptive", "to"),
    )
    for word in words.split()
}


def emotion_about(word: Token) -> Candidate | None:
    """ "Local officials are furious at the company": what they feel it about."""
    preps = EMOTION_WORDS.get(word.lower_)
    if preps is None or word.pos_ not in {"ADJ", "VERB"} or _as_opposed(word):
        return None
    for prep in word.rights:
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps and objects:
            if not _next_to(word, prep):
                return None
            return word, object_span(objects[0]), _who_feels(word)
    return None


def _who_feels(word: Token) -> Token | None:
    """The one who feels: the subject of the copula ("officials are furious"), of the
    participle ("officials were impressed"), the noun described ("voters angry at"),
    or the sentence's subject ("Horrified at the prospect, Moreau …")."""
    for child in word.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    head = word.head
    if word.dep_ in {"acomp", "advcl", "xcomp"} and head.pos_ in {"AUX", "VERB"}:
        return subject_of(head)
    if word.dep_ in {"amod", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return head
    return None


def _as_opposed(word: Token) -> bool:
    """ "as opposed to": a contrast, not anyone's opposition."""
    return word.lower_ == "opposed" and word.i > 0 and word.doc[word.i - 1].lower_ == "as"


def owned_stance(noun: Token) -> Candidate | None:
    """ "Moreau's critique of the plan", "his zeal for audits": what the owner of the
    feeling or the words is for or against (unowned, "a fight for the title" is none)."""
    if noun.lemma_.lower() not in OWNED_STANCE_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return None
    for prep in noun.rights:
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.dep_ == "prep" and _takes_stance_object(noun, prep) and objects:
            if not _next_to(noun, prep):
                return None
            return noun, object_span(objects[0]), owners[0]
    return None


def _takes_stance_object(noun: Token, prep: Token) -> bool:
    """ "zeal for", "critique of", and "in" after a noun of trust ("faith in")."""
    if prep.lower_ == "in":
        return noun.lemma_.lower() in TRUST_NOUNS
    return prep.lower_ in OWNED_STANCE_PREPS


def side_taken(noun: Token) -> Candidate | None:
    """ "Senator Lund, a fierce critic of the levy", "Berg is a supporter of the plan":
    the side a person is said to take. Only said of someone (apposition or after "is"):
    "supporters of the plan rallied" names a crowd, not a stance."""
    if noun.lemma_.lower() not in SIDE_TAKER_NOUNS:
        return None
    holder = _described(noun)
    if holder is None:
        return None
    for prep in noun.rights:
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if prep.dep_ == "prep" and prep.lower_ == "of" and objects and _next_to(noun, prep):
            content = object_span(objects[0])
            return noun, _with_conjoined_preps(prep, objects[0], content), holder
    return None


def _with_conjoined_preps(prep: Token, obj: Token, content: Span) -> Span:
    """ "a supporter of NATO and of its allies": both objects are the side taken."""
    ends = [c.right_edge.i + 1 for c in prep.rights if c.dep_ == "conj" and c.lower_ == prep.lower_]
    if not ends or content.end < obj.right_edge.i + 1:  # cut before a relative clause
        return content
    return content.doc[content.start : max(ends)]


def _described(noun: Token) -> Token | None:
    """Whom the noun describes: the head of an apposition or the subject of "is"."""
    head = noun.head
    if noun.dep_ == "appos" and head.pos_ in {"PROPN", "PRON", "NOUN"}:
        return head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return subject_of(head)
    return None
