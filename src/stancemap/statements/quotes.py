"""Find quoted passages in text, robust to the quote marks of scraped news.

Real news mixes straight, curly and guillemet marks, uses a closing mark where an
opening one belongs (”There will be …), leaves a quote open at the end of a
paragraph when the next paragraph goes on quoting, and forgets closing marks. We
decide each mark's role from its neighbours rather than its glyph, and never let a
quote run past its paragraph, so one broken mark cannot swallow the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

_DOUBLE_MARKS = frozenset('"“”„‟«»')
_SINGLE_MARKS = frozenset("‘’‚‛")
_OPENERS_BEFORE = frozenset(" \t\n([{—–-/:")
_TRAILING_PUNCTUATION = " \t\n"


@dataclass(frozen=True)
class Quote:
    """A quoted passage: ``start``/``end`` are inside the marks.

    ``closed`` is False when the paragraph ended before a closing mark (a quote
    continued in the next paragraph, or a broken mark).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def find_quotes(text: str) -> list[Quote]:
    """All quoted passages in ``text``, in order, at most one paragraph each."""
    marks = _DOUBLE_MARKS
    if not any(ch in _DOUBLE_MARKS for ch in text):
        marks = _SINGLE_MARKS
    quotes: list[Quote] = []
    offset = 0
    for paragraph in text.split("\n"):
        quotes.extend(_quotes_in_paragraph(paragraph, offset, marks))
        offset += len(paragraph) + 1
    return quotes


def _quotes_in_paragraph(paragraph: str, offset: int, marks: frozenset[str]) -> Iterator[Quote]:
    open_at: int | None = None
    for index, char in enumerate(paragraph):
        if char not in marks or _is_apostrophe(paragraph, index, marks):
            continue
        role = _mark_role(paragraph, index, expecting_close=open_at is not None)
        if role == "open" and open_at is None:
            open_at = index
        elif role == "close" and open_at is not None:
            quote = _make_quote(paragraph, offset, open_at, index)
            if quote is not None:
                yield quote
            open_at = None
    if open_at is not None:
        # Unclosed: the quote ends with its paragraph (news continues it below).
        quote = _make_quote(paragraph, offset, open_at, None)
        if quote is not None:
            yield quote


def _is_apostrophe(paragraph: str, index: int, marks: frozenset[str]) -> bool:
    """ "Ukraine’s", "don’t": a single mark between letters is not a quote mark."""
    if marks is not _SINGLE_MARKS:
        return False
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    return before.isalnum() and (after.isalnum() or after == " " and before == "s")


def _mark_role(paragraph: str, index: int, *, expecting_close: bool) -> str:
    """ "open" or "close", judged from the characters around the mark."""
    char = paragraph[index]
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    opens_by_context = before in _OPENERS_BEFORE and not after.isspace()
    closes_by_context = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens_by_context and not closes_by_context:
        return "open"
    if closes_by_context and not opens_by_context:
        return "close"
    if char in "“„«":
        return "open"
    if char in "”»":
        return "close"
    return "close" if expecting_close else "open"


def _make_quote(paragraph: str, offset: int, open_at: int, close_at: int | None) -> Quote | None:
    start = open_at + 1
    end = close_at if close_at is not None else len(paragraph)
    while end > start and paragraph[end - 1] in _TRAILING_PUNCTUATION:
        end -= 1
    while start < end and paragraph[start] in _TRAILING_PUNCTUATION:
        start += 1
    if end <= start:
        return None
    return Quote(
        start=offset + start,
        end=offset + end,
        open_mark=offset + open_at,
        close_mark=offset + close_at if close_at is not None else None,
    )
