"""Stances reported without a clause of speech: evaluations, intentions, attitudes.

News reports positions as much as words: "Sanders endorsed Clinton", "Trump accused
Obama of weakness", "Cruz wants to abolish the IRS", "the governor is eager to
run", "Clinton's plan to raise the minimum wage". For stancemap these are statements
of the actor's position (kind ``indirect``), with the verb, adjective or noun as cue
and its complement as the span. Which words count is the lexicon in ``cues.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.grammar import is_infinitive
from stancemap.statements.cues import (
    APPEARANCE_VERBS,
    ATTITUDE_ADJECTIVES,
    CLAUSE_NOUNS,
    EVALUATION_PREPS,
    EVALUATION_VERBS,
    EXPRESSION_VERBS,
    INTENTION_VERBS,
    PORTRAYAL_VERBS,
    STANCE_NOUNS,
    cue_lemma,
    is_reporting_verb,
)
from stancemap.statements.draft import subject_of
from stancemap.statements.extent import through_adjuncts

Candidate = tuple[Token, Span, Token | None]

_OBJECT_DEPS = frozenset({"dobj", "oprd"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
_NOUN_PREPS = frozenset({"for", "to", "of", "on", "against", "about", "over"})
_ADJECTIVE_PREPS = frozenset({"about", "of", "to", "on", "with"})


def find_attitude_candidates(doc: Doc) -> Iterator[Candidate]:
    """(cue, content, speaker token) for every evaluation, intention and attitude."""
    for token in doc:
        lemma = cue_lemma(token)
        portrayal = _portrayal(token) if token.pos_ == "VERB" and lemma in PORTRAYAL_VERBS else None
        if portrayal is not None:
            found: Candidate | None = portrayal
        elif token.pos_ == "VERB" and lemma in EVALUATION_VERBS:
            found = _evaluation(token)
        elif token.pos_ in {"VERB", "AUX"} and lemma in APPEARANCE_VERBS:
            found = _appearance(token)
        elif token.pos_ in {"VERB", "AUX"} and lemma in INTENTION_VERBS:
            found = _intention(token)
        elif token.pos_ == "ADJ" and lemma in ATTITUDE_ADJECTIVES:
            found = _attitude(token)
        elif token.pos_ == "NOUN" and lemma in STANCE_NOUNS:
            found = _stance_noun(token)
        elif token.pos_ == "AUX" and token.lemma_ == "be":
            found = _copular_claim(token)
        else:
            found = None
        if found is not None:
            yield found


def _evaluation(verb: Token) -> Candidate | None:
    """ "endorsed Clinton", "accused Obama of weakness", "called the plan absurd"."""
    children = [
        c
        for c in verb.rights
        if c.dep_ in _OBJECT_DEPS
        or c.dep_ in _CLAUSE_DEPS
        or (c.dep_ == "prep" and c.lower_ in EVALUATION_PREPS)
    ]
    if not any(c.dep_ in _OBJECT_DEPS | _CLAUSE_DEPS for c in children):
        return None
    return verb, through_adjuncts(verb, _cover(children)), _speaker(verb)


def _portrayal(verb: Token) -> Candidate | None:
    """ "cast her rival as out of touch", "see immigrants as a burden": object and "as"."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"] or _relative_object(verb)
    if not objects:
        return None
    roles = [
        c
        for head in (verb, objects[0])
        for c in head.rights
        if c.i > objects[0].i and (c.dep_ == "prep" and c.lower_ == "as" or _as_clause(c))
    ]
    if not roles:
        inside = _role_inside_object(objects[0])
        return (
            None
            if inside is None
            else (verb, through_adjuncts(verb, _cover([inside])), _speaker(verb))
        )
    # "see immigrants as a burden and as people who …": the roles are conjoined.
    # The parser hangs the second "as" on the role or on the verb.
    others = [
        c
        for head in (roles[0], verb)
        for c in head.rights
        if c.dep_ == "conj" and c.lower_ == "as" and c.i > roles[0].i
    ]
    return verb, through_adjuncts(verb, _cover([objects[0], roles[0], *others])), _speaker(verb)


def _relative_object(verb: Token) -> list[Token]:
    """ "a deal which he views as a trap", "whom one insider described as his brother":
    the object is the relative pronoun before the subject."""
    if verb.dep_ != "relcl":
        return []
    return [c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}]


# Heads that make an "as" phrase part of a clause of its own ("the man who worked as a
# driver"), not the role the verb gives its object.
_OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "xcomp", "advcl", "conj"})


def _role_inside_object(obj: Token) -> Token | None:
    """ "does not see the agency's role in enforcing the laws as outdated": the parser
    hangs the role on the object's last word; the object, role and all, is the content.
    """
    for token in obj.subtree:
        if token.i <= obj.i or token.lower_ != "as":
            continue
        if token.dep_ == "prep" and any(token.children):
            node = token.head
        elif token.dep_ == "mark" and token.head.dep_ == "advcl" and token.head.i > token.i:
            node = token.head.head
        else:
            continue
        while node != obj and node.dep_ not in _OWN_CLAUSE_DEPS:
            node = node.head
        if node == obj:
            return obj
    return None


def _as_clause(clause: Token) -> bool:
    """ "sees Netanyahu as captured by …": the parser makes the role a clause."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i == clause.left_edge.i for c in clause.children
    )


def _intention(verb: Token) -> Candidate | None:
    """ "wants to …", "urged Congress to …", "is expected to …"."""
    clauses = [c for c in verb.rights if _wanted_clause(c)]
    if not clauses:
        misread = _infinitive_read_as_noun(verb)
        if misread is not None:
            return verb, through_adjuncts(verb, misread), _speaker(verb)
        return _wanted_object(verb)
    if cue_lemma(verb) == "look" and clauses[0].lemma_ == "be":
        return _appearance(verb)  # "the race looks to be close": how things look
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.i < clauses[0].i]
    speaker = _speaker(verb)
    if speaker is None and verb.lemma_.lower() == "expect":
        # "The plant is expected to close in 2019": nobody's expectation, about the plant.
        objects = [c for c in verb.lefts if c.dep_ == "nsubjpass"] + objects
    return verb, through_adjuncts(verb, _cover([*objects, *clauses])), speaker


def _infinitive_read_as_noun(verb: Token) -> Span | None:
    """ "researchers hope one day to harness that power": the tagger read "to harness"
    as a preposition and a noun, and hung "that power" on "hope". A bare noun after
    "to" with the verb's object right behind it is the infinitive and its object."""
    doc = verb.doc
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        if len(nouns) != 1 or nouns[0].i != prep.i + 1 or any(nouns[0].children):
            return None
        after = nouns[0].i + 1
        objects = [c for c in verb.rights if c.dep_ == "dobj" and c.left_edge.i == after]
        if not objects or nouns[0].tag_ not in {"NN", "VB"}:
            return None
        return doc[prep.i : objects[0].right_edge.i + 1]
    return None


def _wanted_clause(clause: Token) -> bool:
    """ "wants to win", and "wants voters to know that …": an infinitive with its own
    subject is parsed as a clause of its own, but it is what is wanted all the same."""
    if not is_infinitive(clause):
        return False
    if clause.dep_ == "advcl":
        # "sought on Wednesday to ease …": the parser takes the infinitive after an
        # adjunct for a purpose; with no object before it, it is what is sought.
        return not any(c.dep_ == "dobj" for c in clause.head.children)
    return clause.dep_ == "xcomp" or (
        clause.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in clause.lefts)
    )


def _wanted_object(verb: Token) -> Candidate | None:
    """ "wants more money for schools", "seeks a ceasefire": what is wanted; "wish the
    White House had tried …": a wish states what should have been."""
    if cue_lemma(verb) == "wish":
        clauses = [c for c in verb.rights if c.dep_ == "ccomp"]
        return (verb, _cover(clauses[:1]), _speaker(verb)) if clauses else None
    if cue_lemma(verb) not in _WANTING_VERBS:
        return None
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if not objects or objects[0].right_edge.i - objects[0].left_edge.i < 1:
        return None
    return verb, _cover(objects[:1]), _speaker(verb)


# Intention verbs whose object, not only an infinitive, is what the speaker wants.
# "is mulling a run for governor", "contemplated a bid": what is weighed is what may be
# done.
_WANTING_VERBS = frozenset({"want", "demand", "mull", "contemplate"})

_APPEARANCE_COMPLEMENTS = frozenset({"xcomp", "acomp", "attr", "oprd", "ccomp"})


def _appearance(verb: Token) -> Candidate | None:
    """ "Sanders appears to be gaining", "the court seemed ready": no one's claim.

    The content is the clause with its subject; with "it seems (that) …" only what
    follows. "appeared on Fox News" has no complement and is no statement.
    """
    complements = [c for c in verb.rights if c.dep_ in _APPEARANCE_COMPLEMENTS]
    if not complements:
        return None
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.dep_ == "expl" or subject.lower_ == "it":
        return verb, _cover(complements), None
    return verb, _cover([subject, *complements]), None


def _attitude(adjective: Token) -> Candidate | None:
    """ "eager to run", "confident that …", "skeptical about the deal"."""
    own_subject = _own_subject(adjective)
    if adjective.dep_ not in {"acomp", "amod", "ROOT", "conj"} and own_subject is None:
        return None
    complements = [
        c
        for c in adjective.rights
        if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "prep" and c.lower_ in _ADJECTIVE_PREPS)
    ]
    if not complements:
        return None
    head = adjective.head if adjective.dep_ == "acomp" else adjective
    speaker = subject_of(head) if head.pos_ in {"VERB", "AUX"} else None
    if adjective.dep_ == "amod":
        speaker = adjective.head
    if own_subject is not None:
        speaker = own_subject
    return adjective, _attitude_content(complements[0]), speaker


def _own_subject(adjective: Token) -> Token | None:
    """ "addressed the members, many of them deeply skeptical about the deal": an
    adjective clause with a subject of its own (no verb) tells what that subject holds."""
    if adjective.dep_ != "advcl":
        return None
    return next((c for c in adjective.lefts if c.dep_ == "nsubj"), None)


def _attitude_content(complement: Token) -> Span:
    """ "skeptical about the deal", "proud of his record": what the attitude is about is
    the preposition's object; the preposition belongs to the cue, like the adjective."""
    content = _cover([complement])
    if complement.dep_ == "prep" and content.start == complement.i and len(content) > 1:
        return content.doc[complement.i + 1 : content.end]
    return content


def _stance_noun(noun: Token) -> Candidate | None:
    """ "Clinton's plan to …", "his support for …", "calls for …" made by the subject."""
    complements = [
        c
        for c in noun.rights
        if (c.dep_ in {"acl", "relcl"} and is_infinitive(c))
        or (c.dep_ == "prep" and c.lower_ in _NOUN_PREPS)
        or (c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children))
    ]
    if not complements:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ in {"dobj"} and noun.head.lemma_.lower() in _STANCE_MAKERS:
        owner = subject_of(noun.head)
    if owner is None:
        if not _public_objection(noun):
            return None
        owner = _source_of(noun)
    content = _cover(complements[:1] + _gerund_of_prep_object(noun, complements[0]))
    if _object_of_an_outer_verb(noun, owner):
        whole = noun.doc[noun.left_edge.i : max(content.end, noun.right_edge.i + 1)]
        return noun, whole, owner
    if noun.dep_ == "dobj" and content.end == noun.right_edge.i + 1:
        # "faced criticism for his overtures to the governor": the parser hangs the
        # rest of the complement on the verb.
        content = through_adjuncts(noun.head, content)
    return noun, content, owner


# Nouns whose that-clause after "is" states someone's claim: "his view is that …",
# "Rubio's response was that …". "The fact is that …" and "the problem is that …"
# are the writer's, and stay out.
_COPULAR_CLAIM_NOUNS = CLAUSE_NOUNS | {"response", "answer", "reply", "position", "point"}
# Determiners that, like an owner, make the noun one party's claim among others:
# "one view is that …", "another complaint is that …".
_CLAIM_DETERMINERS = frozenset({"one", "another"})


def _copular_claim(be: Token) -> Candidate | None:
    """ "Rubio's response was that it is unfair …", "one view is that …": the noun
    names a claim and the clause after "is" is its content; the owner said it."""
    subject = next((c for c in be.lefts if c.dep_ == "nsubj"), None)
    clause = next(
        (c for c in be.rights if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.lefts)),
        None,
    )
    if subject is None or clause is None or cue_lemma(subject) not in _COPULAR_CLAIM_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    marked = any(c.lower_ in _CLAIM_DETERMINERS for c in subject.lefts)
    if owner is None and not marked:
        return None
    return subject, _cover([clause]), owner


def _object_of_an_outer_verb(noun: Token, owner: Token | None) -> bool:
    """ "Trump doubled down on his comments about Curiel", "the attendees expressed
    their support for Trump": the speaker's own stance, named by "his"/"their" as what
    a verb of the sentence acts on, is reported whole by that verb."""
    if owner is None or owner.dep_ != "poss" or owner.tag_ != "PRP$":
        return False
    if noun.dep_ not in {"dobj", "pobj"}:
        return False
    verb = _outer_verb(noun)
    if verb.pos_ != "VERB" or (noun.dep_ == "pobj" and noun.head.dep_ != "prep"):
        return False
    return verb.lemma_.lower() in _AIRING_VERBS or is_reporting_verb(verb)


# Verbs that air a stance again or in public: "expressed their support for …",
# "doubled down on his comments about …". Verbs that merely act on it ("defend her
# decision to …", "angered leaders with his comments on …") leave the stance its own.
_AIRING_VERBS = EXPRESSION_VERBS | {"double", "push", "signal", "indicate", "reaffirm", "tout"}


def _outer_verb(noun: Token) -> Token:
    """The verb of "pushed his plan" or "doubled down on his comments"."""
    return noun.head if noun.dep_ == "dobj" else noun.head.head


def _gerund_of_prep_object(noun: Token, prep: Token) -> list[Token]:
    """ "their insistence on Ukraine maintaining its borders": the parser hangs the
    gerund on the stance noun, but it is what the object of "on" is to do."""
    if prep.dep_ != "prep":
        return []
    after = prep.right_edge.i + 1
    return [
        c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBG" and c.left_edge.i == after
    ]


# Objections raised in public, reported without their owner: "Opposition to the deal
# grew", "Trump has faced criticism for …", "there were complaints that …".
_OBJECTION_NOUNS = frozenset({"opposition", "criticism", "complaint", "question"})
_FACING_VERBS = frozenset({"face", "draw", "raise", "field", "dodge", "answer", "respond"})


def _public_objection(noun: Token) -> bool:
    if noun.lemma_.lower() not in _OBJECTION_NOUNS or noun.lower_ == "question":
        return False  # "a question for the leadership" asks; "faced questions about" doubts
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "responding to questions about …"
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
        return True  # "there were complaints that …"
    return head.lemma_.lower() in _FACING_VERBS


def _source_of(noun: Token) -> Token | None:
    """ "criticism from rivals", "complaints by the treasury": who raised it."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


_STANCE_MAKERS = frozenset({"make", "issue", "voice", "express", "announce", "offer", "have"})


def _speaker(verb: Token) -> Token | None:
    """The subject; for a passive ("is expected to") the agent, or nobody."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    return subject_of(verb)


def _cover(tokens: list[Token]) -> Span:
    doc = tokens[0].doc
    start = min(t.left_edge.i for t in tokens)
    end = max(t.right_edge.i for t in tokens)
    return doc[start : end + 1]
