"""Ingesting articles sent to the API: the same pipeline and store as ``stancemap ingest``.

The spaCy pipeline is loaded on the first request that needs it (a read-only server
never loads it), for the issues saved in the database, or the built-in ones when the
database has none. One request runs the pipeline at a time. Each article is stored in
its own transaction; an article that cannot be read is reported and skipped, and the
rest of the request goes on, as in a batch ingest.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stancemap.errors import InputError
from stancemap.ingest.checks import check_article
from stancemap.ingest.records import record_to_article
from stancemap.models import Article, Issue
from stancemap.store import Store

if TYPE_CHECKING:
    from stancemap.pipeline import Pipeline

logger = logging.getLogger(__name__)

PipelineFactory = Callable[[tuple[Issue, ...]], "Pipeline"]


@dataclass(frozen=True)
class IngestFailure:
    """An article of a request that was not stored: its place, the reason, the message."""

    index: int
    reason: str
    message: str


@dataclass
class IngestOutcome:
    """Which articles of a request were stored, already there, or skipped."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[IngestFailure] = field(default_factory=list)


def _default_pipeline(issues: tuple[Issue, ...]) -> Pipeline:
    from stancemap.pipeline import Options, Pipeline

    return Pipeline(Options(issues=issues))


class Ingester:
    """Extracts and stores articles; the pipeline is made on first use and kept."""

    def __init__(self, make_pipeline: PipelineFactory = _default_pipeline) -> None:
        self._make_pipeline = make_pipeline
        self._pipeline: Pipeline | None = None
        self._issues: tuple[Issue, ...] | None = None
        self._lock = threading.Lock()

    def ingest(
        self, store: Store, records: Sequence[Mapping[str, object]], *, max_chars: int
    ) -> IngestOutcome:
        """Read, check, extract and store each record; report what happened to each."""
        outcome = IngestOutcome()
        articles: list[tuple[int, Article]] = []
        for index, record in enumerate(records):
            try:
                article = record_to_article(record, source=f"article {index} of the request")
                check_article(article, max_chars=max_chars)
            except InputError as error:
                outcome.failed.append(IngestFailure(index, error.reason, str(error)))
                logger.warning("skipped %s", error)
                continue
            articles.append((index, article))
        if not articles:
            return outcome
        with self._lock:
            pipeline = self._pipeline_for(store)
            extractions = pipeline.extract_many(article for _, article in articles)
            for (_, article), extraction in zip(articles, extractions, strict=True):
                saved = store.save_extraction(extraction)
                (outcome.stored if saved else outcome.unchanged).append(article.id)
        return outcome

    def _pipeline_for(self, store: Store) -> Pipeline:
        """The pipeline for the store's issues, rebuilt only when those change."""
        issues = tuple(store.issues())
        if not issues:
            from stancemap.positions.issues import load_issues

            issues = load_issues()
            store.save_issues(issues)
        if self._pipeline is None or issues != self._issues:
            logger.info("loading the pipeline for %d issues", len(issues))
            self._pipeline = self._make_pipeline(issues)
            self._issues = issues
        return self._pipeline
