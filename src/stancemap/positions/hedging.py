"""Hedging: tentative language that weakens a position ("may be willing")."""

from __future__ import annotations

import re

_HEDGES = re.compile(
    r"\b(?:may|might|could|possibly|possible|potential(?:ly)?|perhaps|reportedly|"
    r"consider(?:s|ed|ing)?|open to|not rule out|n[o’']t rule out|did not rule out|"
    r"does not rule out|not exclude|in principle|eventually|likely|unlikely)\b",
    re.IGNORECASE,
)


def is_hedged(text: str) -> bool:
    """True when the words are tentative rather than firm."""
    return _HEDGES.search(text) is not None
