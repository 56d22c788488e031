"""Stance: support, oppose, conditional or neutral, with negation handled.

"not ready", "would never" and "no longer feasible" oppose; "does not rule out"
and "would not hesitate to deploy" support; conditions turn support into
conditional; words that only report facts are neutral.
"""

from __future__ import annotations

import re

from stancemap.models import Stance

_DOUBLE_NEGATIVE = re.compile(
    r"\b(?:(?:not|n[’']t|never)\s+(?:\w+\s+)?(?:rule[sd]? out|hesitate|exclude|oppose|object|"
    r"limit|prevent|block|restrict|stand in the way)|no doubt|without doubt|not only|no question)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|n[’']t|never|no longer|nor|no)\b|\bwon[’']t\b|\bcannot\b", re.IGNORECASE
)
_NEGATIVE_WORDS = re.compile(
    r"\b(?:oppos\w*|reject\w*|refus\w*|against|rule[sd]? out|unacceptable|infeasible|"
    r"impossible|unwilling|out of the question|veto\w*|block\w*|dismiss\w*|halt)\b",
    re.IGNORECASE,
)
_ATTITUDE_WORDS = re.compile(
    r"\b(?:will|would|should|must|need|needs|ready|readiness|willing|willingness|open to|"
    r"prepared|support\w*|favou?r\w*|back\w*|call\w* for|urg\w*|want\w*|plan\w*|intend\w*|"
    r"consider\w*|no doubt|present|feasible|possib\w*|commit\w*|decid\w*|agree\w*|"
    r"welcome\w*|push\w* for|demand\w*|propos\w*|hesitate|allow\w*|lift\w*|relax\w*)\b",
    re.IGNORECASE,
)


def classify_stance(text: str, *, has_conditions: bool) -> Stance:
    """The stance ``text`` expresses toward the issue it is relevant to."""
    cleaned = _DOUBLE_NEGATIVE.sub(" affirm ", text)
    negative = bool(_NEGATION.search(cleaned) or _NEGATIVE_WORDS.search(cleaned))
    if negative and not has_conditions:
        return "oppose"
    if has_conditions:
        return "conditional"
    if negative:
        return "oppose"
    if _ATTITUDE_WORDS.search(cleaned) or cleaned != text:
        return "support"
    return "neutral"
