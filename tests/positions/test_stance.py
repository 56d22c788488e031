"""Stance with negation and modality, on sentences we wrote."""

from __future__ import annotations

import pytest

from stancemap.models import Issue
from stancemap.positions.relevance import profile_issue
from stancemap.positions.stance import read_stance

TROOPS = Issue(
    "troops",
    "Should NATO or European countries send troops into Ukraine?",
    ("send troops", "deploy soldiers"),
)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Estonia is not ready to send troops to Ukraine.", "oppose"),
        ("Latvia would never deploy soldiers in Ukraine.", "oppose"),
        ("Lithuania does not rule out sending troops to Ukraine.", "support"),
        ("They would not hesitate to deploy troops to Ukraine.", "support"),
        ("Poland is open to sending its soldiers to Ukraine.", "support"),
        ("Finland rejects any plan to send troops to Ukraine.", "oppose"),
        ("Some countries have already sent military instructors to Ukraine.", "neutral"),
    ],
)
def test_stance_reads_negation_and_modality(nlp, text, stance) -> None:  # type: ignore[no-untyped-def]
    question, *terms = nlp.pipe([TROOPS.question, *TROOPS.terms])
    profile = profile_issue(TROOPS, question, terms)
    assert read_stance(nlp(text)[:], profile, has_conditions=False).stance == stance
