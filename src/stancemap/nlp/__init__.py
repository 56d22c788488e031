"""spaCy loading: one model per process, clear errors when it is missing."""

from stancemap.nlp.loading import load_nlp

__all__ = ["load_nlp"]
