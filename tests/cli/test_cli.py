"""The command line, end to end with the real pipeline and a temporary SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.cli.main import app

CONTRACT_KEYS = {
    "id",
    "title",
    "url",
    "outlet",
    "published",
    "language",
    "entities",
    "statements",
    "positions",
    "sources_cited",
    "dates",
}
STATEMENT_KEYS = {"id", "speaker", "kind", "cue", "start", "end", "text", "said_on", "via"}
POSITION_KEYS = {
    "actor",
    "issue",
    "stance",
    "conditions",
    "hedged",
    "confidence",
    "statement",
    "start",
    "end",
}


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


ARTICLE = (
    "Valdorian Foreign Minister Maren Solvik said on Monday that Valdoria would send "
    "soldiers to Talmark only after a ceasefire is agreed. “We will not go alone,” she "
    "told the Lumen Ledger. Her government has not yet asked parliament for a vote, and "
    "officials in Lumen said the plan could still change in the coming weeks."
)


def test_extract_prints_the_contract_for_each_seed(cli_runner, seed_texts) -> None:  # type: ignore[no-untyped-def]
    from tests_paths import seed_paths

    result = cli_runner.invoke(app, ["extract", *seed_paths()])
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(documents) == len(seed_texts)
    for document in documents:
        assert set(document) == CONTRACT_KEYS
        text = seed_texts[document["id"]]
        entity_ids = {e["id"] for e in document["entities"]}
        for statement in document["statements"]:
            assert set(statement) == STATEMENT_KEYS
            assert text[statement["start"] : statement["end"]] == statement["text"]
            assert statement["speaker"]["entity"] in entity_ids | {None}
        for position in document["positions"]:
            assert set(position) == POSITION_KEYS
            assert position["stance"] in {"support", "oppose", "conditional", "neutral"}
            assert position["actor"]["entity"] in entity_ids


def test_extract_reads_json_lines_from_stdin(cli_runner) -> None:  # type: ignore[no-untyped-def]
    line = json.dumps(
        {"id": "n1", "text": ARTICLE, "outlet": "Nordwire", "published": "2031-03-02"}
    )
    result = cli_runner.invoke(app, ["extract", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["id"] == "n1" and document["published"] == "2031-03-02"
    speakers = {s["speaker"]["name"] for s in document["statements"]}
    assert "Maren Solvik" in speakers


def test_extract_skips_bad_input_and_goes_on(cli_runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = _write(tmp_path, "good.txt", ARTICLE)
    empty = _write(tmp_path, "empty.txt", "   \n")
    result = cli_runner.invoke(app, ["extract", empty, good])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert "empty.txt" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_every_input_skipped_exits_with_an_error(cli_runner, tmp_path, command: str) -> None:  # type: ignore[no-untyped-def]
    empty = _write(tmp_path, "empty.txt", "   \n")
    extra = ["--db", str(tmp_path / "t.db")] if command == "ingest" else []
    result = cli_runner.invoke(app, [command, empty, *extra])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "none of the inputs" in result.stderr
    assert "Traceback" not in result.output


def test_ingest_twice_changes_nothing(cli_runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "t.db")
    path = _write(tmp_path, "a.txt", ARTICLE)
    first = cli_runner.invoke(app, ["ingest", path, "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 stored" in first.stderr
    second = cli_runner.invoke(app, ["ingest", path, "--db", db])
    assert "0 stored, 1 already in the database" in second.stderr
    listed = cli_runner.invoke(app, ["actors", "--db", db, "--json"])
    names = {row["name"] for row in json.loads(listed.stdout)}
    assert "Maren Solvik" in names


def test_demo_shows_fictional_positions_with_conditions(cli_runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "demo.db")
    result = cli_runner.invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert "14 stored" in result.stderr
    matrix = cli_runner.invoke(app, ["matrix", "accord-troops-in-talmark", "--db", db, "--json"])
    rows = json.loads(matrix.stdout)
    assert any(r["stance"] == "conditional" and r["conditions"] for r in rows)
    history = cli_runner.invoke(app, ["actor", "Solvik", "--db", db, "--json"])
    data = json.loads(history.stdout)
    assert data["actor"]["name"] == "Maren Solvik"
    dates = [h["said_on"] or h["published"] for h in data["history"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["matrix", "no-such-issue"], "no-such-issue"),
        (["actor", "Nobody Anywhere"], "Nobody Anywhere"),
    ],
)
def test_query_errors_are_one_line(cli_runner, tmp_path, arguments, message) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "q.db")
    cli_runner.invoke(app, ["ingest", _write(tmp_path, "a.txt", ARTICLE), "--db", db])
    result = cli_runner.invoke(app, [*arguments, "--db", db])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_bad_issues_file_is_reported(cli_runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    issues = _write(tmp_path, "issues.toml", "[[issue]]\nid = 'x'\n")
    result = cli_runner.invoke(
        app, ["extract", "--issues", issues, _write(tmp_path, "a.txt", ARTICLE)]
    )
    assert result.exit_code == 1
    assert "question" in result.stderr and "issues.toml" in result.stderr
