"""Article text with its evidence highlighted, built safely from offsets.

The text is cut at every span boundary; each piece is escaped on its own and wrapped
in one element carrying the kinds of every span covering it, so overlapping and
nested spans (a condition inside a position inside a statement) need no nesting of
tags. A piece covered by a span tied to an actor links to that actor. Empty anchors
``id="c{start}-{end}"`` mark where each span starts, so ``#c{start}-{end}`` scrolls
there even without JavaScript. Nothing is added between pieces: the element's text
is exactly the original text, and offsets stay valid in the browser.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from stancemap.store.article_view import ArticleView

# Which span's actor a piece links to when several cover it.
_LINK_PRIORITY = ("speaker", "mention", "source", "statement", "position")


@dataclass(frozen=True)
class Span:
    """A highlighted stretch: ``text[start:end]``, what it is, and whose it is."""

    start: int
    end: int
    kind: str
    label: str = ""
    actor_id: int | None = None
    css: str = ""


def highlight(
    text: str, spans: Iterable[Span], *, anchors: Iterable[tuple[int, int]] = ()
) -> Markup:
    """``text`` as escaped HTML with ``spans`` highlighted and ``anchors`` placed.

    An anchor ``(start, end)`` becomes an empty element ``id="c{start}-{end}"`` at
    ``start``. Spans and anchors outside the text are ignored.
    """
    valid = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, s.end)
    )
    names: defaultdict[int, list[str]] = defaultdict(list)
    for start, end in sorted(set(anchors)):
        if 0 <= start < end <= len(text):
            names[start].append(f"c{start}-{end}")
    cuts = sorted({0, len(text), *names, *(s.start for s in valid), *(s.end for s in valid)})
    parts: list[str] = []
    for a, b, active in _pieces(cuts, valid):
        parts.extend(f'<span class="anchor" id="{escape(name)}"></span>' for name in names[a])
        parts.append(_piece(text[a:b], a, b, active))
    return Markup("".join(parts))


def _pieces(cuts: Sequence[int], spans: Sequence[Span]) -> Iterator[tuple[int, int, list[Span]]]:
    """Consecutive pieces between cuts, each with the spans covering it (a sweep)."""
    active: list[Span] = []
    following = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s.end > a]
        while following < len(spans) and spans[following].start <= a:
            if spans[following].end > a:
                active.append(spans[following])
            following += 1
        yield a, b, active


def _piece(text: str, start: int, end: int, active: Sequence[Span]) -> str:
    if not active:
        return str(escape(text))
    kinds = sorted({s.kind for s in active})
    classes = ["seg", *(f"k-{k}" for k in kinds), *sorted({s.css for s in active if s.css})]
    labels = list(dict.fromkeys(s.label for s in active if s.label))
    actor = _linked_actor(active)
    attributes = [
        f'class="{escape(" ".join(classes))}"',
        f'data-s="{start}"',
        f'data-e="{end}"',
    ]
    if labels:
        attributes.append(f'title="{escape(" · ".join(labels))}"')
    if actor is not None:
        return f'<a href="/actors/{actor}" {" ".join(attributes)}>{escape(text)}</a>'
    return f"<span {' '.join(attributes)}>{escape(text)}</span>"


def _linked_actor(active: Sequence[Span]) -> int | None:
    for kind in _LINK_PRIORITY:
        for span in active:
            if span.kind == kind and span.actor_id is not None:
                return span.actor_id
    return None


def article_spans(view: ArticleView) -> list[Span]:
    """Every span of an article worth highlighting, labelled for a tooltip."""
    spans: list[Span] = []
    for s in view.statements:
        speaker = s.actor_name or s.speaker_name or "unknown speaker"
        label = f"{s.kind} statement by {speaker}" + (f" ({s.cue})" if s.cue else "")
        pieces = s.parts or ((s.start, s.end),)
        spans.extend(Span(a, b, "statement", label, s.actor_id) for a, b in pieces)
        if s.speaker_start is not None and s.speaker_end is not None:
            spans.append(
                Span(s.speaker_start, s.speaker_end, "speaker", f"speaker: {speaker}", s.actor_id)
            )
        if s.cue_start is not None and s.cue_end is not None:
            spans.append(Span(s.cue_start, s.cue_end, "cue", f"cue: {s.cue}"))
    for p in view.positions:
        hedge = ", hedged" if p.hedged else ""
        label = f"{p.actor_name}: {p.stance}{hedge} on {p.issue_id}"
        spans.append(Span(p.start, p.end, "position", label, p.actor_id, f"stance-{p.stance}"))
        spans.extend(
            Span(c.start, c.end, "condition", f"condition: {c.type.replace('_', ' ')}")
            for c in p.conditions
        )
    for source in view.sources:
        spans.append(
            Span(
                source.start, source.end, "source", f"source cited: {source.name}", source.actor_id
            )
        )
    for mention in view.mentions:
        spans.append(
            Span(
                mention.start,
                mention.end,
                "mention",
                f"{mention.actor_name} ({mention.actor_type})",
                mention.actor_id,
            )
        )
    return spans


def article_anchors(view: ArticleView) -> list[tuple[int, int]]:
    """Where links into an article may point: every statement, position, condition, source."""
    anchors = [(s.start, s.end) for s in view.statements]
    for p in view.positions:
        anchors.append((p.start, p.end))
        anchors.extend((c.start, c.end) for c in p.conditions)
    anchors.extend((s.start, s.end) for s in view.sources)
    return anchors


def mark_words(text: str, words: Iterable[str]) -> Markup:
    """``text`` escaped, with the words of a search (and words they begin) marked."""
    spans = [
        Span(m.start(), m.end(), "match")
        for word in words
        for m in re.finditer(rf"\b{re.escape(word)}\w*", text, flags=re.IGNORECASE)
    ]
    return highlight(text, spans)
