"""Actor merging against hand-written gold clusters: B-cubed precision and recall.

Ingests, into a temporary SQLite store and in this order, the bundled (fictional)
example corpus, the two seeds (read in place from ../shared/seeds) and the
spelling-variant articles of ``tests/data/actors/variants.jsonl``, so merging runs
across articles exactly as ``stancemap ingest`` does. Gold clusters come from
``tests/data/actor_clusters.json``: each names one real actor and the surface forms
that refer to it. Every whole-word occurrence of a form in an article (longest forms
first, ignoring case) is one gold *item*; the system puts an item in the cluster of
the stored actor whose mention overlaps it most, or alone when it found no mention.

B-cubed over the gold items: for each item, precision is the share of its system
cluster that is in its gold cluster, recall the share of its gold cluster that is in
its system cluster; both are averaged over items. A missed mention costs recall, a
wrong merge costs precision. Prints one summary line.

    .venv/bin/python benchmarks/actors.py
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from stancemap.batch import BatchReport, extract_all
from stancemap.ingest import read_articles
from stancemap.pipeline import Options, Pipeline
from stancemap.positions.issues import load_issues
from stancemap.store import Store
from stancemap.store.schema import articles, mentions

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
EXAMPLES = REPO / "src" / "stancemap" / "examples"
VARIANTS = REPO / "tests" / "data" / "actors" / "variants.jsonl"
GOLD = REPO / "tests" / "data" / "actor_clusters.json"


@dataclass(frozen=True)
class Item:
    """One occurrence of a gold form: article, span, and the gold cluster it belongs to."""

    article_id: str
    start: int
    end: int
    gold: str


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    items: int
    found: int
    clusters: int


def gold_items(texts: dict[str, str], clusters: list[dict[str, object]]) -> list[Item]:
    """Every whole-word occurrence of every gold form, longest forms claiming text first."""
    forms = sorted(
        ((str(form), str(cluster["name"])) for cluster in clusters for form in cluster["forms"]),  # type: ignore[attr-defined]
        key=lambda pair: -len(pair[0]),
    )
    items: list[Item] = []
    for article_id, text in texts.items():
        taken = [False] * len(text)
        for form, name in forms:
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
            for match in pattern.finditer(text):
                if any(taken[match.start() : match.end()]):
                    continue
                taken[match.start() : match.end()] = [True] * (match.end() - match.start())
                items.append(Item(article_id, match.start(), match.end(), name))
    return items


def system_clusters(store: Store, items: Iterable[Item]) -> dict[Item, str]:
    """The stored actor whose mention overlaps each item most; a singleton id if none."""
    with store._engine.connect() as connection:  # noqa: SLF001 - a benchmark reads raw rows
        rows = connection.execute(
            select(mentions.c.article_id, mentions.c.start, mentions.c.end, mentions.c.actor_id)
        ).all()
    by_article: dict[str, list[tuple[int, int, int]]] = {}
    for row in rows:
        by_article.setdefault(row.article_id, []).append((row.start, row.end, row.actor_id))
    assigned: dict[Item, str] = {}
    for item in items:
        best, overlap = None, 0
        for start, end, actor_id in by_article.get(item.article_id, []):
            shared = min(end, item.end) - max(start, item.start)
            if shared > overlap:
                best, overlap = actor_id, shared
        assigned[item] = f"actor:{best}" if best is not None else f"missed:{item}"
    return assigned


def b_cubed(items: list[Item], system: dict[Item, str]) -> tuple[float, float]:
    """B-cubed precision and recall of ``system`` against the items' gold clusters."""
    gold_members: dict[str, set[Item]] = {}
    system_members: dict[str, set[Item]] = {}
    for item in items:
        gold_members.setdefault(item.gold, set()).add(item)
        system_members.setdefault(system[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        gold, found = gold_members[item.gold], system_members[system[item]]
        shared = len(gold & found)
        precision += shared / len(found)
        recall += shared / len(gold)
    return precision / len(items), recall / len(items)


def run(db: str) -> Score:
    """Ingest the three sources into ``db`` and score its actors against the gold."""
    clusters = json.loads(GOLD.read_text(encoding="utf-8"))["clusters"]
    sources = [str(EXAMPLES / "corpus"), str(SEEDS), str(VARIANTS)]
    options = Options(
        issues=load_issues(EXAMPLES / "issues.toml"), places=(str(EXAMPLES / "places.tsv"),)
    )
    pipeline = Pipeline(options)
    with Store.open(db) as store:
        for extraction in extract_all(pipeline, read_articles(sources), BatchReport()):
            store.save_extraction(extraction)
        with store._engine.connect() as connection:  # noqa: SLF001
            texts = {row.id: row.text for row in connection.execute(select(articles))}
        items = gold_items(texts, clusters)
        system = system_clusters(store, items)
    precision, recall = b_cubed(items, system)
    found = sum(1 for item in items if not system[item].startswith("missed:"))
    return Score(precision, recall, len(items), found, len(clusters))


def main() -> None:
    if not SEEDS.is_dir():
        raise SystemExit(f"no seed articles found in {SEEDS}")
    with tempfile.TemporaryDirectory() as folder:
        score = run(str(Path(folder) / "actors.db"))
    f1 = 2 * score.precision * score.recall / ((score.precision + score.recall) or 1)
    print(
        f"actor merging (B-cubed over {score.items} gold mentions in {score.clusters} "
        f"clusters; {score.found} found): precision {score.precision:.3f} "
        f"recall {score.recall:.3f} F1 {f1:.3f}"
    )


if __name__ == "__main__":
    main()
