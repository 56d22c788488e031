"""Titles and roles of people, as the text states them.

News introduces people with their office: premodifiers ("Latvian Foreign Minister
Baiba Braže", "the then Latvian Foreign Minister, Krišjānis Kariņš") and
appositions ("Kaja Kallas, now the High Representative of the European Union",
"Kalev Stoicescu, the head of the Riigikogu's defence commission"). The role says
who a person speaks for, so positions can be carried to their state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stancemap.actors.gazetteer import Gazetteer, load_gazetteer
from stancemap.models import RoleTense

TITLE_HEADS = (
    "prime minister|foreign minister|defen[cs]e minister|interior minister|finance minister|"
    "minister|president|vice president|chancellor|vice chancellor|secretary general|"
    "secretary-general|secretary of state|secretary|high representative|representative|"
    "lawmaker|legislator|senator|congressman|congresswoman|governor|mayor|ambassador|envoy|"
    "spokesman|spokeswoman|spokesperson|premier|king|queen|chief of staff|chief|head|leader|"
    "commander|general|admiral|mp|member of parliament|deputy|diplomat|official|adviser|advisor|"
    "analyst|expert|professor|director|chairman|chairwoman|chair|speaker|commissioner|"
    "candidate|nominee|attorney general|judge|justice|spokesperson|campaign manager|aide|"
    # Occupations news writes before a name like a title ("Columnist Karl Will").
    "columnist|commentator|pollster|strategist|consultant|economist|historian|activist|"
    "businessman|businesswoman|lobbyist|lawyer|attorney|journalist|reporter|anchor|"
    "prosecutor|sheriff|pastor|rabbi|bishop|entrepreneur|investor|billionaire|"
    "philanthropist|novelist|author|host|actor|actress|filmmaker|comedian|singer|rapper"
)
_TITLE_WORDS = re.compile(rf"\b(?:{TITLE_HEADS})\b", re.IGNORECASE)
# "[the] [then|former|now] [Latvian] [Foreign] Minister[ of Finance][,] " right before
# a name.
_PREMODIFIER = re.compile(
    r"(?P<tense>\b(?i:then|former|now|current|ex-)\s*)?"
    r"(?P<title>(?:[A-Z][\w’'.-]*\s+){0,5}?\b(?i:" + TITLE_HEADS + r")"
    # "Secretary of Defense", "Minister of Finance": the office's remit.
    r"(?:\s+of(?:\s+[A-Z][\w’'.-]*){1,3})?)\s*,?\s*$",
)
# ", [now|then|former] the|a Title of X," right after a name.
_APPOSITION = re.compile(
    r"^\s*,\s*(?P<tense>(?:now|then|former|currently|until recently)\s+)?"
    r"(?:the|a|an)?\s*(?P<body>[^,.;:“”\"()]{3,160}?)\s*(?=[,.;:]|$)",
)
_SENTENCE_BREAK = re.compile(r"(?:[.!?;:]\s|\n|[,(]\s*(?=(?:[a-z]+\s+){2}))")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_TENSE_WORDS: dict[str, RoleTense] = {
    "then": "past",
    "former": "past",
    "ex-": "past",
    "until recently": "past",
    "now": "current",
    "current": "current",
    "currently": "current",
}


@dataclass(frozen=True)
class RoleMention:
    """A role found next to a name, in normalised-text offsets."""

    title: str
    of: str | None
    start: int
    end: int
    tense: RoleTense


def find_premodifier_role(
    text: str, name_start: int, *, gazetteer: Gazetteer | None = None
) -> RoleMention | None:
    """The title written just before a name ("Latvian Foreign Minister baiba Braje")."""
    window_start = max(0, name_start - 90)
    window = text[window_start:name_start]
    boundaries = [m.end() for m in _SENTENCE_BREAK.finditer(window)]
    if boundaries:
        window_start += boundaries[-1]
        window = window[boundaries[-1] :]
    match = _PREMODIFIER.search(window)
    if match is None:
        return None
    title_words = match.group("title").split()
    words, country = _split_demonyms(title_words, gazetteer)
    if not words or not _TITLE_WORDS.search(" ".join(words)):
        return None
    if (
        words[0].islower()
        and len(words) == 1
        and words[0].lower() in {"official", "aide", "expert"}
    ):
        return None
    title = " ".join(words)
    start = window_start + match.start("title")
    end = window_start + match.end("title")
    return RoleMention(title, country, start, end, _tense(match.group("tense"), window))


def find_apposition_role(
    text: str, name_end: int, *, gazetteer: Gazetteer | None = None
) -> RoleMention | None:
    """The role in an apposition after a name ("Kaja Kallas, now the High Representative")."""
    match = _APPOSITION.match(text[name_end : name_end + 200])
    if match is None:
        return None
    body = match.group("body").strip()
    first_words = " ".join(body.split()[:6])
    if not _TITLE_WORDS.search(first_words) or body[:1].islower() and " of " not in body:
        if not _TITLE_WORDS.search(first_words):
            return None
    title, of = _split_of(body)
    words, country = _split_demonyms(title.split(), gazetteer)
    if not words:
        return None
    start = name_end + match.start("body")
    end = start + len(body)
    tense_word = match.group("tense")
    tense = _TENSE_WORDS.get(tense_word.strip().lower(), "unknown") if tense_word else "unknown"
    return RoleMention(" ".join(words), of or country, start, end, tense)


def _split_of(body: str) -> tuple[str, str | None]:
    """ "head of the Estonian Riigikogu's defence commission" -> ("head", "...")."""
    head, sep, rest = body.partition(" of ")
    if not sep:
        return body, None
    rest = re.sub(r"^(?:the|The)\s+", "", rest.strip())
    return head.strip(), rest or None


def _split_demonyms(
    words: list[str], gazetteer: Gazetteer | None = None
) -> tuple[list[str], str | None]:
    """Separate leading demonyms and countries ("Latvian", "Finland's") from the title
    proper: a possessive country before a title is whose office it is."""
    gazetteer = gazetteer or load_gazetteer()
    country = None
    rest = list(words)
    while rest and (
        rest[0].lower() in {"the", "a", "an"} or gazetteer.country_of(_place_word(rest[0]))
    ):
        found = gazetteer.country_of(_place_word(rest[0]))
        country = found or country
        rest = rest[1:]
    return [w.strip(",") for w in rest], country


def _place_word(word: str) -> str:
    """ "Finland’s" -> "Finland"; a possessive person ("Kollar’s") stays no place."""
    return _POSSESSIVE.sub("", word.strip(","))


def _tense(tense_word: str | None, window: str) -> RoleTense:
    if tense_word:
        return _TENSE_WORDS.get(tense_word.strip().lower(), "unknown")
    return "unknown"
