import logging
from datetime import date

import pytest

from stancemap.ingest.published import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-27", date(2024, 5, 27)),
        ("20240527", date(2024, 5, 27)),
        ("2024-05-27T10:00:00Z", date(2024, 5, 27)),
        ("2024-05-27T23:30:00-05:00", date(2024, 5, 27)),
        ("Mon, 27 May 2024 10:00:00 GMT", date(2024, 5, 27)),
        ("27 May 2024", date(2024, 5, 27)),
        ("May 27, 2024", date(2024, 5, 27)),
        ("Tuesday, May 28, 2024 - 09:15", date(2024, 5, 28)),
        ("27/05/2024", date(2024, 5, 27)),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_published_reads(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["May 2024", "2024", "yesterday", "2 days ago", "soon-ish"])
def test_parse_published_refuses_with_warning(value, caplog):
    with caplog.at_level(logging.WARNING, logger="stancemap.ingest.published"):
        assert parse_published(value, source="feed.csv:3") is None
    assert "feed.csv:3" in caplog.text
    assert repr(value) in caplog.text
