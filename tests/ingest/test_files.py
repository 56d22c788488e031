import io
from collections.abc import Iterable
from pathlib import Path

import pytest

from stancemap.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    NotEnglishError,
    TooLargeError,
)
from stancemap.ingest import files as files_module
from stancemap.ingest import read_articles
from stancemap.models import Article

DATA = Path(__file__).parents[1] / "data" / "ingest"
SEEDS = Path(__file__).parents[2] / ".." / "shared" / "seeds"
LINE = '{"id": "%s", "text": "The foreign minister said on Friday that the talks would go on."}\n'


# Ids are pinned: a changed id scheme would duplicate every stored article on re-ingest.


def _articles(items: Iterable[Article | InputError]) -> list[Article]:
    """The items, asserting every one is an article."""
    items = list(items)
    articles = [item for item in items if isinstance(item, Article)]
    assert articles == items
    return articles


def _summary(items: Iterable[Article | InputError]) -> list[tuple[str, str | None]]:
    """(kind, source) pairs: the article id, or the error's class name."""
    return [
        (item.id if isinstance(item, Article) else type(item).__name__, item.source)
        for item in items
    ]


def test_read_articles_reads_a_mixed_folder():
    folder = DATA / "mixed"
    items = _articles(read_articles([str(folder)]))
    assert [item.source for item in items] == [
        str(folder / "a_brief.txt"),
        f"{folder / 'b_records.jsonl'}:1",
        f"{folder / 'sub' / 'c_table.csv'}:2",
        str(folder / "sub" / "d_page.htm"),
    ]
    assert items[0].id == "a_brief"
    assert items[1].id == "mixed-jsonl-1"
    assert items[2].outlet == "Example Wire"
    assert items[3].outlet == "The Harbour Ledger"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("brief.txt", [("brief", "brief.txt")]),
        ("empty.txt", [("EmptyInputError", "empty.txt")]),
        ("german.txt", [("NotEnglishError", "german.txt")]),
        ("headlines.txt", [("headlines", "headlines.txt")]),
        ("nav_only.html", [("EmptyInputError", "nav_only.html")]),
        (
            "articles.jsonl",
            [
                ("tallinn-drills", "articles.jsonl:1"),
                ("vilnius-open", "articles.jsonl:2"),
                ("MalformedInputError", "articles.jsonl:3"),
                ("MalformedInputError", "articles.jsonl:4"),
                ("58f7f2acb72e337b", "articles.jsonl:5"),
            ],
        ),
        ("articles.csv", [("csv-1", "articles.csv:2"), ("20593571d846cc39", "articles.csv:3")]),
        ("mixed/notes.md", [("InputError", "mixed/notes.md")]),
        ("mixed/.draft.txt", [(".draft", "mixed/.draft.txt")]),
        ("missing.txt", [("InputError", "missing.txt")]),
    ],
)
def test_read_articles_file(name, expected):
    items = list(read_articles([str(DATA / name)]))
    assert _summary(items) == [(kind, f"{DATA}/{source}") for kind, source in expected]


def test_read_articles_explains_unknown_extension():
    (error,) = read_articles([DATA / "mixed" / "notes.md"])
    assert isinstance(error, InputError)
    assert "'.md' files" in str(error)
    assert ".csv, .htm, .html, .json, .jsonl, .ndjson, .txt" in str(error)


def test_read_articles_takes_a_single_path():
    (article,) = _articles(read_articles(str(DATA / "brief.txt")))
    assert article.id == "brief"


def test_read_articles_explains_missing_path():
    (error,) = read_articles(["no/such/place"])
    assert str(error) == "no/such/place: no such file or folder; check the path"


def test_read_articles_names_the_language():
    (error,) = read_articles([DATA / "german.txt"])
    assert isinstance(error, NotEnglishError)
    assert "German (de)" in str(error)


def test_read_articles_goes_on_after_errors(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    paths = [binary, DATA / "empty.txt", tmp_path / "gone.txt", DATA / "brief.txt"]
    items = list(read_articles(paths))
    assert [type(item) for item in items] == [
        BinaryInputError,
        EmptyInputError,
        InputError,
        Article,
    ]
    assert all(item.source for item in items)


def test_read_articles_refuses_oversized_article():
    (error,) = read_articles([DATA / "brief.txt"], max_chars=100)
    assert isinstance(error, TooLargeError)
    assert "above the limit of 100" in str(error)
    assert "--max-chars" in str(error)


def test_read_articles_refuses_oversized_file_unread(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("The minister said so. " * 100, encoding="utf-8")
    (error,) = read_articles([path], max_chars=500)
    assert isinstance(error, TooLargeError)
    assert "2,200 bytes" in str(error)
    assert "--max-chars 551" in str(error)


def test_read_articles_reads_whole_data_folder_without_raising():
    items = list(read_articles([DATA]))
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert len(articles) == 14
    assert sorted(type(error).__name__ for error in errors) == [
        "EmptyInputError",
        "EmptyInputError",
        "MalformedInputError",
        "MalformedInputError",
        "NotEnglishError",
    ]
    assert all(item.source for item in items)
    assert not any(".draft" in str(item.source) or ".cache" in str(item.source) for item in items)


def test_read_articles_reads_stdin():
    stdin = io.StringIO(LINE % "one" + "\n" + "{broken\n" + LINE % "two")
    items = list(read_articles(["-"], stdin=stdin))
    assert _summary(items) == [
        ("one", "<stdin>:1"),
        ("MalformedInputError", "<stdin>:3"),
        ("two", "<stdin>:4"),
    ]


def test_read_articles_reads_stdin_bytes():
    cp1252_line = b'{"text": "Caf\xe9 owners in Riga said on Monday they would stay open."}\n'
    raw = (LINE % "one").encode() + cp1252_line
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    first, second = _articles(read_articles(["-"], stdin=stdin))
    assert first.id == "one"
    assert second.text.startswith("Café owners")
    assert second.source == "<stdin>:2"


def test_read_articles_checks_stdin_articles():
    stdin = io.StringIO('{"id": "blank", "text": "   "}\n')
    (error,) = read_articles(["-"], stdin=stdin)
    assert isinstance(error, EmptyInputError)
    assert error.source == "<stdin>:1"


def test_read_articles_reports_unreadable_file(tmp_path, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setitem(files_module.READERS, ".txt", refuse)
    path = tmp_path / "locked.txt"
    path.write_text("Locked.", encoding="utf-8")
    (error,) = read_articles([path])
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: cannot read the file: Permission denied"


def test_read_articles_reads_seeds():
    if not SEEDS.is_dir():
        pytest.skip(f"no seeds at {SEEDS}")
    items = _articles(read_articles([SEEDS]))
    assert [item.id for item in items] == ["000_224da9d80f92f6ae", "001_4e0af36183f8e979"]
    for item in items:
        assert item.text == Path(str(item.source)).read_text(encoding="utf-8")


def test_read_articles_reads_same_article_the_same_way():
    first = list(read_articles([DATA / "mixed"]))
    second = list(read_articles([DATA / "mixed"]))
    assert first == second


def test_read_articles_error_kinds_are_input_errors():
    for kind in (
        BinaryInputError,
        EmptyInputError,
        MalformedInputError,
        NotEnglishError,
        TooLargeError,
    ):
        assert issubclass(kind, InputError)
