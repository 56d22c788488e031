"""Regenerate docs/screenshot-issue.png from the real UI in headless Chromium.

Builds the demo database from the bundled fictional corpus in a temporary folder,
starts ``stancemap serve`` on a free port of 127.0.0.1, and photographs the issue
page. Run from the checkout: ``.venv/bin/python scripts/screenshot.py``.
"""

from __future__ import annotations

import sys
import tempfile
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "web"))

from browser_support import chromium_path, launch_chromium, running_server  # noqa: E402

from stancemap.cli.main import ingest_paths  # noqa: E402
from stancemap.positions.issues import load_issues  # noqa: E402

ISSUE = "accord-troops-in-talmark"
OUTPUT = REPO / "docs" / "screenshot-issue.png"


def main() -> int:
    executable = chromium_path()
    if executable is None:
        sys.stderr.write(
            "Chromium is not installed: run ./scripts/install-browser (as root) first\n"
        )
        return 1
    examples = resources.files("stancemap") / "examples"
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "demo.db")
        ingest_paths(
            [str(examples / "corpus")], db, load_issues(Path(str(examples / "issues.toml")))
        )
        with (
            running_server(db, Path(folder) / "server.log") as base,
            launch_chromium(executable) as browser,
        ):
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(f"{base}/issues/{ISSUE}")
            page.screenshot(path=str(OUTPUT))
    sys.stderr.write(f"wrote {OUTPUT.relative_to(REPO)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
