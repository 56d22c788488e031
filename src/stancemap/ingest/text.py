"""Read a plain-text file as one article.

The file name (without extension) is the id, so named files such as the seeds
(``000_224da9d80f92f6ae.txt``) keep their names through the pipeline. The text is kept
exactly as decoded, apart from line endings, because every offset stancemap reports
indexes it.
"""

from __future__ import annotations

from pathlib import Path

from stancemap.ingest.decode import decode_bytes, to_universal_newlines
from stancemap.models import Article


def read_text(path: Path) -> Article:
    """The article in a ``.txt`` file; raises `BinaryInputError` for binary data."""
    source = str(path)
    text = to_universal_newlines(decode_bytes(path.read_bytes(), source=source))
    return Article(id=path.stem, text=text, source=source)
