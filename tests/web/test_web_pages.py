"""Every page renders from the example database, escaped, with links to the evidence."""

from __future__ import annotations

import html
import re

import pytest

TROOPS = "accord-troops-in-talmark"


def _page(client, url: str) -> str:  # type: ignore[no-untyped-def]
    response = client.get(url, headers={"Accept": "text/html"})
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return str(response.text)


def test_home_lists_the_issues(client) -> None:  # type: ignore[no-untyped-def]
    page = _page(client, "/")
    assert f'href="/issues/{TROOPS}"' in page
    assert "14 articles" in page


def test_issue_page_shows_every_matrix_cell_with_its_evidence_link(client) -> None:  # type: ignore[no-untyped-def]
    cells = client.get(f"/api/issues/{TROOPS}/matrix").json()["items"]
    page = _page(client, f"/issues/{TROOPS}")
    assert page.count('class="matrix-row"') == len(cells)
    for cell in cells:
        assert f'href="/articles/{cell["article_id"]}#c{cell["start"]}-{cell["end"]}"' in page
        assert html.escape(cell["actor_name"]) in page


def test_actor_page_draws_a_timeline_per_issue(client) -> None:  # type: ignore[no-untyped-def]
    solvik = client.get("/api/actors", params={"name": "Maren Solvik"}).json()["items"][0]
    detail = client.get(f"/api/actors/{solvik['id']}").json()
    page = _page(client, f"/actors/{solvik['id']}")
    issues = {p["issue_id"] for p in detail["positions"]}
    assert page.count('<svg class="timeline-chart"') == len(issues)
    assert page.count('class="point stance-fill-') == len(
        {(p["issue_id"], p["article_id"]) for p in detail["positions"] if p["when"]}
    )
    assert page.count('<li class="statement">') == len(detail["statements"])


def test_article_page_text_is_the_original_text(client) -> None:  # type: ignore[no-untyped-def]
    article = client.get("/api/articles/ex-01").json()
    page = _page(client, "/articles/ex-01")
    body = re.search(r'<div class="article-text" id="article-text">(.*?)</div>', page, re.S)
    assert body is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == article["text"]
    for statement in article["statements"]:
        assert f'id="c{statement["start"]}-{statement["end"]}"' in page


def test_articles_page_lists_outlet_and_date(client) -> None:  # type: ignore[no-untyped-def]
    page = _page(client, "/articles?limit=5")
    assert page.count('class="article-link"') == 5
    assert "Nordwire" in page and "2031-01-14" in page
    assert 'rel="next"' in page


@pytest.mark.parametrize(
    ("query", "expect"), [("?name=solvik", "Maren Solvik"), ("?type=country", "country")]
)
def test_actors_page_filters(client, query, expect) -> None:  # type: ignore[no-untyped-def]
    assert expect in _page(client, f"/actors{query}")


def test_search_page_marks_the_words(client) -> None:  # type: ignore[no-untyped-def]
    page = _page(client, "/search?q=ceasefire")
    assert re.search(r'k-match"[^>]*>ceasefire<', page, re.I)
    assert "statements for “ceasefire”" in page


def test_whatif_page_toggles_assumptions(client) -> None:  # type: ignore[no-untyped-def]
    plain = _page(client, f"/issues/{TROOPS}/whatif")
    assumed = _page(client, f"/issues/{TROOPS}/whatif?assume=ceasefire&assume=allied_action")
    assert 'value="ceasefire" checked' in assumed and 'value="ceasefire" checked' not in plain
    supporting = lambda page: len(  # noqa: E731
        re.findall(
            r'class="outcome-actor', page.split('id="would-support"')[1].split("</section>")[0]
        )
    )
    assert supporting(assumed) >= supporting(plain)


def test_pages_escape_what_users_type(client) -> None:  # type: ignore[no-untyped-def]
    page = _page(client, "/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_pages_send_a_strict_content_security_policy(client) -> None:  # type: ignore[no-untyped-def]
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_static_files_are_served(client) -> None:  # type: ignore[no-untyped-def]
    assert "showEvidence" in client.get("/static/app.js").text
    assert ".k-condition" in client.get("/static/style.css").text
