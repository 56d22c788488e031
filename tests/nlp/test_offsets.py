"""Character offsets to tokens, and the document text they index."""

from __future__ import annotations

from stancemap.nlp.offsets import text_of, token_at_or_after


def test_text_of_is_the_document_text_joined_once(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister said the harbour would reopen.  It did not.")
    first = text_of(doc)
    assert first == doc.text
    assert text_of(doc) is first


def test_token_at_or_after_finds_the_token_starting_there_or_next(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Kallas said no.")
    assert token_at_or_after(doc, 0).text == "Kallas"  # type: ignore[union-attr]
    assert token_at_or_after(doc, 3).text == "said"  # type: ignore[union-attr]
    assert token_at_or_after(doc, 7).text == "said"  # type: ignore[union-attr]
    assert token_at_or_after(doc, len(doc.text)) is None
