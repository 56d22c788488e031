"""Find quoted passages in text, robust to the quote marks of scraped news.

Real news mixes straight, curly and guillemet marks, writes double quotes as two
apostrophes (''like this'', as wire archives do) or as ``this'', uses a closing mark
where an opening one belongs (”There will be …), leaves a quote open at the end of a
paragraph when the next paragraph goes on quoting, and forgets closing marks. We
decide each mark's role from its neighbours rather than its glyph, and never let a
quote run past its paragraph, so one broken mark cannot swallow the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_DOUBLE_MARKS = frozenset('"“”„‟«»')
_SINGLE_MARKS = frozenset("‘’‚‛")
# Two-character double quotes: '' and `` (three apostrophes close or open a nested one).
_PAIRED_APOSTROPHES = re.compile(r"'{2,3}|``")
_OPENERS_BEFORE = frozenset(" \t\n([{—–-/:")
_TRAILING_PUNCTUATION = " \t\n"


@dataclass(frozen=True)
class Quote:
    """A quoted passage: ``start``/``end`` are inside the marks.

    ``closed`` is False when the paragraph ended before a closing mark (a quote
    continued in the next paragraph, or a broken mark). ``close_width`` is 2 for
    marks written as two characters ('').
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    close_width: int = 1

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def outer_end(self) -> int:
        if self.close_mark is None:
            return self.end
        return self.close_mark + self.close_width


@dataclass(frozen=True)
class _Mark:
    """One quote mark: where it starts, how many characters, which glyph."""

    index: int
    width: int
    glyph: str


def find_quotes(text: str) -> list[Quote]:
    """All quoted passages in ``text``, in order, at most one paragraph each."""
    single_only = not any(ch in _DOUBLE_MARKS for ch in text) and not _PAIRED_APOSTROPHES.search(
        text.replace("'''", "")
    )
    quotes: list[Quote] = []
    offset = 0
    for paragraph in text.split("\n"):
        marks = _marks_in(paragraph, single_only=single_only)
        quotes.extend(_quotes_in_paragraph(paragraph, offset, marks))
        offset += len(paragraph) + 1
    return quotes


def _marks_in(paragraph: str, *, single_only: bool) -> list[_Mark]:
    """The quote marks of a paragraph; single marks count only in texts without doubles."""
    if single_only:
        return [
            _Mark(i, 1, ch)
            for i, ch in enumerate(paragraph)
            if ch in _SINGLE_MARKS and not _is_apostrophe(paragraph, i)
        ]
    marks = [_Mark(i, 1, ch) for i, ch in enumerate(paragraph) if ch in _DOUBLE_MARKS]
    for match in _PAIRED_APOSTROPHES.finditer(paragraph):
        index = match.start()
        if len(match.group()) == 3:
            # '''Yeah … it''' : the double mark is the outer pair of the three.
            closes = index > 0 and not paragraph[index - 1].isspace()
            index = index + 1 if closes else index
        marks.append(_Mark(index, 2, "“" if match.group() == "``" else '"'))
    return sorted(marks, key=lambda m: m.index)


def _quotes_in_paragraph(paragraph: str, offset: int, marks: list[_Mark]) -> Iterator[Quote]:
    opened: _Mark | None = None
    for mark in marks:
        role = _mark_role(paragraph, mark, expecting_close=opened is not None)
        if role == "open" and opened is None:
            opened = mark
        elif role == "close" and opened is not None:
            quote = _make_quote(paragraph, offset, opened, mark)
            if quote is not None:
                yield quote
            opened = None
    if opened is not None:
        # Unclosed: the quote ends with its paragraph (news continues it below).
        quote = _make_quote(paragraph, offset, opened, None)
        if quote is not None:
            yield quote


def _is_apostrophe(paragraph: str, index: int) -> bool:
    """ "Ukraine’s", "don’t": a single mark between letters is not a quote mark."""
    before = paragraph[index - 1] if index > 0 else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    return before.isalnum() and (after.isalnum() or after == " " and before == "s")


def _mark_role(paragraph: str, mark: _Mark, *, expecting_close: bool) -> str:
    """ "open" or "close", judged from the characters around the mark."""
    end = mark.index + mark.width
    before = paragraph[mark.index - 1] if mark.index > 0 else " "
    after = paragraph[end] if end < len(paragraph) else " "
    opens_by_context = before in _OPENERS_BEFORE and not after.isspace()
    closes_by_context = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens_by_context and not closes_by_context:
        return "open"
    if closes_by_context and not opens_by_context:
        return "close"
    if mark.glyph in "“„«":
        return "open"
    if mark.glyph in "”»":
        return "close"
    return "close" if expecting_close else "open"


def _make_quote(paragraph: str, offset: int, opened: _Mark, closed: _Mark | None) -> Quote | None:
    start = opened.index + opened.width
    end = closed.index if closed is not None else len(paragraph)
    while end > start and paragraph[end - 1] in _TRAILING_PUNCTUATION:
        end -= 1
    while start < end and paragraph[start] in _TRAILING_PUNCTUATION:
        start += 1
    if end <= start:
        return None
    return Quote(
        start=offset + start,
        end=offset + end,
        open_mark=offset + opened.index,
        close_mark=offset + closed.index if closed is not None else None,
        close_width=closed.width if closed is not None else 1,
    )
