"""One actor across articles: spelling variants, conflicts, role history, user control."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from stancemap.actors.aliases import load_aliases
from stancemap.cli.main import app
from stancemap.errors import ConfigError
from stancemap.models import Article
from stancemap.store import Store


def _ingest(pipeline, store: Store, *texts: str, dated: bool = False) -> None:  # type: ignore[no-untyped-def]
    for number, text in enumerate(texts, start=1):
        published = date(2024, number, 1) if dated else None
        article = Article(id=f"a{number}", text=text, published=published)
        assert store.save_extraction(pipeline.extract(article))


def _people(store: Store) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.name, a.aliases) for a in store.actors(type="person")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Lithuanian Foreign Minister Kasutis Budrys said the alliance must act.",
            "Lithuanian Foreign Minister Kęstutis Budrys said on Monday that talks would go on.",
            [("Kęstutis Budrys", ("Kasutis Budrys",))],
        ),
        (
            "Latvian Prime Minister Evika Silynya echoed this sentiment.",
            "Latvian Prime Minister Evika Siliņa said Latvia would decide with its allies.",
            [("Evika Siliņa", ("Evika Silynya",))],
        ),
        (
            "It was mirrored by the then Latvian Foreign Minister, Krisjanis Karins, who spoke.",
            "Former Latvian Foreign Minister Krišjānis Kariņš said the alliance must hold.",
            [("Krišjānis Kariņš", ("Krisjanis Karins",))],
        ),
        (
            "Latvian Foreign Minister baiba Braje said NATO was not ready.",
            "Latvian Foreign Minister Baiba Braje said NATO was not ready.",
            [("Baiba Braje", ())],
        ),
        # Close spelling but conflicting countries: two people.
        (
            "Slovak Defence Minister Lenka Morvay said Slovakia was ready.",
            "Czech Foreign Minister Lena Morvai said the Czech Republic would not talk.",
            [("Lena Morvai", ()), ("Lenka Morvay", ())],
        ),
        # Close spelling and nothing else known: no evidence, no merge.
        (
            "Anna Berg said the plan would fail.",
            "Anna Borg said the plan would work.",
            [("Anna Berg", ()), ("Anna Borg", ())],
        ),
        # Same role title, different countries: two people.
        (
            "Latvian Foreign Minister Janis Ozols said so.",
            "Estonian Foreign Minister Janis Ozol said otherwise.",
            [("Janis Ozol", ()), ("Janis Ozols", ())],
        ),
    ],
)
def test_ingest_merges_spelling_variants_only_with_agreeing_evidence(
    pipeline, fresh_store: Store, first: str, second: str, expected
) -> None:  # type: ignore[no-untyped-def]
    _ingest(pipeline, fresh_store, first, second)
    assert _people(fresh_store) == expected


def test_ingest_variant_merge_is_incremental_in_either_order(pipeline, fresh_store: Store) -> None:  # type: ignore[no-untyped-def]
    _ingest(
        pipeline,
        fresh_store,
        "Lithuanian Foreign Minister Kęstutis Budrys said the alliance must act.",
        "Lithuanian Foreign Minister Kasutis Budrys said so. Budrys added more.",
    )
    [(name, aliases)] = _people(fresh_store)
    assert name == "Kęstutis Budrys"
    assert "Kasutis Budrys" in aliases


@pytest.mark.parametrize("dated", [False, True])
def test_role_marked_now_follows_premodifier_role(
    pipeline, fresh_store: Store, dated: bool
) -> None:  # type: ignore[no-untyped-def]
    _ingest(
        pipeline,
        fresh_store,
        "Estonian Prime Minister Kaja Kallas, now the High Representative of the European "
        "Union for Foreign Affairs and Security Policy, made a controversial statement.",
        "Estonian Prime Minister Kaja Kallas also noted that some countries sent instructors.",
        dated=False,
    )
    kallas = fresh_store.find_actor("Kaja Kallas")
    titles = [role.title for role in kallas.roles]
    assert titles == ["Prime Minister", "Prime Minister", "High Representative"]
    assert kallas.current_role is not None
    assert kallas.current_role.title == "High Representative"
    assert kallas.country == "Estonia"


def test_latest_dated_role_is_current(pipeline, fresh_store: Store) -> None:  # type: ignore[no-untyped-def]
    _ingest(
        pipeline,
        fresh_store,
        "Latvian Prime Minister Krišjānis Kariņš said Latvia stood firm.",
        "Latvian Foreign Minister Krišjānis Kariņš said the alliance must hold.",
        dated=True,
    )
    karins = fresh_store.find_actor("Kariņš")
    assert [(r.title, r.reported_on) for r in karins.roles] == [
        ("Prime Minister", date(2024, 1, 1)),
        ("Foreign Minister", date(2024, 2, 1)),
    ]
    assert karins.current_role is not None and karins.current_role.title == "Foreign Minister"


_BUDRYS = "Lithuanian Foreign Minister Kasutis Budrys said Lithuania would send troops to Ukraine."
_BUDRYS_LATER = "Kasutis Budrys said on Friday that Vilnius would wait for a ceasefire in Ukraine."


def test_cli_merge_repoints_evidence_and_persists(pipeline, cli_runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "m.db")
    with Store.open(db) as store:
        _ingest(pipeline, store, _BUDRYS, "Jonas Budrys said the plan was sound.")
        before = store.find_actor("Kasutis Budrys")
        other = store.find_actor("Jonas Budrys")
    result = cli_runner.invoke(app, ["merge", "Kasutis Budrys", "Jonas Budrys", "--db", db])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        merged = store.find_actor("Kasutis Budrys")
        assert "Jonas Budrys" in merged.aliases
        assert merged.statements == before.statements + other.statements
        assert merged.positions == before.positions + other.positions
        assert [a.name for a in store.actors(type="person")] == ["Kasutis Budrys"]
        store.save_extraction(pipeline.extract(Article(id="later", text="Jonas Budrys spoke.")))
        assert [a.name for a in store.actors(type="person")] == ["Kasutis Budrys"]


def test_cli_rename_pins_name_across_ingests(pipeline, cli_runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "r.db")
    with Store.open(db) as store:
        _ingest(pipeline, store, _BUDRYS)
    result = cli_runner.invoke(app, ["rename", "Kasutis Budrys", "Kęstutis Budrys", "--db", db])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        later = Article(id="later", text=_BUDRYS_LATER)
        store.save_extraction(pipeline.extract(later))
        [budrys] = store.actors(type="person")
        assert budrys.name == "Kęstutis Budrys"
        assert "Kasutis Budrys" in budrys.aliases
        assert budrys.mentions >= 2
        positions = store.matrix("western-troops-in-ukraine")
        assert "Kasutis Budrys" not in {row.actor_name for row in positions}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "Kasutis Budrys", "Kalas"], "no actor named 'Kalas'"),
        (["merge", "Kasutis Budris", "Lithuania"], "did you mean: Kasutis Budrys"),
        (["rename", "Nobody Atall", "X"], "no actor named 'Nobody Atall'"),
        (["merge", "Kasutis Budrys", "Kasutis Budrys"], "into itself"),
        (["rename", "Kasutis Budrys", "Lithuania"], None),
    ],
)
def test_cli_merge_rename_errors_speak_to_the_user(
    pipeline, cli_runner, tmp_path: Path, args: list[str], message: str | None
) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "e.db")
    with Store.open(db) as store:
        _ingest(pipeline, store, _BUDRYS)
    result = cli_runner.invoke(app, [*args, "--db", db])
    if message is None:  # renaming a person to a country's name is allowed: other type
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_rename_to_a_taken_name_suggests_merge(pipeline, cli_runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "t.db")
    with Store.open(db) as store:
        _ingest(pipeline, store, _BUDRYS, "Jonas Budrys said the plan was sound.")
    result = cli_runner.invoke(app, ["rename", "Jonas Budrys", "Kasutis Budrys", "--db", db])
    assert result.exit_code == 1
    assert "stancemap merge 'Kasutis Budrys' 'Jonas Budrys'" in result.output


_ALIASES = """
[[actor]]
name = "Kęstutis Budrys"
aliases = ["Kasutis Budrys", "Budrys"]
type = "person"
country = "Lithuania"

[[actor]]
name = "Northern Accord"
aliases = ["the Accord"]
type = "organization"
"""


def test_aliases_file_applies_at_extract_and_ingest(cli_runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    aliases = tmp_path / "aliases.toml"
    aliases.write_text(_ALIASES, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(_BUDRYS, encoding="utf-8")
    result = cli_runner.invoke(app, ["extract", str(article), "--aliases", str(aliases)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    [person] = [e for e in record["entities"] if e["type"] == "person"]
    assert (person["name"], person["country"]) == ("Kęstutis Budrys", "Lithuania")
    assert "Kasutis Budrys" in person["aliases"]
    db = str(tmp_path / "a.db")
    result = cli_runner.invoke(app, ["ingest", str(article), "--db", db, "--aliases", str(aliases)])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert [a.name for a in store.actors(type="person")] == ["Kęstutis Budrys"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[actor]\nname = 1", "not valid TOML"),
        ('title = "x"', "no [[actor]] tables"),
        ('[[actor]]\naliases = ["x"]', "needs a name"),
        ('[[actor]]\nname = "A"\ntype = "robot"', "type 'robot' is not one of"),
        ('[[actor]]\nname = "A"\naliases = "B"', "aliases must be a list"),
        ('[[actor]]\nname = "A"\naliases = ["X"]\n[[actor]]\nname = "B"\naliases = ["x"]', "both"),
    ],
)
def test_load_aliases_rejects_bad_files_clearly(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=None) as error:
        load_aliases(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_cli_actors_lists_counts_and_roles(pipeline, cli_runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "l.db")
    with Store.open(db) as store:
        _ingest(pipeline, store, _BUDRYS, _BUDRYS_LATER)
    result = cli_runner.invoke(app, ["actors", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    budrys = rows["Kasutis Budrys"]
    assert budrys["type"] == "person" and budrys["country"] == "Lithuania"
    assert budrys["current_role"]["title"] == "Foreign Minister"
    assert budrys["mentions"] == 2 and budrys["statements"] >= 2
    assert rows["Lithuania"]["positions"] >= 1
    table = cli_runner.invoke(app, ["actors", "--db", db])
    assert "mentions" in table.stdout and "Foreign Minister of Lithuania" in table.stdout
