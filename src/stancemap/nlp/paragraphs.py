"""A paragraph ends a sentence: the ``stancemap_paragraphs`` component.

spaCy's parser sometimes runs a sentence over a line break, so that a quote closing
one paragraph becomes the complement of a verb in the next ("… personal to me."
⏎ Sanders's advisers said …). Set before the parser, a sentence start after every
line break stops that; a line that only wraps (no stop before it, a lower-case word
after it) is left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_STOPS = frozenset(".!?:;\"”’'»)]")


@Language.component(
    "stancemap_paragraphs",
    assigns=["token.is_sent_start"],
)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Mark the first word after each line break as a sentence start."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space or "\n" not in previous.text_with_ws:
            continue
        if _wrapped_line(doc, token):
            continue
        token.is_sent_start = True
    return doc


def _wrapped_line(doc: Doc, token: Token) -> bool:
    before = next((t for t in reversed(doc[: token.i]) if not t.is_space), None)
    if before is None:
        return False
    return before.text[-1:] not in _STOPS and token.text[:1].islower()
