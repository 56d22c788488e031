"""Quotes split by their attribution are one statement."""

from __future__ import annotations


def test_quote_after_full_stop_continues_though_parse_runs_on(extract_statements) -> None:  # type: ignore[no-untyped-def]
    # The parse runs the sentence on after "Fla.", so the second quote looks embedded;
    # opening after a full stop, it goes on with the first.
    text = (
        "''Ruiz seemed more honest than him,'' said Ana Park, 19, of Tampa, Fla. ''He"
        " definitely has the usual politician approach to things, so that makes him seem"
        " a little fake.''"
    )
    direct = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [(text[s.start : s.end], s.speaker.name) for s in direct] == [
        (
            "Ruiz seemed more honest than him,'' said Ana Park, 19, of Tampa, Fla. ''He"
            " definitely has the usual politician approach to things, so that makes him"
            " seem a little fake.",
            "Ana Park",
        )
    ]
