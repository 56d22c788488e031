"""From character offsets to tokens, and the text they index, for code that holds
spans as characters."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def token_at_or_after(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after character ``char`` (a binary search: a
    speaker or a quote is looked up many times per article)."""
    low, high = 0, len(doc)
    while low < high:
        middle = (low + high) // 2
        if doc[middle].idx < char:
            low = middle + 1
        else:
            high = middle
    return doc[low] if low < len(doc) else None


_TEXT_KEY = "stancemap.text"


def text_of(doc: Doc) -> str:
    """The document's text, joined once.

    spaCy rebuilds ``Doc.text`` from every token on each access; the statement and
    position passes ask for it per candidate, which made it half of extraction time.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text
