"""Quote marks as scraped news writes them."""

from __future__ import annotations

import pytest

from stancemap.statements.quotes import find_quotes

CASES = [
    ("He said “we are ready” today.", ["we are ready"]),
    ('She said "not now" and left.', ["not now"]),
    ("''The vote is close,'' he said.", ["The vote is close,"]),
    ("'''Nobody,' she said, is ready,'' he recalled.", ["'Nobody,' she said, is ready,"]),
    ("``We will win,'' the coach said.", ["We will win,"]),
    ("It was ‘a disgrace’, said Ukraine’s envoy.", ["a disgrace"]),
    (
        "“An open quote runs to the end of its paragraph\nand stops there.",
        ["An open quote runs to the end of its paragraph"],
    ),
]


@pytest.mark.parametrize(("text", "inside"), CASES)
def test_quotes_found_inside_their_marks(text: str, inside: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == inside


def test_quotes_outer_end_covers_two_character_marks() -> None:
    text = "''Yes,'' she said."
    (quote,) = find_quotes(text)
    assert text[quote.open_mark : quote.outer_end] == "''Yes,''"
