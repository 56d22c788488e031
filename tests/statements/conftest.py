"""Helpers for statement tests: extract an invented article and find a statement."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract_statements(pipeline):  # type: ignore[no-untyped-def]
    """Statements (fragments left out, as the contract does) of a text we wrote."""
    from stancemap.models import Article

    def extract(text: str):  # type: ignore[no-untyped-def]
        extraction = pipeline.extract(Article(id="test", text=text))
        return [s for s in extraction.statements if not s.fragment]

    return extract
