"""What a pronoun or relative pronoun in subject position stands for.

"They said" after "Republican leaders met", "It added" after "The company wrote",
"the caption which showed": before the speaker can be resolved to an actor, the
word the reader takes it back to has to be found in the sentence or the one before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stancemap.nlp.grammar import sentence_before
from stancemap.statements.salience import FEMALE, MALE

PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
_FIRST_SECOND = frozenset({"i", "me", "we", "us", "you", "our", "my"})
NOT_SPEAKERS = frozenset({"this", "that", "these", "what", "there", "which", "who", "whom"})


def plural_antecedent(pronoun: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "Republican leaders met on Tuesday. They said …", "The Teamsters, the Firefighters
    and UNITE HERE remain on the sidelines, though they may endorse": the nearest plural
    or coordinated subject before "they", in its sentence or the one before, outside
    quotes; not the subject of the verb "them" is the object of."""
    sentence = pronoun.sent
    previous = sentence_before(pronoun)
    own_subject = pronoun.head.i if pronoun.dep_ in {"dobj", "iobj", "pobj", "dative"} else -1
    # "State departments can do that, they said": what they say is not who they are.
    said = {token.i for token in pronoun.head.subtree}
    for span in (sentence, previous):
        if span is None:
            continue
        found = [
            token
            for token in span
            if token.i < pronoun.i
            and token.dep_ in {"nsubj", "nsubjpass"}
            and token.head.i != own_subject
            and token.i not in said
            and _plural_phrase(token)
            and not in_quote(token.idx)
        ]
        if found:
            return found[-1]
    return None


def previous_sentence_start(token: Token) -> int:
    return (sentence_before(token) or token.sent).start_char


def singular_antecedent(pronoun: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "The company wrote in a statement. It added, …": the subject of the sentence
    before, a body named by a common noun that no actor stands for, is what "it" is."""
    previous = sentence_before(pronoun)
    if previous is None:
        return None
    found = [
        token
        for token in previous
        if token.dep_ == "nsubj"
        and token.tag_ in {"NN", "NNP"}
        and token.head.dep_ == "ROOT"
        and token.lemma_.lower() in _BODY_NOUNS
        and not in_quote(token.idx)
    ]
    return found[0] if found else None


_BODY_NOUNS = frozenset(
    """company firm group campaign committee department ministry agency office
    government administration party organization organisation union council court
    board commission website site network newspaper paper magazine station
    university school hospital bank team club association foundation institute
    coalition alliance army police""".split()
)


def _plural_phrase(token: Token) -> bool:
    """A plural noun or a coordination of nouns, not a pronoun standing for one."""
    if token.pos_ == "PRON" or token.lower_ in NOT_SPEAKERS:
        return False
    if token.tag_ in {"NNS", "NNPS"}:
        return True
    return token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "conj" for c in token.children)


def is_personal_pronoun(token: Token) -> bool:
    """he, she, they, it, I, we: words that stand for someone named elsewhere
    (not "most", "those surveyed" or "someone", which are speakers as written)."""
    if token.lower_ in MALE | FEMALE | PLURAL_PRONOUNS | NEUTER_PRONOUNS | _FIRST_SECOND:
        return True
    # The "us" of "let's not forget".
    return token.lower_ in {"'s", "’s"} and token.i > 0 and token.doc[token.i - 1].lower_ == "let"


def can_be_speaker(token: Token) -> bool:
    """A noun, a name, or a quantity of people ("most", "the two", "one in three")."""
    if token.lower_ in NOT_SPEAKERS or token.tag_ in {"WP", "WDT", "WRB", "EX"}:
        return False
    if token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children):
        return True  # "the 43-year-old", "the elderly": an adjective used as a noun
    if token.tag_ == "VBZ" and token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "envoys warned": a plural noun the tagger took for a verb
    if token.dep_ in {"nsubj", "nsubjpass"} and token.is_alpha and _has_noun_modifiers(token):
        return True  # "The SVP counterproposal argued": a rare noun tagged as an adverb
    return token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} or (
        token.pos_ in {"ADJ", "DET"} and token.dep_ in {"nsubj", "nsubjpass"}
    )


def _has_noun_modifiers(token: Token) -> bool:
    return any(
        c.dep_ in {"det", "compound", "amod", "poss"} and c.i < token.i for c in token.children
    )


def relative_antecedent(token: Token) -> Token | None:
    """ "the caption which showed", "special interests who say": the noun before a
    relative pronoun is the speaker; a relative pronoun without one is none. So is
    the one owning what "whose" introduces ("the hacker whose mischief revealed")."""
    whose = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "WP$"), None)
    if whose is not None:
        return noun_before(whose) or token
    if token.tag_ not in {"WP", "WDT"} and token.lower_ not in {"who", "which", "that"}:
        return token
    if token.lower_ == "that" and token.tag_ not in {"WDT", "WP"}:
        return token
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return ancestor.head
    return None


def noun_before(word: Token, *, whole_phrase: bool = False) -> Token | None:
    """The noun a relative word follows, past a comma ("her father, whose …"); with
    ``whole_phrase``, the head of the phrase it ends ("the delegates from Ostra, some
    of whom": a share of the delegates)."""
    i = word.i - 1
    while i >= 0 and word.doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    noun = word.doc[i]
    while whole_phrase and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        if noun.head.head.pos_ not in NOMINAL_POS:
            break
        noun = noun.head.head
    return noun if noun.pos_ in NOMINAL_POS else None


# Parts of speech a relative word or a share can stand for.
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})


def unfloated(token: Token) -> Token:
    """ "with Trump, Huckabee and Christie all calling for": a floating "all" or "both"
    stands for the names it follows."""
    if token.lower_ in {"all", "both", "each"} and token.dep_ == "appos" and token.head.i < token.i:
        return token.head
    return token


def impersonal(token: Token) -> bool:
    """ "it is said", "it was reported": nobody in particular speaks."""
    return token.lower_ == "it" and token.dep_ == "nsubjpass"
