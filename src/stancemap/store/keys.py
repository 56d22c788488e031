"""Lookup keys: the normalised forms the store matches names and URLs on.

Names arrive with every variation news text has ("Kęstutis Budrys", "KESTUTIS BUDRYS",
"Kestutis  Budrys"); URLs arrive with tracking parameters and fragments. Matching on a
key rather than the raw string is what lets re-ingestion and cross-article merging
find the record that is already there.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Letters that carry a diacritic-like stroke but do not decompose under NFKD.
_UNDECOMPOSABLE = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
    }
)
_NOT_WORD = re.compile(r"[\W_]+")
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def strip_diacritics(text: str) -> str:
    """Remove accents, so "Kęstutis" and "Kestutis" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_UNDECOMPOSABLE)


def name_key(name: str) -> str:
    """The key a name is matched on: casefolded, accent-stripped, punctuation-free.

    Falls back to the casefolded name when nothing word-like is left, so that every
    name still has a non-empty key of its own.
    """
    folded = strip_diacritics(name.casefold())
    key = " ".join(_NOT_WORD.sub(" ", folded).split())
    return key or " ".join(name.casefold().split()) or name


def canonical_url(url: str | None) -> str | None:
    """The form of a URL two copies of one article share.

    Lower-cases scheme and host, drops ``www.``, default ports, fragments, tracking
    parameters and a trailing slash. Anything that does not parse as an absolute URL
    is kept as given (stripped), since it may still identify the article.
    """
    if url is None or not url.strip():
        return None
    raw = url.strip()
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        return raw
    if not parts.scheme or not parts.hostname:
        return raw
    scheme = parts.scheme.lower()
    host = parts.hostname.lower().removeprefix("www.")
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING_PARAMS.match(k)
        ]
    )
    path = parts.path.rstrip("/") or ""
    return urlunsplit((scheme, host, path, query, ""))
