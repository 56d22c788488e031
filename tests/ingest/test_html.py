from datetime import date
from pathlib import Path

import pytest

from stancemap.errors import EmptyInputError
from stancemap.ingest.html import extract_article, read_html
from stancemap.ingest.ids import id_from_url

DATA = Path(__file__).parents[1] / "data" / "ingest"
CANONICAL = (
    "https://www.harbourledger.example/world/2024/05/28/baltic-ministers-weigh-peacekeeping-role"
)


@pytest.fixture(scope="module")
def report():
    return read_html(DATA / "troops_report.html")


def test_read_html_metadata(report):
    assert report.title == "Baltic ministers weigh peacekeeping role"
    assert report.outlet == "The Harbour Ledger"
    assert report.url == CANONICAL
    assert report.published == date(2024, 5, 28)
    assert report.id == id_from_url(CANONICAL)
    assert report.source == str(DATA / "troops_report.html")


def test_read_html_keeps_paragraphs_as_lines(report):
    lines = report.text.split("\n")
    assert any(line.startswith("Foreign ministers from the three Baltic states") for line in lines)
    assert any(line.startswith("The Lithuanian minister told reporters") for line in lines)
    assert lines[-1].endswith("public support for such a mission remained uncertain.")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "World desk",
        "Subscribe to our newsletter",
        "cookies",
        "Read more",
        "Harbour cranes return",
        "first comment",
        "Copyright",
        "Privacy policy",
        "<p>",
    ],
)
def test_read_html_drops_boilerplate(report, boilerplate):
    assert boilerplate not in report.text


def test_read_html_without_article_text():
    with pytest.raises(EmptyInputError, match="no article text was found in the HTML"):
        read_html(DATA / "nav_only.html")


@pytest.mark.parametrize("html", ["", "   \n", "<html><body></body></html>"])
def test_extract_article_empty(html):
    with pytest.raises(EmptyInputError) as caught:
        extract_article(html, source="page.html", fallback_id="page")
    assert caught.value.source == "page.html"


@pytest.mark.parametrize(
    ("url", "expected_id"),
    [(None, "page"), ("https://example.org/riga", id_from_url("https://example.org/riga"))],
)
def test_extract_article_id_without_canonical(url, expected_id):
    html = (
        "<html><body><article><p>Ministers met in Riga on Tuesday to discuss a peacekeeping "
        "mission, officials said after the talks ended.</p></article></body></html>"
    )
    article = extract_article(html, source="page.html", fallback_id="page", url=url)
    assert article.id == expected_id
    assert article.url == url
    assert article.text.startswith("Ministers met in Riga")


def test_read_html_uses_declared_charset(tmp_path):
    body = (
        '<html><head><meta charset="iso-8859-2"></head><body><article><p>Officials in Łódź '
        "said on Friday that the city would host the talks between the ministers.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "lodz.html"
    path.write_bytes(body.encode("iso-8859-2"))
    assert "Łódź" in read_html(path).text


def test_html_keeps_a_publication_date_after_today() -> None:
    """Archive and corpus pages carry their own dates, even ones "in the future"."""
    from pathlib import Path

    from stancemap.ingest.html import read_html

    corpus = Path(__file__).resolve().parents[2] / "src" / "stancemap" / "examples" / "corpus"
    article = read_html(corpus / "ex-13.html")
    assert article.published is not None and article.published.isoformat() == "2031-07-03"
