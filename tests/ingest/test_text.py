from pathlib import Path

import pytest

from stancemap.errors import BinaryInputError
from stancemap.ingest.text import read_text

DATA = Path(__file__).parents[1] / "data" / "ingest"


def test_read_text_reads_file():
    path = DATA / "brief.txt"
    article = read_text(path)
    assert article.id == "brief"
    assert article.source == str(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text.startswith("Lithuania will consider")
    assert (article.title, article.url, article.outlet, article.published) == (None,) * 4


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Line one.\r\nLine two.\r\n", "Line one.\nLine two.\n"),
        ("“Quoted,” she said.".encode("cp1252"), "“Quoted,” she said."),
        (b"\xef\xbb\xbfWith BOM.", "With BOM."),
    ],
)
def test_read_text_decodes(tmp_path, data, expected):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    assert read_text(path).text == expected


def test_read_text_refuses_binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x00\x01\x02\x03binary\x00" * 20)
    with pytest.raises(BinaryInputError, match="NUL bytes") as caught:
        read_text(path)
    assert caught.value.source == str(path)
