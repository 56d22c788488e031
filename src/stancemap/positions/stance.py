"""Stance: support, oppose, conditional or neutral, read from the parse.

We anchor on the words that carry the issue ("send", "troops", "embargo",
"restrictions") and walk up the dependency tree from each anchor to the clause
that holds it, collecting what governs it: negations ("not ready", "would
never send"), predicates of refusal ("rule out", "reject", "hesitate") and of
intent ("open to", "willing", "support", "urge"), and modals. Polarities
multiply, so "does not rule out" and "would not hesitate to deploy" support,
and "lift the restrictions" on an issue about allowing strikes supports it.
Words that only report facts ("have already sent instructors") are neutral.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from stancemap.models import Stance
from stancemap.positions.concepts import opposite_concept, token_concept
from stancemap.positions.relevance import IssueProfile, demonstrative_objects, elliptical_verbs

_REFUSAL = frozenset(
    """oppose reject refuse rule veto block halt prevent resist dismiss exclude condemn
    stop abandon deny hesitate oppose decline object limit restrict ban forbid
    delay postpone freeze suspend doubt unlikely impossible unrealistic unacceptable
    infeasible unfeasible skeptical sceptical premature""".split()
)
# "against" refuses only after words of stance: "a policy against", not "used against".
_STANCE_HEADS = frozenset(
    """policy vote argue warn speak campaign decide decision be stand come position lobby
    case argument caution advise""".split()
)
# Undoing a refusal supports: "lift the restrictions", "dropped its opposition".
_REVERSAL = frozenset(
    {"lift", "relax", "remove", "ease", "scrap", "loosen", "drop", "end", "withdraw", "waive"}
)
_SOFT_REFUSALS = frozenset({"condition", "caveat", "reservation"})
_REFUSAL_NOUNS = frozenset(
    """opposition objection veto condition reservation restriction limit ban cap block
    prohibition caveat""".split()
)
_INTENT = frozenset(
    """support back favor favour willing ready open prepared prepare want plan intend urge
    call propose agree commit decide consider push demand welcome allow approve endorse
    need offer pledge promise vow seek insist contribute send deploy provide join
    feasible possible necessary able willingness readiness present""".split()
)
# "Allowing strikes would drag Europe into war": a harmful consequence of the issue's
# action, said of it as the subject, refuses it.
_HARMFUL_CONSEQUENCES = frozenset(
    """drag plunge push provoke escalate endanger threaten undermine destabilize destabilise
    jeopardize jeopardise risk inflame prolong""".split()
)
_HARMFUL_PREDICATES = frozenset(
    """mistake dangerous reckless irresponsible folly provocation disaster catastrophe
    escalation gamble madness blunder""".split()
)
# Verbs that judge their object by a predicate: "called the embargo 'the most important
# decision'", "described it as 'painful but unavoidable'", "branded the plan a gamble".
_EVALUATIVE_VERBS = frozenset(
    """call describe label brand term dub characterise characterize deem consider""".split()
)
_PRAISE = frozenset(
    """important necessary essential vital crucial unavoidable inevitable overdue right
    correct justified sensible reasonable historic good wise welcome indispensable
    urgent""".split()
)
_BLAME = _HARMFUL_PREDICATES | frozenset(
    """unrealistic unacceptable wrong pointless useless counterproductive suicide war
    nonsense absurd illegal harm self-harm""".split()
)
# Attitude verbs keep their attitude in the past tense of reported speech ("said her
# government wanted the embargo"); verbs of action in the past report facts ("sent").
_TENSELESS_INTENT = frozenset(
    """support back favor favour want urge propose endorse welcome advocate demand seek
    intend plan praise hail applaud allow permit authorize authorise approve permission
    authorization authorisation""".split()
)
# "Our goal remains the 1991 borders": the issue named as the speaker's goal.
_GOAL_NOUNS = frozenset({"goal", "aim", "objective", "priority", "demand", "target"})
_COPULAS = frozenset({"be", "remain", "stay"})
# "had 'no plans whatsoever' to deploy soldiers": a negated intention beside the chain.
_INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "appetite"})
# "any foreign soldiers would be treated as legitimate targets": a threat to the
# issue's agents refuses the issue.
_THREAT_NOUNS = frozenset({"target", "enemy", "invader", "occupier", "combatant"})
_THREAT_VERBS = frozenset({"destroy", "attack", "target", "eliminate", "annihilate"})
_BELLIGERENT_NOUNS = frozenset({"party", "belligerent", "co-belligerent", "combatant", "target"})
# "would review its position on the embargo": words that put a decision off take no side.
_NONCOMMITTAL = frozenset(
    """review reconsider reassess assess study examine discuss debate weigh evaluate
    revisit""".split()
)
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "mark"})
_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})
_REQUEST = frozenset({"ask", "urge", "request", "press", "appeal", "demand", "implore", "invite"})
_MODALS_FIRM = frozenset({"will", "would", "should", "must", "shall", "'ll", "’ll"})
_MODALS_TENTATIVE = frozenset({"may", "might", "could", "can"})
_NEGATORS = frozenset({"not", "n't", "n’t", "never", "no", "nor", "neither"})
_STOP_AT = frozenset({"say", "tell", "state", "add", "report", "note", "write", "claim"})
# "until" is missing on purpose: "could not back an embargo until …" refuses now.
_UNLESS_WORDS = frozenset({"only", "unless", "without"})
_CONDITION_MARKS = frozenset({"if", "unless", "once", "until", "when", "provided", "after"})


@dataclass(frozen=True)
class StanceReading:
    """The stance read from a span, and how sure the reading is."""

    stance: Stance
    strength: float


def read_stance(span: Span, profile: IssueProfile, *, has_conditions: bool) -> StanceReading:
    """The stance ``span`` takes on the issue described by ``profile``."""
    anchors = _anchors(span, profile)
    chains = [_governing_chain(anchor, span) for anchor in anchors]
    votes = [
        _vote(chain, profile) * _weight(chain, span)
        for chain in chains
        if not _under_another(chain, anchors)
    ]
    decided = [v for v in votes if v != 0]
    if not decided:
        if has_conditions:
            return StanceReading("conditional", 0.5)
        return StanceReading("neutral", 0.4)
    total = sum(decided)
    strength = abs(total) / len(decided)
    if total > 0:
        return StanceReading("conditional" if has_conditions else "support", strength)
    if total < 0 and has_conditions and _restrictive(span):
        return StanceReading("conditional", strength)
    if total < 0:
        return StanceReading("oppose", strength)
    return StanceReading("conditional" if has_conditions else "neutral", 0.3)


def _under_another(chain: list[Token], anchors: list[Token]) -> bool:
    """ "long-range missiles": the phrase votes once, through its head word."""
    return any(other in chain[1:] for other in anchors)


def _weight(chain: list[Token], span: Span) -> float:
    """A relative clause describes ("bases that forces are not allowed to hit"); its
    words count half against the sentence's own claim."""
    return 0.5 if chain[-1].dep_ == "relcl" and span[0].i != chain[-1].left_edge.i else 1.0


def _anchors(span: Span, profile: IssueProfile) -> list[Token]:
    """Words of the issue, except inside a condition ("if Drovnian forces advance") and
    adjectives that only describe ("the supplying country"); without any, "this" in
    "will never support this" stands for the issue."""
    words = [
        t
        for t in span
        if t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"}
        and profile.weight(token_concept(t) or "") > 0
        and not _in_condition_clause(t, span)
    ]
    described = [w for w in words if w.dep_ == "amod" and w.head not in words]
    kept = [w for w in words if w not in described]
    return kept or demonstrative_objects(span) or elliptical_verbs(span)


def _in_condition_clause(token: Token, span: Span) -> bool:
    node = token
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in node.children
        ):
            return True
        node = node.head
    return False


def _vote(chain: list[Token], profile: IssueProfile) -> int:
    """+1 for, -1 against, 0 for a mention without attitude; ``chain`` starts at the
    anchor word and climbs to its clause."""
    anchor = chain[0]
    if _is_threat_word(anchor):
        return 0  # "treated as legitimate targets" threatens; it does not propose strikes
    if any(_is_fronted_topic(node) or node.lemma_.lower() in _NONCOMMITTAL for node in chain):
        return 0
    polarity = -1 if _opposes_issue(anchor, profile) else 1
    attitude = False
    for below, node in zip([None, *chain], chain, strict=False):
        lemma = node.lemma_.lower()
        if _harms_as_consequence(below, node):
            polarity, attitude = -polarity, True
        for child in node.children:
            if _negates(child):
                polarity = -polarity
                attitude = True
            elif child.dep_ == "aux" and child.lower_ in _MODALS_FIRM | _MODALS_TENTATIVE:
                attitude = True
            elif child.dep_ in {"acomp", "attr", "oprd"} and child not in chain:
                polarity, attitude = _predicate(child, polarity, attitude)
            elif _negated_intention(child, chain):
                polarity, attitude = -polarity, True
            elif _names_a_goal(child, node, chain):
                attitude = True
        if node.i == anchor.i:
            if _states_intent(node):
                attitude = True
            continue
        judgement = _evaluation(node, below)
        if judgement != 0:
            return polarity * judgement  # the judgement is the attitude; stop there
        if lemma in _REQUEST:
            attitude = True  # "asked the Accord to send", "urged partners to lift"
        elif lemma in _REFUSAL or (lemma == "against" and node.head.lemma_ in _STANCE_HEADS):
            polarity = -polarity
            attitude = True
        elif _opposes_issue(node, profile):
            polarity = -polarity
        elif node.lemma_.lower() in _REFUSAL_NOUNS - _SOFT_REFUSALS:
            polarity = -polarity  # "its opposition to the embargo", "a ban on troops"
            attitude = True
        elif lemma in _REVERSAL and _undoes_refusal(node, chain, profile):
            polarity = -polarity
            attitude = True
        elif lemma in _REVERSAL and _refusal_object(node) is not None:
            # "dropped its last condition on the use of …": the parser hung the
            # anchor on the verb; the refusal and its undoing cancel out.
            attitude = True
        elif _states_intent(node):
            attitude = True
        elif node.pos_ == "NOUN" and _stands_against(node, anchor):
            polarity = -polarity
            attitude = True
    return polarity if attitude else 0


def _states_intent(word: Token) -> bool:
    """ "ready to send", "wanted the embargo": an intent, not a past act ("sent")."""
    lemma = word.lemma_.lower()
    if lemma in _TENSELESS_INTENT:
        return True
    return lemma in _INTENT and word.tag_ not in {"VBD", "VBN"}


def _names_a_goal(child: Token, verb: Token, chain: list[Token]) -> bool:
    """ "Our goal remains the 1991 borders": a goal as the subject of a copula."""
    return (
        child.dep_ == "nsubj"
        and child not in chain
        and child.lemma_.lower() in _GOAL_NOUNS
        and verb.lemma_.lower() in _COPULAS
    )


def _negated_intention(child: Token, chain: list[Token]) -> bool:
    """ "Madrid had no plans to deploy soldiers": the parser hangs "to deploy" on "had",
    beside the negated "plans" that governs it in meaning."""
    if child.dep_ != "dobj" or child in chain or child.lemma_.lower() not in _INTENT_NOUNS:
        return False
    return any(_negates(grandchild) for grandchild in child.children)


def _evaluation(verb: Token, judged: Token | None) -> int:
    """+1 or -1 when ``verb`` judges ``judged`` ("called the embargo 'the most important
    decision'", "calling it 'a road to a world war'"), else 0.

    The last judging word wins, so "painful but unavoidable" praises.
    """
    if judged is None or judged.dep_ != "dobj" or verb.lemma_.lower() not in _EVALUATIVE_VERBS:
        return 0
    predicates = [
        c
        for c in verb.children
        if c.dep_ in {"oprd", "attr", "acomp", "ccomp"} or (c.dep_ == "dobj" and c != judged)
    ]  # "calling it 'a road to war'" parses as two objects
    predicates += [c for c in judged.children if c.dep_ == "appos"]  # "… the embargo 'a disaster'"
    predicates += [
        grandchild
        for child in [*verb.children, *judged.children]  # "described the embargo as …"
        if child.dep_ == "prep" and child.lower_ == "as"
        for grandchild in child.children
    ]
    verdict = 0
    words = sorted({w for p in predicates for w in _judging_words(p)}, key=lambda w: w.i)
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in _PRAISE:
            verdict = -1 if any(_negates(c) for c in word.children) else 1
        elif lemma in _BLAME:
            verdict = 1 if any(_negates(c) for c in word.children) else -1
    return verdict


def _judging_words(predicate: Token) -> list[Token]:
    """The predicate's own words, not a clause inside it: "the most important decision
    since the war began" judges by "important", not by "war"."""
    words = [predicate]
    for child in predicate.children:
        if child.dep_ not in _CLAUSES:
            words.extend(_judging_words(child))
    return words


def _harms_as_consequence(subject: Token | None, verb: Token) -> bool:
    """ "allowing strikes would drag Europe into war", "sending troops would be a mistake",
    "foreign soldiers would be treated as targets": the issue's action or agents are the
    subject of a harm."""
    if subject is None or subject.dep_ not in {"csubj", "nsubj", "csubjpass", "nsubjpass"}:
        return False
    if verb.lemma_.lower() in _HARMFUL_CONSEQUENCES:
        return True
    if subject.dep_ == "nsubjpass" and verb.lemma_.lower() in _THREAT_VERBS:
        return True  # "would be destroyed"
    if verb.lemma_.lower() == "make" and _makes_a_belligerent(verb):
        return True
    return any(_judges_harmful(child) for child in verb.children)


def _makes_a_belligerent(verb: Token) -> bool:
    """ "… would make the supplying country a party to the conflict"."""
    return any(
        word.lemma_.lower() in _BELLIGERENT_NOUNS and word.i != verb.i for word in verb.subtree
    )


def _judges_harmful(child: Token) -> bool:
    """ "… would be a mistake", "… would be treated as legitimate targets"."""
    if child.dep_ in {"attr", "acomp"} and child.lemma_.lower() in _HARMFUL_PREDICATES:
        return True
    if child.dep_ == "prep" and child.lower_ == "as":
        return any(_is_threat_word(g) for g in child.children)
    return _is_threat_word(child)


def _is_fronted_topic(node: Token) -> bool:
    """ "On troops, each member state would decide for itself": the fronted "on"
    names what the sentence is about; the verb's attitude is not toward it."""
    if node.dep_ != "prep" or node.lower_ not in _TOPIC_PREPS:
        return False
    before = [t for t in node.sent if t.i < node.i and not (t.is_punct or t.is_space)]
    return not before and any(t.dep_ == "nsubj" and t.i > node.i for t in node.head.children)


def _is_threat_word(word: Token) -> bool:
    """ "targets" in "… would be (treated as) legitimate targets"."""
    if word.lemma_.lower() not in _THREAT_NOUNS:
        return False
    return word.dep_ in {"attr", "acomp"} or (word.dep_ == "pobj" and word.head.lower_ == "as")


def _negates(child: Token) -> bool:
    """ "not", "never", "no" — and "no longer", "no more", whose "no" hangs lower."""
    if child.dep_ == "neg":
        return True
    if child.lower_ in _NEGATORS and child.dep_ in {"det", "advmod"}:
        return True
    return child.lower_ in {"longer", "more"} and any(g.lower_ == "no" for g in child.children)


def _predicate(word: Token, polarity: int, attitude: bool) -> tuple[int, bool]:
    """ "… is no longer feasible", "… is out of the question": the predicate judges."""
    lemma = word.lemma_.lower()
    if lemma in _REFUSAL:
        return -polarity, True
    if any(_negates(child) for child in word.children):
        polarity, attitude = -polarity, True
    if lemma in _INTENT:
        attitude = True
    return polarity, attitude


def _opposes_issue(word: Token, profile: IssueProfile) -> bool:
    """The word names the opposite of the issue's action ("restrictions" on an issue
    about allowing strikes, "buying gas" on an issue about an embargo)."""
    concept = token_concept(word) or ""
    if concept in profile.question:
        return False
    return opposite_concept(concept) in profile.question


def _refusal_object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _REFUSAL_NOUNS:
            return child
    return None


def _undoes_refusal(verb: Token, chain: list[Token], profile: IssueProfile) -> bool:
    """ "lift the restrictions on missiles": the chain went through the refusal."""
    if _opposes_issue(chain[0], profile):
        return True
    refusal = _refusal_object(verb)
    return refusal is not None and refusal in chain


def _stands_against(noun: Token, anchor: Token) -> bool:
    """ "a strict policy against Ukraine using German weapons": "against" beside the
    noun the anchor hangs from, when the parser attached the anchor elsewhere."""
    if noun.lemma_.lower() not in _STANCE_HEADS:
        return False
    return any(
        child.dep_ == "prep" and child.lower_ == "against" and anchor not in child.subtree
        for child in noun.children
    )


def _governing_chain(anchor: Token, span: Span) -> list[Token]:
    """The anchor and its heads up to its clause, not crossing a reporting verb."""
    chain = [anchor]
    node = anchor
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        if node.dep_ == "relcl":
            break  # "Kaskaria, which buys Drovnian gas, opposed …": a description
        node = node.head
        if node.lemma_.lower() in _STOP_AT and node.pos_ == "VERB":
            break
        chain.append(node)
    return chain


def _restrictive(span: Span) -> bool:
    """ "would not send troops unless …": a refusal with an exception is conditional."""
    return any(t.lower_ in _UNLESS_WORDS for t in span)
