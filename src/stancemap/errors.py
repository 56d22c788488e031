"""Every error stancemap raises on purpose, in one tree.

Library code raises these; only the edges (CLI, API, batch loops) catch them, so a
user sees one line that says what went wrong, where, and what to try::

    StancemapError
    ├── InputError            an article or file we cannot read as news
    │   ├── EmptyInputError       nothing but whitespace
    │   ├── BinaryInputError      bytes that are not text
    │   ├── NotEnglishError       text in another language
    │   ├── TooLargeError         above the configured size limit
    │   └── MalformedInputError   broken JSON/CSV/HTML/TOML, missing fields
    ├── ConfigError           bad options or issues file
    ├── StoreError            the database refused or is unreachable
    └── NotFound              a queried actor, issue or article does not exist
"""

from __future__ import annotations


class StancemapError(Exception):
    """Base of every error stancemap raises deliberately."""


class InputError(StancemapError):
    """An input that cannot be read as a news article; the batch skips it."""

    reason = "unreadable"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{message}")


class EmptyInputError(InputError):
    """The input holds no text."""

    reason = "empty"


class BinaryInputError(InputError):
    """The input is binary data, not text."""

    reason = "binary"


class NotEnglishError(InputError):
    """The input is in a language stancemap does not analyse."""

    reason = "not-english"


class TooLargeError(InputError):
    """The input exceeds the size limit."""

    reason = "too-large"


class MalformedInputError(InputError):
    """The input is structurally broken (bad JSON, missing text field, ...)."""

    reason = "malformed"


class ConfigError(StancemapError):
    """Options or configuration files are invalid."""


class StoreError(StancemapError):
    """The database could not be opened, migrated or written."""


class NotFound(StancemapError):
    """A requested record does not exist."""
