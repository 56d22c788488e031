"""The two seed articles ingested together: one record per real actor, typed and placed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from stancemap.models import Article
from stancemap.store import Store

PEOPLE = {
    # name: (current role title, of, country)
    "Baiba Braje": ("Foreign Minister", "Latvia", "Latvia"),
    "Emmanuel Macron": ("President", "France", "France"),
    "Evika Silynya": ("Prime Minister", "Latvia", "Latvia"),
    "Kaja Kallas": (
        "High Representative",
        "European Union for Foreign Affairs and Security Policy",
        "Estonia",
    ),
    "Kalev Stoicescu": ("head", "Estonian Riigikogu’s state defense commission", "Estonia"),
    "Kasutis Budrys": ("Foreign Minister", "Lithuania", "Lithuania"),
    "Krisjanis Karins": ("Foreign Minister", "Latvia", "Latvia"),
    "Olaf Scholz": ("Chancellor", "Germany", "Germany"),
    "Petr Pavel": ("President", "Czech Republic", "Czech Republic"),
    "Volodymyr Zelenskyy": ("President", "Ukraine", "Ukraine"),
}


@pytest.fixture(scope="module")
def seed_store(pipeline, seed_texts, tmp_path_factory) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Store.open(str(path)) as store:
        for name, text in seed_texts.items():
            store.save_extraction(pipeline.extract(Article(id=name, text=text)))
        yield store


def test_seeds_each_person_once(seed_store: Store) -> None:
    names = [actor.name for actor in seed_store.actors(type="person")]
    assert sorted(names) == sorted(PEOPLE)


@pytest.mark.parametrize(("name", "expected"), sorted(PEOPLE.items()))
def test_seeds_person_role_and_country(seed_store: Store, name: str, expected) -> None:  # type: ignore[no-untyped-def]
    title, of, country = expected
    actor = seed_store.find_actor(name, type="person")
    assert actor.current_role is not None
    assert (actor.current_role.title, actor.current_role.of, actor.country) == (title, of, country)
    for role in actor.roles:
        article = seed_store.article(role.article_id)
        assert role.title.split()[-1] in article.text[role.start : role.end]


def test_seeds_kallas_both_roles_in_order(seed_store: Store) -> None:
    kallas = seed_store.find_actor("Kallas")
    distinct = list(dict.fromkeys(role.title for role in kallas.roles))
    assert distinct == ["Prime Minister", "High Representative"]
    assert {role.article_id for role in kallas.roles} == {
        "000_224da9d80f92f6ae",
        "001_4e0af36183f8e979",
    }
    assert kallas.statements >= 4


def test_seeds_karins_role_is_past(seed_store: Store) -> None:
    karins = seed_store.find_actor("Karins")
    assert [role.tense for role in karins.roles] == ["past"]


@pytest.mark.parametrize(
    "outlet",
    ["Der Spiegel", "Svenska Dagbladet", "Tagesschau", "The Telegraph", "The Kyiv Independent"],
)
def test_seeds_outlets_are_media(seed_store: Store, outlet: str) -> None:
    assert seed_store.find_actor(outlet).type == "media"


@pytest.mark.parametrize(
    ("name", "actor_type"),
    [
        ("NATO", "organization"),
        ("European Union", "organization"),
        ("Riigikogu", "organization"),
        ("Estonian Defense Forces", "organization"),
        ("Germany", "country"),
        ("United States", "country"),
    ],
)
def test_seeds_organizations_and_governments(seed_store: Store, name: str, actor_type: str) -> None:
    assert seed_store.find_actor(name).type == actor_type


def test_seeds_capitals_are_governments_or_places_never_people(seed_store: Store) -> None:
    by_name = {actor.name: actor for actor in seed_store.actors()}
    assert "Berlin" in by_name["Germany"].aliases
    assert "Vilnius" in by_name["Lithuania"].aliases
    assert "Tallinn" in by_name["Estonia"].aliases
    assert "White House" in by_name["United States"].aliases
    people = {actor.name for actor in seed_store.actors(type="person")}
    assert not people & {"Vilnius", "Kyiv", "Tallinn", "Berlin", "Svenska Dagbladet"}
    assert "European Union for Foreign Affairs" not in by_name


def test_seeds_baltic_states_one_group_of_three(seed_store: Store) -> None:
    [group] = seed_store.actors(type="group")
    assert group.name == "Baltic states"
    assert {"Baltic republics", "Baltic NATO states"} <= set(group.aliases)
    assert {seed_store.actor(member).name for member in group.members} == {
        "Estonia",
        "Latvia",
        "Lithuania",
    }


def test_seeds_group_positions_reach_members_not_the_eu(seed_store: Store) -> None:
    rows = seed_store.matrix("western-troops-in-ukraine")
    holders = {row.actor_name for row in rows}
    assert {"Estonia", "Latvia", "Lithuania", "Poland", "France", "United Kingdom"} <= holders
    assert "European Union" not in holders and "EU" not in holders
    assert seed_store.find_actor("European Union").positions == 0
