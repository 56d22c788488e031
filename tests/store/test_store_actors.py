"""One global actor per real actor: merging entities across articles, and finding them."""

from __future__ import annotations

from datetime import date

import pytest
from store_builders import kallas_july, kallas_may, person, with_entities

from stancemap.errors import NotFound
from stancemap.models import Entity
from stancemap.store import Store
from stancemap.store.keys import canonical_url, name_key


def test_save_extraction_same_person_in_two_articles_is_one_actor(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_may())
    fresh_store.save_extraction(kallas_july())
    people = fresh_store.actors(type="person")
    assert [actor.name for actor in people] == ["Kaja Kallas"]
    kallas = people[0]
    assert kallas.aliases == ("Kallas",)
    assert [(role.title, role.of, role.article_id) for role in kallas.roles] == [
        ("Prime Minister", "Estonia", "a-may"),
        ("High Representative", "EU", "a-july"),
    ]
    assert kallas.current_role is not None
    assert kallas.current_role.title == "High Representative"
    assert kallas.current_role.reported_on == date(2024, 7, 17)
    assert (kallas.mentions, kallas.statements, kallas.positions) == (4, 2, 2)


def test_save_extraction_accent_variants_are_one_person(fresh_store: Store) -> None:
    fresh_store.save_extraction(with_entities("a", "one", person("e1", "Kęstutis Budrys")))
    fresh_store.save_extraction(with_entities("b", "two", person("e1", "Kestutis Budrys")))
    [budrys] = fresh_store.actors(type="person")
    assert budrys.name == "Kęstutis Budrys"
    assert budrys.aliases == ("Kestutis Budrys",)


def test_save_extraction_short_name_first_takes_full_name_later(fresh_store: Store) -> None:
    fresh_store.save_extraction(with_entities("a", "one", person("e1", "Kallas")))
    fresh_store.save_extraction(with_entities("b", "two", person("e1", "Kaja Kallas", "Kallas")))
    [kallas] = fresh_store.actors(type="person")
    assert (kallas.name, kallas.aliases) == ("Kaja Kallas", ("Kallas",))


def test_save_extraction_shared_surname_does_not_merge_two_people(fresh_store: Store) -> None:
    fresh_store.save_extraction(with_entities("a", "one", person("e1", "Olaf Scholz", "Scholz")))
    fresh_store.save_extraction(with_entities("b", "two", person("e1", "Anna Scholz", "Scholz")))
    fresh_store.save_extraction(with_entities("c", "three", person("e1", "Scholz")))
    names = sorted(actor.name for actor in fresh_store.actors(type="person"))
    assert names == ["Anna Scholz", "Olaf Scholz", "Scholz"]


def test_save_extraction_same_name_other_type_is_other_actor(fresh_store: Store) -> None:
    georgia = Entity(id="e2", name="Georgia", type="country")
    fresh_store.save_extraction(with_entities("a", "one", person("e1", "Georgia"), georgia))
    assert sorted(actor.type for actor in fresh_store.actors()) == ["country", "person"]


def test_save_extraction_group_keeps_members(fresh_store: Store) -> None:
    countries = [
        Entity(id=f"e{i}", name=n, type="country")
        for i, n in enumerate(["Estonia", "Latvia", "Lithuania"], start=1)
    ]
    group = Entity(id="g1", name="the Baltic states", type="group", members=("e1", "e2", "e3"))
    fresh_store.save_extraction(with_entities("a", "text", group, *countries))
    [baltics] = fresh_store.actors(type="group")
    members = {fresh_store.actor(member).name for member in baltics.members}
    assert members == {"Estonia", "Latvia", "Lithuania"}


def test_actors_filters_by_type_and_orders_by_name(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_may())
    assert [a.name for a in fresh_store.actors()] == ["Estonia", "Kaja Kallas", "Svenska Dagbladet"]
    assert [a.name for a in fresh_store.actors(type="media")] == ["Svenska Dagbladet"]
    assert fresh_store.actors(type="organization") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kaja Kallas", "Kaja Kallas"),
        ("KAJA  KALLAS", "Kaja Kallas"),
        ("Kallas", "Kaja Kallas"),
        ("kaja", "Kaja Kallas"),
        ("svenska", "Svenska Dagbladet"),
        ("Estonia", "Estonia"),
    ],
)
def test_find_actor_by_name_alias_or_substring(
    fresh_store: Store, query: str, expected: str
) -> None:
    fresh_store.save_extraction(kallas_may())
    assert fresh_store.find_actor(query).name == expected


def test_find_actor_unknown_raises_not_found_with_candidates(fresh_store: Store) -> None:
    fresh_store.save_extraction(kallas_may())
    with pytest.raises(NotFound, match="did you mean: Kaja Kallas"):
        fresh_store.find_actor("Kaja Kalas")
    with pytest.raises(NotFound, match="no actor named 'Zelensky'"):
        fresh_store.find_actor("Zelensky")


def test_find_actor_ambiguous_substring_raises_not_found(fresh_store: Store) -> None:
    fresh_store.save_extraction(
        with_entities("a", "one", person("e1", "Olaf Scholz"), person("e2", "Anna Scholz"))
    )
    with pytest.raises(NotFound, match="matches several actors: Anna Scholz .*, Olaf Scholz"):
        fresh_store.find_actor("scholz")
    assert fresh_store.find_actor("Olaf Scholz").name == "Olaf Scholz"


def test_find_actor_shared_alias_is_ambiguous(fresh_store: Store) -> None:
    fresh_store.save_extraction(
        with_entities(
            "a", "one", person("e1", "Olaf Scholz", "Chancellor"), person("e2", "Anna Scholz")
        )
    )
    fresh_store.save_extraction(
        with_entities("b", "two", person("e1", "Anna Scholz", "Chancellor"))
    )
    with pytest.raises(NotFound, match="'Chancellor' matches several actors"):
        fresh_store.find_actor("Chancellor")


def test_find_actor_by_type_narrows_same_name(fresh_store: Store) -> None:
    georgia = Entity(id="e2", name="Georgia", type="country")
    fresh_store.save_extraction(with_entities("a", "one", person("e1", "Georgia"), georgia))
    assert fresh_store.find_actor("georgia", type="country").type == "country"
    assert fresh_store.find_actor("georgia", type="person").type == "person"


def test_actor_unknown_id_raises_not_found(fresh_store: Store) -> None:
    with pytest.raises(NotFound, match="no actor with id 42"):
        fresh_store.actor(42)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kaja Kallas", "kaja kallas"),
        ("Kęstutis Budrys", "kestutis budrys"),
        ("Łukasz  Jasina", "lukasz jasina"),
        ("Søren Brostrøm", "soren brostrom"),
        ("Straße", "strasse"),
        ("Baiba Braže.", "baiba braze"),
        ("!!!", "!!!"),
    ],
)
def test_name_key_folds_case_accents_and_punctuation(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (None, None),
        ("  ", None),
        ("https://WWW.Example.com/a/b/?utm_source=x&id=3#top", "https://example.com/a/b?id=3"),
        ("http://example.com:80/", "http://example.com"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("not a url", "not a url"),
    ],
)
def test_canonical_url_drops_what_does_not_identify(url: str | None, canonical: str | None) -> None:
    assert canonical_url(url) == canonical
