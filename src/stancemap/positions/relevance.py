"""Is a statement about an issue? Concepts, not exact words.

An issue's terms are hints: "the Lithuanian flag will be present there" speaks of
troops in Ukraine without any of the words "send troops". We map lemmas to small
families of words that news uses interchangeably (``data/concepts.tsv``) and score
the concepts a statement shares with the issue; proper names of the issue (Ukraine,
NATO) add context but cannot make a statement relevant alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from stancemap.actors.gazetteer import Gazetteer, load_gazetteer
from stancemap.models import Issue
from stancemap.positions.concepts import concepts_in, is_content, opposite_concept, token_concept
from stancemap.positions.scope import issue_places, names_a_place

RELEVANCE_THRESHOLD = 2.0
_NAME_ENTITIES = frozenset({"GPE", "NORP", "ORG", "LOC", "PERSON", "FAC"})
_CONTEXT_WEIGHT = 0.5
_PARTIAL_WEIGHT = 0.5
_TOPIC_WEIGHT = 0.5
_TOPIC_SENTENCES = 2
_ABOUT_SENTENCES = 1
_ABOUT_CORE = 2.0
_ANAPHOR_WEIGHT = 0.5
_ANAPHORIC_DETERMINERS = frozenset({"this", "that", "these", "those", "such"})
# "rejected the idea", "criticised the decision": a definite proposal noun as object
# stands for the proposal the sentence before spoke of.
_PROPOSAL_NOUNS = frozenset(
    {"idea", "proposal", "plan", "move", "decision", "step", "initiative", "suggestion"}
)
_DEFINITE = frozenset({"the", "this", "that", "such"})
# "We do not support it": "it" stands for the issue only as the object of a stance verb.
_STANCE_VERBS = frozenset(
    """support back oppose reject endorse welcome accept veto block favour favor criticise
    criticize condemn call describe""".split()
)
# "Merovia says it would join only if …", "we will not follow": verbs that take the
# action just named as their unspoken object.
_ELLIPTICAL_VERBS = frozenset({"join", "follow"})
_ELLIPTICAL_OBJECTS = frozenset({"suit", "it", "them", "example", "lead"})
# "would need a UN mandate", "not without the approval of parliament": a requirement
# for the action the article has just spoken of.
_AUTHORISATIONS = frozenset(
    """mandate approval consent authorisation authorization resolution invitation
    green-light""".split()
)
_REQUIRING = frozenset({"need", "require", "want", "seek", "without", "under", "with"})
_ELLIPSIS_SENTENCES = 2
# Prepositions that aim an action at a place: "troops to", "strikes against".
_AIMING = frozenset({"to", "into", "in", "against", "on", "inside", "at"})


@dataclass(frozen=True)
class IssueProfile:
    """An issue's concepts, weighted by how much each says about the issue alone.

    ``core`` maps a concept to its weight: 1 for the question's own concepts and for
    a term that is one concept ("peacekeeping mission"), less for a word that only
    helps a longer term ("conflict" in "join the conflict"), which in war news is
    everywhere. ``context`` are the issue's proper names (Ukraine, NATO); ``places``
    the words naming the countries its question names and ``blocs`` its other names
    ("nato", "european"), see ``scope``.
    """

    issue: Issue
    core: dict[str, float]
    context: frozenset[str]
    question: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    blocs: frozenset[str] = frozenset()

    def weight(self, concept: str) -> float:
        return self.core.get(concept, 0.0)


def _names_in(tokens: Iterable[Token]) -> set[str]:
    return {
        t.lemma_.lower()
        for t in tokens
        if is_content(t)
        and (t.ent_type_ in _NAME_ENTITIES or t.pos_ == "PROPN")
        and t.text[:1].isupper()
    }


def profile_issue(
    issue: Issue,
    question: Iterable[Token],
    terms: Iterable[Iterable[Token]] = (),
    gazetteer: Gazetteer | None = None,
) -> IssueProfile:
    """Concepts of an issue from its parsed question and each parsed term; its places
    from the countries ``gazetteer`` (the built-in one by default) knows."""
    question_tokens = list(question)
    places = issue_places(question_tokens, gazetteer or load_gazetteer())
    question_names = _names_in(question_tokens)
    context = set(question_names)
    asked = concepts_in(question_tokens) - context
    core: dict[str, float] = dict.fromkeys(asked, 1.0)
    for term in terms:
        term_tokens = list(term)
        context |= _names_in(term_tokens)
        concepts = concepts_in(term_tokens) - context
        weight = 1.0 if len(concepts) == 1 else _PARTIAL_WEIGHT
        for concept in concepts:
            inverse = opposite_concept(concept) in asked  # "restrictions" on "allowed"
            core[concept] = max(core.get(concept, 0.0), 1.0 if inverse else weight)
    place_words = {word for place in places for word in place.split()}
    blocs = frozenset(question_names - place_words - set(core))
    return IssueProfile(
        issue, core, frozenset(context - set(core)), frozenset(asked), places, blocs
    )


def relevance(
    profile: IssueProfile,
    span: Span,
    *,
    on_topic: bool = False,
    names: Mapping[str, str] | None = None,
    about: bool = True,
) -> float:
    """How strongly ``span`` speaks of the issue; >= RELEVANCE_THRESHOLD is relevant.

    The issue's names may stand in the sentence before: "Talvesaar spoke of Talmark.
    'Our soldiers are not ours to hand out,' she said." is about troops in Talmark.
    In an article ``on_topic`` (several sentences speak of the issue), a short
    mention such as "a mission" is enough. ``names`` maps the article's other words
    for a country to its name ("kyiv" → "ukraine"). In an article not ``about`` the
    issue's places (see ``is_about_places``), the span or the two sentences before it
    must name one or a bloc of the question: "Trump's attacks on immigrants" is no
    strike on Russia because the article once spoke of Russian hackers.
    """
    if not about and not _names_the_issue(profile, span):
        return 0.0
    if _aimed_only_elsewhere(span, profile):
        return 0.0
    known = names or {}
    own = [
        t
        for t in span
        if not _another_countrys_land(t, profile, known) and not _aimed_elsewhere(t, profile)
    ]
    core = sum(profile.weight(c) for c in concepts_in(own))
    if core == 0 and demonstrative_objects(span):
        core = min(_previous_core(profile, span), 2.0)  # "Hungary will never support this."
    if core < 1.0 and (elliptical_verbs(span) or _requirements(span)):
        # "Kaskaria would need a mandate."; "join" may be a partial word of the issue
        core = max(core, min(_preceding_core(profile, span), 2.0))
    if core == 0:
        return 0.0
    words = {t.lower_ for t in _with_previous_sentence(span) if t.is_alpha}
    seen = words | {known[w] for w in words if w in known}
    context = _CONTEXT_WEIGHT * min(len(seen & profile.context), 2)
    refers_back = (
        _refers_back_to_issue(profile, span)
        or bool(_requirements(span))  # "any deployment would need a mandate"
        or (on_topic and _judges_issue_word(profile, span))
    )
    anaphor = _ANAPHOR_WEIGHT if refers_back else 0.0
    return core + context + anaphor + (_TOPIC_WEIGHT if on_topic else 0.0)


def _refers_back_to_issue(profile: IssueProfile, span: Span) -> bool:
    """ "this mission", "such a step", "the embargo" right after a sentence about the issue
    point back to it.

    News rarely repeats the issue's words in the sentence that gives a view on it:
    "Parliament debated sending soldiers. 'Valdoria supports this mission,' Tremmel said."
    """
    if not any(_is_anaphoric_determiner(t, profile) for t in span):
        return False
    return _previous_core(profile, span) >= 1.0


def _judges_issue_word(profile: IssueProfile, span: Span) -> bool:
    """ "Kaskaria could not back an embargo": in an article about the embargo, the
    issue's own noun as the object of a verb of stance is that issue, not any embargo."""
    return any(
        t.dep_ == "dobj"
        and t.head.lemma_.lower() in _STANCE_VERBS
        and profile.weight(token_concept(t) or "") >= 1.0
        for t in span
    )


def _previous_core(profile: IssueProfile, span: Span) -> float:
    """How much the sentence before ``span`` speaks of the issue in its own words."""
    previous = _previous_sentence(span)
    return sum(profile.weight(c) for c in concepts_in(previous)) if previous is not None else 0.0


def demonstrative_objects(span: Span) -> list[Token]:
    """ "will never support this", "we reject that", "rejected the idea", "we do not
    support it": words standing for what the sentence before proposed."""
    return [t for t in span if t.dep_ in {"dobj", "pobj"} and _stands_for_proposal(t)]


def _stands_for_proposal(token: Token) -> bool:
    if token.lower_ in {"this", "that"}:
        return token.pos_ == "PRON"
    if token.lower_ == "it":
        return token.dep_ == "dobj" and token.head.lemma_.lower() in _STANCE_VERBS
    if token.lemma_.lower() not in _PROPOSAL_NOUNS or token.dep_ != "dobj":
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)


def elliptical_verbs(span: Span) -> list[Token]:
    """ "would join only if …", "will not follow", "ready to do the same": verbs whose
    object is the action named just before them."""
    found = []
    for token in span:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            continue
        if lemma in _ELLIPTICAL_VERBS and all(o.lower_ in _ELLIPTICAL_OBJECTS for o in objects):
            found.append(token)
        elif lemma == "do" and any(o.lower_ == "same" for o in objects):
            found.append(token)
    return found


def _requirements(span: Span) -> list[Token]:
    """ "would need a UN mandate", "not going in without a mandate"; not "a soldier with
    a mandate", where the preposition describes a noun."""
    return [
        t
        for t in span
        if t.lemma_.lower() in _AUTHORISATIONS
        and t.head.lemma_.lower() in _REQUIRING
        and (t.head.pos_ != "ADP" or t.head.head.pos_ in {"VERB", "AUX"})
    ]


def _preceding_core(profile: IssueProfile, span: Span) -> float:
    """How much the words before ``span`` speak of the issue: its own sentence up to it
    ("Valdoria pressed for an embargo while Merovia says it would join …") and the
    sentences just before (a paragraph)."""
    sentence = span[0].sent if len(span) else span
    before = span.doc[sentence.start : span.start]
    best = sum(profile.weight(c) for c in concepts_in(before))
    previous = _previous_sentence(span)
    for _ in range(_ELLIPSIS_SENTENCES):
        if previous is None:
            break
        best = max(best, sum(profile.weight(c) for c in concepts_in(previous)))
        previous = _previous_sentence(previous)
    return best


def _is_anaphoric_determiner(token: Token, profile: IssueProfile) -> bool:
    """ "this step", "such a decision"; "the" only on the issue's own noun ("the embargo")."""
    if token.dep_ not in {"det", "predet", "amod"} or token.head.pos_ != "NOUN":
        return False
    if token.lower_ in _ANAPHORIC_DETERMINERS:
        return True
    concept = token_concept(token.head)
    return token.lower_ == "the" and concept is not None and profile.weight(concept) >= 1.0


def _another_countrys_land(token: Token, profile: IssueProfile, names: Mapping[str, str]) -> bool:
    """ "Russian territory" does not speak of Ukraine's borders: land words owned by a
    country the issue does not name belong to that country."""
    if token_concept(token) != "territory" or not profile.context:
        return False
    for owner in token.children:
        if owner.dep_ not in {"amod", "poss", "compound"}:
            continue
        word = owner.lower_.removesuffix("’s").removesuffix("'s")
        country = names.get(word)
        if country is not None and country not in profile.context and word not in profile.context:
            return True
    return False


def _aimed_elsewhere(token: Token, profile: IssueProfile) -> bool:
    """ "airstrikes against Syria", "send troops to Iraq", "involvement in NATO": the
    issue's action aimed at a named place or body that is not the issue's place."""
    return any(not at_issue for at_issue in _aims(token, profile))


def _aims(token: Token, profile: IssueProfile) -> list[bool]:
    """For each named place or body the issue word ``token`` is aimed at ("to",
    "against", "inside" …): is it one of the issue's places?"""
    if not profile.places or profile.weight(token_concept(token) or "") == 0:
        return []
    return [
        _names_issue_place(target, profile)
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in _AIMING
        for target in prep.children
        if target.dep_ == "pobj" and _is_a_name(target)
    ]


def _is_a_name(token: Token) -> bool:
    return token.ent_type_ in _NAME_ENTITIES - {"PERSON"} and token.text[:1].isupper()


def _names_issue_place(target: Token, profile: IssueProfile) -> bool:
    words = [target, *(c for c in target.children if c.dep_ in {"compound", "amod"})]
    return any({w.lower_, w.lemma_.lower()} & profile.places for w in words)


def _aimed_only_elsewhere(span: Span, profile: IssueProfile) -> bool:
    """ "should allow strikes against Syria with American missiles": the action is
    aimed at another place and nowhere at the issue's, so its other words ("allow",
    "missiles") are not the issue's either."""
    aims = [aim for token in span for aim in _aims(token, profile)]
    return bool(aims) and not any(aims)


def is_on_topic(profile: IssueProfile, doc: Doc) -> bool:
    """Does the article speak of the issue in several sentences, in its own words?"""
    strong = 0
    for sentence in doc.sents:
        if sum(profile.weight(c) for c in concepts_in(sentence)) >= 1.0:
            strong += 1
    return strong >= _TOPIC_SENTENCES


def _names_the_issue(profile: IssueProfile, span: Span) -> bool:
    """Does ``span``, or a sentence just before it, name the issue's places or blocs,
    or one of the issue's own terms word for word ("review its position on the gas
    embargo")?"""
    if not profile.places or _says_a_term(profile, span):
        return True
    window = _with_previous_sentence(span)
    previous = _previous_sentence(window)
    if previous is not None:
        window = span.doc[previous.start : span.end]
    return names_a_place(window, profile.places) or names_a_place(window, profile.blocs)


def _says_a_term(profile: IssueProfile, span: Span) -> bool:
    text = span.text.lower()
    return any(re.search(rf"\b{re.escape(term.lower())}\b", text) for term in profile.issue.terms)


def is_about_places(profile: IssueProfile, doc: Doc) -> bool:
    """Does the article name the issue's places (or blocs) in a sentence that also
    speaks of the issue in its own words ("Kyiv asked to strike Russian airfields")?

    Such an article is about the issue, and a later "we will never allow it" need not
    repeat the place; an article that names Russia once, for its hackers, is not.
    """
    if not profile.places:
        return True
    about = 0
    for sentence in doc.sents:
        if not names_a_place(sentence, profile.places | profile.blocs):
            continue
        if sum(profile.weight(c) for c in concepts_in(sentence)) >= _ABOUT_CORE:
            about += 1
    return about >= _ABOUT_SENTENCES


def _with_previous_sentence(span: Span) -> Span:
    """The span and the sentence before it (news paragraphs are a sentence or two)."""
    previous = _previous_sentence(span)
    return span.doc[previous.start : span.end] if previous is not None else span


def _previous_sentence(span: Span) -> Span | None:
    first = span[0].sent.start if len(span) else span.start
    return span.doc[first - 1].sent if first > 0 else None
