"""Lead-ins: the reporter's words that introduce a quote inside a sentence.

In "Asked about the plan, Hale said, “It will fail,”" or "Rhimes declared the need
for drive: “Change the world,” she said" what was said is the quote; the clause
before its opening mark (with a subject and a finite verb of its own) is narration.
In "An economic downturn, he said, “could be a good time …”" the words before the
mark are the quoted clause's subject, and the statement runs through the quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from stancemap.nlp.grammar import DASHES, SENTENCE_STOPS, is_finite
from stancemap.nlp.offsets import token_at_or_after
from stancemap.statements.cues import is_speech_verb

_LEAD_IN_ENDS = frozenset({",", ":"}) | DASHES


def around_introduced_quote(
    cue: Token, start: int, end: int, marks: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """A reported clause's limits when it runs into a quote the narration introduces.

    With the cue inside or after the clause, a lead-in before the opening mark leaves
    the quote alone as what was said: the statement starts inside the mark. A quote
    after the end of a sentence ("…said, the industry was over-supplied. “It was
    waiting for a recession,” he said") is the next statement; the clause stops
    before it. ``marks`` are the quoted passages (opening mark, end after the close).
    """
    doc = cue.doc
    first = token_at_or_after(doc, start)
    for open_mark, outer_end in marks:
        if first is None or not start < open_mark < end <= outer_end:
            continue
        mark = token_at_or_after(doc, open_mark)
        if mark is None or mark.i <= first.i:
            continue
        if doc[mark.i - 1].text in SENTENCE_STOPS and cue.idx < open_mark:
            return start, doc[mark.i - 1].idx
        if cue.idx > start and introduces(doc[first.i : mark.i], mark):
            inside = token_at_or_after(doc, open_mark + 1)
            return (inside.idx if inside is not None else open_mark), end
    return start, end


def introduces(lead_in: Span, mark: Token) -> bool:
    """Whether ``lead_in``, the words right before the quote's opening ``mark``, is
    narration introducing the quote rather than the start of the quoted clause.

    It ends at a comma, a colon, a dash or a speech verb; it holds a finite verb with
    a subject of its own ("Rhimes declared", "Hale said", "was impressed") that no
    other clause governs (not "Because of the turnout, “…”", "To win, you “have to…”");
    and it holds no subject of a verb inside the quote.
    """
    if not len(lead_in):
        return False
    if lead_in[-1].text not in _LEAD_IN_ENDS and not is_speech_verb(lead_in[-1]):
        return False
    subject_inside = any(
        word.dep_ in {"nsubj", "nsubjpass", "expl"} and word.head.i > mark.i for word in lead_in
    )
    return not subject_inside and any(_main_clause(word, lead_in) for word in lead_in)


def _main_clause(verb: Token, lead_in: Span) -> bool:
    return (
        is_finite(verb)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)
        and verb.dep_ not in {"advcl", "relcl", "acl"}
        and not lead_in.start <= verb.head.i < lead_in.end
    )
