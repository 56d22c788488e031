"""The ingest entry point: paths in, checked articles (or reasons why not) out.

A batch of thousands of files must not stop at the first bad one, so
`read_articles` never raises for a file or record: it yields the `InputError`
in the article's place, with ``source`` saying where ("path" or "path:line"), and
goes on. The caller logs, counts and carries on (trafilatura's "discarding data"
path, but with the reason kept).

Formats are chosen by extension; folders are walked recursively in sorted order, so
a batch is read the same way every time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from stancemap.errors import InputError, TooLargeError
from stancemap.ingest.checks import check_article
from stancemap.ingest.decode import decode_text
from stancemap.ingest.html import read_html
from stancemap.ingest.records import read_csv, read_json, read_json_lines, read_jsonl
from stancemap.ingest.text import read_text
from stancemap.models import Article

DEFAULT_MAX_CHARS = 2_000_000
STDIN = "-"
STDIN_SOURCE = "<stdin>"

Reader = Callable[[Path], Iterator[Article | InputError]]


def _one(read: Callable[[Path], Article]) -> Reader:
    def reader(path: Path) -> Iterator[Article | InputError]:
        yield read(path)

    return reader


READERS: dict[str, Reader] = {
    ".txt": _one(read_text),
    ".html": _one(read_html),
    ".htm": _one(read_html),
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
}
"""Which reader handles which file extension (lower case)."""

# A whole-document file this many bytes per allowed character cannot fit the limit:
# UTF-8 spends at most 4 bytes on a character, HTML markup rarely 10 on each of text.
_BYTES_PER_CHAR = {".txt": 4, ".html": 10, ".htm": 10}


def read_articles(
    paths: Sequence[str | os.PathLike[str]],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: TextIO | None = None,
) -> Iterator[Article | InputError]:
    """Every article in ``paths``, checked, or the `InputError` that replaces it.

    A path is a file, a folder (read recursively, sorted, only known extensions,
    hidden files and folders skipped), or ``-`` for JSON Lines on ``stdin``
    (default ``sys.stdin``). Each article has ``source`` set and has passed
    `check_article` with ``max_chars``.
    """
    if isinstance(paths, str | os.PathLike):  # one path, not its characters
        paths = [paths]
    for given in paths:
        name = os.fspath(given)
        if name == STDIN:
            lines = _stdin_lines(stdin if stdin is not None else sys.stdin)
            yield from _checked(read_json_lines(lines, source=STDIN_SOURCE), max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_folder(path, max_chars)
        elif path.exists():
            yield from _read_file(path, max_chars, explicit=True)
        else:
            yield InputError("no such file or folder; check the path", source=name)


def supported_extensions() -> str:
    """The extensions we read, for messages: ".csv, .htm, ..."."""
    return ", ".join(sorted(READERS))


def _read_folder(folder: Path, max_chars: int) -> Iterator[Article | InputError]:
    problems: list[OSError] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in READERS
        )
    for problem in problems:
        yield InputError(
            f"cannot list the folder: {problem.strerror or problem}",
            source=problem.filename or str(folder),
        )
    for path in sorted(found, key=lambda path: path.parts):
        yield from _read_file(path, max_chars, explicit=False)


def _read_file(path: Path, max_chars: int, *, explicit: bool) -> Iterator[Article | InputError]:
    source = str(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kind = f"'{suffix}' files" if suffix else "files without an extension"
        yield InputError(
            f"cannot read {kind}; stancemap reads {supported_extensions()} files, "
            f"folders of them, or JSON Lines from '{STDIN}' (stdin)",
            source=source,
        )
        return
    try:
        _check_file_size(path, max_chars)
        yield from _checked(reader(path), max_chars)
    except InputError as error:  # the whole file is unusable
        yield error
    except OSError as error:
        yield InputError(f"cannot read the file: {error.strerror or error}", source=source)


def _checked(
    items: Iterator[Article | InputError], max_chars: int
) -> Iterator[Article | InputError]:
    for item in items:
        if isinstance(item, Article):
            try:
                check_article(item, max_chars=max_chars)
            except InputError as error:
                yield error
                continue
        yield item


def _check_file_size(path: Path, max_chars: int) -> None:
    """Refuse a one-article file too big to fit ``max_chars`` before reading it."""
    per_char = _BYTES_PER_CHAR.get(path.suffix.lower())
    if per_char is None:
        return
    size = path.stat().st_size
    if size > per_char * max_chars:
        raise TooLargeError(
            f"the file is {size:,} bytes, too large to hold an article within the limit of "
            f"{max_chars:,} characters; raise the limit with --max-chars {size // per_char + 1}",
            source=str(path),
        )


def _stdin_lines(stdin: TextIO) -> Iterator[str]:
    """Lines of stdin; from its bytes when it has them, so bad bytes cost one line."""
    raw = getattr(stdin, "buffer", None)
    if raw is None:
        yield from stdin
        return
    for number, line in enumerate(raw, start=1):
        yield decode_text(line, source=f"{STDIN_SOURCE}:{number}")
