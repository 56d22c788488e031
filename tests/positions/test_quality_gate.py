"""Position quality on our labelled sets must not fall below their floors.

Floors live in eval_baseline.json and only rise: raise them when the benchmark
(`benchmarks/positions.py`) improves.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text())


def _benchmark():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import positions as benchmark  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return benchmark


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return _benchmark().evaluate()


@pytest.fixture(scope="module")
def style_scores():  # type: ignore[no-untyped-def]
    return _benchmark().evaluate_style()


@pytest.mark.parametrize("metric", sorted(BASELINE["example"]))
def test_positions_quality_stays_above_floor(scores, metric) -> None:  # type: ignore[no-untyped-def]
    assert getattr(scores, metric) >= BASELINE["example"][metric], scores.summary()


@pytest.mark.parametrize("metric", sorted(BASELINE["style"]))
def test_news_style_positions_stay_above_floor(style_scores, metric) -> None:  # type: ignore[no-untyped-def]
    assert getattr(style_scores, metric) >= BASELINE["style"][metric], style_scores.summary()


@pytest.fixture(scope="module")
def heldout_scores():  # type: ignore[no-untyped-def]
    return _benchmark().evaluate_heldout()


@pytest.mark.parametrize("metric", sorted(BASELINE["heldout"]))
def test_heldout_positions_stay_above_floor(heldout_scores, metric) -> None:  # type: ignore[no-untyped-def]
    assert getattr(heldout_scores, metric) >= BASELINE["heldout"][metric], heldout_scores.summary()


@pytest.fixture(scope="module")
def fresh_scores():  # type: ignore[no-untyped-def]
    return _benchmark().evaluate_fresh()


@pytest.mark.parametrize("metric", sorted(BASELINE["fresh"]))
def test_fresh_positions_stay_above_floor(fresh_scores, metric) -> None:  # type: ignore[no-untyped-def]
    assert getattr(fresh_scores, metric) >= BASELINE["fresh"][metric], fresh_scores.summary()
