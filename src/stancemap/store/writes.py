"""Saving what stancemap extracts: one article per transaction, never twice.

An article is "already stored" when its id, its canonical URL or the hash of its text
matches one stored: the same story fetched twice from a feed and a crawl must not
count twice. Everything an article brings (its outlet, actors, statements, positions,
sources, dates) is written in the one transaction that writes the article, so a
failure anywhere leaves the database exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Engine, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from stancemap.errors import StoreError
from stancemap.models import Extraction, Issue
from stancemap.store.entities import save_entities
from stancemap.store.keys import canonical_url, name_key
from stancemap.store.schema import (
    article_dates,
    articles,
    conditions,
    inserted_id,
    issues,
    outlets,
    positions,
    sources_cited,
    statements,
)


def save_extraction(engine: Engine, extraction: Extraction) -> bool:
    """Store ``extraction`` and return True, or return False if its article is stored.

    A unique-constraint race with another writer storing the same article at the same
    moment also counts as "already stored".
    """
    try:
        with engine.begin() as connection:
            if is_stored(connection, extraction):
                return False
            _write_extraction(connection, extraction)
            return True
    except IntegrityError:
        with engine.connect() as connection:
            if is_stored(connection, extraction):
                return False
        raise


def save_issues(engine: Engine, issue_list: Sequence[Issue]) -> None:
    """Insert new issues and update changed ones, keyed on the issue id."""
    with engine.begin() as connection:
        stored = set(connection.scalars(select(issues.c.id)))
        for issue in issue_list:
            values = {"question": issue.question, "terms": json.dumps(list(issue.terms))}
            if issue.id in stored:
                connection.execute(update(issues).where(issues.c.id == issue.id).values(values))
            else:
                connection.execute(insert(issues).values(id=issue.id, **values))
                stored.add(issue.id)


def is_stored(connection: Connection, extraction: Extraction) -> bool:
    """Whether the article is in the store under its id, canonical URL or content hash."""
    article = extraction.article
    same = [articles.c.id == article.id, articles.c.content_hash == article.content_hash]
    url = canonical_url(article.url)
    if url is not None:
        same.append(articles.c.canonical_url == url)
    return connection.scalar(select(articles.c.id).where(or_(*same)).limit(1)) is not None


def _write_extraction(connection: Connection, extraction: Extraction) -> None:
    """Write the article and everything found in it; the caller owns the transaction."""
    _insert_article(connection, extraction)
    actor_ids = save_entities(connection, extraction.article, extraction.entities)
    refs = _References(extraction.article.id, actor_ids, {s.id for s in extraction.statements})
    _insert_statements(connection, extraction, refs)
    _insert_positions(connection, extraction, refs)
    _insert_sources_cited(connection, extraction, refs)
    _insert_dates(connection, extraction)


class _References:
    """Turns an extraction's local ids into global ones, refusing dangling references.

    A reference to an entity or statement the extraction does not contain is a bug in
    the extraction; storing it would silently point at nothing, so it aborts the save.
    """

    def __init__(self, article_id: str, actor_ids: dict[str, int], statement_ids: set[str]):
        self.article_id = article_id
        self._actor_ids = actor_ids
        self._statement_ids = statement_ids

    def actor(self, entity: str | None, *, what: str) -> int | None:
        if entity is None:
            return None
        if entity not in self._actor_ids:
            raise StoreError(
                f"article {self.article_id}: {what} refers to unknown entity {entity!r}"
            )
        return self._actor_ids[entity]

    def statement(self, statement: str | None, *, what: str) -> str | None:
        if statement is None:
            return None
        if statement not in self._statement_ids:
            raise StoreError(
                f"article {self.article_id}: {what} refers to unknown statement {statement!r}"
            )
        return statement_id(self.article_id, statement)


def statement_id(article_id: str, local_id: str) -> str:
    """The global id of a statement: unique across articles, stable across re-runs."""
    return f"{article_id}:{local_id}"


def _insert_article(connection: Connection, extraction: Extraction) -> None:
    article = extraction.article
    connection.execute(
        insert(articles).values(
            id=article.id,
            title=article.title,
            url=article.url,
            canonical_url=canonical_url(article.url),
            outlet_id=_outlet_id(connection, article.outlet),
            published=article.published,
            content_hash=article.content_hash,
            language=extraction.language,
            source=article.source,
            text=article.text,
            ingested_at=datetime.now(UTC),
        )
    )


def _outlet_id(connection: Connection, name: str | None) -> int | None:
    """The outlet's id, creating it on first sight; outlets are matched by name key."""
    if name is None:
        return None
    key = name_key(name)
    found = connection.scalar(select(outlets.c.id).where(outlets.c.key == key))
    if found is not None:
        return int(found)
    result = connection.execute(insert(outlets).values(name=name, key=key))
    return inserted_id(result)


def _insert_statements(connection: Connection, extraction: Extraction, refs: _References) -> None:
    rows = [
        {
            "id": statement_id(refs.article_id, s.id),
            "article_id": refs.article_id,
            "actor_id": refs.actor(s.speaker.entity, what=f"statement {s.id}"),
            "speaker_name": s.speaker.name,
            "speaker_start": s.speaker.start,
            "speaker_end": s.speaker.end,
            "kind": s.kind,
            "cue": s.cue,
            "cue_start": s.cue_start,
            "cue_end": s.cue_end,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "said_on": s.said_on,
            "via": s.via,
            "parts": json.dumps([[part.start, part.end] for part in s.parts]),
            "fragment": s.fragment,
        }
        for s in extraction.statements
    ]
    if rows:
        connection.execute(insert(statements), rows)


def _insert_positions(connection: Connection, extraction: Extraction, refs: _References) -> None:
    """Insert positions one by one, since each needs its id for its conditions."""
    for number, p in enumerate(extraction.positions):
        what = f"position {number} ({p.actor.name!r} on {p.issue!r})"
        result = connection.execute(
            insert(positions).values(
                article_id=refs.article_id,
                statement_id=refs.statement(p.statement, what=what),
                actor_id=refs.actor(p.actor.entity, what=what),
                actor_name=p.actor.name,
                issue_id=p.issue,
                stance=p.stance,
                hedged=p.hedged,
                confidence=p.confidence,
                start=p.start,
                end=p.end,
                said_on=p.said_on,
                derived_from=refs.actor(p.derived_from, what=f"{what} derived_from"),
            )
        )
        position_id = inserted_id(result)
        rows = [
            {
                "position_id": position_id,
                "type": c.type,
                "text": c.text,
                "start": c.start,
                "end": c.end,
            }
            for c in p.conditions
        ]
        if rows:
            connection.execute(insert(conditions), rows)


def _insert_sources_cited(
    connection: Connection, extraction: Extraction, refs: _References
) -> None:
    rows = [
        {
            "article_id": refs.article_id,
            "statement_id": refs.statement(s.statement, what=f"source {s.name!r}"),
            "name": s.name,
            "type": s.type,
            "start": s.start,
            "end": s.end,
            "actor_id": refs.actor(s.entity, what=f"source {s.name!r}"),
        }
        for s in extraction.sources_cited
    ]
    if rows:
        connection.execute(insert(sources_cited), rows)


def _insert_dates(connection: Connection, extraction: Extraction) -> None:
    rows = [
        {
            "article_id": extraction.article.id,
            "text": d.text,
            "start": d.start,
            "end": d.end,
            "value": d.value,
            "granularity": d.granularity,
        }
        for d in extraction.dates
    ]
    if rows:
        connection.execute(insert(article_dates), rows)
