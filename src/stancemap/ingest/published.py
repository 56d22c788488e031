"""Read an article's publication date from whatever string a feed or table gives.

Dates anchor everything later ("last year", "May 26", shifts over time), so a wrong
date is worse than none: formats are tried from strictest to loosest, relative
expressions ("yesterday") are refused because they depend on when we read them, and
a date missing its day, month or year is refused rather than guessed. Refusals are
logged and the article is kept without a date.
"""

from __future__ import annotations

import email.utils
import logging
from datetime import date, datetime

logger = logging.getLogger(__name__)

_DATEPARSER_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_published(value: str | None, *, source: str | None = None) -> date | None:
    """The date in ``value``: ISO 8601, RFC 2822 (RSS), or what dateparser reads.

    A date-time gives the date as written, in its own time zone: the day the outlet
    published it. Returns None (with a warning) when nothing reliable is found.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    parsed = _parse_iso(value) or _parse_rfc2822(value) or _parse_loosely(value)
    if parsed is None:
        logger.warning(
            "%s: cannot read the published date %r; keeping the article without a date. "
            "Write dates as YYYY-MM-DD.",
            source or "input",
            value,
        )
    return parsed


def _parse_iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _parse_rfc2822(value: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _parse_loosely(value: str) -> date | None:
    """dateparser, imported lazily: it takes half a second to load."""
    import dateparser

    try:
        parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError):
        return None
    return parsed.date() if isinstance(parsed, datetime) else None
