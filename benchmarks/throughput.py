"""Throughput of ``extract`` against bare spaCy on the same texts, in one run.

The seeds (read in place from ../shared/seeds) are repeated to about 200 articles.
We time the full extraction pipeline (normalise, parse, actors, statements,
sources, dates, positions with the built-in issues) and spaCy's ``nlp.pipe`` with
the same model on the same texts, and print words/second for both and their ratio:
the ratio is what our own stages cost on top of parsing.

    .venv/bin/python benchmarks/throughput.py [--articles 200]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from stancemap.models import Article
from stancemap.pipeline import Options, Pipeline
from stancemap.positions.issues import load_issues

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _texts(count: int) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        raise SystemExit(f"no seed articles found in {SEEDS}")
    return [seeds[i % len(seeds)] for i in range(count)]


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    texts = _texts(args.articles)
    words = _words(texts)
    pipeline = Pipeline(Options(issues=load_issues()))
    list(pipeline.extract_many([Article(id="warm-up", text=texts[0])]))

    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    # Alternate the two and keep each one's best run, so neither pays for warm-up.
    spacy_seconds = extract_seconds = float("inf")
    statements = 0
    for _round in range(2):
        started = time.perf_counter()
        for _doc in pipeline.nlp.pipe(texts, batch_size=pipeline.options.batch_size):
            pass
        spacy_seconds = min(spacy_seconds, time.perf_counter() - started)
        started = time.perf_counter()
        statements = sum(len(e.statements) for e in pipeline.extract_many(articles))
        extract_seconds = min(extract_seconds, time.perf_counter() - started)

    spacy_rate = words / spacy_seconds
    extract_rate = words / extract_seconds
    print(
        f"throughput: {len(texts)} articles, {words} words, {statements} statements | "
        f"extract {extract_rate:,.0f} words/s | bare spaCy nlp.pipe {spacy_rate:,.0f} words/s | "
        f"ratio extract/spaCy {extract_rate / spacy_rate:.2f}"
    )


if __name__ == "__main__":
    main()
