"""``stancemap serve`` refuses to start on bad options with one line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.cli.main import app


def test_serve_allow_writes_needs_a_token(cli_runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("STANCEMAP_TOKEN", raising=False)
    result = cli_runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--allow-writes"])
    assert result.exit_code == 1
    assert "STANCEMAP_TOKEN" in result.stderr
    assert "Traceback" not in result.output


def test_serve_reports_a_database_it_cannot_open(cli_runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli_runner.invoke(app, ["serve", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code == 1
    assert "does not exist" in result.stderr


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_serve_rejects_bad_ports(cli_runner, port: str) -> None:  # type: ignore[no-untyped-def]
    result = cli_runner.invoke(app, ["serve", "--port", port])
    assert result.exit_code == 2
