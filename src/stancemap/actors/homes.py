"""The country of an official named by a bare title ("Prime Minister Maren Solvik").

Wire copy names a foreign official with a demonym ("Slovak Prime Minister") but its
own country's officials by title alone, because the article makes the country plain:
the official reports their country's policy ("Lithuania would consider sending
instructors, Defence Minister Rasa Kveselyte said") or the story is filed from the
capital and names the country beside them ("OSLO – Norwegian instructors will
arrive …, Prime Minister Ola Berge said"). Only such strong evidence fills a country:
a dateline alone is not enough (the official may be visiting), nor is any country
an official talks about ("Russia would attack again").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from stancemap.actors.gazetteer import Gazetteer
from stancemap.actors.mentions import ActorMention
from stancemap.actors.resolve import ActorDraft, ArticleActors
from stancemap.nlp.offsets import text_of

# Offices held for a state: their holder speaks for it.
_STATE_OFFICE = re.compile(
    r"^(?:(?:deputy|vice)\s+)?(?:prime minister|premier|chancellor|president|"
    r"(?:[a-z]+\s+){0,3}minister|(?:foreign|defen[cs]e|home|interior)\s+secretary)$",
    re.IGNORECASE,
)
_SPEECH_VERBS = frozenset(
    "say tell announce confirm add state insist warn stress write declare".split()
)
# What a state decides for itself: "Lithuania would consider …", "Kaskaria will not let
# …", "Merovia is prepared to send …" (not "Russia would attack").
_POLICY_VERBS = frozenset(
    """consider send back support join need accept allow let lift refuse oppose seek want
    plan prepare cede deploy contribute pay sign recognise recognize impose keep provide
    supply offer agree decide reject veto approve ratify host train arm fund expel close
    open withdraw extend resume suspend increase raise cut stop continue""".split()
)
_READY_WORDS = frozenset("ready prepared willing open committed determined able unable".split())
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z .'-]{1,30}?)\s*(?:,|\(|–|—|-)")


def infer_countries(doc: Doc, actors: ArticleActors, gazetteer: Gazetteer) -> None:
    """Fill the country of officials named by a bare title from strong evidence."""
    home, filed = _dateline(doc, gazetteer)
    for actor in actors.actors:
        if actor.type != "person" or actor.country is not None or not _holds_state_office(actor):
            continue
        found = {_evidence(doc, actors, mention, (home, filed)) for mention in actor.mentions}
        found.discard(None)
        if len(found) == 1:
            actor.country = found.pop()


def _holds_state_office(actor: ActorDraft) -> bool:
    return any(role.of is None and _STATE_OFFICE.match(role.title) for role in actor.roles)


def _evidence(
    doc: Doc, actors: ArticleActors, mention: ActorMention, dateline: tuple[str | None, int]
) -> str | None:
    """The reported country, else the dateline's country when the sentence names it."""
    home, filed = dateline
    span = doc[mention.token_start : mention.token_end]
    reported = _reported_country(span, actors, after=filed)
    if reported is not None:
        return reported
    if home is not None and home in _countries_named(span.sent, actors):
        return home
    return None


def _reported_country(span: Span, actors: ArticleActors, *, after: int) -> str | None:
    """The country subject of the policy the person reports, in either order:
    "Berg said Sweden would join" and "Sweden would join, Berg said" (the parser may
    make a dateline, which ends at ``after``, a subject too)."""
    name = span[-1]
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in _SPEECH_VERBS:
        return None
    sentence = span.sent
    for token in sentence:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.i == name.i or token.idx < after:
            continue
        if not _in_reported_clause(token, verb, span):
            continue
        if not _decides(token.head):
            return None  # the first reported subject is not a state deciding
        return _country_at(token, actors)
    return None


def _in_reported_clause(subject: Token, verb: Token, span: Span) -> bool:
    """Before the attribution (inverted order) or inside what follows the verb."""
    if subject.i < span.start:
        return verb.i > span.start and subject.head.i < span.start
    return subject.i > verb.i and verb in subject.head.ancestors


def _decides(verb: Token) -> bool:
    if verb.lemma_.lower() in _POLICY_VERBS:
        return True
    if verb.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lower_ in _READY_WORDS for c in verb.children)
    return False


def _country_at(token: Token, actors: ArticleActors) -> str | None:
    actor = actors.at(token.idx, token.idx + len(token))
    if actor is None or actor.type != "country":
        return None
    return actor.country


def _countries_named(sentence: Span, actors: ArticleActors) -> set[str]:
    """Countries a sentence names by name, demonym or capital."""
    return {country for token in sentence if (country := _country_at(token, actors))}


def _dateline(doc: Doc, gazetteer: Gazetteer) -> tuple[str | None, int]:
    """ "OSLO, May 2 (Nordwire) –": the country whose capital the story is filed from,
    and where the dateline ends (0 when there is none)."""
    text = text_of(doc)
    match = _DATELINE.match(text)
    if match is None:
        return None, 0
    dash = re.search(r"\s[–—-]\s", text[: text.find("\n") if "\n" in text else len(text)])
    filed = dash.end() if dash is not None and dash.start() < 80 else match.end()
    return gazetteer.seats.get(match.group("place").strip().lower()), filed
