import json
import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancemap.errors import BinaryInputError, EmptyInputError, InputError, MalformedInputError
from stancemap.ingest.ids import id_from_text, id_from_url
from stancemap.ingest.records import (
    read_csv,
    read_json,
    read_json_lines,
    read_jsonl,
    record_to_article,
)
from stancemap.models import Article

DATA = Path(__file__).parents[1] / "data" / "ingest"
TEXT = "Latvia's parliament will debate the proposal next month, the speaker said."


def _line(item: Article | InputError) -> str:
    """The line number in an item's source, with "!" if the item is an error."""
    return str(item.source).rsplit(":", 1)[1] + ("" if isinstance(item, Article) else "!")


def _articles(items: Iterable[Article | InputError]) -> list[Article]:
    """The items, asserting every one is an article."""
    items = list(items)
    articles = [item for item in items if isinstance(item, Article)]
    assert articles == items
    return articles


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": TEXT}, {"id": id_from_text(TEXT)}),
        ({"id": "x1", "text": TEXT}, {"id": "x1"}),
        ({"id": 42, "text": TEXT}, {"id": "42"}),
        (
            {"id": "  ", "text": TEXT, "url": "https://e.org/a"},
            {"id": id_from_url("https://e.org/a")},
        ),
        (
            {"text": TEXT, "title": " Riga ", "outlet": "Example Wire", "url": "https://e.org/a"},
            {"title": "Riga", "outlet": "Example Wire", "url": "https://e.org/a"},
        ),
        ({"text": TEXT, "title": "", "url": None, "extra": [1, 2]}, {"title": None, "url": None}),
        ({"text": TEXT, "published": "2024-05-28"}, {"published": date(2024, 5, 28)}),
        ({"text": TEXT, "published": "28 May 2024 14:00"}, {"published": date(2024, 5, 28)}),
        ({"text": TEXT, "published": 1716900000}, {"published": date(2024, 5, 28)}),
        ({"text": TEXT, "published": None}, {"published": None}),
        ({"text": "  "}, {"text": "  "}),
    ],
)
def test_record_to_article_reads(record, expected):
    article = record_to_article(record, source="in.jsonl:1")
    assert article.source == "in.jsonl:1"
    for field, value in expected.items():
        assert getattr(article, field) == value


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x"}, "no 'text' field"),
        ({"text": None}, "no 'text' field"),
        ({"text": 12}, "'text' must be a string, not a number"),
        ({"text": ["a"]}, "'text' must be a string, not a list"),
        ({"text": TEXT, "id": True}, "'id' must be a string or an integer"),
        ({"text": TEXT, "title": {"a": 1}}, "'title' must be a string or null, not an object"),
        ({"text": TEXT, "published": False}, "'published' must be a string or null"),
    ],
)
def test_record_to_article_refuses(record, message):
    with pytest.raises(MalformedInputError, match=message) as caught:
        record_to_article(record, source="in.jsonl:7")
    assert caught.value.source == "in.jsonl:7"


def test_record_to_article_warns_on_bad_date(caplog):
    with caplog.at_level(logging.WARNING):
        article = record_to_article({"text": TEXT, "published": "someday"}, source="in.csv:4")
    assert article.published is None
    assert "in.csv:4" in caplog.text


def test_read_json_reads_list():
    path = DATA / "articles.json"
    first, second = _articles(read_json(path))
    assert (first.id, first.title, first.outlet, first.published) == (
        "riga-talks",
        "Riga hosts Baltic defence talks",
        "Example Wire",
        date(2024, 5, 28),
    )
    assert first.source == f"{path}:2"
    assert second.id == id_from_url("https://news.example.org/warsaw-readiness")
    assert second.published == date(2024, 5, 29)
    assert second.source == f"{path}:10"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"id": "one", "text": "A single article."}', ["one"]),
        ("  [ ]  ", []),
        (
            '[{"text": "a"},\n "not an object",\n {"text": "b"}]',
            [id_from_text("a"), 2, id_from_text("b")],
        ),
    ],
)
def test_read_json_items(tmp_path, content, expected):
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    got = [
        item.id if isinstance(item, Article) else int(_line(item).rstrip("!"))
        for item in read_json(path)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        ("", EmptyInputError, "JSON file is empty"),
        ('{"text": "a",}', MalformedInputError, "line 1, column"),
        ('{"text": "a"}\n{"text": "b"}', MalformedInputError, "extra data at line 2.*jsonl"),
        ('[{"text": "a"}\n{"text": "b"}]', MalformedInputError, "expected ',' or ']'.*line 2"),
        ('[{"text": "a"},', MalformedInputError, "never closed"),
    ],
)
def test_read_json_refuses(tmp_path, content, error, message):
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=message):
        list(read_json(path))


def test_read_jsonl_goes_on_after_bad_lines():
    path = DATA / "articles.jsonl"
    tallinn, vilnius, broken, no_text, berlin = read_jsonl(path)
    assert isinstance(tallinn, Article)
    assert (tallinn.id, tallinn.published, tallinn.source) == (
        "tallinn-drills",
        date(2024, 5, 30),
        f"{path}:1",
    )
    assert isinstance(vilnius, Article)
    assert vilnius.id == "vilnius-open"
    assert isinstance(broken, MalformedInputError)
    assert broken.source == f"{path}:3"
    assert str(broken).startswith(f"{path}:3: invalid JSON")
    assert isinstance(no_text, MalformedInputError)
    assert no_text.source == f"{path}:4"
    assert "no 'text' field" in str(no_text)
    assert isinstance(berlin, Article)
    assert berlin.id == id_from_url("https://news.example.org/berlin-cautious")
    assert berlin.published is None
    assert berlin.source == f"{path}:5"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (['{"text": "a"}', "", "   ", '{"text": "b"}'], ["1", "4"]),
        (["[1, 2]", '"text"', "null"], ["1!", "2!", "3!"]),
    ],
)
def test_read_json_lines_sources(lines, expected):
    assert [_line(item) for item in read_json_lines(lines, source="s")] == expected


def test_read_jsonl_decodes_each_line(tmp_path, caplog):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        '{"text": "Kęstutis Budrys spoke."}\n'.encode() + b'{"text": "Caf\xe9 talks."}\n'
    )
    with caplog.at_level(logging.WARNING):
        first, second = _articles(read_jsonl(path))
    assert first.text == "Kęstutis Budrys spoke."
    assert second.text == "Café talks."
    assert f"{path}:2" in caplog.text


def test_read_jsonl_refuses_binary(tmp_path):
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(BinaryInputError):
        list(read_jsonl(path))


def test_read_csv_reads_rows():
    path = DATA / "articles.csv"
    first, second = _articles(read_csv(path))
    assert (first.id, first.title, first.url, first.outlet, first.published) == (
        "csv-1",
        "Riga summit ends",
        "https://news.example.org/riga-summit",
        "Example Wire",
        date(2024, 6, 1),
    )
    assert first.source == f"{path}:2"
    assert second.source == f"{path}:3"
    assert second.id == id_from_text(second.text)
    assert second.url is None
    assert second.published == date(2024, 6, 1)
    assert second.text.startswith("Ukraine welcomed the offer on Saturday.\r\n\r\nA spokesman")
    assert '"which have been productive"' in second.text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("TEXT,Outlet\nFirst.,Wire\n\nSecond.,\n", ["2", "4"]),
        ("text,id\nFirst.,a,extra\nSecond.,b\n", ["2!", "3"]),
        ('text\n"unclosed\n', ["2"]),
        ("\ufefftext\nWith BOM.\n", ["2"]),
    ],
)
def test_read_csv_rows(tmp_path, content, expected):
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    assert [_line(item) for item in read_csv(path)] == expected


def test_read_csv_reads_long_fields(tmp_path):
    path = tmp_path / "long.csv"
    long_text = "The minister said so. " * 10_000
    path.write_text(f'text\n"{long_text}"\n', encoding="utf-8")
    (article,) = _articles(read_csv(path))
    assert article.text == long_text


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        ("", EmptyInputError, "CSV file is empty"),
        (
            "id,body\n1,Something happened.\n",
            MalformedInputError,
            r"no 'text' column \(found: id, body\)",
        ),
    ],
)
def test_read_csv_refuses(tmp_path, content, error, message):
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=message):
        list(read_csv(path))


_optional = st.one_of(
    st.none(), st.text(alphabet=st.characters(exclude_categories=["Cs", "Z", "Cc"]), min_size=1)
)


@given(
    text=st.text(min_size=1),
    article_id=_optional,
    title=_optional,
    url=_optional,
    outlet=_optional,
    published=st.one_of(st.none(), st.dates()),
)
def test_read_json_lines_roundtrips(text, article_id, title, url, outlet, published):
    record = {"id": article_id, "text": text, "title": title, "url": url, "outlet": outlet}
    record["published"] = published.isoformat() if published else None
    (article,) = _articles(read_json_lines([json.dumps(record) + "\n"], source="s"))
    assert article.text == text
    assert (article.title, article.url, article.outlet) == (title, url, outlet)
    assert article.published == published
    assert article.id == (article_id or (id_from_url(url) if url else id_from_text(text)))
