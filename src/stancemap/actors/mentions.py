"""Find the actor mentions in a parsed article and give each its type.

spaCy's NER is the starting point, but on news it calls outlets people
("Svenska Dagbladet" PERSON), capitals people ("Vilnius") and misses that a seat of
government stands for its state ("Berlin's indecision"). We correct the label with
the gazetteer and with the syntax around the mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from stancemap.actors.gazetteer import Gazetteer, load_gazetteer
from stancemap.actors.person_names import (
    BODY_HEADS,
    PARTY_WORDS,
    SAID_WORDS,
    TITLE_START,
    capitalised_modifier,
    extend_first_names,
    is_person_name,
    known_name_in_headline,
    looks_like_person,
    name_word,
    named_as_kin,
    names_a_person_unlabelled,
    names_in_body,
    surname,
    surname_of_someone_named,
    surname_used_alone,
    through_name_particles,
    through_surname,
)
from stancemap.actors.roles import TITLE_HEADS
from stancemap.models import EntityType
from stancemap.nlp.offsets import text_of

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_MEDIA_NOUNS = {
    "publication",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "magazine",
    "broadcaster",
    "outlet",
    "channel",
    "television",
    "tv",
    "radio",
    "agency",
    "website",
    "tabloid",
    "network",
    "station",
}


# Remits of ministers and secretaries ("Defence Minister", "Foreign Affairs Secretary").
_PORTFOLIOS = frozenset(
    """defence defense foreign affairs interior home finance treasury health energy justice
    economy economic trade education agriculture environment culture labour labor transport
    transportation security digital climate industry development war and of""".split()
)
_OFFICE_WORDS = frozenset({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson"})
_MEDIA_EVENT_NOUNS = {"interview", "report", "article", "op-ed", "column", "editorial", "broadcast"}
_MEDIA_VERBS = {"report", "publish", "write", "broadcast", "air"}


# What a government does in a relative clause about its capital ("Ostra, which has said").
_STANCE_TAKING_VERBS = frozenset(
    """say state announce insist rule warn vow pledge signal indicate offer propose reject
    refuse oppose support back demand call argue threaten promise suggest""".split()
)
_GOVERNMENT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
_TITLE_WORDS = re.compile(rf"(?:{TITLE_HEADS})", re.IGNORECASE)
_LEADING_MARKS = "-–—•*"
_LEADING_DET = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True)
class ActorMention:
    """One mention, in normalised-text character offsets, with its resolved type.

    ``canonical`` is set when the gazetteer knows the actor (a country for
    "Latvian" or "Vilnius", an outlet's usual name); ``members`` holds the
    countries a group stands for.
    """

    start: int
    end: int
    text: str
    type: EntityType
    canonical: str | None
    token_start: int
    token_end: int
    members: tuple[str, ...] = ()
    locative: bool = False


def find_mentions(
    doc: Doc, *, known_outlets: Iterable[str] = (), gazetteer: Gazetteer | None = None
) -> list[ActorMention]:
    """All actor mentions in ``doc``, sorted by position, without overlaps."""
    gazetteer = gazetteer or load_gazetteer()
    outlet_spans = _match_outlets(doc, gazetteer, known_outlets)
    group_spans = _match_groups(doc, gazetteer)
    taken: set[int] = set()
    mentions: list[ActorMention] = []
    for mention in [*group_spans, *outlet_spans]:
        if not taken.intersection(range(mention.token_start, mention.token_end)):
            mentions.append(mention)
            taken.update(range(mention.token_start, mention.token_end))
    body_names = names_in_body(doc)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            ent = through_surname(through_name_particles(ent))
            ent = known_name_in_headline(ent, body_names)
        if ent.label_ not in _ACTOR_LABELS or taken.intersection(range(ent.start, ent.end)):
            continue
        classified = _classify_entity(_trim(ent), gazetteer)
        if classified is not None:
            mentions.append(classified)
            taken.update(range(ent.start, ent.end))
    mentions.extend(_names_apposed_to_roles(doc, gazetteer, taken))
    mentions.extend(_unlabelled_places(doc, gazetteer, taken))
    mentions.extend(_unlabelled_people(doc, gazetteer, taken))
    mentions.extend(_bare_surnames(doc, mentions, taken))
    mentions.extend(_short_bodies(doc, mentions, taken))
    return sorted(mentions, key=lambda m: m.start)


def _short_bodies(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> list[ActorMention]:
    """ "the Accord" after "the Northern Accord": a body's head noun standing for it.

    Only capitalised head nouns of bodies (Accord, Alliance, Commission…) named in full
    earlier in the article ("Accord members", "the Accord said"); "the accord" (an
    agreement) stays lower-case and out.
    """
    heads: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        last = doc[m.token_end - 1]
        if m.type == "organization" and m.token_end - m.token_start >= 2:
            if last.lower_ in BODY_HEADS and last.is_title:
                heads.setdefault(last.text, m.canonical or _clean_name(m.text))
    found = []
    for token in doc:
        name = heads.get(token.text)
        if name is None or token.i in taken:
            continue
        if token.is_sent_start and token.i + 1 < len(doc) and doc[token.i + 1].is_lower:
            continue  # "Union leaders said" at a sentence start may be any union
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].is_alpha:
            continue  # "the Accord Council": another body
        found.append(_mention(doc[token.i : token.i + 1], "organization", name))
        taken.add(token.i)
    return found


def _bare_surnames(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> list[ActorMention]:
    """Surnames of people named in full that NER missed on their own ("Aubel said")."""
    surnames = {
        surname(doc[m.token_start : m.token_end])
        for m in mentions
        if m.type == "person" and m.token_end - m.token_start >= 2
    }
    found = []
    for token in doc:
        if token.text in surnames and token.i not in taken and token.is_title:
            found.append(_mention(doc[token.i : token.i + 1], "person", None))
            taken.add(token.i)
    return found


def _trim(span: Span) -> Span:
    """Drop a leading "the", a title NER took into a person's name ("Rabbi Rick
    Jacobs"), a trailing possessive, a headline's verb ("Obama Says") and what follows
    a colon from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and doc[start].is_punct:
        start += 1  # "-Craig Fehrman": a list's dash glued to the name
    while end - start > 1 and _trailing_debris(doc[end - 1], person=span.label_ == "PERSON"):
        end -= 1  # "Robert Galbraith /", "Ted Cruz 1, John Kasich 2"; "Sr." stays
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    if end - start > 1 and span.label_ == "PERSON" and _headline_verb(doc[end - 1]):
        end -= 1
    while end - start > 2 and span.label_ == "PERSON" and TITLE_START.match(doc[start].text):
        start += 1  # "Columnist Karl Will": the role NER took into the name
    if span.label_ == "PERSON" and end - start > 2:
        # "Intelligence Republican Mike Pompeo": a party word before the name.
        party = [i for i in range(start, end - 2) if doc[i].text in PARTY_WORDS]
        start = party[-1] + 1 if party else start
    if end - start > 1 and span.label_ == "PERSON" and doc[start].lower_ in SAID_WORDS:
        # "… ,” Said Murphy": a capitalised cue glued to the name.
        start += 1
    # "De Blasio: Trust Bratton" (a headline's speaker and claim) is not one name, nor
    # "Ahmed Helal/LinkedIn" (a photo credit).
    cut = next((t.i for t in doc[start + 1 : end] if t.text in {":", "/"}), None)
    if cut is not None:
        end = cut
    return Span(doc, start, end, label=span.label)


def _person_after_descriptor(span: Span) -> Span | None:
    """ "House Intelligence Republican Mike Pompeo", "Secretary of Defense Leon
    Panetta": NER ran a party, a title or an office's remit into a name and called the
    whole an organisation; the name after it is a person."""
    remit = _completes_office(span)
    for size in (3, 2):
        if len(span) < size + 1:
            continue
        name = span[len(span) - size :]
        before = span[len(span) - size - 1]
        descriptor = before.text in PARTY_WORDS or TITLE_START.fullmatch(before.text)
        if (descriptor or remit) and looks_like_person(name):
            return name
    return None


def _completes_office(span: Span) -> bool:
    """The span opens right after "Secretary of", "Minister of": its first words are
    the office's remit ("Defense"), not a body of their own."""
    doc = span.doc
    i = span.start
    return i >= 2 and doc[i - 1].lower_ == "of" and bool(TITLE_START.fullmatch(doc[i - 2].text))


def _ampersand_firm(span: Span) -> bool:
    """ "Johnson & Johnson", "Procter & Gamble": capitalised names joined by "&"."""
    words = [t for t in span if t.text != "&"]
    named = all(t.is_title and t.is_alpha and len(t) > 1 for t in words)
    return "&" in span.text and named and len(words) >= 2


def _trailing_debris(token: Token, *, person: bool) -> bool:
    """Punctuation (but the period of "Jr." split from it) after a name, or a number
    after a person's name: a ranking or a score run into it ("Channel 4" keeps its
    number); the full stop of "…--John Bacon." ends the sentence, not the name."""
    if token.text == ".":
        # A place keeps it: "Tex.", "Wyo." at the end of a sentence.
        return person and token.i > 0 and len(token.doc[token.i - 1]) > 2
    return token.is_punct or (person and token.like_num)


def _headline_verb(token: Token) -> bool:
    """ "Obama Says …" in a title-case headline: the verb is not part of the name."""
    return token.tag_ in {"VBZ", "VBD", "VBN"} and token.text[:1].isupper()


def _clean_name(text: str) -> str:
    text = _TRAILING_POSSESSIVE.sub("", text.strip())
    return text.strip()


def _match_outlets(
    doc: Doc, gazetteer: Gazetteer, known_outlets: Iterable[str]
) -> list[ActorMention]:
    names = dict(gazetteer.outlets.items())
    for outlet in known_outlets:
        names.setdefault(outlet.lower(), outlet)
    matcher = _phrase_matcher(doc, tuple(sorted(names)))
    mentions = []
    for _match_id, start, end in matcher(doc):
        span = _trim(doc[start:end])
        if not span.text[:1].isupper() or not _looks_like_outlet_use(span):
            continue
        canonical = (
            names[doc[start:end].text.lower()] if doc[start:end].text.lower() in names else None
        )
        canonical = canonical or names.get(span.text.lower(), span.text)
        mentions.append(_mention(span, "media", canonical))
    return _longest_first(mentions)


def _looks_like_outlet_use(span: Span) -> bool:
    """Short or ambiguous outlet names ("Time", "AP") need an outlet context."""
    if len(span.text) > 5 and span.text not in {"Times", "Bloomberg"}:
        return True
    return _has_media_context(span)


def _match_groups(doc: Doc, gazetteer: Gazetteer) -> list[ActorMention]:
    matcher = _phrase_matcher(doc, tuple(sorted(gazetteer.groups)))
    mentions = []
    for _match_id, start, end in matcher(doc):
        span = doc[start:end]
        members = gazetteer.groups[span.text.lower()]
        name = gazetteer.group_name(members) or _group_name(span.text)
        mention = _mention(span, "group", name, members=members)
        mentions.append(mention)
    return _longest_first(mentions)


def _group_name(text: str) -> str:
    return " ".join(word if word.isupper() else word.capitalize() for word in text.split())


def _phrase_matcher(doc: Doc, phrases: tuple[str, ...]) -> PhraseMatcher:
    return _cached_matcher(doc.vocab, phrases)


@lru_cache(maxsize=32)
def _cached_matcher(vocab: Vocab, phrases: tuple[str, ...]) -> PhraseMatcher:
    """Built once per vocabulary and phrase list: building costs more than matching."""
    tokenizer = English().tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("PHRASE", [tokenizer(phrase) for phrase in phrases])
    return matcher


def _longest_first(mentions: list[ActorMention]) -> list[ActorMention]:
    """Keep the longest of overlapping matches."""
    kept: list[ActorMention] = []
    for mention in sorted(mentions, key=lambda m: (m.token_start - m.token_end, m.token_start)):
        if all(
            m.token_end <= mention.token_start or m.token_start >= mention.token_end for m in kept
        ):
            kept.append(mention)
    return kept


def _classify_entity(span: Span, gazetteer: Gazetteer) -> ActorMention | None:
    name = _clean_name(span.text)
    if _is_portfolio(span):
        return None
    country = gazetteer.countries.get(name.lower()) or gazetteer.demonyms.get(name.lower())
    if country:
        return _mention(span, "country", country, locative=_is_locative(span))
    seat_country = gazetteer.seats.get(name.lower())
    if seat_country:
        if _speaks_as_government(span):
            return _mention(span, "country", seat_country)
        return _mention(span, "place", name, locative=True)
    if named_as_kin(span) and not gazetteer.is_place_word(span.text):
        return _mention(span, "person", None)
    organization = _known_organization(span, gazetteer)
    if organization is not None:
        return organization
    if span.label_ in {"PERSON", "ORG"} and any(t.text == "&" or t.text[:1] == "@" for t in span):
        # "Johnson & Johnson" is a company, "Ann & I" two people, "@handle" an account.
        return _mention(span, "organization", None) if _ampersand_firm(span) else None
    if span.label_ in {"PERSON", "ORG"} and _has_media_context(span) and not _not_an_outlet(span):
        return _mention(span, "media", name)
    if span.label_ == "PERSON":
        if not is_person_name(span) or capitalised_modifier(span):
            return None
        if len(span) == 1 and TITLE_START.fullmatch(span.text):
            return None  # "Filmmaker" alone: a role, nobody named
        named_after = _named_after_a_person(span, name)
        if named_after is not None:
            return named_after
        return _mention(extend_first_names(span, gazetteer), "person", None)
    if span.label_ == "ORG":
        person = _person_after_descriptor(span)
        if person is not None:
            return _mention(person, "person", None)
        if TITLE_START.match(span.text):
            return None
        if looks_like_person(span) or surname_used_alone(span, gazetteer):
            return _mention(span, "person", None)
        if _surname_of_a_person_here(span):
            return _mention(span, "person", None)
        return _mention(span, "organization", None)
    if span.label_ in {"GPE", "LOC", "FAC"}:
        if len(span) >= 2 and span[-1].lower_ in BODY_HEADS and span[-1].is_title:
            return _mention(span, "organization", None)
        return _mention(span, "place", name, locative=True)
    return None


def _is_portfolio(span: Span) -> bool:
    """ "Defence" in "Defence Minister X" (NER tags it ORG) names an office's remit."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _OFFICE_WORDS:
        return False
    return all(t.lower_ in _PORTFOLIOS for t in span)


def _known_organization(span: Span, gazetteer: Gazetteer) -> ActorMention | None:
    """A listed organisation, or one NER ran into the words after it.

    In "High Representative of the European Union for Foreign Affairs and Security
    Policy" NER tags "European Union for Foreign Affairs": the organisation is the
    European Union, the rest belongs to the title.
    """
    for end in range(span.end, span.start, -1):
        words = span.doc[span.start : end]
        canonical = gazetteer.organizations.get(_clean_name(words.text).lower())
        if canonical is not None:
            return _mention(words, "organization", canonical)
    return None


def _names_apposed_to_roles(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[ActorMention]:
    """A name NER missed, set beside a role: "Hungary's foreign minister, Gergely
    Bartos," or "whose leader, Aino Rask,". Apposed to an office, a name of two or
    three capitalised words is the office holder."""
    found = []
    for token in doc:
        if token.dep_ != "appos" or not name_word(token) or token.head.i > token.i:
            continue
        if not _TITLE_WORDS.fullmatch(token.head.text) or token.head.pos_ != "NOUN":
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and name_word(doc[start - 1]):
            start -= 1
        words = doc[start : token.i + 1]
        if not 2 <= len(words) <= 3 or taken.intersection(range(start, token.i + 1)):
            continue
        if any(gazetteer.is_place_word(t.text) or t.ent_type_ not in {"", "PERSON"} for t in words):
            continue
        found.append(_mention(words, "person", None))
        taken.update(range(start, token.i + 1))
    return found


# Last words of places and bodies named after people ("Trump Tower", "the Carter
# Center"); not words that are also surnames ("Peter Hall", "Doris Day", "Mungo Park").
_FACILITY_HEADS = frozenset(
    """tower towers hotel school city center centre airport building plaza stadium
    avenue library museum hospital memorial square""".split()
)
_NAMED_BODY_HEADS = frozenset(
    """foundation institute university college consulting company fund trust
    corporation group""".split()
)


def _named_after_a_person(span: Span, name: str) -> ActorMention | None:
    """NER types "Trump Tower" or "the Peter G. Peterson Foundation" as a person for
    the name in it; the last word says what it is: a place, or a body that speaks."""
    if len(span) < 2 or not span[-1].is_title:
        return None
    if span[-1].lower_ in _FACILITY_HEADS:
        return _mention(span, "place", name, locative=_is_locative(span))
    if span[-1].lower_ in _NAMED_BODY_HEADS:
        return _mention(span, "organization", None)
    return None


def _speaks_as_government(span: Span) -> bool:
    """A capital used as the actor of a sentence ("Vilnius is open to")."""
    if _is_dateline(span):
        return False
    root = span.root
    if root.dep_ in _GOVERNMENT_DEPS or any(t.tag_ == "POS" for t in root.children):
        return True
    return any(_says_in_relative_clause(child) for child in root.children)


def _says_in_relative_clause(clause: Token) -> bool:
    """ "… from Ostra, which has said it may be willing to send a battalion": the
    capital speaks through a relative clause whose subject it is."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in _STANCE_TAKING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in clause.children)


def _is_dateline(span: Span) -> bool:
    """ "KYIV, March 4 (Reuters) –" or "RIGA —" opening a paragraph: where the story was
    filed, which the parser often makes the sentence's subject."""
    text = text_of(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if text[line_start : span.start_char].strip():
        return False
    after = text[span.end_char : span.end_char + 3].lstrip()
    if not after or after[0] not in ",–—-":
        return False
    return span.text.isupper() or after[0] in "–—-"


def _is_locative(span: Span) -> bool:
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ in {"in", "at", "to", "into", "from", "inside"}


def _has_media_context(span: Span) -> bool:
    """Outlets show themselves by syntax: "interview with X", "X reported"."""
    doc = span.doc
    root = span.root
    before = doc[span.start - 1] if span.start > 0 else None
    before2 = doc[span.start - 2] if span.start > 1 else None
    if before is not None and before.lower_ in _MEDIA_NOUNS:
        return True
    if before2 is not None and before is not None and before.lower_ == "the":
        if before2.lower_ in _MEDIA_NOUNS:
            return True
    if _is_dateline_credit(span):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in {"with", "by", "to", "in"}:
        governor = root.head.head
        if governor.lemma_.lower() in _MEDIA_EVENT_NOUNS:
            return True
        if root.head.lower_ == "to" and governor.lemma_ in {"tell", "speak", "say"}:
            return False
    return _is_media_subject(root)


def _surname_of_a_person_here(span: Span) -> bool:
    """ "Sanders" alone after "Bernie Sanders": NER may call the bare surname an
    organisation; in the story it is the person named in full."""
    word = span[0]
    if len(span) != 1 or not word.is_title or word.pos_ not in {"PROPN", "NOUN"}:
        return False
    return surname_of_someone_named(span.doc, word.text)


def _not_an_outlet(span: Span) -> bool:
    """ "Justice Kennedy wrote", "in an interview with David Axelrod": a person, known
    as one by a first name or a full name given earlier, who writes or is interviewed
    is no outlet (unless the text calls the name a newspaper or the like); nor is a
    body named as one ("a report by the Congressional Budget Office")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (before is not None and before.lower_ in _MEDIA_NOUNS) or _is_dateline_credit(span):
        return False
    if span.label_ == "ORG":
        # "Sanders wrote" after "Bernie Sanders": NER may call the surname alone an ORG.
        return span[-1].lower_ in _BODY_NOT_OUTLET or _surname_of_a_person_here(span)
    return looks_like_person(span) or surname_of_someone_named(span.doc, span[-1].text)


_BODY_NOT_OUTLET = frozenset(
    """party department office commission bureau congress committee agency court
    council senate house administration ministry union coalition action fund""".split()
)


def _is_dateline_credit(span: Span) -> bool:
    """ "OSTRA, April 9 (Ostrenian Herald) –": the outlet a dateline credits."""
    doc = span.doc
    if span.start == 0 or span.end + 1 >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    return doc[span.end + 1].text in {"–", "—", "-", "--"} and span.start < 12


def _is_media_subject(root: Token) -> bool:
    return root.dep_ == "nsubj" and root.head.lemma_ in _MEDIA_VERBS


def _unlabelled_places(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[ActorMention]:
    """Country names, demonyms and capitals the NER missed (often lower-cased in the source)."""
    mentions = []
    for token in doc:
        if token.i in taken or not token.is_alpha or not token.text[:1].isupper():
            continue
        span = doc[token.i : token.i + 1]
        country = gazetteer.countries.get(token.lower_) or gazetteer.demonyms.get(token.lower_)
        if country and token.lower_ not in {"us"}:
            mentions.append(_mention(span, "country", country))
        elif token.lower_ in gazetteer.seats and token.pos_ == "PROPN":
            mentions.append(_seat(span, gazetteer.seats[token.lower_]))
    return mentions


def _unlabelled_people(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[ActorMention]:
    """People's names the NER left without a label: each run of capitalised proper
    nouns, taken whole, that reads as a first name and a surname."""
    mentions = []
    start = 0
    while start < len(doc):
        end = start
        while end < len(doc) and name_word(doc[end]) and not doc[end].ent_type_:
            end += 1
        if end == start:
            start += 1
            continue
        span = doc[start:end]
        if not taken.intersection(range(start, end)) and names_a_person_unlabelled(span, gazetteer):
            mentions.append(_mention(span, "person", None))
            taken.update(range(start, end))
        start = end
    return mentions


def _seat(span: Span, country: str) -> ActorMention:
    """A capital the NER missed: the government when it acts ("Kyiv said"), else a place."""
    if _speaks_as_government(span):
        return _mention(span, "country", country)
    return _mention(span, "place", _clean_name(span.text), locative=True)


def _mention(
    span: Span,
    type_: EntityType,
    canonical: str | None,
    *,
    members: tuple[str, ...] = (),
    locative: bool = False,
) -> ActorMention:
    # "-Craig Fehrman": a list's dash the tokenizer left on the first word.
    dashes = len(span.text) - len(span.text.lstrip(_LEADING_MARKS))
    return ActorMention(
        start=span.start_char + dashes,
        end=span.end_char,
        text=span.text[dashes:],
        type=type_,
        canonical=canonical,
        token_start=span.start,
        token_end=span.end,
        members=members,
        locative=locative,
    )
