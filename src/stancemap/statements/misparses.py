"""Reported clauses the parser hung in the wrong place, read back into shape.

The small model often mis-hangs the words around a cue: the speaker after an inverted
cue read as the subject of a clause ("…, said a former spokesman, X, who … helped
form"), the subject of the reported clause hung on the cue ("said about half of the
adjustment reflected …"), a trailing cue joined to the first of two clauses ("A, but B,
the source added"), a relative word that is the subject of what was believed ("whom
many voters believed was …"). Each reader returns the content (or speaker) as written.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.nlp.grammar import is_finite
from stancemap.statements.cues import cue_lemma, is_reporting_verb


def inverted_speaker_read_as_subject(
    verb: Token, clauses: list[Token], after: list[Token]
) -> Token | None:
    """ "He had a voice in decisions, said a former spokesman, Oleg Varga, who ran in
    the bloc Mr. Lund helped form.": the parser read the speaker after the cue as the
    subject of a verb in the speaker's own relative clause. The clause before ", said"
    is the content; the speaker is that subject. Only for a cue without a subject of
    its own (the caller checks).
    """
    if not after or clauses[0].i > verb.i:
        return None
    doc = verb.doc
    if clauses[0].right_edge.i < verb.i - 2 or doc[verb.i - 1].text != ",":
        return None
    if after[0].left_edge.i != verb.i + 1:
        return None
    nouns = [t for t in doc[verb.i + 1 : after[0].i] if t.pos_ in {"NOUN", "PROPN"}]
    if not nouns:
        return None
    speaker = nouns[0]
    while speaker.head.pos_ in {"NOUN", "PROPN"} and verb.i < speaker.head.i < after[0].i:
        speaker = speaker.head
    return speaker


def with_stranded_subject(verb: Token, clause: Token, content: Span) -> Span:
    """ "The budget office said about half of the adjustment reflected revenue losses":
    the parser hung the clause's subject on the cue and left the clause without one;
    the words between the cue and its clause are that subject.

    Not after a cue that names whom it tells ("told reporters the plan …"), nor when
    the words between begin a clause of their own ("added that …") or are set off.
    """
    doc = verb.doc
    start = clause.left_edge.i
    if start <= verb.i + 1 or cue_lemma(verb) in ADDRESSEE_VERBS or not is_finite(clause):
        return content
    if is_reporting_verb(clause) or doc[start].is_quote or doc[start].lower_ == "that":
        return content
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return content
    gap = doc[verb.i + 1 : start]
    if gap[0].lower_ in {"that", "whether", "if"} or any(t.is_punct or t.is_quote for t in gap):
        return content
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} for t in gap):
        return content
    return doc[gap.start : content.end]


# Cues whose first object is the one addressed: "told reporters the plan had failed".
ADDRESSEE_VERBS = frozenset(
    {"tell", "ask", "inform", "remind", "assure", "warn", "advise", "urge", "instruct", "promise"}
)


def with_split_first_conjunct(verb: Token, content: Span) -> Span:
    """ "Clinton had told officials she did not want the escort, but the police overruled
    that request, the source added.": the parser made the trailing cue a conjunct of the
    first clause and left it only the clause after "but"; the cue reports both."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i >= content.start:
        return content
    joiner = doc[content.start - 1]
    if joiner.dep_ != "cc" or joiner.head != head or head.left_edge.i != head.sent.start:
        return content
    return doc[head.left_edge.i : content.end]


def relative_as_subject(verb: Token) -> Span | None:
    """ "Berg, whom many voters believed was favoring the mayor, …": the relative word
    is the subject of what the cue's subject believed or said; the content runs from it
    through the clause the parser hung on the cue as a complement."""
    if verb.dep_ != "relcl":
        return None
    relative = next((c for c in verb.lefts if c.tag_ in {"WP", "WDT"}), None)
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj" and c != relative]
    if relative is None or not subjects or relative.i > subjects[0].i:
        return None
    for clause in verb.rights:
        if clause.dep_ in {"xcomp", "ccomp"} and is_finite(clause):
            return verb.doc[relative.i : clause.right_edge.i + 1]
    return None
