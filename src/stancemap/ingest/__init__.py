"""Ingest: read articles from files, folders and stdin, and check they can be analysed.

``read_articles(paths)`` is the entry point; it yields `Article` records, or the
`InputError` that explains why an input was skipped.
"""

from stancemap.ingest.checks import check_article, detect_language
from stancemap.ingest.files import read_articles

__all__ = ["check_article", "detect_language", "read_articles"]
