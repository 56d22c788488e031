"""Every command has help, and the README documents every command."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from stancemap.cli.main import app

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_has_help(cli_runner, command) -> None:  # type: ignore[no-untyped-def]
    result = cli_runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) > 3


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_readme_mentions_every_command(command) -> None:  # type: ignore[no-untyped-def]
    assert f"stancemap {command}" in README.read_text(encoding="utf-8")
