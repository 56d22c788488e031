"""The user's aliases file: canonical names, their variants, types and countries.

Automatic merging never joins two spellings without agreeing evidence, and never
changes a type spaCy got wrong in a way the gazetteer cannot see. An analyst who
knows that "Kasutis Budrys" and "K. Budrys" are Kęstutis Budrys of Lithuania says so
once, in TOML, and every article extracted or ingested with ``--aliases FILE`` uses it::

    [[actor]]
    name = "Kęstutis Budrys"
    aliases = ["Kasutis Budrys", "K. Budrys"]
    type = "person"          # optional: person, country, organization, media, group
    country = "Lithuania"    # optional
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast, get_args

from stancemap.actors.resolve import ActorDraft
from stancemap.errors import ConfigError
from stancemap.models import EntityType
from stancemap.store.keys import name_key

ALIASES_ENV = "STANCEMAP_ALIASES"
_TYPES: tuple[str, ...] = get_args(EntityType)


@dataclass(frozen=True)
class AliasEntry:
    """One actor of the aliases file."""

    name: str
    aliases: tuple[str, ...] = ()
    type: EntityType | None = None
    country: str | None = None

    def keys(self) -> set[str]:
        """Name keys this entry answers to: its own name and every alias."""
        return {name_key(name) for name in (self.name, *self.aliases)}


def load_aliases(path: str | Path) -> tuple[AliasEntry, ...]:
    """Read an aliases file; ConfigError naming the file and entry when it is wrong."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read aliases file {path}: {error.strerror}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"aliases file {path} is not valid TOML: {error}") from error
    raw = data.get("actor")
    if not isinstance(raw, list) or not raw:
        raise ConfigError(
            f"aliases file {path} has no [[actor]] tables; write "
            '[[actor]] name = "..." aliases = ["..."]'
        )
    entries = tuple(_entry(path, number, item) for number, item in enumerate(raw, start=1))
    _check_unique(path, entries)
    return entries


def _entry(path: str | Path, number: int, item: Any) -> AliasEntry:
    where = f"aliases file {path}, actor {number}"
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
        raise ConfigError(f'{where}: needs a name, e.g. name = "Kęstutis Budrys"')
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ConfigError(f"{where} ({item['name']}): aliases must be a list of strings")
    actor_type = item.get("type")
    if actor_type is not None and actor_type not in _TYPES:
        raise ConfigError(
            f"{where} ({item['name']}): type {actor_type!r} is not one of {', '.join(_TYPES)}"
        )
    country = item.get("country")
    if country is not None and not isinstance(country, str):
        raise ConfigError(f"{where} ({item['name']}): country must be a string")
    return AliasEntry(
        name=" ".join(item["name"].split()),
        aliases=tuple(" ".join(a.split()) for a in aliases if a.strip()),
        type=cast(EntityType | None, actor_type),
        country=country,
    )


def _check_unique(path: str | Path, entries: tuple[AliasEntry, ...]) -> None:
    """One alias naming two actors would make the file's meaning depend on its order."""
    owner: dict[str, str] = {}
    for entry in entries:
        for key in entry.keys():
            if key in owner and owner[key] != entry.name:
                raise ConfigError(
                    f"aliases file {path}: {key!r} is listed for both {owner[key]!r} and "
                    f"{entry.name!r}; keep it under one actor"
                )
            owner[key] = entry.name


def apply_aliases(actors: Iterable[ActorDraft], entries: Iterable[AliasEntry]) -> None:
    """Rename, retype and place each article actor the aliases file knows."""
    by_key = {key: entry for entry in entries for key in entry.keys()}
    if not by_key:
        return
    for actor in actors:
        entry = by_key.get(name_key(actor.name))
        if entry is None:
            continue
        actor.name = entry.name
        actor.type = entry.type or actor.type
        actor.country = entry.country or actor.country
