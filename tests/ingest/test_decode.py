import codecs
import logging

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from stancemap.errors import BinaryInputError
from stancemap.ingest.decode import check_binary, decode_bytes, decode_text, to_universal_newlines


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Kallas said", "Kallas said"),
        ("Kęstutis Budrys – “quoted”".encode(), "Kęstutis Budrys – “quoted”"),
        (codecs.BOM_UTF8 + b"with a byte-order mark", "with a byte-order mark"),
        ("UTF-16 text “ok”".encode("utf-16"), "UTF-16 text “ok”"),
        (b"Caf\xe9 \x93quoted\x94 \x96 dash", "Café “quoted” – dash"),
        (b"undefined \x81 byte", "undefined \x81 byte"),
        (b"", ""),
    ],
)
def test_decode_bytes_decodes(data, expected):
    assert decode_bytes(data, source="x.txt") == expected


def test_decode_bytes_warns_on_cp1252_fallback(caplog):
    with caplog.at_level(logging.WARNING, logger="stancemap.ingest.decode"):
        decode_bytes(b"na\xefve", source="old.txt")
    assert "old.txt" in caplog.text
    assert "Windows-1252" in caplog.text


def test_decode_text_prefers_declared_encoding_after_utf8():
    data = "Łódź".encode("iso-8859-2")
    assert decode_text(data, declared="iso-8859-2") == "Łódź"
    assert decode_text("Łódź".encode(), declared="iso-8859-2") == "Łódź"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"text\x00with a NUL", "NUL bytes"),
        (b"%PDF-1.7\n%binary", "PDF"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 10 + b"some text", "control characters"),
    ],
)
def test_check_binary_refuses(data, message):
    with pytest.raises(BinaryInputError, match=message) as caught:
        check_binary(data, source="blob.txt")
    assert caught.value.source == "blob.txt"
    assert str(caught.value).startswith("blob.txt: ")


@pytest.mark.parametrize(
    "data",
    [b"plain\ttext\r\nwith\x0cform feed", "ünïcödé".encode(), b"", b"one \x1b escape is fine"],
)
def test_check_binary_accepts_text(data):
    check_binary(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\nb", "a\nb"), ("a\r\n\r\nb\r", "a\n\nb\n")],
)
def test_to_universal_newlines_converts(text, expected):
    assert to_universal_newlines(text) == expected


@given(st.text().filter(lambda text: not text.startswith("\ufeff")))
def test_decode_text_roundtrips_utf8(text):
    assert decode_text(text.encode("utf-8")) == text


@given(st.binary())
def test_decode_text_never_fails(data):
    assume(not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    text = decode_text(data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        assert len(text) == len(data)
