"""Embedded quotes: quoted words inside a sentence that reports them.

In "Manafort said Trump has “several ways” of reaching the number" the statement is
what Manafort said, not the two quoted words: the reported clause carries the quote.
When the parse already found that clause, the quote adds nothing; when it did not,
the clause around the quote becomes the reported statement, with the quote's speaker.
Unattributed short quotes inside running text (titles, scare quotes) stay fragments.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from stancemap.nlp.offsets import token_at_or_after
from stancemap.statements.continuations import join_quote_after_mixed_clause
from stancemap.statements.cues import cue_lemma
from stancemap.statements.draft import StatementDraft
from stancemap.statements.lead_ins import introduces
from stancemap.statements.misparses import ADDRESSEE_VERBS

_EDGE = frozenset(",.;:—–-“”\"'`()")


def resolve_embedded_quotes(
    doc: Doc, text: str, direct: list[StatementDraft], reported: list[StatementDraft]
) -> list[StatementDraft]:
    """Direct and reported statements with each embedded quote folded into its clause."""
    result = list(reported)
    for draft in direct:
        if not draft.embedded:
            result.append(draft)
        elif any(_overlaps(draft, other) for other in reported):
            continue
        elif draft.speaker.name is None and draft.cue is None:
            result.append(replace(draft, fragment=True))
        else:
            result.append(_as_reported_clause(doc, text, draft))
    return join_quote_after_mixed_clause(text, sorted(result, key=lambda d: (d.start, d.end)))


def _overlaps(quote: StatementDraft, clause: StatementDraft) -> bool:
    return clause.start < quote.end and quote.start < clause.end


def _as_reported_clause(doc: Doc, text: str, draft: StatementDraft) -> StatementDraft:
    """The clause around an embedded quote: after a cue before it, up to a cue after it
    (and from the quote's mark when narration introduces it)."""
    mark = token_at_or_after(doc, draft.open_mark or draft.start)
    if mark is None:
        return draft
    sentence = mark.sent
    start_token: Token = sentence[0]
    end_char = sentence.end_char
    cue = draft.cue
    if cue is not None and sentence.start <= cue.i < mark.i and not is_parenthetical_cue(cue):
        start_token = _after_cue(cue, _past_addressee(cue, mark), mark)
    elif cue is not None and cue.i > mark.i and cue.i < sentence.end:
        end_char = draft.close_end or draft.end
        if introduces(doc[sentence.start : mark.i], mark):
            # "Voters were unmoved - “Always late,” Park said": the quote alone.
            start_token = doc[mark.i + 1]
    start, end = _trim(text, start_token.idx, end_char)
    if end <= start:
        return replace(draft, fragment=True)
    return replace(draft, kind="indirect", start=start, end=end, embedded=False, parts=())


def is_parenthetical_cue(cue: Token) -> bool:
    """ "An economic downturn, he said, “could …”": an attribution set off by commas
    inside the clause it reports; the clause starts before it."""
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    first = subject.left_edge.i if subject is not None else cue.i
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    return (
        first > cue.sent.start
        and doc[first - 1].text == ","
        and after is not None
        and after.text == ","
    )


def _past_addressee(cue: Token, mark: Token) -> int:
    """ "Trump told The Washington Post he was “not quite there yet”": the one told
    is no part of what was said; the clause starts after it."""
    addressees = [
        c
        for c in cue.rights
        if c.dep_ in {"dobj", "dative"}
        and c.right_edge.i < mark.i
        and c.pos_ in {"PROPN", "NOUN", "PRON"}
    ]
    if cue_lemma(cue) not in ADDRESSEE_VERBS:
        return cue.i + 1
    clause = any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
    if not addressees or not clause:
        return cue.i + 1
    return addressees[-1].right_edge.i + 1


def _after_cue(cue: Token, index: int, mark: Token) -> Token:
    doc = cue.doc
    while index < mark.i and (doc[index].text in _EDGE or doc[index].lower_ == "that"):
        index += 1
    return doc[index]


def _trim(full_text: str, start: int, end: int) -> tuple[int, int]:
    text = full_text[start:end]
    left = 0
    while left < len(text) and (text[left].isspace() or text[left] in _EDGE - {"“", '"'}):
        left += 1
    right = len(text)
    while right > left and (text[right - 1].isspace() or text[right - 1] in _EDGE):
        right -= 1
    return start + left, start + right
