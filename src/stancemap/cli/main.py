"""The ``stancemap`` command: extract, ingest, query, demo.

Data goes to stdout, progress and messages to stderr. Expected failures are one
line on stderr and exit code 1; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from stancemap.actors.aliases import ALIASES_ENV, AliasEntry, load_aliases
from stancemap.batch import BatchReport, extract_all
from stancemap.cli import render
from stancemap.errors import StancemapError
from stancemap.ingest import read_articles
from stancemap.models import Issue
from stancemap.pipeline import Options, Pipeline
from stancemap.positions.issues import ISSUES_ENV, load_issues
from stancemap.store import Store

app = typer.Typer(
    help="Who stands where, on what, under which conditions — from news, with citations.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
stdout = Console(width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True)
T = TypeVar("T")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL or SQLite path [env: STANCEMAP_DB; default ./stancemap.db]"
    ),
]
IssuesOption = Annotated[
    Path | None,
    typer.Option(
        "--issues", help=f"Issues TOML file [env: {ISSUES_ENV}; default: built-in examples]"
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
PlacesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--places",
        help="Extra places file(s), TSV: country, demonyms, capitals, other names "
        "[env: STANCEMAP_PLACES]",
    ),
]
AliasesOption = Annotated[
    Path | None,
    typer.Option(
        "--aliases",
        help="Aliases TOML file: [[actor]] name, aliases, type, country [env: STANCEMAP_ALIASES]",
    ),
]
MaxCharsOption = Annotated[
    int, typer.Option("--max-chars", help="Skip articles longer than this many characters.")
]
_DEBUG = {"on": False}


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log every skipped input.")
    ] = False,
) -> None:
    _DEBUG["on"] = debug
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn stancemap's errors into one-line messages."""
    try:
        yield
    except StancemapError as error:
        if _DEBUG["on"]:
            raise
        # Printed here rather than by click so the message reaches the stderr of
        # the moment (test runners swap it) in one plain line.
        stderr.print(f"[bold red]Error:[/] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1) from error


def _issues(path: Path | None) -> tuple[Issue, ...]:
    chosen = path or (Path(os.environ[ISSUES_ENV]) if os.environ.get(ISSUES_ENV) else None)
    return load_issues(chosen)


def _places(paths: list[Path] | None) -> tuple[str, ...]:
    if paths:
        return tuple(str(p) for p in paths)
    from_env = os.environ.get("STANCEMAP_PLACES", "")
    return tuple(p for p in from_env.split(os.pathsep) if p)


def _aliases(path: Path | None) -> tuple[AliasEntry, ...]:
    chosen = path or (Path(os.environ[ALIASES_ENV]) if os.environ.get(ALIASES_ENV) else None)
    return load_aliases(chosen) if chosen else ()


def _db(url: str | None) -> str:
    return url or os.environ.get("STANCEMAP_DB") or "stancemap.db"


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, or - for JSON Lines on stdin.")
    ],
    issues: IssuesOption = None,
    places: PlacesOption = None,
    aliases: AliasesOption = None,
    max_chars: MaxCharsOption = 2_000_000,
) -> None:
    """Print one JSON object per article (the extraction contract); no database."""
    with _user_errors():
        options = Options(issues=_issues(issues), places=_places(places), aliases=_aliases(aliases))
        pipeline = Pipeline(options)
        report = BatchReport()
        for extraction in extract_all(pipeline, read_articles(paths, max_chars=max_chars), report):
            sys.stdout.write(json.dumps(extraction.to_contract(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        _print_failures(report)
        _exit_if_everything_failed(report)


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, or - for JSON Lines on stdin.")
    ],
    db: DbOption = None,
    issues: IssuesOption = None,
    places: PlacesOption = None,
    aliases: AliasesOption = None,
    max_chars: MaxCharsOption = 2_000_000,
) -> None:
    """Extract articles and store them; re-ingesting an article changes nothing."""
    with _user_errors():
        report = ingest_paths(
            paths,
            _db(db),
            _issues(issues),
            max_chars=max_chars,
            places=_places(places),
            aliases=_aliases(aliases),
        )
        _print_summary(report, _db(db))
        _exit_if_everything_failed(report)


def ingest_paths(
    paths: list[str],
    db: str,
    issues: tuple[Issue, ...],
    *,
    max_chars: int = 2_000_000,
    places: tuple[str, ...] = (),
    aliases: tuple[AliasEntry, ...] = (),
) -> BatchReport:
    """Ingest with a progress bar on stderr; one transaction per article."""
    report = BatchReport()
    items = list(read_articles(paths, max_chars=max_chars))
    with Store.open(db) as store:
        store.save_issues(issues)
        pipeline = Pipeline(Options(issues=issues, places=places, aliases=aliases))
        with _progress() as progress:
            task = progress.add_task("ingesting", total=len(items))
            for extraction in extract_all(pipeline, items, report):
                if store.save_extraction(extraction):
                    report.stored += 1
                else:
                    report.unchanged += 1
                progress.advance(task)
            progress.update(task, completed=len(items))
    return report


@contextmanager
def _progress() -> Iterator[Progress]:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=False) as progress:
        yield progress


def _print_summary(report: BatchReport, db: str) -> None:
    stderr.print(
        f"[green]{report.stored} stored[/], {report.unchanged} already in the database, "
        f"{report.failed_total} skipped — database: {db}"
    )
    _print_failures(report)


def _print_failures(report: BatchReport) -> None:
    for message in report.failures:
        stderr.print(f"[yellow]skipped[/] {message}", highlight=False)


def _exit_if_everything_failed(report: BatchReport) -> None:
    """Exit 1 when inputs were given but none could be read, so scripts notice."""
    if report.read == 0 and report.failed_total:
        stderr.print(
            "[bold red]Error:[/] none of the inputs could be read (see the lines above); "
            "nothing was extracted or stored.",
            highlight=False,
        )
        raise typer.Exit(code=1)


def _query(db: str | None, run: Callable[[Store], T]) -> T:
    with _user_errors(), Store.open(_db(db)) as store:
        return run(store)


@app.command()
def actors(
    db: DbOption = None,
    type: Annotated[
        str | None, typer.Option("--type", help="person, country, organization, media, group")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List actors with type, current role, country, aliases and counts."""
    rows = _query(db, lambda store: store.actors(type))
    if as_json:
        print(render.to_json(rows))
    else:
        stdout.print(render.actors_table(rows))


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Actor name, alias or part of it.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every statement and position of one actor, in date order, with evidence and outlet."""

    def run(store: Store) -> tuple[render.ActorRow, list[render.HistoryRow]]:
        row = store.find_actor(name)
        return row, store.actor_history(row.id)

    row, history = _query(db, run)
    if as_json:
        print(render.to_json({"actor": row, "history": history}))
        return
    if row.roles:
        stdout.print(render.roles_table(row))
    stdout.print(render.history_table(row, history))


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The actor to keep (name, alias or part of it).")],
    drop: Annotated[str, typer.Argument(help="The actor to fold into KEEP.")],
    db: DbOption = None,
) -> None:
    """Merge actor DROP into KEEP for good: statements, positions, roles and names move.

    DROP's names become aliases of KEEP, so later ingests of them land on KEEP.
    """
    row = _query(db, lambda store: store.merge_actors(keep, drop))
    stderr.print(f"merged {drop!r} into {row.name} ({row.type}, id {row.id})", highlight=False)


@app.command()
def rename(
    old: Annotated[str, typer.Argument(help="The actor to rename (name, alias or part of it).")],
    new: Annotated[str, typer.Argument(help="The name to show from now on.")],
    db: DbOption = None,
) -> None:
    """Rename actor OLD to NEW for good; OLD stays an alias and ingests keep NEW."""
    row = _query(db, lambda store: store.rename_actor(old, new))
    stderr.print(f"renamed {old!r} to {row.name} ({row.type}, id {row.id})", highlight=False)


@app.command()
def matrix(
    issue: Annotated[str, typer.Argument(help="Issue id, as in the issues file.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Each actor's latest position on ISSUE, with conditions, date and evidence."""

    def run(store: Store) -> tuple[str | None, list[render.MatrixRow]]:
        rows = store.matrix(issue)
        question = next((i.question for i in store.issues() if i.id == issue), None)
        return question, rows

    question, rows = _query(db, run)
    if as_json:
        print(render.to_json(rows))
    else:
        stdout.print(render.matrix_table(issue, question, rows))


@app.command()
def demo(
    db: Annotated[
        str, typer.Option("--db", help="Where to build the demo database.")
    ] = "stancemap-demo.db",
) -> None:
    """Ingest the bundled (fictional) example corpus and show the stance matrix."""
    examples = resources.files("stancemap") / "examples"
    corpus = str(examples / "corpus")
    issues_file = Path(str(examples / "issues.toml"))
    with _user_errors():
        chosen = load_issues(issues_file)
        stderr.print(f"Ingesting the fictional example corpus from {corpus}")
        places = (str(examples / "places.tsv"),)
        report = ingest_paths([corpus], db, chosen, places=places)
        _print_summary(report, db)
        with Store.open(db) as store:
            for issue in chosen:
                stdout.print(render.matrix_table(issue.id, issue.question, store.matrix(issue.id)))
    stderr.print(
        "\nNext: [bold]stancemap actors --db " + db + "[/] lists who spoke; "
        '[bold]stancemap actor "Maren Solvik" --db ' + db + "[/] shows one actor's history; "
        "[bold]stancemap ingest PATH[/] adds your own articles.\n"
        "Browse it: [bold]stancemap serve --db " + db + "[/], then open http://127.0.0.1:8000/"
    )


def main() -> None:
    """Console-script entry point."""
    app()


# Command modules register themselves on ``app``; imported last because they use it.
from stancemap.cli import positions_cmds, serve  # noqa: E402, F401
