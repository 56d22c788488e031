"""Turn the bytes of a file into text, or say why they are not text.

Files arrive in whatever encoding their authors' tools used. We try UTF-8 (with or
without a byte-order mark) first, because valid UTF-8 almost never happens by accident,
then an encoding the file declares itself (HTML ``<meta charset>``), and finally
Windows-1252, which maps every byte to some character: a mis-guessed character is
better than losing a whole article, and the warning tells the user how to fix it.

Binary data (PDFs, images, archives, executables) is refused up front with
`BinaryInputError`, so it never reaches the language check as garbage text.
"""

from __future__ import annotations

import codecs
import logging
import re

from stancemap.errors import BinaryInputError

logger = logging.getLogger(__name__)

SNIFF_BYTES = 8192
"""How much of a file's start we inspect to decide whether it is binary."""

_MAX_CONTROL_SHARE = 0.10
# C0 control bytes and DEL; tab, line feed, vertical tab, form feed and carriage
# return are ordinary in text files.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D} | {0x7F}
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# WHATWG: browsers read these labels as Windows-1252, and so do we.
_AS_CP1252 = frozenset({"latin-1", "latin1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii"})
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_NEWLINE = re.compile(r"\r\n?")


def check_binary(sample: bytes, *, source: str | None = None) -> None:
    """Raise `BinaryInputError` if ``sample`` (a file's first bytes) is not text.

    NUL bytes never occur in text encodings we read (UTF-16 with a byte-order mark
    aside), and text rarely holds more than a few control characters.
    """
    if sample.startswith(_UTF16_BOMS):
        return
    hint = "convert it to plain text, HTML, JSON Lines or CSV first"
    for magic, kind in _MAGIC:
        if sample.startswith(magic):
            raise BinaryInputError(f"this is {kind}, not text; {hint}", source=source)
    if b"\x00" in sample:
        raise BinaryInputError(
            f"the file holds NUL bytes: binary data, not text; {hint}", source=source
        )
    control = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if sample and control / len(sample) > _MAX_CONTROL_SHARE:
        share = control / len(sample)
        raise BinaryInputError(
            f"{share:.0%} of the first {len(sample):,} bytes are control characters: "
            f"binary data, not text; {hint}",
            source=source,
        )


def decode_bytes(data: bytes, *, source: str | None = None, declared: str | None = None) -> str:
    """Decode a whole file: refuse binary data, then decode as `decode_text` does."""
    check_binary(data[:SNIFF_BYTES], source=source)
    return decode_text(data, source=source, declared=declared)


def decode_text(data: bytes, *, source: str | None = None, declared: str | None = None) -> str:
    """Decode bytes known to be text; never fails.

    UTF-8 (a byte-order mark is dropped), else the ``declared`` encoding, else
    Windows-1252 with a logged warning. Bytes Windows-1252 leaves undefined become the
    Latin-1 character of the same value, so every byte survives as one character.
    """
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        position = error.start
    encoding = _known_encoding(declared)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    logger.warning(
        "%s: not valid UTF-8 (byte 0x%02x at offset %d); decoded as Windows-1252. "
        "If characters look wrong, save the file as UTF-8.",
        source or "input",
        data[position],
        position,
    )
    text = data.decode("cp1252", errors="surrogateescape")
    return _ESCAPED_BYTE.sub(lambda match: chr(ord(match.group()) - 0xDC00), text)


def to_universal_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``, as Python's text mode does.

    Offsets everywhere in stancemap index this text, so a file reads the same on
    every platform.
    """
    return _NEWLINE.sub("\n", text)


def _known_encoding(label: str | None) -> str | None:
    """The codec name for an encoding label, or None for unknown labels and UTF-8."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page that reached us as bytes is ASCII-compatible whatever it claims; UTF-8
    # was tried already.
    return None if name.startswith(("utf-8", "utf-16", "utf-32")) else name
