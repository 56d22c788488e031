"""Quotes that continue: split by their attribution, or carrying on the last speaker.

News splits one statement around its attribution (“A,” X said. “B.”): the
statement runs from the first part to the last. A quote with no cue of its own that
follows a speaker's words in the same or the next paragraph goes on with that
speaker, as a reader assumes until the text names someone else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from stancemap.statements.draft import StatementDraft

_SPLIT_GAP_CHARS = 320
_SENTENCE_END = re.compile(r"(\w+)[.!?]\s+[A-Z]")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Adm St Jr Sr Prof Rev Hon Mt Ft No vs".split()
) | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MAX_PARAGRAPHS_BACK = 0


def merge_split_quotes(text: str, drafts: list[StatementDraft]) -> list[StatementDraft]:
    """“A,” X said, “B.” -> one statement with two parts (direct drafts, in order).

    Titles and scare quotes inside the attribution (“A,” X told “Today.” “B.”) do
    not break the statement; they stay apart as fragments.
    """
    merged: list[StatementDraft] = []
    last: int | None = None
    for draft in drafts:
        previous = merged[last] if last is not None else None
        if previous is not None and last is not None and _continues(text, previous, draft):
            merged[last] = _joined(previous, draft)
            continue
        merged.append(draft)
        if not _set_apart(draft):
            last = len(merged) - 1
    return merged


def _joined(previous: StatementDraft, draft: StatementDraft) -> StatementDraft:
    parts = previous.parts or ((previous.start, previous.end),)
    return replace(
        previous,
        end=draft.end,
        close_end=draft.close_end,
        parts=(*parts, (draft.start, draft.end)),
        sentence=(previous.sentence[0], max(previous.sentence[1], draft.sentence[1])),
    )


def _continues(text: str, previous: StatementDraft, draft: StatementDraft) -> bool:
    if _set_apart(previous) or (_set_apart(draft) and not _opens_sentence(text, previous, draft)):
        return False
    if _runs_on_in_next_paragraph(text, previous, draft):
        return True
    if _resumes_after_attribution(text, previous, draft):
        return True
    return _continues_split_quote(text, previous, draft)


def _runs_on_in_next_paragraph(text: str, previous: StatementDraft, draft: StatementDraft) -> bool:
    """A paragraph left open (no closing mark) goes on in the next one that opens with a
    mark: the convention for a long quote or a transcript over several paragraphs."""
    if previous.close_end is None or previous.close_end > previous.end:
        return False
    if draft.cue is not None:
        return False
    between = text[previous.end : draft.open_mark or draft.start]
    return "\n" in between and not between.strip()


def _resumes_after_attribution(text: str, previous: StatementDraft, draft: StatementDraft) -> bool:
    """“A,” X said, referring to … .¶“B.”: a paragraph that is only a quote, after a
    paragraph ending in the attribution of a quote, goes on with that quote."""
    if previous.cue is None or draft.cue is not None or previous.close_end is None:
        return False
    if previous.cue.idx < previous.close_end:
        return False
    between = text[previous.close_end : draft.open_mark or draft.start]
    if between.count("\n") == 0 or between.split("\n")[-1].strip():
        return False
    if any(line.strip() for line in between.split("\n")[1:-1]):
        return False
    line_end = text.find("\n", draft.close_end or draft.end)
    rest = text[draft.close_end or draft.end : line_end if line_end >= 0 else len(text)]
    return not rest.strip(" .")


def join_quote_after_mixed_clause(text: str, drafts: list[StatementDraft]) -> list[StatementDraft]:
    """A reported clause ending in quoted words, its attribution, then more quote:
    one statement.

    In “Teachers are “tired of waiting,” union chief Ana Ruiz said. “Nobody listens.””
    the quote begun inside the clause goes on after the attribution, as in a split
    direct quote; the statement runs from the clause's first word to the last part.
    ``drafts`` are all statements in text order.
    """
    joined: list[StatementDraft] = []
    for draft in drafts:
        previous = joined[-1] if joined else None
        if previous is not None and _quote_resumes_mixed_clause(text, previous, draft):
            joined[-1] = _joined(previous, draft)
            continue
        joined.append(draft)
    return joined


_CLOSING_QUOTE = re.compile(r"[,.!?]?(?:”|\"|'')")


def _quote_resumes_mixed_clause(text: str, previous: StatementDraft, draft: StatementDraft) -> bool:
    if previous.kind != "indirect" or previous.fragment or draft.kind != "direct":
        return False
    if _set_apart(draft) or previous.cue is None or previous.cue.idx < previous.end:
        return False
    if _CLOSING_QUOTE.match(text, previous.end) is None:
        return False
    return _goes_on_after_attribution(text, previous, draft) and _continues_split_quote(
        text, previous, draft
    )


def _goes_on_after_attribution(text: str, previous: StatementDraft, draft: StatementDraft) -> bool:
    """The quote after the attribution goes on with the clause: after a full stop (“…,”
    Ruiz said. “Nobody listens.”) or in lower case (“…,” he said, “and nobody listens.”).
    In “Praising the mayor's “steady hand,” Ruiz said, “We owe her.”” the cue
    introduces a new sentence."""
    gap = text[previous.end : draft.start]
    return _sentence_ends(gap) == 1 or text[draft.start : draft.start + 1].islower()


def _continues_split_quote(text: str, previous: StatementDraft, draft: StatementDraft) -> bool:
    if previous.cue is None:
        return False
    gap = text[previous.end : draft.start]
    if "\n" in gap or len(gap) > _SPLIT_GAP_CHARS or _sentence_ends(gap) > 1:
        return False
    cue_between = previous.end <= previous.cue.idx < draft.start
    same_cue = draft.cue is None or draft.cue.i == previous.cue.i
    return cue_between and same_cue


def _opens_sentence(text: str, previous: StatementDraft, draft: StatementDraft) -> bool:
    """ "…,'' said Ana Ruiz, 40, of Tampa, Fla. ''We stayed.'': a quote opening after a
    full stop opens its sentence, though the parse ran the sentence on after "Fla."."""
    if not draft.embedded or draft.fragment or draft.kind != "direct":
        return False
    gap = text[previous.close_end or previous.end : draft.open_mark or draft.start]
    return "\n" not in gap and gap.rstrip()[-1:] in {".", "!", "?"}


def _set_apart(draft: StatementDraft) -> bool:
    return draft.fragment or draft.embedded or draft.kind != "direct"


def _sentence_ends(gap: str) -> int:
    """Sentence ends in the attribution between two parts ("…,” he said. “…").

    Stops after titles and initials ("Mr.", "J.") do not end a sentence.
    """
    inner = gap.strip(" “”\"'`.,!?")
    inside = sum(
        1 for match in _SENTENCE_END.finditer(inner) if match.group(1) not in _ABBREVIATIONS
    )
    return inside + (1 if gap.rstrip(" “\"'`")[-1:] in ".!?" else 0)


def inherit_speakers(text: str, drafts: list[StatementDraft]) -> list[StatementDraft]:
    """A quote without a cue goes on with the speaker of the statement just before it.

    ``drafts`` are all statements in text order; only cue-less direct quotes that
    open their sentence change, and only from a statement in the same paragraph or
    one that ends the paragraph before.
    """
    result: list[StatementDraft] = []
    for draft in drafts:
        if (
            draft.kind == "direct"
            and draft.cue is None
            and draft.speaker.name is None
            and not draft.fragment
        ):
            if not draft.embedded:
                source = _previous_speaker_statement(text, result, draft)
                if source is not None:
                    draft = replace(draft, speaker=source.speaker, fragment=False)
        result.append(draft)
    return result


def _previous_speaker_statement(
    text: str, earlier: list[StatementDraft], draft: StatementDraft
) -> StatementDraft | None:
    for previous in reversed(earlier):
        if previous.end > draft.start:
            continue
        if previous.speaker.name is None:
            return None
        between = text[previous.close_end or previous.end : draft.open_mark or draft.start]
        if between.count("\n") == 0:
            return previous
        if _paragraphs_between(between) <= _MAX_PARAGRAPHS_BACK and _ends_paragraph(text, previous):
            return previous
        return None
    return None


def _paragraphs_between(between: str) -> int:
    """Paragraphs of other text between two statements (blank lines don't count)."""
    return sum(1 for line in between.split("\n")[1:-1] if line.strip())


def _ends_paragraph(text: str, draft: StatementDraft) -> bool:
    """Nothing but an attribution after the statement on its line ("…,” he said.)."""
    line_end = text.find("\n", draft.end)
    rest = text[draft.close_end or draft.end : line_end if line_end >= 0 else len(text)]
    return len(rest) < 160 and rest.count(". ") <= 1
