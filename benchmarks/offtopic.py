"""Spurious positions: how many the built-in issues get on news about something else.

The position gold sets only score positions someone labelled, so extra positions cost
nothing there. This counts them on real news that is off the built-in issues' topic:
the PolNeAR dev texts (US 2016 election coverage, ../shared/eval/quotes/dev.jsonl, read
in place and never copied). The built-in issues are about the war in Ukraine; when we
labelled every position this produced by hand (2026-11-23: 71 before the scope rules,
every one spurious; 2 after, both spurious), none was about them, so every position
counted here is a false positive to read. `--show` prints each with its evidence.

    .venv/bin/python benchmarks/offtopic.py [--limit N] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from stancemap.models import Article, Extraction
from stancemap.pipeline import Options, Pipeline
from stancemap.positions.issues import load_issues

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "dev.jsonl"


def _articles(limit: int | None) -> list[Article]:
    """The dev texts as articles, without their annotations."""
    lines = DEV.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [Article(id=r["id"], text=r["text"]) for r in records[:limit]]


def _report(extractions: list[Extraction], show: bool) -> str:
    by_issue: Counter[str] = Counter()
    for extraction in extractions:
        text = extraction.article.text
        for position in extraction.positions:
            by_issue[position.issue] += 1
            if show:
                evidence = " ".join(text[position.start : position.end].split())
                print(
                    f"{extraction.article.id}\t{position.actor.name}\t{position.issue}\t"
                    f"{position.stance}\t{evidence[:160]}"
                )
    issues = ", ".join(f"{issue} {n}" for issue, n in by_issue.most_common()) or "none"
    total = sum(by_issue.values())
    return (
        f"off-topic news   {len(extractions)} articles, {total} positions on the "
        f"built-in issues ({1000 * total / max(1, len(extractions)):.1f} per 1,000 "
        f"articles; each is spurious): {issues}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument("--show", action="store_true", help="print every position")
    args = parser.parse_args(argv)
    if not DEV.exists():
        print(
            f"offtopic: {DEV} not found; this benchmark reads the shared dev texts "
            "beside the checkout.",
            file=sys.stderr,
        )
        return 1
    pipeline = Pipeline(Options(issues=load_issues()))
    extractions = list(pipeline.extract_many(_articles(args.limit)))
    print(_report(extractions, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
