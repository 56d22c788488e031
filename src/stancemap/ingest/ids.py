"""Stable article ids, so re-ingesting the same article changes nothing.

An article found at a URL is identified by that URL, whatever file or feed it came
through; otherwise by its content. Both are sha256 prefixes of 16 hex digits (64 bits:
collisions are negligible even across millions of articles), the form the seed files'
names use.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit

from stancemap.models import content_hash

ID_LENGTH = 16

_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid"})


def id_from_url(url: str) -> str:
    """The id of the article published at ``url``."""
    return hashlib.sha256(normalize_url(url).encode("utf-8")).hexdigest()[:ID_LENGTH]


def id_from_text(text: str) -> str:
    """The id of an article known only by its text (whitespace differences ignored)."""
    return content_hash(text)[:ID_LENGTH]


def normalize_url(url: str) -> str:
    """The part of a URL that names the article.

    Scheme, ``www.``, fragment, default ports, trailing slash and tracking parameters
    (``utm_*``, ``fbclid``, ...) differ between links to the same article, so they are
    dropped; the host is lower-cased. The rest is kept as written.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port if parts.port not in (None, 80, 443) else None
    except ValueError:  # a port that is not a number: keep the URL as written
        return url.strip()
    netloc = f"{host}:{port}" if port else host
    query = urlencode(
        [
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not key.lower().startswith("utm_") and key.lower() not in _TRACKING_PARAMS
        ]
    )
    path = parts.path.rstrip("/")
    if not netloc:
        return url.strip()
    return f"{netloc}{path}?{query}" if query else f"{netloc}{path}"
