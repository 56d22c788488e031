"""Conditions as spans and types, on sentences we wrote in the style of the seeds."""

from __future__ import annotations

import pytest

from stancemap.positions.conditions import classify_condition, find_conditions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vilnius would only do so in conjunction with other NATO members "
            "and after a ceasefire is established.",
            [
                ("allied_action", "in conjunction with other NATO members"),
                ("ceasefire", "after a ceasefire is established"),
            ],
        ),
        (
            "Ostrenia would send a battalion if a ceasefire holds and "
            "if at least one other Accord state sends troops alongside it.",
            [
                ("ceasefire", "if a ceasefire holds"),
                ("allied_action", "if at least one other Accord state sends troops alongside it"),
            ],
        ),
        (
            "The Baltic states would deploy troops "
            "if Russian forces achieve a significant breakthrough.",
            [("adversary_advance", "if Russian forces achieve a significant breakthrough")],
        ),
        (
            "Kaskaria would send soldiers only with the approval of its parliament.",
            [("legislative_approval", "only with the approval")],
        ),
        (
            "Kaskaria would send soldiers only with the approval of its parliament and with "
            "a mandate from the Council of Nations.",
            [
                ("legislative_approval", "only with the approval of its parliament"),
                ("mandate", "with a mandate from the Council of Nations"),
            ],
        ),
        ("Merovia would never send soldiers, even after a ceasefire.", []),
        ("The talks resumed after the summit in Paris.", []),
        ("Ostrenia moved its units ten days after Drovnian forces opened an offensive.", []),
        (
            "Merovia says it would join only if all four Accord states agree.",
            [("allied_action", "only if all four Accord states agree")],
        ),
        (
            "Talmark may use the missiles, but only as long as the Drovnian offensive continues.",
            [("adversary_advance", "as long as the Drovnian offensive continues")],
        ),
        (
            "If anyone claims that this could lead to war, then I want to say it is not true.",
            [],
        ),
        (
            "Italy would consider a role in a peacekeeping mission only under a UN mandate.",
            [("mandate", "under a UN mandate")],
        ),
        (
            "Such a step would need the backing of the Riigikogu.",
            [("legislative_approval", "need the backing of the Riigikogu")],
        ),
        (
            "Vilnius would send troops to Ukraine at Kyiv's request.",
            [("host_request", "at Kyiv's request")],
        ),
        (
            "Any decision to send soldiers would have to be taken by the Folkmoot.",
            [("legislative_approval", "taken by the Folkmoot")],
        ),
        (
            "They would be ready to send troops if Drovnian forces break through the front.",
            [("adversary_advance", "if Drovnian forces break through the front")],
        ),
    ],
)
def test_conditions_spans_and_types(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = [(c.type, text[c.start : c.end]) for c in find_conditions(doc[:])]
    for type_, words in expected:
        assert any(t == type_ and words in span for t, span in found), found
    if not expected:
        assert found == []


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("once a peace deal is signed", "ceasefire"),
        ("with a mandate from the UN Security Council", "mandate"),
        ("at the request of the Talmarkian government", "host_request"),
        ("only after a vote in the Riigikogu", "legislative_approval"),
        ("together with our allies", "allied_action"),
        ("if the front collapses under a new offensive", "adversary_advance"),
        ("when the weather improves", "other"),
    ],
)
def test_conditions_classify_type(text, type_) -> None:  # type: ignore[no-untyped-def]
    assert classify_condition(text) == type_
