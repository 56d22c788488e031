"""Read articles given as records: JSON, JSON Lines and CSV.

One record is ``{"id", "text", "title"?, "url"?, "outlet"?, "published"?}``, the
extraction contract's input form. A file holds many articles, so one bad record must
not cost the others: per-record problems are *yielded* as `MalformedInputError`
(source ``path:line``) and reading goes on; only a file that cannot be read at all
(binary, broken JSON structure, a CSV without a ``text`` column) raises.

JSON Lines and CSV are streamed line by line, so archives larger than memory work.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path

from stancemap.errors import EmptyInputError, InputError, MalformedInputError
from stancemap.ingest.decode import SNIFF_BYTES, check_binary, decode_bytes, decode_text
from stancemap.ingest.ids import id_from_text, id_from_url
from stancemap.ingest.published import parse_published
from stancemap.models import Article

FIELDS = ("id", "text", "title", "url", "outlet", "published")
_RECORD_FORM = '{"id", "text", "title"?, "url"?, "outlet"?, "published"?}'
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def record_to_article(record: Mapping[str, object], *, source: str) -> Article:
    """The article a record describes; raises `MalformedInputError` naming the field.

    ``text`` is required and must be a string. A missing ``id`` becomes a stable one,
    from ``url`` if given, else from the text. Empty optional fields count as missing;
    unknown fields are ignored.
    """
    text = record.get("text")
    if text is None:
        raise MalformedInputError(
            f"the record has no 'text' field; each article is {_RECORD_FORM}", source=source
        )
    if not isinstance(text, str):
        raise MalformedInputError(
            f"'text' must be a string, not {_kind(text)}; each article is {_RECORD_FORM}",
            source=source,
        )
    url = _optional_str(record, "url", source)
    return Article(
        id=_record_id(record, url, text, source),
        text=text,
        title=_optional_str(record, "title", source),
        url=url,
        outlet=_optional_str(record, "outlet", source),
        published=_published(record, source),
        source=source,
    )


def read_json_lines(lines: Iterable[str], *, source: str) -> Iterator[Article | InputError]:
    """Articles from JSON Lines, one object per line; blank lines are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield MalformedInputError(
                f"invalid JSON ({error.msg}, column {error.colno}); each line must be one "
                f"object {_RECORD_FORM}",
                source=where,
            )
            continue
        yield _article_or_error(value, where)


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Articles in a ``.jsonl`` file, one per line."""
    source = str(path)
    yield from read_json_lines(_decoded_lines(path, source), source=source)


def read_json(path: Path) -> Iterator[Article | InputError]:
    """Articles in a ``.json`` file: one object, or a list of objects.

    List items get ``path:line`` sources, the line where each item starts.
    """
    source = str(path)
    text = decode_bytes(path.read_bytes(), source=source)
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if position == len(text):
        raise EmptyInputError(
            f"the JSON file is empty; expected an object {_RECORD_FORM} or a list of them",
            source=source,
        )
    if text[position] != "[":
        value, end = _decode_value(decoder, text, position, source)
        _expect_end(text, end, source)
        yield _article_or_error(value, source)
        return
    line, counted = 1, 0
    position = _skip_space(text, position + 1)
    while position < len(text) and text[position] != "]":
        line += text.count("\n", counted, position)
        counted = position
        value, end = _decode_value(decoder, text, position, source)
        yield _article_or_error(value, f"{source}:{line}")
        position = _skip_space(text, end)
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
        elif position < len(text) and text[position] != "]":
            line += text.count("\n", counted, position)
            raise MalformedInputError(
                f"invalid JSON: expected ',' or ']' between list items at line {line}",
                source=f"{source}:{line}",
            )
    if position == len(text):
        raise MalformedInputError("invalid JSON: the list is never closed with ']'", source=source)
    _expect_end(text, position + 1, source)


def read_csv(path: Path) -> Iterator[Article | InputError]:
    """Articles in a ``.csv`` file with a header naming at least a ``text`` column.

    Column names are matched case-insensitively; other columns are ignored.
    """
    source = str(path)
    _maximize_field_size_limit()
    reader = csv.reader(_decoded_lines(path, source))
    header = next(reader, None)
    if header is None:
        raise EmptyInputError(
            "the CSV file is empty; expected a header line naming at least a 'text' column",
            source=source,
        )
    names = [name.strip().lower() for name in header]
    if "text" not in names:
        raise MalformedInputError(
            f"the CSV header has no 'text' column (found: {', '.join(header)}); "
            f"name the columns {', '.join(FIELDS)}",
            source=f"{source}:1",
        )
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield MalformedInputError(f"invalid CSV: {error}", source=f"{source}:{start}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        where = f"{source}:{start}"
        if len(row) != len(names):
            yield MalformedInputError(
                f"the row has {len(row)} fields but the header has {len(names)}; "
                "quote fields that contain commas or line breaks",
                source=where,
            )
            continue
        yield _article_or_error(dict(zip(names, row, strict=True)), where)


def _article_or_error(value: object, source: str) -> Article | MalformedInputError:
    if not isinstance(value, dict):
        return MalformedInputError(
            f"expected an object {_RECORD_FORM}, not {_kind(value)}", source=source
        )
    try:
        return record_to_article(value, source=source)
    except MalformedInputError as error:
        return error


def _record_id(record: Mapping[str, object], url: str | None, text: str, source: str) -> str:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is not None and not isinstance(value, str):
        raise MalformedInputError(
            f"'id' must be a string or an integer, not {_kind(value)}", source=source
        )
    if value and value.strip():
        return value.strip()
    return id_from_url(url) if url else id_from_text(text)


def _published(record: Mapping[str, object], source: str) -> date | None:
    value = record.get("published")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return parse_published(str(int(value)), source=source)  # a Unix timestamp
    return parse_published(_optional_str(record, "published", source), source=source)


def _optional_str(record: Mapping[str, object], key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedInputError(
            f"'{key}' must be a string or null, not {_kind(value)}", source=source
        )
    return value.strip() or None


def _kind(value: object) -> str:
    """A JSON reader's name for a value's type."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "data")


def _decoded_lines(path: Path, source: str) -> Iterator[str]:
    """The lines of a text file, decoded one by one (so a bad byte costs one line)."""
    with path.open("rb") as handle:
        head = handle.peek(SNIFF_BYTES)[:SNIFF_BYTES]
        check_binary(head, source=source)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # UTF-16 cannot be split into lines as bytes.
            yield from io.StringIO(decode_text(handle.read(), source=source), newline="")
            return
        for number, raw in enumerate(handle, start=1):
            yield decode_text(raw, source=f"{source}:{number}")


def _decode_value(
    decoder: json.JSONDecoder, text: str, position: int, source: str
) -> tuple[object, int]:
    try:
        value, end = decoder.raw_decode(text, position)
    except json.JSONDecodeError as error:
        raise MalformedInputError(
            f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
            source=f"{source}:{error.lineno}",
        ) from error
    return value, end


def _expect_end(text: str, position: int, source: str) -> None:
    position = _skip_space(text, position)
    if position < len(text):
        line = text.count("\n", 0, position) + 1
        raise MalformedInputError(
            f"invalid JSON: extra data at line {line} after the first value; for one "
            "article per line, name the file .jsonl",
            source=f"{source}:{line}",
        )


def _skip_space(text: str, position: int) -> int:
    match = _JSON_SPACE.match(text, position)
    return match.end() if match else position


def _maximize_field_size_limit() -> None:
    """Let CSV fields hold whole articles; ``--max-chars`` is the limit that counts.

    The csv module caps fields at 131,072 characters process-wide; like sqlite-utils
    we raise the cap once, as far as the platform allows.
    """
    limit = sys.maxsize
    while limit > csv.field_size_limit():
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2
