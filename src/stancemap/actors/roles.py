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
# Capitalised words that open a sentence or clause, never a title's: "If Justice
# Scalia", "Unlike President Obama", "With Governor Bush".
_NOT_IN_TITLES = (
    "And|But|Or|Nor|If|At|With|Unlike|Like|As|For|When|While|After|Before|Since|Because|"
    "Although|Though|So|Yet|In|On|By|From|To|Of|That|This|What|Where|How|Why|Also|Even|Only"
)
# "[the] [then|former|now] [Latvian] [Foreign] Minister[ of Finance][,] " right before
# a name.
_PREMODIFIER = re.compile(
    r"(?P<tense>\b(?i:then|former|now|current|ex-)\s*)?"
    r"(?P<title>(?:(?!(?:" + _NOT_IN_TITLES + r")\s)[A-Z][\w’'.-]*\s+){0,5}?"
    r"\b(?i:" + TITLE_HEADS + r")"
    # "Secretary of Defense", "Minister of Finance": the office's remit.
    r"(?:\s+of(?:\s+[A-Z][\w’'.-]*){1,3})?)\s*,?\s*$",
)
# ", [now|then|former] the|a Title of X," right after a name.
_APPOSITION = re.compile(
    r"^\s*,\s*(?P<tense>(?:now|then|former|currently|until recently)\s+)?"
    r"(?:(?:the|a|an)\s+)?(?P<body>[^,.;:“”\"()]{3,160}?)\s*(?=[,.;:]|$)",
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
    tense_word = match.group("tense")
    tense = _TENSE_WORDS.get(tense_word.strip().lower(), "unknown") if tense_word else "unknown"
    start = name_end + match.start("body")
    relative = _RELATIVE_ROLE.match(body)
    if relative is not None:
        # "…, who was White House communications director in …"
        start += relative.start("body")
        body = relative.group("body")
        tense = "past" if relative.group("be") in _PAST_BE else "current"
    elif body.lower().startswith("who "):
        return None  # "…, who plays an actor": a clause, no office
    # "…, a lawyer who represents …", "…, spokesman for Paul Ryan told the Post": the
    # office ends where a clause starts.
    body = _CLAUSE_AFTER_OFFICE.split(body, maxsplit=1)[0]
    if not _is_office_phrase(body):
        return None
    title, of = _split_of(body)
    words, country = _split_demonyms(title.split(), gazetteer)
    if not words:
        return None
    return RoleMention(" ".join(words), of or country, start, start + len(body), tense)


_RELATIVE_ROLE = re.compile(
    r"^who\s+(?:(?:now|also|currently)\s+)?"
    r"(?P<be>is|was|has been|had been|serves as|served as)\s+"
    r"(?:(?:now|also)\s+)?(?:(?:the|a|an)\s+)?(?P<body>.+)$"
)
_CLAUSE_AFTER_OFFICE = re.compile(r"\s(?:who|said|says|told|tells)\b")
_PAST_BE = frozenset({"was", "had been", "served as"})
# Words that may follow a title inside an apposition: "director of …", "adviser to …",
# "chairman and chief executive", "chief financial officer".
_AFTER_TITLE = frozenset(
    """
    of for at to in on with from under and or since until emeritus elect designate
    executive officer financial operating
    """.split()
)
_PREPOSITION_FIRST = frozenset("through in at on with by for from to according as".split())
# Participles that qualify an office ("acting secretary", "ranking member"); any
# other "-ing" word opens a clause ("plotting to be president").
_OFFICE_PARTICIPLES = frozenset(
    "acting ranking presiding managing founding outgoing incoming sitting serving".split()
)


def _is_office_phrase(body: str) -> bool:
    """ "director of the Project on Government Secrecy", "Sullivan's lawyer", "Fox News
    anchor", "president and chief executive": a noun phrase in which a title ends the
    phrase or goes on with "of", "for", "and", ….

    Not a clause ("Ohio governor earned 51 percent"), not another person named with
    a title ("…, Congresswoman Nita Lowey, …" in a list), not a prepositional phrase
    ("…, through a spokeswoman, declined")."""
    words = body.split()
    if not words or words[0].lower() in _PREPOSITION_FIRST:
        return False
    if words[0].endswith("ing") and words[0].lower() not in _OFFICE_PARTICIPLES:
        return False
    opening = " ".join(words[:6])
    for title in _TITLE_WORDS.finditer(opening):
        rest = body[title.end() :].split()
        if not rest or rest[0] in _AFTER_TITLE:
            return True
    return False


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
