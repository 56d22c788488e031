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


# Each labelled set and the benchmark function that scores it.
_EVALUATORS = {
    "example": "evaluate",
    "style": "evaluate_style",
    "heldout": "evaluate_heldout",
    "fresh": "evaluate_fresh",
}


@pytest.fixture(scope="module")
def scores_by_set():  # type: ignore[no-untyped-def]
    benchmark = _benchmark()
    return {name: getattr(benchmark, function)() for name, function in _EVALUATORS.items()}


def test_every_labelled_set_has_floors() -> None:
    assert set(BASELINE) == set(_EVALUATORS)


@pytest.mark.parametrize(
    ("name", "metric"),
    [(name, metric) for name in _EVALUATORS for metric in sorted(BASELINE[name])],
)
def test_positions_quality_stays_above_floor(scores_by_set, name, metric) -> None:  # type: ignore[no-untyped-def]
    scores = scores_by_set[name]
    assert getattr(scores, metric) >= BASELINE[name][metric], f"{name}: {scores.summary()}"
