"""Where a reported statement's words start and end, in characters.

The parse gives a clause; the statement is its words as a reader would cite them:
without "that" and edge punctuation, after a dateline the parser ran into the
first sentence, and on through a quotation the clause opens but the parser cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

EDGE_PUNCT = set(",.;:—–-“”\"'()")


# "KYIV, March 4 (Reuters) – " or "WASHINGTON (AP) — ": a wire dateline opening a story.
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z.]+)*(?:,? [A-Z][a-z]+\.? \d{1,2})?"
    r" ?\([A-Za-z0-9 .&'-]+\) ?[-–—]+ ?"
)


def after_wire_dateline(text: str, start: int, end: int) -> int:
    """The start of a clause without the wire dateline in front of it."""
    dateline = _DATELINE.match(text, start, end)
    return dateline.end() if dateline is not None and dateline.end() < end else start


def trimmed_bounds(span: Span) -> tuple[int, int]:
    """Drop "that", edge punctuation and spaces from a content span, but not the
    bracket that closes one inside it."""
    tokens = list(span)
    while tokens and (
        tokens[0].text in EDGE_PUNCT
        or tokens[0].is_space
        or (tokens[0].lower_ == "that" and tokens[0].dep_ == "mark")
    ):
        tokens.pop(0)
    while tokens and (
        (tokens[-1].text in EDGE_PUNCT and not _closes_bracket(tokens))
        or tokens[-1].is_space
        or tokens[-1].dep_ == "cc"
    ):
        tokens.pop()
    if not tokens:
        return span.start_char, span.start_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _closes_bracket(tokens: list[Token]) -> bool:
    """ "…Speaker Ana Ruiz (D-Calif.)", "…Clinton as a “disgrace”": the closing bracket
    or quotation mark of one the span opens (a mark after the quote's own stop goes
    with the stop)."""
    last = tokens[-1].text
    if last == ")":
        return sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens[:-1])
    if last == "”" and len(tokens) > 1 and not tokens[-2].is_punct:
        return sum(t.text == "“" for t in tokens) > sum(t.text == "”" for t in tokens[:-1])
    return False


def cue_phrase(cue: Token) -> tuple[int, int]:
    """The cue with its particles ("point out", "according to")."""
    end_token = cue
    for child in cue.children:
        if child.dep_ in {"prt"} or (cue.lower_ == "according" and child.lower_ == "to"):
            end_token = max(end_token, child, key=lambda t: t.i)
    return cue.idx, end_token.idx + len(end_token)


def through_open_quote(text: str, start: int, end: int, marks: Sequence[tuple[int, int]]) -> int:
    """The end of a quote the clause opens but the parse cut short.

    "…stated that the debate was “more uplifting. It was substantive”": the parser
    ends the sentence inside the marks, but the reported words run to the closing one.
    So when the clause opens with the mark ("told reporters that “if turnout is high
    we'll do fine. If it's low, that's another story.”"): the quote is the clause.
    """
    for open_mark, outer_end in marks:
        opens = start <= open_mark < end or _opens_at(text, open_mark, start)
        if opens and end < outer_end and any(c.isalnum() for c in text[end:outer_end]):
            return outer_end
    return end


def _opens_at(text: str, open_mark: int, start: int) -> bool:
    """Only the opening mark (and spaces) between it and the clause's first word."""
    return open_mark < start and not text[open_mark:start].strip("“\"'` ")


def mostly_quoted(start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quoted)
    return inside >= 0.8 * (end - start)


def is_in_quote(token: Token, quoted: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in quoted)
