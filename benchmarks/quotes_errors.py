"""Where quote extraction goes wrong on the dev set, counted by category.

Matches predictions to gold with the scorer's own rule (50% of the longer span), then
counts false negatives by gold kind, cue and speaker type; false positives by our kind
and cue; speaker errors by gold speaker type and by what we said instead. With
``--examples N`` it prints N cases per top category to read.

    .venv/bin/python benchmarks/quotes_errors.py [--split tune] [--pred FILE] [--examples 3]

Without ``--pred`` it runs our extraction first (see ``quotes.py``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

from quotes import SCORER, Record, load_gold, predict_ours

Example = tuple[str, str]


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cue_word(cue: str | None) -> str:
    return (cue or "-").strip().lower().split(" ")[0] or "-"


def _snippet(text: str, start: int, end: int, width: int = 110) -> str:
    inner = text[start:end].replace("\n", " ")
    if len(inner) > width:
        inner = inner[: width // 2] + " … " + inner[-width // 2 :]
    before = text[max(0, start - 60) : start].replace("\n", " ")
    return f"…{before}[[{inner}]]"


def analyse(
    gold: list[Record], predictions: list[Record]
) -> tuple[dict[str, Counter[str]], dict[str, list[Example]]]:
    """Counters per error category, and the examples behind each category."""
    sq = _scorer()
    by_id = {p["id"]: p["quotes"] for p in predictions}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[Example]] = defaultdict(list)
    for doc in gold:
        text, gq, pq = doc["text"], doc["quotes"], by_id.get(doc["id"], [])
        pairs = sq.match_overlap(
            [(q["start"], q["end"]) for q in gq], [(p["start"], p["end"]) for p in pq]
        )
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, q in enumerate(gq):
            if i in matched_g:
                continue
            near = [p for p in pq if min(p["end"], q["end"]) > max(p["start"], q["start"])]
            reason = "overlaps-below-50%" if near else "missed"
            key = f"{q['kind']}/{reason}"
            counts["fn"][key] += 1
            counts[f"fn_cue_{q['kind']}"][_cue_word(q.get("cue"))] += 1
            counts["fn_speaker_type"][q.get("speaker_type") or "none"] += 1
            examples[f"fn {key} cue={_cue_word(q.get('cue'))}"].append(
                (doc["id"], f"{_snippet(text, q['start'], q['end'])}  <- {q.get('speaker')}")
            )
            if near:
                p = near[0]
                examples[f"fn {key} ours"].append((doc["id"], _snippet(text, p["start"], p["end"])))
        for j, p in enumerate(pq):
            if j in matched_p:
                continue
            key = f"{p.get('kind')}/{_cue_word(p.get('cue'))}"
            counts["fp"][key] += 1
            examples[f"fp {key}"].append(
                (doc["id"], f"{_snippet(text, p['start'], p['end'])}  <- {p.get('speaker')}")
            )
        for i, j in pairs:
            q, p = gq[i], pq[j]
            stype, accepted = sq.gold_speaker_target(q)
            if stype == "unscored":
                continue
            name = p.get("speaker")
            names = [n for n in (name, p.get("speaker_resolved")) if n]
            ok = (not names) if stype == "none" else any(sq.speaker_ok(n, accepted) for n in names)
            if ok:
                continue
            said = "none" if not name else sq.speaker_type(name)
            key = f"{q['kind']}/{stype}->{said}"
            counts["speaker"][key] += 1
            examples[f"speaker {key}"].append(
                (
                    doc["id"],
                    f"{_snippet(text, q['start'], q['end'], 60)}  gold={accepted} ours={names}",
                )
            )
    return counts, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["all", "tune", "check"], default="tune")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--pred", type=Path, help="predictions JSONL (else run ours)")
    parser.add_argument("--examples", type=int, default=0, help="examples per top category")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--only", default="", help="show examples for categories containing this")
    args = parser.parse_args()
    gold = load_gold(args.split, args.limit)
    if args.pred:
        ids = {d["id"] for d in gold}
        with args.pred.open(encoding="utf-8") as lines:
            predictions = [r for r in map(json.loads, lines) if r["id"] in ids]
    else:
        predictions = predict_ours(gold)
    counts, examples = analyse(gold, predictions)
    for name in ["fn", "fn_cue_direct", "fn_cue_indirect", "fn_speaker_type", "fp", "speaker"]:
        total = sum(counts[name].values())
        top = ", ".join(f"{k} {v}" for k, v in counts[name].most_common(args.top))
        print(f"{name} ({total}): {top}")
    if args.examples:
        ranked = sorted(examples.items(), key=lambda kv: -len(kv[1]))
        for category, cases in ranked:
            if args.only and args.only not in category:
                continue
            print(f"\n## {category} ({len(cases)})")
            for doc_id, line in cases[: args.examples]:
                print(f"  {doc_id[:40]}: {line}")


if __name__ == "__main__":
    main()
