"""Is an article about an issue's places at all?

An issue's words are common words of politics: "attack", "ban", "border", "use",
"troops". A report on a US election speaks of "attacks on immigrants", "a ban on
Muslims" and "open borders", and an issue about strikes on Russia would read them as
views on it. What makes those words the issue's is the place the question names:
strikes on *Russia* by *Ukraine*, troops *into Ukraine*. So an issue's places are the
countries its question names (through the gazetteer, with their demonyms and
capitals), and an article that never names one of them is not about the issue.

The names of an issue's terms ("use of American weapons", "German-made weapons") are
left out: they name suppliers, not what the issue is about, and "American" is in
every US article. Blocs and regions ("NATO", "the West", "European countries") name
who acts, not where.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from stancemap.actors.gazetteer import Gazetteer
from stancemap.nlp.offsets import text_of

# Where ``names_a_place`` keeps the capitalised words of each stretch it was asked about.
_NAMES_KEY = "stancemap.name_words"


def issue_places(question: Iterable[Token], gazetteer: Gazetteer) -> frozenset[str]:
    """Every lower-case word or phrase naming a country the question names.

    "Should Ukraine be allowed to strike Russian territory …" gives Ukraine's and
    Russia's names, demonyms and capitals ("kyiv", "moscow", "russians"). A question
    naming no country the gazetteer knows (a fictional one without its places file)
    gives its names as written ("northern accord", "talmark").
    """
    tokens = list(question)
    countries = {
        country
        for token in tokens
        if token.text[:1].isupper() and (country := gazetteer.country_of(token.text)) is not None
    }
    if not countries:
        return frozenset(_name_phrases(tokens))
    tables = (gazetteer.countries, gazetteer.demonyms, gazetteer.seats)
    return frozenset(
        word for table in tables for word, country in table.items() if country in countries
    )


def _name_phrases(tokens: list[Token]) -> list[str]:
    """Runs of capitalised words after the first word: "Northern Accord", "Talmark"."""
    phrases: list[str] = []
    run: list[str] = []
    for token in tokens[1:]:
        if token.is_alpha and token.text[:1].isupper():
            run.append(token.lower_)
            continue
        if run:
            phrases.append(" ".join(run))
        run = []
    return phrases + ([" ".join(run)] if run else [])


def names_a_place(tokens: Span | Doc, places: frozenset[str]) -> bool:
    """Do ``tokens`` name one of ``places`` as a name ("Russia", "Kyiv", "Russian")?"""
    span = tokens[:]  # a whole document as a span too
    if _name_words(span) & places:
        return True
    phrases = [p for p in places if " " in p]
    if not phrases or not len(span):
        return False
    text = text_of(span.doc)[span.start_char : span.end_char].lower()
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases)


def _name_words(span: Span) -> frozenset[str]:
    """The capitalised words of ``span``, as written and as lemmas.

    Every issue asks this of the whole article and of each sentence, so the answer
    for each stretch is kept with its document."""
    known: dict[tuple[int, int], frozenset[str]] = span.doc.user_data.setdefault(_NAMES_KEY, {})
    key = (span.start, span.end)
    if key not in known:
        known[key] = frozenset(
            w for t in span if t.text[:1].isupper() for w in (t.lower_, t.lemma_.lower())
        )
    return known[key]
