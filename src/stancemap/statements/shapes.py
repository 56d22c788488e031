"""Parse shapes of a speech cue that the plain "X said (that) CLAUSE" reading misses.

- "said on Friday during a news conference that CLAUSE", "told reporters at the
  Capitol that CLAUSE": the parser hangs the that-clause on the last noun of the
  adjunct, as if it were a relative clause.
- "As the mayor noted, CLAUSE" and "CLAUSE, as the mayor noted": the cue sits in an
  "as" clause and what was noted is the sentence around it.
- "75 percent said yes", "Cruz said no", "a third say the same of Trump": a short
  answer stands for the clause.
- "called for Trump to drop out": the parser reads "for" as the mark of a clause.

Each function takes the cue verb and returns the content span, or None.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from stancemap.nlp.grammar import SUBJECT_POS, is_finite, is_infinitive, subtree_span
from stancemap.statements.cues import FINDING_SOURCES, is_speech_verb
from stancemap.statements.draft import subject_of

# Heads the parser gives a that-clause when it mistakes it for a relative clause.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl"})
# What may lie between the cue and such a clause: an adjunct ("on Friday during a
# news conference"), an addressee ("reporters"), never another verb.
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "dative", "advmod"})
# Cues whose object is the addressee, not what was said ("told reporters …").
_ADDRESSING_VERBS = frozenset({"tell", "inform", "remind", "assure", "warn", "ask", "brief"})
# Nouns whose that-clause is their own content ("in response to reports that …",
# "stood by his comment that …"): the clause belongs to the noun, not to the cue.
_CONTENT_NOUNS = frozenset(
    """
    report news rumor rumour allegation complaint notion idea fact charge accusation
    evidence sign word speculation indication suggestion impression assumption claim
    comment remark statement question concern fear hope belief view argument assertion
    warning assurance promise pledge threat reminder conviction theory point message
    """.split()
)
_ADJUNCT_POS = frozenset({"NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM", "PRON", "ADV", "PART"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_ANSWERS = frozenset({"yes", "no"})
_SAME_DEPS = frozenset({"dobj", "nsubj", "attr", "npadvmod"})


def that_clause_beyond_adjunct(
    verb: Token, preps_of_content: Mapping[str, tuple[str, ...]]
) -> Span | None:
    """The that-clause after the cue's adjuncts ("said in a statement that …").

    Not through a preposition that opens the cue's own content ("responding to
    questions that …": ``preps_of_content``), nor a noun that owns its clause.
    """
    own_preps = preps_of_content.get(verb.lemma_.lower(), ())
    for child in verb.rights:
        addressee = child.dep_ == "dobj" and verb.lemma_.lower() in _ADDRESSING_VERBS
        if (child.dep_ not in _ADJUNCT_DEPS and not addressee) or child.lower_ in own_preps:
            continue
        for token in child.subtree:
            if _mistaken_relative(token, verb):
                clause = token.head
                return verb.doc[token.i : clause.right_edge.i + 1]
    return None


def _mistaken_relative(token: Token, verb: Token) -> bool:
    """ "that" as the mark of a finite clause hung on a noun of the cue's adjunct."""
    if token.lower_ != "that" or token.dep_ != "mark":
        return False
    clause = token.head
    if clause.dep_ not in _CLAUSE_DEPS or clause.i < token.i:
        return False
    if not any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return False
    noun = clause.head
    if noun.lemma_.lower() in _CONTENT_NOUNS and noun.head.lower_ != "in":
        return False  # "in a statement that …" is where it was said, not what
    current = clause.head
    while current != verb:
        if current.pos_ not in _ADJUNCT_POS or current.head == current:
            return False
        current = current.head
    return True


def as_clause_content(verb: Token) -> Span | None:
    """ "As the mayor noted, the bridge is old", "As reported by the Herald, …": the
    sentence around the "as" clause."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return None
    if not any(c.dep_ in {"nsubj", "agent"} for c in verb.children):
        return None  # "as expected", "as noted above": nobody's statement
    addressed = verb.lemma_.lower() in _ADDRESSING_VERBS  # "As Clinton told the News, …"
    if any(
        c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and not addressed) for c in verb.children
    ):
        return None  # "as he said he would": a comparison, not a source
    head = verb.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    doc = verb.doc
    if verb.i < head.i:
        span = doc[verb.right_edge.i + 1 : head.right_edge.i + 1]
    elif is_speech_verb(head):
        return None  # "…,” she said, as recalled by …": a source for the quote, not a clause
    elif verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ",":
        span = doc[head.left_edge.i : verb.left_edge.i]
    else:
        return None  # "did it as she said": the manner, not a report
    return span if sum(not t.is_punct for t in span) >= 3 else None


def trailing_cue_content(verb: Token) -> Span | None:
    """ "Deficits will rise this year, the budget office reported.": the parser hangs
    the closing cue on the clause as an adverbial; the clause before it is the content."""
    if verb.dep_ != "advcl" or any(c.dep_ in {"mark", "cc"} for c in verb.children):
        return None
    head = verb.head
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if head.i > verb.i or not subjects or head.pos_ not in {"VERB", "AUX"}:
        return None
    doc = verb.doc
    comma = subjects[0].left_edge.i - 1
    if comma <= head.left_edge.i or doc[comma].text != ",":
        return None
    if any(t.dep_ in {"ccomp", "dobj", "xcomp"} for t in verb.rights):
        return None
    return doc[head.left_edge.i : comma]


# Nouns that stand for what was said when a relative clause of speech follows them.
_SAID_THINGS = frozenset(
    """
    thing something anything everything nothing lot remark word comment statement
    """.split()
)


def said_things(verb: Token) -> Span | None:
    """ "the nine things Trump has said about Latinos": the noun phrase is what was
    said; the cue sits inside it."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in _SAID_THINGS:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return None
    if is_infinitive(verb):
        return None  # "nothing but good things to say": no one has said them yet
    return subtree_span(verb.head)


def short_answer(verb: Token) -> Span | None:
    """ "said yes", "said no", "say the same of Trump", "said so"."""
    if verb.lemma_.lower() not in {"say", "think", "believe"}:
        return None
    doc = verb.doc
    for child in verb.rights:
        if child.lower_ == "so" and child.dep_ in {"advmod", "dobj"} and not any(child.children):
            return doc[child.i : child.i + 1]  # "neither side would say so"
        if verb.lemma_.lower() != "say":
            continue
        if child.lower_ in _ANSWERS and child.dep_ in {"intj", "dobj", "ccomp"}:
            # "said no to the Iraq war": what the answer refuses goes with it.
            after = doc[child.i + 1] if child.i + 1 < len(doc) else None
            if after is not None and after.lower_ == "to" and after.dep_ == "prep":
                return doc[child.i : after.right_edge.i + 1]
            return subtree_span(child)
        if child.dep_ in _SAME_DEPS and child.lemma_.lower() == "same":
            # "26 percent said the same": the parser may take it for a subject.
            return subtree_span(child)
        if child.dep_ == "dobj" and child.lower_ in {"that", "so"}:
            # "a third said that of Cruz": the answer the sentence before gave.
            about = [
                c
                for c in (*verb.rights, *child.rights)
                if c.dep_ == "prep" and c.lower_ in {"of", "about"} and c.i == child.i + 1
            ]
            if about:
                return doc[child.i : about[0].right_edge.i + 1]
    return None


def clause_after_preposition(verb: Token, preps: tuple[str, ...]) -> Span | None:
    """ "called for Trump to drop out": the clause the preposition opens."""
    for child in verb.rights:
        if child.dep_ != "advcl":
            continue
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in preps]
        if marks and marks[0].i == child.left_edge.i:
            return verb.doc[marks[0].i + 1 : child.right_edge.i + 1]
    return None


# Who can be the target of criticism: a person, a group, an organisation or a pronoun.
_TARGET_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def charge(verb: Token, preps: tuple[str, ...]) -> Span | None:
    """ "hit Clinton over her husband's trade policies": the target and the charge."""
    targets = [c for c in verb.rights if c.dep_ == "dobj"]
    if not targets or not _is_target(targets[0]):
        return None
    for prep in verb.rights:
        if prep.i > targets[0].i and prep.dep_ == "prep" and prep.lower_ in preps:
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if objects and objects[0].ent_type_ not in {"DATE", "TIME"}:
                return verb.doc[targets[0].left_edge.i : prep.right_edge.i + 1]
    return None


def _is_target(noun: Token) -> bool:
    return noun.pos_ in {"PROPN", "PRON"} or noun.ent_type_ in _TARGET_ENTS


# Modifiers that make the cue word a noun after all: "his claims", "the fears".
_NOUN_MODIFIER_DEPS = frozenset({"det", "poss", "amod"})


def clause_after_noun_tagged_cue(word: Token, lemma: str) -> tuple[Span, Token] | None:
    """ "One in five say that won't be true", "Trump predicts that …": a cue verb the
    tagger took for a noun, with a subject before it and a finite clause after it.

    ``lemma`` is the cue's lemma. Returns the clause and the subject, or None when the
    word reads as the noun it was tagged ("his claims that …", "FEC reports show …").
    """
    doc = word.doc
    if word.is_sent_start or word.i + 2 >= len(doc) or not _verb_form(word, lemma):
        return None
    if word.dep_ in {"nsubj", "nsubjpass"} or any(
        c.dep_ in _NOUN_MODIFIER_DEPS for c in word.children
    ):
        return None
    before = doc[word.i - 1]
    if before.pos_ not in SUBJECT_POS or before.dep_ in {"poss", "det"}:
        return None
    clause = _finite_clause_from(doc[word.i + 1], word)
    if clause is None:
        return None
    return doc[word.i + 1 : clause.right_edge.i + 1], _phrase_head(before, word)


def _verb_form(word: Token, lemma: str) -> bool:
    """The word as written is the verb's base or third-person form."""
    text = word.lower_
    return text in {lemma, lemma + "s", lemma + "es"}


def _finite_clause_from(first: Token, word: Token) -> Token | None:
    """The finite verb of a clause that opens at ``first`` with its subject or "that"."""
    subject_start: int | None = first.i
    if first.lower_ == "that" and first.dep_ == "mark":
        verb = first.head
        subject_start = None  # "that as rivals drop out, voters will …": any subject
    else:
        verb = first
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
    if verb.i <= first.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ == "relcl" and verb.head == word:
        return None  # "the reports that were released": a relative clause on the noun
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects or subject_start not in {None, subjects[0].left_edge.i}:
        return None
    return verb if is_finite(verb) else None


def _phrase_head(before: Token, word: Token) -> Token:
    """The subject's head: "One" in "One in five say", "Trump" in "Trump predicts"."""
    # "One in five say": the parser made "five" a number of the noun "say".
    head = word if before.head == word and word.dep_ == "pobj" else before
    while head.dep_ in {"pobj", "prep"} and head.head.i < word.i:
        head = head.head
    return head


def felt_state(verb: Token) -> Span | None:
    """ "Immigrants feel discriminated against", "many feel betrayed by the party": how
    people say they feel is their view of their lot. Not "it feels good" (nobody's)."""
    if verb.lemma_.lower() != "feel":
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ in {"it", "that", "this"}:
        return None
    for child in verb.rights:
        if child.dep_ == "acomp" and child.pos_ in {"ADJ", "VERB"}:
            return verb.doc[child.i : child.right_edge.i + 1]
    return None


_PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "notice"})


def perceived_event(verb: Token, clause: Token) -> bool:
    """ "saw Trump talking about the plant", "saw his support collapse": something
    witnessed, not a belief; only a finite clause ("saw that …") reports one."""
    if verb.lemma_.lower() not in _PERCEPTION_VERBS:
        return False
    finite = any(c.dep_ in {"mark", "aux", "auxpass"} for c in clause.children)
    return clause.tag_ in {"VB", "VBG", "VBN"} and not finite


_FINDING_COMPLEMENTS = frozenset({"prep", "advcl", "xcomp", "oprd", "acomp", "npadvmod"})


def finding_object(verb: Token) -> Span | None:
    """ "The poll shows Sanders with 47 percent": the object with what is said of it.

    The parser hangs "with 47 percent" or "leading the field" on the verb; the
    finding runs from the object to the last of these complements.
    """
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    subject = subject_of(verb)
    if subject is None or not objects:
        return None
    if verb.lemma_.lower() == "find" and subject.lower_ not in FINDING_SOURCES:
        return None
    if _a_person(subject):
        return None  # "he showed his cultural dexterity": a person displays, not finds
    last = objects[0]
    for child in verb.rights:
        if child.i > last.i and child.dep_ in _FINDING_COMPLEMENTS:
            last = child
    span = verb.doc[objects[0].left_edge.i : last.right_edge.i + 1]
    return span if len(span) >= 2 else None


def _a_person(noun: Token) -> bool:
    """ "he", "Mr. Rubio": someone who shows a skill or a feeling, not a finding."""
    if noun.pos_ == "PRON":
        return noun.lower_ in {"he", "she", "i", "we", "you", "they"}
    return noun.ent_type_ == "PERSON"
