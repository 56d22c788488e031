"""Nested statements: when one cue's clause lies inside another's, which one stands.

A cue inside a statement ("said he would not want to defend …", "his support for the
bill") reports part of what the outer speaker said, and the outer statement is the one
readers and annotators mark. Two exceptions: two cues on nearly one clause, where the
one that names its speaker tells who said it; and "according to X" relaying a
statement it quotes with its own speaker and speech verb, which is that speaker's.
"""

from __future__ import annotations

from stancemap.statements.cues import QUESTIONING_VERBS, is_speech_verb
from stancemap.statements.draft import StatementDraft


def drop_nested(drafts: list[StatementDraft]) -> list[StatementDraft]:
    """When two cues claim nested clauses, keep the outer statement and its cue.

    The clause a cue inside another statement reports ("said he would not want to
    defend …", "his support for the bill") is part of what the outer speaker said;
    even with "according to X, …" or an outer statement without a named speaker, the
    outer span is the statement news annotators mark far more often than the inner.
    """
    kept: list[StatementDraft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, -(d.end - d.start))):
        if kept and kept[-1].start <= draft.start and draft.end <= kept[-1].end:
            outer = kept[-1]
            # "Adler raised questions about the cost": two cues on nearly one clause;
            # the one that names its speaker tells who said it.
            same_clause = 2 * (draft.end - draft.start) >= outer.end - outer.start
            if (
                same_clause
                and outer.speaker.name is None
                and draft.speaker.name is not None
                and not _asks(outer)
            ):
                kept[-1] = draft
            elif _relays_a_statement(outer, draft):
                kept[-1] = draft
            continue
        kept.append(draft)
    return kept


def _asks(draft: StatementDraft) -> bool:
    """ "Asked whether he would encourage his voters to …": what a question holds is
    asked, not said, by anyone it names."""
    cue = draft.cue
    return cue is not None and cue.pos_ == "VERB" and cue.lemma_.lower() in QUESTIONING_VERBS


def _relays_a_statement(outer: StatementDraft, inner: StatementDraft) -> bool:
    """ "According to Der Spiegel, these representatives warned that …": the source
    only relays a statement whose speaker and cue it quotes in full; the statement is
    the representatives' (the source becomes its ``via``), not the outlet's.

    Only a speech verb heading the sentence relays: in "Records show the sum is the
    largest, according to the center" or "…, according to the department, nine million
    workers will be protected against being denied overtime" the cue inside is part of
    what the source reports, and the statement is the source's."""
    return (
        outer.cue is not None
        and inner.cue is not None
        and outer.cue.lower_ == "according"
        and inner.speaker.name is not None
        and outer.start <= inner.cue.idx < outer.end
        and is_speech_verb(inner.cue)
        and inner.cue.dep_ == "ROOT"
    )
