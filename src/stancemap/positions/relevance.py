"""Is a statement about an issue? Concepts, not exact words.

An issue's terms are hints: "the Lithuanian flag will be present there" speaks of
troops in Ukraine without any of the words "send troops". We map lemmas to small
families of words that news uses interchangeably (``data/concepts.tsv``) and score
the concepts a statement shares with the issue; proper names of the issue (Ukraine,
NATO) add context but cannot make a statement relevant alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from stancemap.models import Issue

RELEVANCE_THRESHOLD = 1.5
_NAME_ENTITIES = frozenset({"GPE", "NORP", "ORG", "LOC", "PERSON", "FAC"})
_CONTEXT_WEIGHT = 0.5
_GENERIC = frozenset(
    "country state government people thing year time way issue question allow should "
    "be have do make take get".split()
)


@dataclass(frozen=True)
class IssueProfile:
    """An issue's concepts: ``core`` carry the meaning, ``context`` are its names."""

    issue: Issue
    core: frozenset[str]
    context: frozenset[str]


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    text = resources.files("stancemap.data").joinpath("concepts.tsv").read_text("utf-8")
    families: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, words = line.split("\t")
        for word in words.split():
            families.setdefault(word, name)
    return families


def concept_of(lemma: str) -> str:
    """The family a lemma belongs to, or the lemma itself."""
    return _families().get(lemma.lower(), lemma.lower())


def _is_content(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.like_num:
        return len(token.text) == 4 and token.text.isdigit()
    return token.is_alpha and lemma not in STOP_WORDS and lemma not in _GENERIC


def profile_issue(issue: Issue, nlp_tokens: Iterable[Token]) -> IssueProfile:
    """Concepts of an issue from its parsed question and terms."""
    core: set[str] = set()
    context: set[str] = set()
    for token in nlp_tokens:
        if not _is_content(token):
            continue
        named = token.ent_type_ in _NAME_ENTITIES or token.pos_ == "PROPN"
        if named and token.text[:1].isupper():
            context.add(token.lemma_.lower())
        else:
            core.add(concept_of(token.lemma_))
    return IssueProfile(issue, frozenset(core), frozenset(context - core))


def relevance(profile: IssueProfile, span: Span) -> float:
    """How strongly ``span`` speaks of the issue; >= RELEVANCE_THRESHOLD is relevant.

    The issue's names may stand in the sentence before: "Talvesaar spoke of Talmark.
    'Our soldiers are not ours to hand out,' she said." is about troops in Talmark.
    """
    concepts = {concept_of(t.lemma_) for t in span if _is_content(t)}
    core_hits = len(concepts & profile.core)
    if core_hits == 0:
        return 0.0
    names = concepts | {t.lower_ for t in _with_previous_sentence(span) if t.is_alpha}
    context_hits = len(names & profile.context)
    return core_hits + _CONTEXT_WEIGHT * min(context_hits, 2)


def _with_previous_sentence(span: Span) -> Span:
    """The span and the sentence before it, within the same paragraph."""
    doc = span.doc
    first = span[0].sent.start if len(span) else span.start
    if first == 0:
        return span
    previous = doc[first - 1].sent
    if "\n" in doc.text[previous.start_char : span.start_char]:
        return doc[first : span.end]
    return doc[previous.start : span.end]
