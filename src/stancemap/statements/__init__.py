"""Statements: direct quotes and reported speech, attributed to their speakers."""

from __future__ import annotations

from spacy.tokens import Doc

from stancemap.actors.resolve import ArticleActors
from stancemap.statements.direct import find_direct_statements
from stancemap.statements.draft import StatementDraft
from stancemap.statements.quotes import Quote, find_quotes
from stancemap.statements.reported import find_reported_statements
from stancemap.statements.speakers import SpeakerResolver

__all__ = ["Quote", "StatementDraft", "find_quotes", "find_statements"]


def find_statements(doc: Doc, actors: ArticleActors) -> list[StatementDraft]:
    """Direct and reported statements of ``doc``, in text order, speakers resolved.

    Fragments (scare quotes) are kept and flagged; callers decide whether to show them.
    """
    quotes = find_quotes(doc.text)
    quoted = [(q.open_mark, q.outer_end) for q in quotes]
    resolver = SpeakerResolver(actors, quoted)
    drafts = find_direct_statements(doc, quotes, resolver)
    drafts.extend(find_reported_statements(doc, resolver, quoted))
    return sorted(drafts, key=lambda d: (d.start, d.end))
