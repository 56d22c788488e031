"""Running the real server and a real headless Chromium, for the browser tests and scripts.

``running_server`` starts ``stancemap serve`` in a subprocess on a free port of
127.0.0.1 and stops it afterwards; ``launch_chromium`` starts Debian's Chromium
through Playwright (Playwright's own browser download needs the internet).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
_START_TIMEOUT = 90.0


def chromium_path() -> str | None:
    """Where Chromium is: $STANCEMAP_CHROMIUM, else ``chromium`` on PATH, else None."""
    configured = os.environ.get("STANCEMAP_CHROMIUM")
    if configured and Path(configured).is_file():
        return configured
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(db: str, log: Path, *, token: str | None = None) -> Iterator[str]:
    """``stancemap serve --db DB`` on 127.0.0.1; yields its base URL, stops it after."""
    port = free_port()
    command = [
        sys.executable,
        "-c",
        "from stancemap.cli.main import main; main()",
        "serve",
        "--db",
        db,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    env = {key: value for key, value in os.environ.items() if key != "STANCEMAP_TOKEN"}
    if token is not None:
        command.append("--allow-writes")
        env["STANCEMAP_TOKEN"] = token
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env)
        try:
            _wait_until_up(base, process, log)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def _wait_until_up(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(
        f"the server did not answer within {_START_TIMEOUT:.0f}s:\n{log.read_text()}"
    )


@contextmanager
def launch_chromium(executable: str) -> Iterator[Any]:
    """A headless Chromium driven by Playwright's sync API."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()
