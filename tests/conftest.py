"""Fixtures shared across the test suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stancemap.store import Store


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """A store on a new SQLite file of its own, migrated to head."""
    with Store.open(str(tmp_path / "stancemap.db")) as store:
        yield store


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The real pipeline with the built-in issues, loaded once per test session."""
    from stancemap.pipeline import Options, Pipeline
    from stancemap.positions.issues import load_issues

    return Pipeline(Options(issues=load_issues()))


@pytest.fixture(scope="session")
def nlp(pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The two seed articles, read in place from ../shared/seeds."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the checkout")
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_extractions(pipeline, seed_texts):  # type: ignore[no-untyped-def]
    from stancemap.models import Article

    return {
        name: pipeline.extract(Article(id=name, text=text)) for name, text in seed_texts.items()
    }


@pytest.fixture
def cli_runner():  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    return CliRunner()


EXAMPLES = REPO / "src" / "stancemap" / "examples"


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the bundled example corpus, ingested once per session.

    Tests that write must copy it first (``shutil.copy``).
    """
    from stancemap.cli.main import ingest_paths
    from stancemap.positions.issues import load_issues

    path = tmp_path_factory.mktemp("example") / "example.db"
    ingest_paths([str(EXAMPLES / "corpus")], str(path), load_issues(EXAMPLES / "issues.toml"))
    return str(path)


@pytest.fixture
def client(example_db: str) -> Iterator[object]:
    """A read-only API client (the real app) over the example database."""
    from fastapi.testclient import TestClient

    from stancemap.api import make_app

    with Store.open(example_db) as store, TestClient(make_app(store)) as api_client:
        yield api_client
