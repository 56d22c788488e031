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


@pytest.fixture(scope="module")
def indirect_statement(extract_statements):  # type: ignore[no-untyped-def]
    """The indirect statement whose span is exactly ``span`` (fails, listing the spans
    found, when there is none)."""

    def find(text: str, span: str):  # type: ignore[no-untyped-def]
        statements = extract_statements(text)
        found = [s for s in statements if text[s.start : s.end] == span]
        assert found, [text[s.start : s.end] for s in statements]
        assert found[0].kind == "indirect"
        return found[0]

    return find
