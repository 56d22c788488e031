"""Judgements in the passive: "Clinton is seen as more prepared", "the base has long
been considered a top contender", "the case had been viewed as a threat by …", "low
oil prices, seen as a boon for drivers, …"; and evaluations in the passive with their
agent: "the plan was rejected by 64 percent of voters", "Cruz was endorsed by
Fiorina" (the subject is what the agent judged).

Whose judgement it is stands in the "by" phrase, or nowhere ("is widely regarded as");
either way the clause reports a view held of its subject, which is what the reader of
positions wants. The span is the clause with its subject; for a participle set beside
a noun, the role it is given.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.grammar import is_infinitive, subtree_span
from stancemap.statements.cues import EVALUATION_VERBS, PASSIVE_JUDGEMENT_VERBS, cue_lemma

Candidate = tuple[Token, Span, Token | None]

# What the judgement says of its subject: "as a threat", "an asset", "to be bullish".
_ROLE_DEPS = frozenset({"oprd", "attr", "acomp", "xcomp"})
_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj"})
# Verbs that, set beside a noun, give it a name rather than a judgement.
_NAMING_VERBS = frozenset({"know", "label", "brand"})
# "is viewed favorably by most voters": a judgement without a role.
_APPRAISALS = frozenset(
    """
    positively negatively favorably favourably unfavorably unfavourably well poorly
    highly kindly dimly
    """.split()
)


# Objects of "by" that say when or how much, not who: "by 2020", "by a wide margin".
_WHEN_ENTS = frozenset({"DATE", "TIME", "PERCENT", "CARDINAL", "QUANTITY", "MONEY"})


def find_passive_judgements(doc: Doc) -> Iterator[Candidate]:
    """(cue, content, agent) for each passive judgement in ``doc``."""
    for token in doc:
        if token.pos_ != "VERB" or token.tag_ != "VBN":
            continue
        lemma = cue_lemma(token)
        if lemma in PASSIVE_JUDGEMENT_VERBS:
            found = _finite_judgement(token) or _participle_judgement(token)
        elif lemma in EVALUATION_VERBS:
            found = _evaluated_subject(token)
        else:
            continue
        if found is not None:
            yield found


def _finite_judgement(verb: Token) -> Candidate | None:
    """ "Clinton is seen as far more capable": the whole clause, subject included."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS]
    if not subjects or _role(verb) is None:
        return None
    doc = verb.doc
    end = _clause_end(verb)
    # "Pigs are considered unclean by Muslims": who judges is the speaker, not the words.
    agent = next((c for c in verb.rights if c.dep_ == "agent" and c.right_edge.i < end), None)
    if agent is not None and agent.i > verb.i + 1:
        after = doc[agent.right_edge.i + 1 : end]
        if all(t.is_punct or t.is_space for t in after):
            end = agent.i
    return verb, doc[subjects[0].left_edge.i : end], _agent(verb)


# Subjects that stand for a clause or for nothing: "which was rejected by", "it was
# criticized by": the thing judged is elsewhere.
_EMPTY_SUBJECTS = frozenset({"it", "this", "that"})


def _evaluated_subject(verb: Token) -> Candidate | None:
    """ "This proposal was rejected by 64 percent of the electorate": what the agent
    endorsed, rejected or praised is the subject; only with the agent named."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubjpass"]
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if not subjects or agent is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = subjects[0]
    if subject.tag_ in {"WDT", "WP"} or subject.lower_ in _EMPTY_SUBJECTS:
        return None
    return verb, subtree_span(subject), _agent(verb)


def _clause_end(verb: Token) -> int:
    """Where the judgement's clause ends: before a clause joined to it ("X is known for
    Y, but the comments created a firestorm")."""
    joined = [c for c in verb.rights if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    if not joined:
        return verb.right_edge.i + 1
    end = joined[0].left_edge.i
    doc = verb.doc
    while end > verb.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
        end -= 1
    return end


def _participle_judgement(verb: Token) -> Candidate | None:
    """ "Low oil prices, seen as a boon for drivers, …": the role given to the noun."""
    if verb.dep_ not in {"acl", "advcl"} or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    role = _role(verb)
    if role is None or role.lower_ != "as" or cue_lemma(verb) in _NAMING_VERBS:
        return None  # "a firm known as Mercury", "dubbed …": a name, not a view
    doc = verb.doc
    return verb, doc[role.i : role.right_edge.i + 1], _agent(verb)


def _role(verb: Token) -> Token | None:
    """The "as" phrase or complement that says what the subject is judged to be."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "as" and any(child.children):
            return child
        if _known_for(verb, child):
            return child
        if child.dep_ in _ROLE_DEPS and (child.dep_ != "xcomp" or is_infinitive(child)):
            return child
        if child.dep_ == "advmod" and child.lower_ in _APPRAISALS:
            return child
    return None


def _known_for(verb: Token, child: Token) -> bool:
    """ "has long been known for its hard line": a reputation, what is known of it."""
    return (
        cue_lemma(verb) == "know"
        and child.dep_ == "prep"
        and child.lower_ == "for"
        and any(c.dep_ in {"pobj", "pcomp"} for c in child.children)
    )


def _agent(verb: Token) -> Token | None:
    """The one whose view it is: the object of "by", when the sentence names one."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    role = _role(verb)
    return _agent_on_role(role) if role is not None else None


def _agent_on_role(role: Token) -> Token | None:
    """ "is considered a threat to jobs by most unions": the parser hangs the "by"
    phrase on the role's noun; its object is still whose view it is (not "by 2020")."""
    for prep in role.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "by" or prep.head.pos_ not in {"NOUN", "ADP"}:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and objects[0].ent_type_ not in _WHEN_ENTS and objects[0].pos_ != "NUM":
            return objects[0]
    return None
