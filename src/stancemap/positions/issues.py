"""Issues: the questions users follow, loaded from a TOML file.

Bad files fail loudly with the file, the issue and the field, because a silently
skipped issue is a silently empty matrix.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from stancemap.errors import ConfigError
from stancemap.models import Issue

ISSUES_ENV = "STANCEMAP_ISSUES"


def load_issues(path: str | Path | None = None) -> tuple[Issue, ...]:
    """Issues from ``path``, or the built-in examples when ``path`` is None."""
    if path is None:
        package = resources.files("stancemap")
        text = "\n".join(
            package.joinpath(name).read_text("utf-8")
            for name in ("data/issues.toml", "examples/issues.toml")
        )
        return parse_issues(text, source="built-in issues")
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"issues file {file} does not exist; pass --issues with a TOML file")
    return parse_issues(file.read_text(encoding="utf-8"), source=str(file))


def parse_issues(text: str, *, source: str) -> tuple[Issue, ...]:
    """Validate and build issues from TOML text."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source}: not valid TOML ({error})") from error
    entries = data.get("issue")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(
            f"{source}: no issues found; write one or more [[issue]] tables "
            "with id, question and terms"
        )
    issues: list[Issue] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        issue = _issue_from(entry, number, source)
        if issue.id in seen:
            raise ConfigError(
                f"{source}: issue id {issue.id!r} is defined twice; ids must be unique"
            )
        seen.add(issue.id)
        issues.append(issue)
    return tuple(issues)


def _issue_from(entry: object, number: int, source: str) -> Issue:
    where = f"{source}: issue #{number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} is not a table")
    for field in ("id", "question"):
        value = entry.get(field)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where} needs a non-empty string {field!r}")
    terms = entry.get("terms", [])
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise ConfigError(f"{where} ({entry['id']}): 'terms' must be a list of strings")
    return Issue(id=entry["id"].strip(), question=entry["question"].strip(), terms=tuple(terms))
