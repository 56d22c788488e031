"""The actor benchmark's scoring, and its gold file, checked on small hand-made cases."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("actors_bench", REPO / "benchmarks" / "actors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["actors_bench"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ({"a1": "x", "a2": "x", "b1": "y"}, (1.0, 1.0)),  # perfect
        ({"a1": "x", "a2": "x", "b1": "x"}, (5 / 9, 1.0)),  # all merged
        ({"a1": "x", "a2": "z", "b1": "y"}, (1.0, 2 / 3)),  # a split
    ],
)
def test_b_cubed_scores_merges_and_splits(system: dict[str, str], expected) -> None:  # type: ignore[no-untyped-def]
    bench = _benchmark()
    items = {
        "a1": bench.Item("t", 0, 1, "A"),
        "a2": bench.Item("t", 2, 3, "A"),
        "b1": bench.Item("t", 4, 5, "B"),
    }
    precision, recall = bench.b_cubed(
        list(items.values()), {items[k]: v for k, v in system.items()}
    )
    assert (precision, recall) == pytest.approx(expected)


def test_gold_items_longest_form_claims_the_text() -> None:
    bench = _benchmark()
    clusters = [
        {"name": "Radio Sael", "forms": ["Radio Sael"]},
        {"name": "Merovia", "forms": ["Sael", "Merovia"]},
    ]
    text = "Radio Sael said Sael would act."
    items = bench.gold_items({"t": text}, clusters)
    assert [(text[i.start : i.end], i.gold) for i in items] == [
        ("Radio Sael", "Radio Sael"),
        ("Sael", "Merovia"),
    ]


def test_gold_clusters_file_is_well_formed() -> None:
    gold = json.loads((REPO / "tests" / "data" / "actor_clusters.json").read_text("utf-8"))
    names = [cluster["name"] for cluster in gold["clusters"]]
    assert len(names) == len(set(names))
    forms = [form.lower() for cluster in gold["clusters"] for form in cluster["forms"]]
    assert len(forms) == len(set(forms)), "a form may name only one actor"
