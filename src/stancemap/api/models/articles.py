"""Articles: what a client sends to ingest, and what the API returns."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from stancemap.api.models.common import Public
from stancemap.api.models.statements import (
    MentionPublic,
    PositionPublic,
    SourcePublic,
    StatementPublic,
)


class ArticleBase(BaseModel):
    """Fields an article has both when sent and when returned."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None


class ArticleCreate(ArticleBase):
    """An article to ingest: the extraction contract's input record."""

    id: str | None = Field(
        default=None, description="A stable id; made from the URL or the text when missing."
    )
    text: str = Field(min_length=1, description="The article's text, as published.")
    published: str | None = Field(
        default=None, description="Publication date: 2031-01-14, '14 January 2031', ..."
    )


class ArticlePublic(ArticleBase, Public):
    """A stored article, without its text."""

    id: str
    published: date | None
    language: str
    ingested_at: datetime


class ArticleDetail(ArticlePublic):
    """A stored article with its text and everything extracted from it.

    Every ``start``/``end`` indexes ``text``: ``text[start:end]`` is the evidence.
    """

    text: str
    statements: list[StatementPublic]
    positions: list[PositionPublic]
    sources_cited: list[SourcePublic]
    mentions: list[MentionPublic]


class IngestFailure(BaseModel):
    """An article of the request that was not stored, and why."""

    index: int = Field(description="Its place in the request's list, from 0.")
    reason: str = Field(description="empty, not-english, too-large, malformed, ...")
    message: str


class IngestResult(BaseModel):
    """What an ingestion request did, article by article."""

    stored: list[str] = Field(description="Ids of the articles stored now.")
    unchanged: list[str] = Field(description="Ids of articles that were already stored.")
    failed: list[IngestFailure]
