"""Role nouns that stand for a person named before: "the senator", "the Vermont senator".

News names a person once with a title ("Sen. Anna Kovac", "Republican nominee Peter
Hall", "Ines Moreau, the city's mayor") and then calls them by the role: "the senator
said", "the nominee has argued". A reader takes the role for the last person the text
gave that title, and a later "he" or "she" can refer back through it, as through a
name. A role the text never gave anyone ("a senator", "the spokesman" of nobody
named) stays a phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from stancemap.actors.gazetteer import load_gazetteer
from stancemap.actors.resolve import ActorDraft

ROLE_NOUNS = frozenset(
    """minister president chancellor premier secretary spokesman spokeswoman spokesperson
    ambassador lawmaker senator governor mayor leader chief head commander general official
    diplomat envoy representative candidate nominee congressman congresswoman chairman
    chairwoman director judge justice prosecutor attorney adviser advisor
    manager""".split()
)

# Titles written before a name, and the role nouns a reader later uses for them.
_TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "sen": ("senator", "lawmaker"),
    "sens": ("senator", "lawmaker"),
    "senator": ("senator", "lawmaker"),
    "gov": ("governor",),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "reps": ("representative", "congressman", "congresswoman", "lawmaker"),
    "congressman": ("congressman", "representative", "lawmaker"),
    "congresswoman": ("congresswoman", "representative", "lawmaker"),
    "pres": ("president",),
    "gen": ("general", "commander"),
    "sec": ("secretary",),
    "amb": ("ambassador", "envoy", "diplomat"),
    "ambassador": ("ambassador", "envoy", "diplomat"),
    "atty": ("attorney",),
}
_TITLE_SPAN = 4
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "every", "each", "no"})

PersonAt = tuple[int, ActorDraft]


def role_subjects(
    doc: Doc,
    persons: list[PersonAt],
    titles: dict[str, frozenset[str]],
    in_quote: Callable[[int], bool],
) -> dict[int, ActorDraft]:
    """The person each definite role subject outside quotes stands for ("the senator
    said" after "Sen. Anna Kovac"), by the index of the role noun; ``titles`` are each
    person's role words (``role_words``)."""
    found: dict[int, ActorDraft] = {}
    for token in doc:
        if token.dep_ not in {"nsubj", "nsubjpass"} or in_quote(token.idx):
            continue
        if not _definite_role(token):
            continue
        person = person_with_role(token, persons, titles)
        if person is not None:
            found[token.i] = person
    return found


def person_with_role(
    token: Token, persons: list[PersonAt], titles: dict[str, frozenset[str]]
) -> ActorDraft | None:
    """The last person named before ``token`` whom the text gave its role, and of the
    country the role states ("the Latvian president" is not Estonia's)."""
    noun = token.lemma_.lower()
    country = _stated_country(token)
    for start, actor in reversed(persons):
        if start < token.idx and noun in titles.get(actor.id, frozenset()):
            if country is not None and actor.country not in {None, country}:
                continue
            return actor
    return None


def _stated_country(role: Token) -> str | None:
    """The country a role noun's modifier names: "the Latvian president", "Latvia's
    president"."""
    gazetteer = load_gazetteer()
    for child in role.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i < role.i:
            country = gazetteer.countries.get(child.lower_) or gazetteer.demonyms.get(child.lower_)
            if country:
                return country
    return None


def role_words(doc: Doc, actor: ActorDraft) -> frozenset[str]:
    """The role nouns the text gives a person: its roles ("the city's mayor") and the
    titles written before its name ("Sen.", "Republican nominee")."""
    words: set[str] = set()
    for role in actor.roles:
        words.update(_nouns_of(role.title.lower().replace("’s", " ").split()))
    for mention in actor.mentions:
        words.update(_nouns_of(_title_before(doc, mention.token_start)))
        # "President Obama", "Sen. Kovac" recognised with the title inside the name.
        words.update(_nouns_of(word.lower().rstrip(".") for word in mention.text.split()[:-1]))
    return frozenset(words)


def _title_before(doc: Doc, start: int) -> list[str]:
    """The few capitalised or title words right before a name, in its sentence."""
    found: list[str] = []
    index = start - 1
    while index >= 0 and len(found) < _TITLE_SPAN:
        word = doc[index]
        if word.is_sent_end or word.is_punct or word.is_space or "\n" in word.whitespace_:
            break
        found.append(word.lower_.rstrip("."))
        index -= 1
    return found


def _nouns_of(words: Iterable[str]) -> set[str]:
    nouns: set[str] = set()
    for word in words:
        if word in _TITLE_WORDS:
            nouns.update(_TITLE_WORDS[word])
        elif word in ROLE_NOUNS:
            nouns.add(word)
    return nouns


def _definite_role(token: Token) -> bool:
    """ "the senator", "the Vermont senator": one role, definite, without a name."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in ROLE_NOUNS:
        return False
    dets = [c for c in token.children if c.dep_ == "det"]
    if not dets or any(d.lower_ in _INDEFINITE for d in dets):
        return False
    return not any(
        c.dep_ in {"compound", "appos", "poss"} and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
        for c in token.children
    )
