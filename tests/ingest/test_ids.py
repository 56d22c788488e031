import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancemap.ingest.ids import id_from_text, id_from_url, normalize_url

URL = "https://news.example.org/world/riga-talks"


@pytest.mark.parametrize(
    "variant",
    [
        URL,
        "http://news.example.org/world/riga-talks",
        "https://www.news.example.org/world/riga-talks/",
        "https://NEWS.example.org:443/world/riga-talks#comments",
        "https://news.example.org/world/riga-talks?utm_source=rss&utm_medium=feed",
        "  https://news.example.org/world/riga-talks?fbclid=abc  ",
    ],
)
def test_id_from_url_ignores_link_noise(variant):
    assert id_from_url(variant) == id_from_url(URL)


@pytest.mark.parametrize(
    "other",
    [
        "https://news.example.org/world/riga-talks-2",
        "https://news.example.org/World/riga-talks",
        "https://news.example.org/world/riga-talks?page=2",
        "https://other.example.org/world/riga-talks",
    ],
)
def test_id_from_url_tells_articles_apart(other):
    assert id_from_url(other) != id_from_url(URL)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (URL, "news.example.org/world/riga-talks"),
        ("https://example.org:8080/a?b=1&utm_x=2", "example.org:8080/a?b=1"),
        ("not a url", "not a url"),
        ("https://example.org:port/a", "https://example.org:port/a"),
    ],
)
def test_normalize_url_keeps_the_article_part(url, expected):
    assert normalize_url(url) == expected


@given(st.text())
def test_id_from_text_is_16_hex_and_ignores_whitespace(text):
    article_id = id_from_text(text)
    assert re.fullmatch(r"[0-9a-f]{16}", article_id)
    assert id_from_text("  " + text.replace(" ", "\n ") + "\n") == article_id
