"""Dates in the text, resolved against the article's publication date.

"May 26", "late May 2024", "last year": a statement's date is often written
beside it. Without a publication date we fall back on the latest explicit year
the article itself names, which is what a reader does.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from dateparser.date import DateDataParser
from spacy.tokens import Doc

from stancemap.nlp.offsets import text_of

_FUZZY_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:late|early|mid|middle of|end of|beginning of|start of)[\s-]+)+",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_DAY_HINT = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
Granularity = Literal["day", "month", "year"]


@dataclass(frozen=True)
class DateDraft:
    """A date expression in normalised-text offsets and its resolved value."""

    text: str
    start: int
    end: int
    value: date
    granularity: Granularity


def find_dates(doc: Doc, published: date | None) -> list[DateDraft]:
    """Every DATE entity that resolves to a calendar date."""
    base = reference_date(text_of(doc), published)
    found = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        resolved = resolve_date(ent.text, base)
        if resolved is not None:
            value, granularity = resolved
            found.append(DateDraft(ent.text, ent.start_char, ent.end_char, value, granularity))
    return found


def reference_date(text: str, published: date | None) -> date:
    """What relative dates are resolved against."""
    if published is not None:
        return published
    years = [int(y) for y in _YEAR.findall(text)]
    if years:
        return date(max(years), 12, 31)
    return date.today()


def resolve_date(expression: str, base: date) -> tuple[date, Granularity] | None:
    """Parse ``expression`` relative to ``base``; None for durations and ordinals."""
    cleaned = _FUZZY_PREFIX.sub("", expression.strip())
    if not cleaned or not _looks_like_date(cleaned):
        return None
    return _parse_cached(cleaned, base)


def _looks_like_date(text: str) -> bool:
    lower = text.lower()
    if any(word in lower for word in ("year", "month", "week", "day", "yesterday", "today")):
        return "last" in lower or "this" in lower or "yesterday" in lower or "today" in lower
    return bool(_YEAR.search(text)) or any(m in lower.split() for m in _MONTHS)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, base: date) -> tuple[date, Granularity] | None:
    parser = _parser(base)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    value = data.date_obj.date()
    granularity: Granularity = "day"
    if data.period == "month":
        granularity = "month"
    elif data.period == "year":
        granularity = "year"
    if granularity != "day":
        value = value.replace(day=1) if granularity == "month" else value.replace(month=1, day=1)
    if not _YEAR.search(text) and granularity != "year" and "last" not in text.lower():
        value = _in_year_before(value, base)
    return value, granularity


def _in_year_before(value: date, base: date) -> date:
    """ "May 26" in an article of 2024 is May 26, 2024 (or 2023 if after the base)."""
    try:
        candidate = value.replace(year=base.year)
    except ValueError:
        candidate = value.replace(year=base.year, day=28)
    if candidate > base:
        candidate = candidate.replace(year=base.year - 1)
    return candidate


@lru_cache(maxsize=64)
def _parser(base: date) -> DateDataParser:
    """dateparser is costly to set up, so one parser per reference date."""
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
    }
    return DateDataParser(languages=["en"], settings=settings)
