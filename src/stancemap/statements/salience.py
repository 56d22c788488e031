"""Who "he" and "she" are: a reader's running sense of who the text is about.

Reading in order, each person mentioned outside quotes gains salience, more as the
subject of the sentence than as an object or a possessor, and salience shrinks at
each new sentence (Lappin and Leass's scheme, trimmed to what news needs). A he/she
outside quotes refers to the most salient person of its gender mentioned before it;
it is then itself a mention of that person, so a chain of "he said … he added"
keeps the person salient. Names written only inside quotes never become
antecedents: a reader does not take "he" to be someone the speaker talked about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from stancemap.actors.resolve import ActorDraft
from stancemap.nlp.grammar import name_read_as_modal
from stancemap.statements.cues import is_speech_verb

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})

# Weights per role of the mention's head; salience left from earlier sentences
# shrinks fast, so the subject of the last sentence outweighs a person the whole
# article is about but who was only mentioned in passing since.
_MAIN_SUBJECT = 200.0
# The sentence's speaker more still: the next "she said" goes on with her rather than
# with the person she talked about ("Ortiz said Lund does not …. “…,” she said").
_MAIN_SPEAKER = 250.0
_CLAUSE_SUBJECT = 100.0
_CLAUSE_SPEAKER = 150.0
_OBJECT = 70.0
_POSSESSOR = 50.0
_OTHER = 40.0
_DECAY = 0.35
_FLOOR = 0.01
# Below this a person has faded from the reader's mind: "her" finds nobody rather
# than a man named paragraphs ago.
_FADED = 1.0
# A first name's usual gender is a hint, not a rule ("Bernie", "Rand", "Lindsey").
_GUESS_MISMATCH = 0.3


@dataclass(frozen=True)
class Gender:
    """What the text shows of a person's gender: ``known`` from a title or an
    earlier pronoun, ``guessed`` from the first name, ``sure`` unless the name is
    given to both ("Bernie", "Chris")."""

    known: str | None
    guessed: str | None
    sure: bool = True


GenderOf = Callable[[ActorDraft], Gender]


@dataclass(frozen=True)
class PersonMention:
    """A person mentioned outside quotes: first token, head token, actor."""

    first: int
    head: int
    actor: ActorDraft


def resolve_pronouns(
    doc: Doc,
    persons: list[PersonMention],
    in_quote: Callable[[int], bool],
    gender_of: GenderOf,
    learned: dict[str, str],
) -> dict[int, ActorDraft]:
    """The person each he/she/him/his/her outside quotes refers to, by token index.

    ``learned`` receives the gender a pronoun reveals for its person ("Sanders …
    he" makes Sanders male for the rest of the article).
    """
    starts = {mention.first: mention for mention in persons}
    heads = {mention.head: mention.actor for mention in persons}
    salience: dict[str, float] = {}
    actors: dict[str, ActorDraft] = {}
    resolved: dict[int, ActorDraft] = {}
    # Who each subject word stands for, so that "Obama backed her up" keeps her apart.
    subjects: dict[int, ActorDraft] = {}
    sentence_start = -1
    # Pronouns so far that agreed with a person's uncertain first-name guess.
    agreeing: dict[str, int] = {}
    for token in doc:
        if token.sent.start != sentence_start:
            sentence_start = token.sent.start
            _decay(salience)
        mention = starts.get(token.i)
        if mention is not None:
            _add(salience, actors, mention.actor, doc[mention.head])
            subjects[mention.head] = mention.actor
            continue
        lower = token.lower_
        if (lower in MALE or lower in FEMALE) and not in_quote(token.idx):
            gender = "male" if lower in MALE else "female"
            person = _binding_subject(token, subjects, gender, gender_of, learned)
            if person is None:
                excluded = _ids([_clause_subject(token, subjects), *_co_conjuncts(token, heads)])
                candidates = {k: v for k, v in salience.items() if k not in excluded}
                person = _most_salient(candidates, actors, gender, gender_of, learned, agreeing)
            if person is not None:
                resolved[token.i] = person
                subjects[token.i] = person
                _learn_gender(person, gender, gender_of(person), learned, agreeing)
                _add(salience, actors, person, token)
    return resolved


def _learn_gender(
    person: ActorDraft,
    gender: str,
    shown: Gender,
    learned: dict[str, str],
    agreeing: dict[str, int],
) -> None:
    """What one more pronoun for ``person`` teaches about their gender.

    One "he" does not make a Hillary a man for the rest of the article. Nor does a
    "her" agreeing with a name given to both ("Bernie"): that may be the guess
    misleading, where a "he" against it is news, unless the text has already
    called the person by the guessed gender as often ("Sidney Blumenthal said he
    … if he knew she had one": the one "she" is someone else)."""
    if shown.guessed is None or (shown.sure and shown.guessed == gender):
        learned.setdefault(person.id, gender)
    elif not shown.sure and shown.guessed == gender:
        agreeing[person.id] = agreeing.get(person.id, 0) + 1
    elif not shown.sure and agreeing.get(person.id, 0) == 0:
        learned.setdefault(person.id, gender)


def _clause_subject(pronoun: Token, subjects: dict[int, ActorDraft]) -> ActorDraft | None:
    """The person who is the subject of the verb ``pronoun`` is the object of: "him"
    and "her" there are someone else ("Obama backed her up"), where "himself" or a
    possessive "his" would not be."""
    if pronoun.lower_ in {"himself", "herself", "his", "hers"} or pronoun.dep_ == "poss":
        return None
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif pronoun.dep_ not in {"dobj", "iobj", "dative"}:
        return None
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subject is not None:
            return _person_of(subject, subjects)
        # "Sanders has momentum after crushing her": a verb without its own subject
        # acts for the subject of the verb it hangs on.
        if verb.tag_ not in _NON_FINITE or verb.dep_ not in _CONTROLLED:
            return None
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return None


def _binding_subject(
    pronoun: Token,
    subjects: dict[int, ActorDraft],
    gender: str,
    gender_of: GenderOf,
    learned: dict[str, str],
) -> ActorDraft | None:
    """The person the sentence's own grammar binds ``pronoun`` to, however salient
    someone named in the sentence before is: the subject of the verb whose object
    holds a possessive or reflexive ("Brian Fallon expressed his support for his
    boss"), or the subject of a clause put before the one ``pronoun`` is the subject
    of ("While Will acknowledges Lund's appeal, he sees …")."""
    binder = _possessive_binder(pronoun) or _fronted_clause_subject(pronoun)
    person = _person_of(binder, subjects) if binder is not None else None
    if person is None:
        return None
    shown = gender_of(person)
    known = learned.get(person.id) or shown.known
    if known not in {gender, None} or (known is None and shown.guessed not in {gender, None}):
        return None
    return person


def _possessive_binder(pronoun: Token) -> Token | None:
    if pronoun.dep_ != "poss" and pronoun.lower_ not in {"himself", "herself"}:
        return None
    word = pronoun.head if pronoun.dep_ == "poss" else pronoun
    for _ in range(4):
        if word.dep_ not in {"dobj", "pobj", "prep"} or word.head is word:
            return None
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            break
    else:
        return None
    return next((c for c in word.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)


# Subordinators of a clause put first whose subject the main clause goes on with.
_FRONTED_MARKS = frozenset(
    "while although though when as after before because since once whereas".split()
)


def _fronted_clause_subject(pronoun: Token) -> Token | None:
    if pronoun.dep_ != "nsubj":
        return None
    for clause in pronoun.head.lefts:
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS]
        if clause.dep_ != "advcl" or not marks or clause.left_edge.i != clause.sent.start:
            continue
        # "While Will acknowledges": the parse may read the surname as a modal.
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        return subject or name_read_as_modal(clause)
    return None


def _person_of(subject: Token, subjects: dict[int, ActorDraft]) -> ActorDraft | None:
    """The person a subject names; the name's head may be any of its words ("President
    Obama")."""
    words = [subject, *(c for c in subject.children if c.dep_ in {"compound", "flat"})]
    return next((subjects[word.i] for word in words if word.i in subjects), None)


def _co_conjuncts(pronoun: Token, heads: dict[int, ActorDraft]) -> list[ActorDraft]:
    """ "he and Brafman agreed": the person named beside "he" is someone else."""
    head = pronoun.head if pronoun.dep_ == "conj" else pronoun
    words = [head, *(c for c in head.children if c.dep_ == "conj")]
    return [heads[w.i] for w in words if w.i != pronoun.i and w.i in heads]


def _ids(actors: list[ActorDraft | None]) -> set[str]:
    return {actor.id for actor in actors if actor is not None}


_NON_FINITE = frozenset({"VBG", "VB", "VBN"})
_CONTROLLED = frozenset({"advcl", "pcomp", "xcomp", "conj"})


def _decay(salience: dict[str, float]) -> None:
    for key in list(salience):
        salience[key] *= _DECAY
        if salience[key] < _FLOOR:
            del salience[key]


def _add(
    salience: dict[str, float], actors: dict[str, ActorDraft], actor: ActorDraft, head: Token
) -> None:
    weight = _weight(head)
    # A mention adds to what is left of earlier ones: the topic stays the topic.
    salience[actor.id] = salience.get(actor.id, 0.0) + weight
    actors[actor.id] = actor


def _weight(head: Token) -> float:
    """How much a mention makes its person the topic: the subject of the sentence
    most ("Devine, an adviser to Mr. Sanders, said" is about Devine), a name
    inside another phrase least."""
    role = head
    if role.dep_ == "appos":
        role = role.head
    # A surname the parse read as a modal ("While Will acknowledges") is the subject.
    modal = name_read_as_modal(role.head) if role.dep_ == "aux" else None
    if role.dep_ in {"nsubj", "nsubjpass"} or (modal is not None and modal.i == role.i):
        if _main_clause(role.head):
            return _MAIN_SPEAKER if is_speech_verb(role.head) else _MAIN_SUBJECT
        # The one who speaks is who the next "he added" is about, even in a clause
        # ("…, Hennessey said, and with Clinton's aides chastened, …; she added"),
        # though not someone in what is said ("McKee said Clinton doesn't say").
        reported = role.head.dep_ == "ccomp" and is_speech_verb(role.head.head)
        speaks = role.dep_ == "nsubj" and is_speech_verb(role.head) and not reported
        return _CLAUSE_SPEAKER if speaks else _CLAUSE_SUBJECT
    if role.dep_ in {"dobj", "iobj"}:
        return _OBJECT
    if role.dep_ == "poss":
        # "Mr. Sanders's campaign vowed …; he said": the subject's owner is the topic too.
        subject_owner = role.head.dep_ in {"nsubj", "nsubjpass"}
        return _CLAUSE_SUBJECT if subject_owner else _POSSESSOR
    return _OTHER


def _main_clause(verb: Token) -> bool:
    """The sentence's main verb, or a verb coordinated with it."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _most_salient(
    salience: dict[str, float],
    actors: dict[str, ActorDraft],
    gender: str,
    gender_of: GenderOf,
    learned: dict[str, str],
    agreeing: dict[str, int],
) -> ActorDraft | None:
    best: tuple[float, ActorDraft] | None = None
    for actor_id, score in salience.items():
        actor = actors[actor_id]
        shown = gender_of(actor)
        known = learned.get(actor_id) or shown.known
        if known not in {gender, None}:
            continue
        if known is None and shown.guessed not in {gender, None}:
            score *= _GUESS_MISMATCH
            if agreeing.get(actor_id):
                # The text has called them by the guessed gender already.
                score *= _GUESS_MISMATCH
        if best is None or score > best[0]:
            best = (score, actor)
    return best[1] if best is not None and best[0] >= _FADED else None
