"""Content clauses that no cue word of the lexicon introduces.

News reports what people hold through the shape of the sentence as much as through
its verbs of speech:

- "the claim by rivals that CLAUSE", "a belief that CLAUSE", "fears among economists
  that CLAUSE": a noun of speech or thought with its that-clause, whoever owns it.
- "questions about whether CLAUSE", "details about how CLAUSE": such a noun with a
  question it asks or answers.
- "The Labor Department calculates that CLAUSE", "he figures that CLAUSE": any verb
  whose subject is a person or body and whose complement opens with "that", save the
  verbs of cause and consequence ("means that", "ensured that").
- "concerns about Garland's record", "a book about the campaign": what a noun of
  speech, thought or writing is about.
- "asked whether CLAUSE", "debating whether CLAUSE": the question a verb of asking or
  deciding raises.
- "discussed the plan", "highlighted the risks", "listed his grievances": the topic
  a verb of discussion takes as its object.

Stances a preposition introduces ("spoke out in favor of", "furious at", "Moreau's
critique of") are read in ``prep_stances``; sentences framed by their source ("In
the latest survey, CLAUSE", "To Ms. Lund, CLAUSE") in ``source_frames``.

Each function takes one token and returns (cue, content, speaker token) or None.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.grammar import is_finite, is_infinitive, subtree_span
from stancemap.statements.cues import (
    CLAUSE_NOUNS,
    QUESTION_NOUNS,
    QUESTIONING_VERBS,
    TOPIC_NOUNS,
    TOPIC_VERBS,
    WRITINGS,
    known_cue_lemma,
)
from stancemap.statements.draft import subject_of
from stancemap.statements.prep_stances import (
    against_copula,
    divided_on,
    emotion_about,
    owned_stance,
    particle_speech,
    side_taken,
    stance_phrase,
)
from stancemap.statements.source_frames import framed_by_source

Candidate = tuple[Token, Span, Token | None]

_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Prepositions that name who holds the view: "claims by agencies", "fears among voters".
_SOURCE_PREPS = frozenset({"by", "from", "among", "of"})
# Prepositions whose clause is what a noun asks or tells: "questions about whether …".
_QUESTION_PREPS = frozenset({"about", "on", "over", "as"})
# Verbs whose subject meets the view rather than holds it: "faced questions about".
_FACING_VERBS = frozenset({"face", "draw", "field", "dodge", "ease", "allay"})
# Prepositions through which a verb's subject holds the noun: "with an argument that".
_HOLDING_PREPS = frozenset({"with", "to", "in"})
_QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "dobj", "xcomp"})
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who"})
# Verbs whose that-clause is a consequence or a cause, not anybody's view.
_NOT_VIEWS = frozenset(
    """
    be mean ensure prove make cause guarantee require have get let help keep matter
    follow result happen turn seem appear
    """.split()
)
# Subjects that hold no view: "it means that …", "this ensures that …".
_EMPTY_SUBJECTS = frozenset({"it", "this", "that", "which", "what", "there"})


def find_content_clause_candidates(doc: Doc) -> Iterator[Candidate]:
    """(cue, content, speaker token) for every content clause the lexicon misses."""
    for token in doc:
        found: Candidate | None = None
        lemma = token.lemma_.lower()
        if token.pos_ in {"NOUN", "PROPN"} and lemma in CLAUSE_NOUNS:
            found = noun_that_clause(token)
        if found is None and token.pos_ in {"NOUN", "PROPN"} and lemma in QUESTION_NOUNS:
            found = noun_question(token)
        if found is None and token.pos_ == "NOUN" and lemma in TOPIC_NOUNS:
            found = noun_topic(token)
        if found is None and token.pos_ == "VERB" and lemma in QUESTIONING_VERBS:
            found = asked_question(token)
        if found is None and token.pos_ == "VERB" and lemma in TOPIC_VERBS:
            found = discussed_topic(token)
        if found is None and token.pos_ == "VERB" and not known_cue_lemma(lemma):
            found = verb_that_clause(token)
        if found is None and token.pos_ == "NOUN":
            found = stance_phrase(token) or owned_stance(token) or side_taken(token)
        if found is None and token.pos_ in {"VERB", "ADJ"}:
            found = divided_on(token) or emotion_about(token)
        if found is None and token.pos_ == "VERB":
            found = particle_speech(token)
        if found is None and token.pos_ == "ADP":
            found = against_copula(token) or framed_by_source(token)
        if found is not None:
            yield found


def noun_that_clause(noun: Token) -> Candidate | None:
    """ "complaints from his counterpart that China's glut …": the noun's own clause."""
    for child in noun.rights:
        if child.dep_ in _NOUN_CLAUSE_DEPS and _opens_with_that(child):
            return noun, subtree_span(child), _holder(noun)
    return None


def noun_question(noun: Token) -> Candidate | None:
    """ "questions about whether he will drop out": the question the noun raises."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _QUESTION_PREPS:
            continue
        for clause in prep.children:
            if clause.dep_ == "pcomp" and clause.left_edge.lower_ in _QUESTION_WORDS:
                return noun, subtree_span(clause), _holder(noun)
    return None


def noun_topic(noun: Token) -> Candidate | None:
    """ "anxiety about immigration", "a book about the campaign": what it is about."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ != "about":
            continue
        topics = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ != "PRON"]
        if topics:
            return noun, subtree_span(topics[0]), _holder(noun) or _writing(noun)
    return None


def _writing(noun: Token) -> Token | None:
    """ "shopping a book about the campaign", "a documentary about …": the work speaks
    itself, unless an owner is named with it ("his book about …")."""
    if noun.lemma_.lower() not in WRITINGS or any(c.dep_ == "poss" for c in noun.children):
        return None
    return noun


def verb_that_clause(verb: Token) -> Candidate | None:
    """ "The department calculates that 4.2 million workers …": a view any verb holds."""
    if verb.lemma_.lower() in _NOT_VIEWS or _adjectival_participle(verb):
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower_ in _EMPTY_SUBJECTS:
        return None
    for child in verb.rights:
        if child.dep_ == "ccomp" and _opens_with_that(child) and is_finite(child):
            return verb, subtree_span(child), subject
    return None


def asked_question(verb: Token) -> Candidate | None:
    """ "Asked if he was ever bullied, …", "debating whether the problem exists"."""
    for child in verb.rights:
        if child.dep_ not in _QUESTION_CLAUSE_DEPS or child.left_edge.i <= verb.i:
            continue
        if child.left_edge.lower_ in _QUESTION_WORDS:
            return verb, subtree_span(child), _asker(verb)
    return None


def _asker(verb: Token) -> Token | None:
    """Who asks: the subject, or for "Asked by Thrush if …, Sharpton …" the agent (the
    subject of the sentence is the one asked); a bare "Asked whether …" names nobody."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"advcl", "acl"}:
        return subject_of(verb)
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def discussed_topic(verb: Token) -> Candidate | None:
    """ "Clinton discussed her plan for …": the object, a topic of two words or more."""
    if _leave_to_speak(verb):
        return None
    for child in verb.rights:
        if child.dep_ != "dobj":
            continue
        if child.pos_ == "PRON" or child.right_edge.i == child.left_edge.i:
            return None  # "discussed it": the topic is elsewhere
        return verb, subtree_span(child), subject_of(verb)
    return None


# Words that give or withhold leave to speak: "on condition of anonymity to discuss
# the talks", "not authorized to discuss the case" (a formula, not a statement).
_LEAVE_WORDS = frozenset({"anonymity", "authorize", "permit", "allow", "free"})
_LEAVE_WINDOW = 4


def _leave_to_speak(verb: Token) -> bool:
    """An infinitive right after words of leave: "anonymity to discuss", "not
    authorized to discuss"."""
    if not is_infinitive(verb):
        return False
    before = verb.doc[max(verb.sent.start, verb.i - _LEAVE_WINDOW) : verb.i]
    return any(t.lemma_.lower() in _LEAVE_WORDS for t in before)


def _adjectival_participle(verb: Token) -> bool:
    """ "so consumed with hostages that …", "convinced that …": a state, with "that"
    giving its result or its ground, unless "has convinced" makes it an act."""
    if verb.tag_ != "VBN":
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _opens_with_that(clause: Token) -> bool:
    """A finite clause of its own, opened by the complementizer "that" (not a relative
    clause, where "that" is the subject or object: "the limit that economists set")."""
    first = clause.left_edge
    if first.lower_ != "that" or first.dep_ != "mark" or first.head != clause:
        return False
    return any(c.dep_ in _SUBJECT_DEPS for c in clause.children)


def _holder(noun: Token) -> Token | None:
    """Who holds the claim: "Clinton's claim", "claims by agencies", "X voiced fears"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in _SOURCE_PREPS:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"PROPN", "PRON", "NOUN"}:
                return objects[0]
    carrier = _carrying_statement(noun)
    if carrier is not None:
        return _owner_of_carrier(carrier)
    sufferer = _passive_subject_of_agent(noun)
    if sufferer is not None:
        return sufferer
    verb = _verb_holding(noun)
    if verb is None:
        return None
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "expl":
        return None  # "there are concerns that …": nobody named
    if noun.dep_ == "attr":
        # "the Democrat's biggest takeaway is a belief that …": the takeaway's owner.
        return next((c for c in subject.children if c.dep_ == "poss"), subject)
    return subject


# Statements that carry a feeling or a view: "a statement of concern", "a letter of
# support", "words of caution".
_CARRYING_NOUNS = frozenset(
    "statement letter message expression declaration word note resolution".split()
)


def _carrying_statement(noun: Token) -> Token | None:
    """ "The museum issued a statement of concern about …": whoever owns the statement
    holds the concern."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    carrier = prep.head
    if carrier.pos_ != "NOUN" or carrier.lemma_.lower() not in _CARRYING_NOUNS:
        return None
    return carrier


def _owner_of_carrier(carrier: Token) -> Token | None:
    """Who wrote or sent the statement: its possessor or the subject of the verb it
    is the object of ("the museum issued a statement of …")."""
    owners = [c for c in carrier.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    verb = _verb_holding(carrier)
    subject = subject_of(verb) if verb is not None else None
    return None if subject is None or subject.dep_ == "expl" else subject


def _passive_subject_of_agent(noun: Token) -> Token | None:
    """ "citizens are gripped by anxiety about …", "voters were seized by fear that
    …": the one the feeling grips holds it."""
    agent = noun.head
    if noun.dep_ != "pobj" or agent.dep_ != "agent" or agent.lower_ != "by":
        return None
    subjects = [c for c in agent.head.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ in _EMPTY_SUBJECTS:
        return None
    return subjects[0]


def _verb_holding(noun: Token) -> Token | None:
    """The verb whose subject holds the noun's view: "has the belief", "is a belief",
    "entered with an argument", "acquiesced to the narrative", "in the hope that"."""
    while noun.dep_ in {"conj", "appos"} and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "has a staff, a plane and the belief that …"
    head = noun.head
    if noun.dep_ in {"dobj", "attr"}:
        # "she faces doubts about …": the doubts are others', not hers.
        return None if head.lemma_.lower() in _FACING_VERBS else head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _HOLDING_PREPS:
        return _verb_above(head.head)
    return None


_CLIMBS_TO_VERB = 2


def _verb_above(word: Token) -> Token | None:
    """ "entered the race for the nomination with harsh words": the parse may hang the
    "with" phrase on the object before it; the verb that governs that object."""
    for _ in range(_CLIMBS_TO_VERB + 1):
        if word.pos_ in {"VERB", "AUX"}:
            return word
        if word.dep_ == "pobj" and word.head.dep_ == "prep":
            word = word.head.head
        elif word.dep_ == "dobj":
            word = word.head
        else:
            return None
    return None
