"""Which concept a word carries: families of words news uses interchangeably.

Relevance scores concepts, not exact words ("deploy soldiers" and "send troops" are one
family). A family word only counts in the sense the family means: "a television
station" sends nobody, "used a private server" fires no weapon, and "Foreign" in a
law's name is no foreign policy. The families live in ``data/concepts.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

# Family words that carry their family in one use only (see ``_in_another_sense``).
_VERB_ONLY = frozenset({"station", "post"})
_NOUN_ONLY = frozenset({"force"})
_OBJECT_BOUND = frozenset({"use", "target", "provide", "supply", "deliver", "give"})
_PLACES = frozenset({"GPE", "NORP", "LOC"})  # "supplied Kyiv with missiles"
_NAMED_THINGS = frozenset({"LAW", "ORG", "WORK_OF_ART", "EVENT"})
_MILITARY_CONCEPTS = frozenset({"weapon", "territory", "strike", "troop"})
_MILITARY_TARGETS = frozenset(
    """target airfield airport base site depot launcher battery position infrastructure
    facility plant bridge refinery bomber jet aircraft""".split()
)
_GENERIC = frozenset(
    "country state government people thing year time way issue question should "
    "be have do make take get".split()
)

# Where ``token_concept`` keeps its answers in ``Doc.user_data``.
_CONCEPT_KEY = "stancemap.token_concepts"


@lru_cache(maxsize=1)
def _concept_table() -> tuple[dict[str, str], dict[str, str]]:
    """Word → family, and family → its opposite ("restriction" ↔ "permission")."""
    text = resources.files("stancemap.data").joinpath("concepts.tsv").read_text("utf-8")
    families: dict[str, str] = {}
    opposites: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, words = line.split("\t")
        if name == "!opposite":
            first, second = words.split()
            opposites[first], opposites[second] = second, first
            continue
        for word in words.split():
            families.setdefault(word, name)
    return families, opposites


def concept_of(lemma: str) -> str:
    """The family a lemma belongs to, or the lemma itself."""
    return _concept_table()[0].get(lemma.lower(), lemma.lower())


def opposite_concept(concept: str) -> str | None:
    """The family meaning the opposite action, if the table names one."""
    return _concept_table()[1].get(concept)


def is_content(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.like_num:
        return len(token.text) == 4 and token.text.isdigit()
    return token.is_alpha and lemma not in STOP_WORDS and lemma not in _GENERIC


def _hyphen_before(token: Token) -> bool:
    """Does a "-" glued to ``token`` stand right before it?"""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


def _hyphen_glued_after(token: Token) -> bool:
    """Does a "-" follow ``token`` with no space between them?"""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_


def _in_compound(token: Token) -> bool:
    """A part of a hyphenated word ("long" in "long-range") is no concept of its own."""
    return _hyphen_before(token) or _hyphen_glued_after(token)


def _hyphenated(token: Token) -> str | None:
    """ "long-range" for the first word of a hyphenated compound, else None."""
    if _hyphen_before(token):
        return None
    doc = token.doc
    words = [token.lower_]
    node = token
    while _hyphen_glued_after(node) and node.i + 2 < len(doc) and not doc[node.i + 1].whitespace_:
        node = doc[node.i + 2]
        words.append(node.lower_)
    return "-".join(words) if len(words) > 1 else None


def token_concept(token: Token) -> str | None:
    """The concept a token carries; a hyphenated compound is carried by its first word.

    Every issue asks this of every token of every statement and report sentence, so
    each token's answer is kept with its document (a parsed doc does not change)."""
    known: dict[int, str | None] = token.doc.user_data.setdefault(_CONCEPT_KEY, {})
    if token.i not in known:
        known[token.i] = _concept_of_token(token)
    return known[token.i]


def _concept_of_token(token: Token) -> str | None:
    compound = _hyphenated(token)
    if compound is not None:
        return compound
    if is_content(token) and not _in_compound(token) and not _in_title(token):
        if _in_another_sense(token):
            return None
        return concept_of(token.lemma_)
    return None


def _in_another_sense(token: Token) -> bool:
    """ "a television station", "the Washington Post": verbs of sending used as nouns;
    "used a private server", "target ethnic voters", "the use of social media": verbs
    of striking or supplying whose object is no weapon and no military target ("provided
    a signed statement"); "forced to turn to" is no force; words in a law's name."""
    lemma = token.lemma_.lower()
    if lemma in _VERB_ONLY:
        return token.pos_ != "VERB"
    if lemma in _NOUN_ONLY:
        return token.pos_ == "VERB"
    if _in_a_name(token):
        return True
    if lemma not in _OBJECT_BOUND:
        return False
    objects = _objects_of(token)
    return bool(objects) and not any(_military_object(o) for o in objects)


def _in_a_name(token: Token) -> bool:
    """ "Foreign" in "the Foreign Agents Registration Act" or "the Foreign Ministry"
    names a law or a body; a weapon's name ("Storm Shadow") stays a weapon."""
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAMED_THINGS:
        return False
    return concept_of(token.lemma_) != "weapon"


def _objects_of(token: Token) -> list[Token]:
    """What is used or targeted: the object, "use of X", or the noun a relative clause
    ("the server Clinton used") describes."""
    if token.pos_ == "VERB":
        found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        found += [  # "supplied Kyiv with missiles"
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not found and token.dep_ == "relcl":
            found = [token.head]
        return found
    return [
        grand
        for child in token.children
        if child.dep_ == "prep" and child.lower_ == "of"
        for grand in child.children
        if grand.dep_ == "pobj"
    ]


def _military_object(token: Token) -> bool:
    """A weapon, land or military target, a pronoun standing for one, or a place
    (the receiver of "supplied Kyiv")."""
    if token.pos_ == "PRON" or token.tag_ in {"WDT", "WP"} or token.ent_type_ in _PLACES:
        return True
    concept = concept_of(token.lemma_)
    return (
        concept in _MILITARY_CONCEPTS
        or token.lemma_.lower() in _MILITARY_TARGETS
        or any(_military_object(c) for c in token.children if c.dep_ in {"conj", "compound"})
    )


def _in_title(token: Token) -> bool:
    """ "Foreign" in "Italian Foreign Minister Marco Ferrante" is part of a name."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
        if node.ent_type_ == "PERSON":
            return token.pos_ == "PROPN" or token.text[:1].isupper()
    return False


def concepts_in(tokens: Iterable[Token]) -> set[str]:
    """The concepts ``tokens`` speak of; hyphenated compounds count as one word."""
    return {c for c in map(token_concept, tokens) if c is not None}
