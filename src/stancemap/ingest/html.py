"""Read a saved web page as one article: its main text and its metadata.

A news page is mostly not the article: navigation, cookie banners, related links,
comments, footers. trafilatura finds the main text (its cascade of extractors is the
best-tested one we know) and the metadata: title, canonical URL, site name
(``og:site_name``) and publication date. Paragraphs become lines, so sentences never
run together across paragraph breaks.

The id is derived from the canonical URL when the page names one, so the same story
saved twice, or also ingested from a feed, is one article.
"""

from __future__ import annotations

import functools
import re
from configparser import ConfigParser
from pathlib import Path
from typing import TYPE_CHECKING

from stancemap.errors import EmptyInputError, MalformedInputError
from stancemap.ingest.decode import SNIFF_BYTES, decode_bytes
from stancemap.ingest.ids import id_from_url
from stancemap.ingest.published import parse_published
from stancemap.models import Article

if TYPE_CHECKING:
    from trafilatura.settings import Extractor

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Shorter extractions are navigation scraps ("Home"), not article text.
_MIN_TEXT_CHARS = 25
# Size limits are ingest's job (--max-chars), not trafilatura's 20 MB default.
_MAX_HTML_BYTES = 2**31 - 1


def read_html(path: Path) -> Article:
    """The article in an ``.html``/``.htm`` file."""
    source = str(path)
    data = path.read_bytes()
    html = decode_bytes(data, source=source, declared=_declared_charset(data[:SNIFF_BYTES]))
    return extract_article(html, source=source, fallback_id=path.stem)


def extract_article(html: str, *, source: str, fallback_id: str, url: str | None = None) -> Article:
    """The article in a page's ``html``.

    ``url`` is where the page was fetched, if known; a canonical URL in the page wins.
    ``fallback_id`` is the id when neither gives a URL. Raises `EmptyInputError` when
    no article text is found and `MalformedInputError` when the HTML cannot be parsed.
    """
    if not html.strip():
        raise EmptyInputError("the HTML file is empty", source=source)
    # Imported here: trafilatura takes half a second to load, which commands that
    # never read HTML should not pay.
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    try:
        document = bare_extraction(html, options=_extractor(url))
    except Exception as error:  # a third-party parser on untrusted input
        raise MalformedInputError(f"cannot parse the HTML: {error}", source=source) from error
    text = _as_str(document.text) if isinstance(document, Document) else None
    if not isinstance(document, Document) or not text:
        raise EmptyInputError(
            "no article text was found in the HTML: the page may hold only navigation or a "
            "paywall notice, or need JavaScript; save the article's own page, or its text "
            "as .txt",
            source=source,
        )
    page_url = _as_str(document.url) or url
    date_text = _as_str(document.date)
    return Article(
        id=id_from_url(page_url) if page_url else fallback_id,
        text=text,
        title=_as_str(document.title),
        url=page_url,
        outlet=_as_str(document.sitename),
        published=parse_published(date_text, source=source) if date_text else None,
        source=source,
    )


def _declared_charset(head: bytes) -> str | None:
    """The encoding a page declares in ``<meta charset>`` or ``http-equiv``."""
    match = _DECLARED_CHARSET.search(head)
    return match.group(1).decode("ascii", errors="replace") if match else None


def _as_str(value: object) -> str | None:
    """A metadata field as stripped text, None when missing or blank."""
    if not isinstance(value, str):
        return None
    return value.strip() or None


@functools.cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", str(_MIN_TEXT_CHARS))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(_MAX_HTML_BYTES))
    # Dates from metadata only: no guessing from the page's text or file times.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _extractor(url: str | None) -> Extractor:
    """trafilatura's options: main text only, no comments, tables, links or images."""
    from trafilatura.settings import Extractor

    return Extractor(
        config=_config(),
        output_format="python",
        comments=False,
        tables=False,
        links=False,
        images=False,
        formatting=False,
        with_metadata=True,
        url=url,
        # htmldate refuses dates after today by default; archives and test corpora
        # carry their own publication dates, which we trust as written.
        date_params={"max_date": "2099-12-31"},
    )
