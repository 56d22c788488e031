"""Statements: direct quotes and reported speech, attributed to their speakers."""

from __future__ import annotations

from spacy.tokens import Doc

from stancemap.actors.resolve import ArticleActors
from stancemap.nlp.offsets import text_of
from stancemap.statements.continuations import inherit_speakers, merge_split_quotes
from stancemap.statements.direct import find_direct_statements
from stancemap.statements.draft import StatementDraft
from stancemap.statements.mixed import resolve_embedded_quotes
from stancemap.statements.quotes import Quote, find_quotes
from stancemap.statements.reported import find_reported_statements
from stancemap.statements.screening import drop_repeated_parts, screen_reported
from stancemap.statements.speakers import SpeakerResolver

__all__ = ["Quote", "StatementDraft", "find_quotes", "find_statements"]


def find_statements(doc: Doc, actors: ArticleActors) -> list[StatementDraft]:
    """Direct and reported statements of ``doc``, in text order, speakers resolved.

    Stages: quotes attributed (``direct``), reported clauses from the parse
    (``reported``) less those that report nothing (``screening``), split quotes
    merged, embedded quotes folded into the clause that reports them (``mixed``),
    cue-less quotes given the running speaker, reports that repeat part of a longer
    one of the same speaker dropped.
    Fragments (scare quotes) are kept and flagged; callers decide whether to show them.
    """
    text = text_of(doc)
    quotes = find_quotes(text)
    resolver = SpeakerResolver(doc, actors, [(q.open_mark, q.outer_end) for q in quotes])
    direct = find_direct_statements(doc, text, quotes, resolver)
    standalone = [(d.open_mark or d.start, d.close_end or d.end) for d in direct if not d.embedded]
    marks = [(q.open_mark, q.outer_end) for q in quotes]
    reported = find_reported_statements(doc, resolver, standalone, marks=marks)
    reported = screen_reported(doc, reported, direct)
    direct = merge_split_quotes(text, direct)
    drafts = resolve_embedded_quotes(doc, text, direct, reported)
    return drop_repeated_parts(inherit_speakers(text, drafts))
