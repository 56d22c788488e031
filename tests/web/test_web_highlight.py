"""Building highlighted article HTML from offsets: escaped, overlap-safe, text-preserving."""

from __future__ import annotations

import html
import re

import pytest

from stancemap.web.highlight import Span, highlight, mark_words


def _text_of(markup: str) -> str:
    """What a browser shows: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


TEXT = "Solvik said Valdoria would send troops only after a ceasefire."


@pytest.mark.parametrize(
    "spans",
    [
        [],
        [Span(0, 6, "speaker", "Solvik", 3)],
        [Span(12, 62, "statement"), Span(40, 61, "condition"), Span(12, 20, "mention", "", 4)],
        [Span(5, 30, "position"), Span(20, 45, "statement"), Span(25, 26, "cue")],  # crossing
        [Span(0, len(TEXT), "statement"), Span(0, len(TEXT), "position")],  # identical
        [Span(-3, 4, "bad"), Span(50, 999, "bad"), Span(9, 9, "empty")],  # out of range
    ],
)
def test_highlight_keeps_the_text_exactly(spans: list[Span]) -> None:
    assert _text_of(str(highlight(TEXT, spans))) == TEXT


def test_highlight_escapes_every_piece() -> None:
    text = 'He said "<script>alert(1)</script>" & <b onclick="x()">left</b>.'
    start = text.index("<script>")
    markup = str(highlight(text, [Span(start, start + 8, "statement", 'a "label" <i>')]))
    assert "<script>" not in markup and "<b " not in markup
    assert "&lt;script&gt;" in markup
    assert 'title="a &#34;label&#34; &lt;i&gt;"' in markup
    assert _text_of(markup) == text


def test_highlight_overlaps_become_pieces_with_every_kind() -> None:
    markup = str(highlight(TEXT, [Span(0, 20, "statement"), Span(12, 38, "condition")]))
    pieces = re.findall(r'class="([^"]+)" data-s="(\d+)" data-e="(\d+)"', markup)
    assert pieces == [
        ("seg k-statement", "0", "12"),
        ("seg k-condition k-statement", "12", "20"),
        ("seg k-condition", "20", "38"),
    ]


def test_highlight_links_pieces_to_their_actor() -> None:
    markup = str(
        highlight(TEXT, [Span(0, 20, "statement", actor_id=7), Span(0, 6, "speaker", actor_id=3)])
    )
    assert markup.startswith('<a href="/actors/3"')
    assert '<a href="/actors/7"' in markup


def test_highlight_places_anchors_at_span_starts() -> None:
    markup = str(highlight(TEXT, [Span(12, 20, "mention")], anchors=[(12, 62), (40, 61), (5, 99)]))
    assert '<span class="anchor" id="c12-62"></span><span class="seg k-mention"' in markup
    assert 'id="c40-61"' in markup
    assert 'id="c5-99"' not in markup
    assert _text_of(markup) == TEXT


@pytest.mark.parametrize(
    ("words", "marked"),
    [
        (["ceasefire"], ["ceasefire"]),
        (["troop"], ["troops"]),
        (["VALDORIA", "only"], ["Valdoria", "only"]),
        (["a"], ["after", "a"]),
        (["nothing"], []),
    ],
)
def test_mark_words_marks_words_and_their_completions(words, marked) -> None:  # type: ignore[no-untyped-def]
    markup = str(mark_words(TEXT, words))
    assert re.findall(r'k-match"[^>]*>([^<]+)<', markup) == marked
    assert _text_of(markup) == TEXT
