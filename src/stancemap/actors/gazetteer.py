"""Built-in knowledge about places, groups and outlets, read from ``stancemap/data``.

News writes countries as names, demonyms ("Latvian"), capitals and seats of
government ("Vilnius is open to", "the White House"); groups stand for several
countries ("the Baltic states"). These small tables let us resolve all of them to
one country record without a knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from stancemap.errors import ConfigError


@dataclass(frozen=True)
class Gazetteer:
    """Lower-cased lookup tables; values are canonical names."""

    countries: dict[str, str]
    demonyms: dict[str, str]
    seats: dict[str, str]
    groups: dict[str, tuple[str, ...]]
    outlets: dict[str, str]
    organizations: dict[str, str] = field(default_factory=dict)
    group_names: dict[tuple[str, ...], str] = field(default_factory=dict)

    def country_of(self, word: str) -> str | None:
        """Country a name, demonym or seat stands for, if any."""
        key = word.lower().strip()
        return self.countries.get(key) or self.demonyms.get(key) or self.seats.get(key)

    def group_name(self, members: tuple[str, ...]) -> str | None:
        """The one name of the group with exactly these member countries."""
        return self.group_names.get(tuple(sorted(members)))

    def is_place_word(self, word: str) -> bool:
        key = word.lower()
        return key in self.countries or key in self.demonyms or key in self.seats


def _user_lines(path: str) -> list[str]:
    """Lines of a user's places file, same format as ``data/places.tsv``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read places file {path}: {error.strerror}") from error
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(lines, start=1):
        if "\t" not in line:
            raise ConfigError(
                f"{path}: line {number} has no tab; "
                "write COUNTRY<TAB>demonyms<TAB>capitals<TAB>other names"
            )
    return lines


def _data_lines(name: str) -> list[str]:
    text = resources.files("stancemap.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


def _read_places(
    extra: tuple[str, ...],
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    seats: dict[str, str] = {}
    lines = _data_lines("places.tsv")
    for path in extra:
        lines.extend(_user_lines(path))
    for line in lines:
        cells = (line.split("\t") + ["", "", "", ""])[:4]
        country, demonym_cell, seat_cell, other_cell = cells
        countries[country.lower()] = country
        for other in _split(other_cell):
            countries[other.lower()] = country
        for demonym in _split(demonym_cell):
            demonyms[demonym.lower()] = country
        for seat in _split(seat_cell):
            seats[seat.lower()] = country
    return countries, demonyms, seats


def _read_groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, tuple[str, ...]] = {}
    for line in _data_lines("groups.tsv"):
        phrase, members = line.split("\t")
        groups[phrase.strip().lower()] = tuple(_split(members))
    return groups


def _group_names(groups: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """One display name per member set: the first phrase listed for it.

    "the Baltic states", "the Baltic republics" and "Baltic NATO states" are the same
    three countries, so they are one group actor, named "Baltic states".
    """
    names: dict[tuple[str, ...], str] = {}
    for phrase, members in groups.items():
        names.setdefault(tuple(sorted(members)), _display(phrase))
    return names


def _display(phrase: str) -> str:
    words = phrase.split()
    shown = [w.upper() if w in {"nato", "eu", "g7", "g20"} else w for w in words]
    shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def _read_outlets(name: str = "outlets.txt") -> dict[str, str]:
    outlets: dict[str, str] = {}
    for line in _data_lines(name):
        names = [name.strip() for name in line.split("|")]
        for name in names:
            outlets[name.lower()] = names[0]
    return outlets


@lru_cache(maxsize=8)
def load_gazetteer(extra_places: tuple[str, ...] = ()) -> Gazetteer:
    """The built-in tables plus the user's places files, read once per process.

    Places files teach stancemap countries it does not know (or fictional ones),
    with their demonyms and capitals, in the format of ``data/places.tsv``.
    """
    countries, demonyms, seats = _read_places(extra_places)
    groups = _read_groups()
    return Gazetteer(
        countries,
        demonyms,
        seats,
        groups,
        _read_outlets(),
        organizations=_read_outlets("organizations.txt"),
        group_names=_group_names(groups),
    )
