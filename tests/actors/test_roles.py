"""Roles read beside a name: the office as written, and nothing that is not one.

Our own sentences. A role is a user's answer to "who is this person?", so a clause,
a list's next person or a sentence's first word must never be read as one."""

from __future__ import annotations

import pytest

from stancemap.actors.roles import find_apposition_role, find_premodifier_role


def _after(text: str, name: str):  # type: ignore[no-untyped-def]
    return find_apposition_role(text, text.index(name) + len(name))


def _before(text: str, name: str):  # type: ignore[no-untyped-def]
    return find_premodifier_role(text, text.index(name))


@pytest.mark.parametrize(
    ("text", "name", "title", "of", "tense"),
    [
        # "an" is an article, not "a" and a title starting "n …".
        (
            "Karl Berg, an economist at the Nordvik Institute, said so.",
            "Karl Berg",
            "economist at the Nordvik Institute",
            None,
            "unknown",
        ),
        (
            "Karl Berg, another former special envoy, said so.",
            "Karl Berg",
            "another former special envoy",
            None,
            "unknown",
        ),
        # A relative "who was …" gives the office and its tense.
        (
            "Anna Lund, who was communications director in 2010, said so.",
            "Anna Lund",
            "communications director in 2010",
            None,
            "past",
        ),
        # The office ends where a clause starts.
        (
            "Eva Holm, a lawyer in Brandvik who represents farmers, said so.",
            "Eva Holm",
            "lawyer in Brandvik",
            None,
            "unknown",
        ),
        # A title followed by another title word or by "and" is still an office.
        (
            "Omar Haddad, chief financial officer of Nordvik Steel, said so.",
            "Omar Haddad",
            "chief financial officer",
            "Nordvik Steel",
            "unknown",
        ),
        (
            "Omar Haddad, president and chief executive of Nordvik Steel, said so.",
            "Omar Haddad",
            "president and chief executive",
            "Nordvik Steel",
            "unknown",
        ),
    ],
)
def test_an_apposition_gives_the_office(  # type: ignore[no-untyped-def]
    text, name, title, of, tense
) -> None:
    role = _after(text, name)
    assert role is not None
    assert (role.title, role.of, role.tense) == (title, of, tense)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A clause after the name, not an office.
        ("In the last poll Anna Lund, Ohio governor earned 51 percent to her 35.", "Anna Lund"),
        ("It is Lund, right now the president is more popular than ever.", "Lund"),
        # The next person of a list, named with a title.
        ("Guests included Anna Lund, Congresswoman Eva Holm, and others.", "Anna Lund"),
        # A phrase saying how, not who.
        ("Karl Berg, through a spokeswoman, declined to comment.", "Karl Berg"),
        ("Karl Berg, plotting to be president since school, smiled.", "Karl Berg"),
        # A relative clause that names no office.
        ("Tom Lind, who plays a none-too-bright actor, said so.", "Tom Lind"),
    ],
)
def test_an_apposition_that_is_no_office_gives_no_role(text: str, name: str) -> None:
    assert _after(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # A sentence's first word is not part of the title.
        ("If Justice Anna Lund retires, the court changes.", "Anna Lund", "Justice"),
        ("Unlike President Karl Berg, she stayed.", "Karl Berg", "President"),
        (
            "The email contradicts Secretary of Defense Karl Berg on the base.",
            "Karl Berg",
            "Secretary of Defense",
        ),
    ],
)
def test_a_premodifier_title_is_the_office_only(text: str, name: str, title: str) -> None:
    role = _before(text, name)
    assert role is not None and role.title == title
