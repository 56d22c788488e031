"""Where a person's name starts and ends, and whether what NER calls a person is one.

NER's person spans on news are often a word off: a first name dropped ("lawmaker
Kalev" + "Stoicescu"), a particle cut ("Ursula von der" + "Leyen"), a headline's
words run in ("Obama To Asians"), a sentence opener taken for a name ("Exit
polls"); and people it does not know it calls ORG ("Sant Singh Kohli").
``mentions`` asks this module before it types a mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

import gender_guesser.detector
from spacy.tokens import Doc, Span, Token

from stancemap.actors.gazetteer import Gazetteer
from stancemap.actors.roles import TITLE_HEADS
from stancemap.nlp.offsets import text_of

TITLE_START = re.compile(rf"^(?:{TITLE_HEADS})\b", re.IGNORECASE)
SAID_WORDS = frozenset({"said", "says", "told", "tells", "asked", "added"})


_ORG_WORDS = {
    "party",
    "ministry",
    "council",
    "forces",
    "force",
    "union",
    "institute",
    "group",
    "bank",
    "conference",
    "company",
    "corporation",
    "committee",
    "commission",
    "agency",
    "office",
    "army",
    "navy",
    "foundation",
    "university",
    "court",
    "assembly",
    "parliament",
    "front",
    "movement",
    "alliance",
    "league",
    "association",
    "organization",
    "organisation",
    "fund",
    "department",
    "service",
    "services",
    "centre",
    "center",
    "times",
    "post",
    "news",
}


BODY_HEADS = {
    "accord",
    "alliance",
    "union",
    "commission",
    "council",
    "parliament",
    "pact",
    "institute",
    "ministry",
    "agency",
    "court",
    "assembly",
    "coalition",
    "bloc",
}


# Lower-case words inside personal names ("Pieter de Waal", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    "de da di du del della der den van von ter ten la le bin ibn al el dos das do".split()
)


# Party words news writes before a name ("House Intelligence Republican Mike Pompeo").
PARTY_WORDS = frozenset(
    {"Republican", "Democrat", "Democratic", "GOP", "Independent", "Libertarian"}
)


# Suffixes after a surname ("Joseph R. Biden Jr.", "Luther Pate IV").
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def names_in_body(doc: Doc) -> set[tuple[str, ...]]:
    """Persons' full names written outside title-case headlines, and their surnames."""
    names: set[tuple[str, ...]] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not on_headline(ent):
            names.add(tuple(t.text for t in ent))
            names.add((surname(ent),))
    return names


def known_name_in_headline(span: Span, body_names: set[tuple[str, ...]]) -> Span:
    """ "Sanders Burns Hillary Clinton", "Obama To Asians Worried …": in a title-case
    headline NER runs a name into the capitalised words around it. The first name the
    story itself writes is the person; the rest is the headline's."""
    if len(span) < 3 or any(t.is_punct for t in span) or not on_headline(span):
        return span
    for start in range(span.start, span.end):
        for end in range(span.end, start, -1):
            if (start, end) != (span.start, span.end) and (
                tuple(t.text for t in span.doc[start:end]) in body_names
            ):
                return Span(span.doc, start, end, label=span.label)
    return span


def on_headline(span: Span) -> bool:
    """Whether ``span`` stands on a line of four or more words, nearly all capitalised."""
    text = text_of(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else None]
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def surname(name: Span) -> str:
    """The last word of a name before any generation suffix ("Biden" in "… Biden Jr.")."""
    words = [t for t in name if not t.is_punct]
    if len(words) > 2 and words[-1].lower_.rstrip(".") in GENERATIONS:
        return words[-2].text
    return words[-1].text if words else name[-1].text


def looks_like_person(span: Span) -> bool:
    """NER calls some people ORG ("Kestas Budrys said"): a first name, then a surname."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.is_title for t in words):
        return False
    if words[-1].lower_ in _ORG_WORDS:
        return False
    return _known_first_name(words[0].text)


# Last words of bodies' names, which news also uses alone ("the Club", "the Court").
_BODY_LAST_WORDS = (
    _ORG_WORDS
    | BODY_HEADS
    | frozenset(
        """club partners college school museum senate congress convention state house
    inc co corp ltd llc group news politics committee fund workers union""".split()
    )
)


def surname_used_alone(span: Span, gazetteer: Gazetteer) -> bool:
    """NER calls a person with a name it does not know ORG ("Sant Singh Kohli"), yet
    the story goes on with the surname as the one who acts ("Kohli pleaded guilty
    ... Kohli was the founder"): a body is shortened to its first word ("Goldman"),
    a person to the last. Names made from someone's surname ("Kohli Foundation",
    "Stop Kohli") end in a body word or share the surname with a person named."""
    words = list(span)
    if not 2 <= len(words) <= 3 or not all(name_word(t) and t.tag_ == "NNP" for t in words):
        return False
    last = words[-1]
    if last.lower_ in _BODY_LAST_WORDS or any(gazetteer.is_place_word(t.text) for t in words):
        return False
    doc = span.doc
    if surname_of_someone_named(doc, last.text):
        return False
    acting = 0
    for token in doc:
        if token.text != last.text or span.start <= token.i < span.end:
            continue
        if token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].is_alpha:
            continue  # part of another name ("Joe Kohli")
        acting += token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX"}
    return acting >= 2


def names_a_person_unlabelled(span: Span, gazetteer: Gazetteer) -> bool:
    """NER sometimes tags nothing on a plain name ("And oh yes, Carly Fiorina: …"):
    two or three capitalised proper nouns, a known first name, no place or body word,
    not a title-case headline, and the first word not someone's surname ("Clinton
    Cash")."""
    if not looks_like_person(span) or not all(name_word(t) and t.tag_ == "NNP" for t in span):
        return False
    if on_headline(span) or span[-1].lower_ in _BODY_LAST_WORDS:
        return False
    if any(gazetteer.is_place_word(t.text) for t in span):
        return False
    return not surname_of_someone_named(span.doc, span[0].text)


def named_as_kin(span: Span) -> bool:
    """ "Trump's wife, Melania,": a first name set beside a word for a relative is a
    person, whatever label NER gave it."""
    if len(span) != 1 or not name_word(span[0]):
        return False
    token = span[0]
    return (
        token.dep_ == "appos"
        and token.head.lemma_.lower() in _KIN_NOUNS
        and _known_first_name(token.text)
    )


_KIN_NOUNS = frozenset(
    """wife husband son daughter mother father brother sister widow widower spouse
    partner fiancee fiance""".split()
)


def _known_first_name(word: str) -> bool:
    guess: str = _first_names().get_gender(word)
    return guess != "unknown"


@lru_cache(maxsize=1)
def _first_names() -> gender_guesser.detector.Detector:
    """gender-guesser's offline first-name table, used only to tell names from bodies."""
    return gender_guesser.detector.Detector(case_sensitive=False)


def extend_first_names(span: Span, gazetteer: Gazetteer) -> Span:
    """NER often drops a first name before a title-led surname ("lawmaker Kalev Stoicescu");
    in a title-case headline the word before is the headline's ("Praises Kalev Stoicescu")."""
    if on_headline(span) or _after_office_remit(span):
        return span
    start = span.start
    doc = span.doc
    while start > 0 and start > span.start - 2:
        previous = doc[start - 1]
        if not (previous.pos_ == "PROPN" and previous.is_title and previous.is_alpha):
            break
        if TITLE_START.match(previous.text) or gazetteer.is_place_word(previous.text):
            break
        if previous.text in PARTY_WORDS:
            break
        if previous.lower_ in SAID_WORDS:
            break  # "…,” Said Murphy": a capitalised cue, not a first name
        if previous.ent_type_ and previous.ent_type_ != "PERSON":
            break
        start -= 1
    return Span(doc, start, span.end, label=span.label) if start != span.start else span


def _after_office_remit(span: Span) -> bool:
    """ "Minister of Finance Jonas Berg", "Director of Government Affairs Phil Smith":
    the capitalised words before the name complete an office after "of"."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    return start < span.start and start > 0 and doc[start - 1].lower_ == "of"


def through_name_particles(span: Span) -> Span:
    """NER stops at a particle: "Ursula von der" + "Leyen", "Jean-Yves Le" + "Drian"."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and doc[end - 1].lower_ in NAME_PARTICLES
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    ):
        end += 1
    return Span(doc, span.start, end, label=span.label) if end != span.end else span


def through_surname(span: Span) -> Span:
    """NER stops before a surname it does not know ("Aino" + "Rask"): the parse still
    joins them, the first name a compound of the surname. Only a lone known first name
    that is nobody's surname here ("Clinton Cash", a book, stays out)."""
    doc = span.doc
    end = span.end
    if len(span) != 1 or _first_names().get_gender(span.text) == "unknown":
        return span
    if surname_of_someone_named(doc, span.text):
        return span
    while end < len(doc) and name_word(doc[end]) and not doc[end].ent_type_:
        if not (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end):
            break
        end += 1
    return Span(doc, span.start, end, label=span.label) if end != span.end else span


def name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.is_title


def is_person_name(span: Span) -> bool:
    """Reject NER "people" that are not names (lower-case words, digits); name particles
    inside a name are lower-case ("Pieter de Waal", "Ursula von der Leyen")."""
    words = [t for t in span if t.is_alpha]
    if not words or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
        return False
    return all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words)


def capitalised_modifier(span: Span) -> bool:
    """ "Exit polls showed": a word capitalised only because it opens the sentence,
    modifying the common noun after it, is no person unless someone here bears it as
    a surname ("Clinton aides said" after "Hillary Clinton")."""
    if len(span) != 1 or not span[0].is_sent_start:
        return False
    word = span[0]
    if word.dep_ != "compound" or word.head.pos_ != "NOUN" or word.head.i != word.i + 1:
        return False
    if _first_names().get_gender(word.text) != "unknown":
        return False
    return not surname_of_someone_named(word.doc, word.text)


def surname_of_someone_named(doc: Doc, word: str) -> bool:
    """Whether ``word`` ends a person's full name in ``doc`` ("Clinton", "Kohli"), also
    written with a possessive ("Donald Trump's")."""
    for entity in doc.ents:
        words = [t for t in entity if t.tag_ != "POS"]
        if entity.label_ == "PERSON" and len(words) > 1 and words[-1].text == word:
            return True
    return False
