"""End to end in a real headless Chromium against ``stancemap serve`` on 127.0.0.1.

The server runs in its own process over a copy of the example database, with writes
allowed for a token, exactly as a user would start it. Screenshots go to tmp_path.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import chromium_path, launch_chromium, running_server

pytestmark = pytest.mark.slow

TOKEN = "browser-test-token"
TROOPS = "accord-troops-in-talmark"
SCRIPTED = {
    "id": "xss-1",
    "title": "<script>alert('title')</script> Accord talks",
    "outlet": "Nordwire",
    "published": "2031-08-03",
    "text": (
        "LUMEN, Aug 3 (Nordwire) – Valdorian Foreign Minister Maren Solvik said on Saturday "
        "that Valdoria would send instructors to Talmark once a ceasefire holds. A reader's "
        "comment pasted below the report read <script>alert(1)</script> and "
        "<img src=x onerror=alert(2)>, and the editors said it would be removed."
    ),
}


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        pytest.skip(
            "Chromium is not installed: ./scripts/setup installs Debian's chromium when run "
            "as root with apt-get; elsewhere install it and set STANCEMAP_CHROMIUM"
        )
    with launch_chromium(executable) as browser:
        yield browser


@pytest.fixture(scope="module")
def server(example_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("server")
    db = folder / "served.db"
    shutil.copy(example_db, db)
    with running_server(str(db), folder / "server.log", token=TOKEN) as base:
        yield base


@pytest.fixture
def page(chromium: Any, server: str) -> Iterator[Any]:
    context = chromium.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs
    yield opened
    context.close()


def test_browser_issue_cell_leads_to_its_evidence(page: Any, server: str, tmp_path: Path) -> None:
    cells = httpx.get(f"{server}/api/issues/{TROOPS}/matrix").json()["items"]
    page.goto(f"/issues/{TROOPS}")
    assert page.locator("tr.matrix-row").count() == len(cells)
    page.screenshot(path=str(tmp_path / "issue.png"), full_page=True)
    cell = next(c for c in cells if c["conditions"])
    row = page.locator(f'tr.matrix-row[data-actor="{cell["actor_name"]}"]')
    row.locator("td.evidence a.evidence-link").click()
    page.wait_for_url(f"**/articles/{cell['article_id']}#c{cell['start']}-{cell['end']}")
    marks = page.locator("#article-text mark.target")
    marks.first.wait_for()
    assert "".join(marks.all_text_contents()) == cell["evidence"]
    assert marks.first.is_visible()
    page.screenshot(path=str(tmp_path / "evidence.png"))
    text = httpx.get(f"{server}/api/articles/{cell['article_id']}").json()["text"]
    assert page.locator("#article-text").text_content() == text


def test_browser_article_highlights_link_to_actors(page: Any, server: str) -> None:
    article = httpx.get(f"{server}/api/articles/ex-01").json()
    page.goto("/articles/ex-01")
    speaker = next(
        s for s in article["statements"] if s["actor_id"] and s["speaker_start"] is not None
    )
    link = page.locator(f'#article-text a.k-speaker[data-s="{speaker["speaker_start"]}"]')
    link.first.click()
    page.wait_for_url(f"**/actors/{speaker['actor_id']}")
    assert page.locator("h1").text_content() == speaker["actor_name"]


def test_browser_evidence_link_inside_the_article_moves_the_mark(page: Any, server: str) -> None:
    article = httpx.get(f"{server}/api/articles/ex-01").json()
    first, second = article["statements"][0], article["statements"][-1]
    page.goto(f"/articles/ex-01#c{first['start']}-{first['end']}")
    marks = page.locator("#article-text mark.target")
    assert "".join(marks.all_text_contents()) == first["text"]
    page.locator(f'a.jump[href="#c{second["start"]}-{second["end"]}"]').click()
    page.wait_for_function(
        "t => document.getElementById('article-text').dataset.target === t",
        arg=f"{second['start']}-{second['end']}",
    )
    assert "".join(marks.all_text_contents()) == second["text"]


def test_browser_actor_page_draws_its_timeline(page: Any, server: str, tmp_path: Path) -> None:
    solvik = httpx.get(f"{server}/api/actors", params={"name": "Maren Solvik"}).json()["items"][0]
    page.goto(f"/actors/{solvik['id']}")
    charts = page.locator("svg.timeline-chart")
    assert charts.count() >= 1
    assert charts.first.locator("circle.point").count() >= 1
    box = charts.first.bounding_box()
    assert box is not None and box["width"] > 400 and box["height"] > 60
    charts.first.screenshot(path=str(tmp_path / "timeline.png"))
    page.screenshot(path=str(tmp_path / "actor.png"), full_page=True)
    charts.first.locator("a.point-link").first.click()
    page.wait_for_url("**/articles/**#c*")
    assert page.locator("#article-text mark.target").count() >= 1


def test_browser_whatif_toggle_moves_an_actor(page: Any, server: str, tmp_path: Path) -> None:
    cells = httpx.get(f"{server}/api/issues/{TROOPS}/matrix").json()["items"]
    cell = next(
        c
        for c in cells
        if c["stance"] == "conditional"
        and c["conditions"]
        and "other" not in {k["type"] for k in c["conditions"]}
    )
    page.goto(f"/issues/{TROOPS}/whatif")
    supporting = page.locator("#would-support li.outcome-actor")
    before = supporting.count()
    assert page.locator(f'#would-support li[data-actor="{cell["actor_name"]}"]').count() == 0
    for kind in sorted({c["type"] for c in cell["conditions"]}):
        with page.expect_navigation():
            page.locator(f'input[name="assume"][value="{kind}"]').check()
    assert page.locator(f'#would-support li[data-actor="{cell["actor_name"]}"]').count() == 1
    assert supporting.count() > before
    page.screenshot(path=str(tmp_path / "whatif.png"), full_page=True)


def test_browser_untrusted_text_is_shown_escaped(page: Any, server: str, tmp_path: Path) -> None:
    refused = httpx.post(f"{server}/api/articles", json=[SCRIPTED])
    assert refused.status_code == 401
    wrong = httpx.post(
        f"{server}/api/articles", json=[SCRIPTED], headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 403
    stored = httpx.post(
        f"{server}/api/articles",
        json=[SCRIPTED],
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=300,
    )
    assert stored.status_code == 200, stored.text
    assert stored.json()["stored"] + stored.json()["unchanged"] == ["xss-1"]
    page.goto("/articles/xss-1")
    body = page.locator("#article-text")
    assert body.text_content() == SCRIPTED["text"]
    assert body.locator("script, img").count() == 0
    assert page.locator("script").count() == 1  # our own /static/app.js only
    assert page.locator("h1").text_content() == SCRIPTED["title"]
    page.screenshot(path=str(tmp_path / "escaped.png"))
    page.goto("/articles")
    assert page.locator("script").count() == 1
    page.goto("/search?q=alert")
    assert page.locator("main script, main img").count() == 0
    assert page.dialogs == []
