"""Run the pipeline over many inputs: skip bad ones, count, never lose stored work.

A batch catches ``InputError`` per item, logs the source and the reason, and goes
on; the counts say what happened. Each article is stored in its own transaction,
so an interrupted ingest keeps every article finished before the interruption and
a re-run skips them.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from stancemap.errors import InputError
from stancemap.models import Article, Extraction
from stancemap.pipeline import Pipeline

logger = logging.getLogger(__name__)


@dataclass
class BatchReport:
    """What a batch did: articles read, stored, skipped as duplicates, failed by reason."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())


def good_articles(items: Iterable[Article | InputError], report: BatchReport) -> Iterator[Article]:
    """Articles only; each input error is logged and counted."""
    for item in items:
        if isinstance(item, InputError):
            report.failed[item.reason] += 1
            report.failures.append(str(item))
            logger.warning("skipped %s", item)
            continue
        report.read += 1
        yield item


def extract_all(
    pipeline: Pipeline,
    items: Iterable[Article | InputError],
    report: BatchReport,
    *,
    on_article: Callable[[Article], None] | None = None,
) -> Iterator[Extraction]:
    """Extractions for every good article, in input order."""

    def counted() -> Iterator[Article]:
        for article in good_articles(items, report):
            if on_article is not None:
                on_article(article)
            yield article

    yield from pipeline.extract_many(counted())
