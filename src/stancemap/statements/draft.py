"""The statement record while it is still in normalised-text offsets."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from stancemap.models import StatementKind
from stancemap.nlp.grammar import is_infinitive, name_read_as_modal
from stancemap.statements.cues import is_reporting_verb
from stancemap.statements.speakers import NO_SPEAKER, SpeakerRef


@dataclass(frozen=True)
class StatementDraft:
    """A statement found in the parsed, normalised text.

    ``sentence`` spans the sentences that hold the statement and its cue, where
    the outlet it came through ("in an interview with …") and its date are written.
    ``embedded`` marks quoted words inside a sentence that reports them; the
    statement is then the reported clause (``mixed.py``). ``open_mark`` and
    ``close_end`` bound a direct quote with its marks.
    """

    kind: StatementKind
    start: int
    end: int
    cue: Token | None
    speaker: SpeakerRef = NO_SPEAKER
    parts: tuple[tuple[int, int], ...] = ()
    sentence: tuple[int, int] = (0, 0)
    fragment: bool = False
    cue_phrase: tuple[int, int] | None = field(default=None)
    embedded: bool = False
    open_mark: int | None = None
    close_end: int | None = None

    def with_speaker(self, speaker: SpeakerRef) -> StatementDraft:
        return replace(self, speaker=speaker)

    @property
    def cue_span(self) -> tuple[int, int] | None:
        if self.cue_phrase is not None:
            return self.cue_phrase
        if self.cue is None:
            return None
        return self.cue.idx, self.cue.idx + len(self.cue)


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentences covering ``[start, end)``."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), max(start + 1, end), alignment_mode="expand")
    first_sent: Span = first.sent if first is not None else doc[:]
    last_sent: Span = last.sent if last is not None else doc[:]
    return first_sent.start_char, last_sent.end_char


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue, climbing through participles ("…, stating that"),
    gerunds ("before insisting", "by saying") and predicates ("likely to say").

    The noun a present participle modifies is its subject ("a super PAC supporting
    X", "Mr. Netanyahu denouncing Y"), as is the head of a relative clause.
    """
    if is_passive_cue(verb):
        return _agent_of(verb)
    said = _set_off_participle_subject(verb)
    if said is not None:
        # "His assumption, confidently stated on TV, was …": the subject is what was
        # said; whoever owns it said it, else nobody is named.
        return next((c for c in said.children if c.dep_ == "poss"), None)
    current: Token | None = verb
    for _ in range(5):
        if current is None:
            return None
        subject = _own_subject(current)
        if subject is not None:
            relative = subject.tag_ in {"WP", "WDT"} and current.dep_ == "relcl"
            return _described_by_relative(current.head) if relative else subject
        if (
            current.tag_ == "VBG"
            and current.dep_ == "advcl"
            and current.head.dep_ == "ccomp"
            and current.head.head.i < current.head.i
            and not _reports_content(current.head)
        ):
            # "X said A has grown, citing B": the one citing is X, not A's subject.
            current = current.head.head
            continue
        partner = _participle_partner(current)
        if partner is not None:
            current = partner
            continue
        governing = _past_relative_clause(current)
        if governing is not None:
            current = governing
            continue
        described = _after_relative_clause(current)
        if described is not None:
            return described
        infinitive = _infinitive_on_noun(current)
        if infinitive is not None:
            # "a person had reason to be skeptical": whoever has the reason.
            current = infinitive
            continue
        stray = _subject_hung_as_conjunct(current)
        if stray is not None:
            return stray
        if _conjunct_of_reported_clause(current):
            # "Kovac said the move was made by X and said, …": the second "said" is hers.
            current = current.head.head
            continue
        if current.dep_ == "relcl" or _participle_of_noun(current):
            occasion = _verb_of_occasion(current)
            if occasion is None:
                return current.head
            # "In a speech attacking the budget, Lund promised …": Lund attacked it.
            current = occasion
            continue
        controller = _object_control(current)
        if controller is not None:
            return controller
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            # "… before insisting that", "began by saying": the verb the preposition hangs on;
            # "answered a question by asserting": the parse may hang "by" on the object.
            speech = is_reporting_verb(current)
            current = current.head.head
            if current.dep_ == "dobj" and current.head.pos_ == "VERB" and current.tag_ == "NN":
                current = current.head
            elif speech and current.dep_ == "ccomp" and is_reporting_verb(current.head):
                # "said A had kept us safe before claiming B": the speaker goes on.
                current = current.head
            continue
        if current.dep_ in _CLIMB_DEPS or (current.dep_ == "dep" and current.head.pos_ == "VERB"):
            current = current.head
        elif _said_after_participle_root(current):
            # "Durbin, noting the size of the list, said, …" read as "Durbin noting …;
            # said …": the participle's subject is the speaker's.
            current = current.head
        elif current.dep_ == "ROOT":
            return (
                _speaker_said_before(current)
                or _stranded_apposition(current)
                or _subject_of_leading_participle(current)
                or _noun_just_before(current)
                or _subject_of_clause_before(current)
            )
        else:
            return None
    return None


def _participle_partner(verb: Token) -> Token | None:
    """ "Rubio pushed back, saying that the bill had … but was waylaid … - and arguing
    that …": a participle the parse joined to a finite verb inside what was said goes
    on with the participle of saying that governs it."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.head.tag_ == "VBG":
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    governor = clause.head
    if clause.dep_ != "ccomp" or governor.tag_ != "VBG" or not is_reporting_verb(governor):
        return None
    return governor


def _set_off_participle_subject(verb: Token) -> Token | None:
    """The noun a past participle set off by commas describes ("His assumption,
    confidently stated on live TV, was …"), which the parse may make its subject."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        head = verb.head
        if verb.dep_ != "advcl" or head.i < verb.i:
            return None
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i > verb.i:
            return None
    between = verb.doc[subject.i + 1 : verb.i]
    set_off = bool(between) and between[0].text == ","
    return subject if set_off and all(t.text == "," or t.pos_ == "ADV" for t in between) else None


def _reports_content(verb: Token) -> bool:
    """ "X said Lund warned …, citing B": a verb of saying with something said is a
    speaker of its own; "X said the case reminds him of a book, explaining" is not."""
    return is_reporting_verb(verb) and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


def _speaker_said_before(verb: Token) -> Token | None:
    """ "'…,' Mr. Obama said, not even needing to mention …", "Kallas said, adding
    that …": the parse made the participle the root and hung the speech verb before it
    on it; whoever said it goes on."""
    if verb.tag_ != "VBG":
        return None
    for child in verb.lefts:
        if child.dep_ == "parataxis" and is_reporting_verb(child):
            subject = _own_subject(child)
            if subject is not None and subject.pos_ in {"PROPN", "NOUN", "PRON"}:
                return subject
    return None


def _described_by_relative(noun: Token) -> Token:
    """Who a relative clause's "who" is: the noun it hangs on, or, when that noun is
    what a subject is said to be ("Trump is a liar and bully who pledged …"), the
    subject: the clause describes the person, not the word for them."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "attr" or head.head.lemma_ != "be":
        return noun
    subjects = [c for c in head.head.children if c.dep_ == "nsubj" and c.i < head.i]
    return subjects[0] if subjects else noun


def _past_relative_clause(verb: Token) -> Token | None:
    """ "Rubio had a strong moment that could play big …, forcefully denouncing": a
    participle after a comma that the parse hung on a relative clause describes what
    the main clause's subject does; the verb that governs the described noun."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.dep_ != "relcl":
        return None
    if verb.left_edge.i == 0 or doc[verb.left_edge.i - 1].text != ",":
        return None
    noun = verb.head.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    governor = noun.head
    return governor if governor.pos_ in {"VERB", "AUX"} and governor.i != noun.i else None


def _after_relative_clause(verb: Token) -> Token | None:
    """ "Mr. Buchanan, who had failed to win the nomination, called for": a finite verb
    after the comma closing a relative clause, hung by the parse inside that clause,
    belongs to the noun the clause describes."""
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for ancestor in verb.ancestors:
        if ancestor.dep_ == "relcl" and ancestor.head.i < ancestor.i:
            opener = doc[ancestor.left_edge.i]
            before = doc[opener.i - 1] if opener.i > 0 else None
            if opener.lower_ in {"who", "which"} and before is not None and before.text == ",":
                return ancestor.head
            return None
    return None


def _infinitive_on_noun(verb: Token) -> Token | None:
    """ "had reason to know", "has the right to say": an infinitive on a noun the
    verb before it governs; that verb's subject is the one who knows or says."""
    if verb.dep_ not in {"relcl", "acl"} or _own_subject(verb) is not None:
        return None
    if not is_infinitive(verb):
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.dep_ != "dobj" or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    return noun.head


def _conjunct_of_reported_clause(verb: Token) -> bool:
    """A speech verb the parse joined to the clause another speech verb reports: "said
    the move was made by X and said", "said the bridge was safe and warned that …".
    The second cue goes on with what the first cue's subject did, not what the
    reported clause's subject (a thing, or someone done to) did."""
    if verb.dep_ != "conj" or not is_reporting_verb(verb) or _own_subject(verb) is not None:
        return False
    clause = verb.head
    if clause.dep_ != "ccomp" or is_reporting_verb(clause) or not is_reporting_verb(clause.head):
        return False
    if any(child.dep_ == "nsubjpass" for child in clause.children):
        return True
    subject = _own_subject(clause)
    return subject is not None and not _may_speak(subject)


def _subject_hung_as_conjunct(verb: Token) -> Token | None:
    """ "Many have said they will not attend the convention and others have said …",
    "One in three said …, and one in four said …": the parse joined the second subject
    to the object before it and left the second verb without one; the phrase right
    after "and", just before the verb, is its subject."""
    if verb.dep_ not in {"conj", "ccomp"} or _own_subject(verb) is not None:
        return None
    first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in {"aux", "neg", "advmod"}])
    if first < 2:
        return None
    noun = verb.doc[first - 1]
    while noun.dep_ in {"pobj", "prep"} and noun.head.i < noun.i:
        noun = noun.head  # "one in four": up to the share's first word
    if noun.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"} or noun.dep_ != "conj":
        return None
    if noun.head.i > noun.i or verb.doc[noun.left_edge.i - 1].lower_ not in {"and", "but"}:
        return None
    return noun


def _may_speak(noun: Token) -> bool:
    """A subject that could itself go on to speak: a person, a body, a pronoun for one."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in {"it", "this", "that"}
    return noun.ent_type_ in _AGENT_ENTITIES or noun.pos_ == "PROPN"


def _stranded_apposition(verb: Token) -> Token | None:
    """ "In a call on Dec. 2, Col. Peter Lange, a spokesman, said": the parse hung the
    name on the date before it as an apposition and left the verb without a subject;
    the outermost apposition just before the verb is the speaker."""
    doc = verb.doc
    index = _before_asides(verb)
    if index < 0:
        return None
    token, found = doc[index], None
    while token.i != verb.i and token.i < verb.i and token.head.i != token.i:
        if token.dep_ == "appos" and token.pos_ in {"PROPN", "NOUN"}:
            found = token
        token = token.head
    return found if token.i == verb.i else None


def _before_asides(verb: Token) -> int:
    """The last word before the verb once punctuation, its adverbs and auxiliaries and
    a phrase set off by commas ("Lazar, in a green jail jumpsuit, said") are passed over."""
    doc = verb.doc
    index = verb.i - 1
    while index >= 0:
        token = doc[index]
        if token.is_punct or _modifies_verb(token, verb):
            index -= 1
        elif _inside_left_prep(token, verb):
            index = _left_prep_of(token, verb).left_edge.i - 1
        else:
            break
    return index


def _left_prep_of(token: Token, verb: Token) -> Token:
    while token.head.i != verb.i:
        token = token.head
    return token


def _inside_left_prep(token: Token, verb: Token) -> bool:
    """``token`` ends a prepositional phrase hung on ``verb`` and set off by a comma."""
    prep = _left_prep_of(token, verb) if verb in token.ancestors else None
    if prep is None or prep.dep_ != "prep" or prep.i > verb.i:
        return False
    return prep.i > 0 and verb.doc[prep.i - 1].text == ","


def _subject_of_clause_before(verb: Token) -> Token | None:
    """ "Ann Selzer is happy to be Iowa's 'silver standard,' says she warned …": two
    predicates of one subject read as a clause the verb reports and a verb without a
    subject; with its own content after it, the verb belongs to that subject."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i and _opens_own_clause(c) for c in verb.children):
        return None  # "…, said a former spokesman, who …": an inverted speaker instead
    for child in verb.lefts:
        if child.dep_ == "ccomp":
            subject = _own_subject(child)
            if subject is not None and subject.pos_ in {"PROPN", "PRON"}:
                return subject
    return None


def _opens_own_clause(clause: Token) -> bool:
    """ "that …" or a pronoun subject ("she warned"): a reported clause, not a speaker
    phrase the parse took for one."""
    subject = _own_subject(clause)
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" or (subject is not None and subject.pos_ == "PRON")


def _noun_just_before(verb: Token) -> Token | None:
    """ "Federal Election Commission records show", "than the oil industry says the
    market can handle": a finite verb left without a subject by a parse that hung the
    noun phrase just before it elsewhere (a compound, an object of "than"); that
    phrase speaks."""
    doc = verb.doc
    if verb.tag_ not in {"VBZ", "VBD", "VBP"} or verb.i == 0:
        return None
    noun = doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"compound", "pobj"}:
        return None
    return noun


def _agent_of(verb: Token) -> Token | None:
    """ "Rubio was asked by the moderator whether …", "was told by aides that …": the
    one the "by" phrase names asked or told it."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _modifies_verb(token: Token, verb: Token) -> bool:
    """An adverb, auxiliary or "not" of the verb ("…, have said", "…, also said")."""
    return token.dep_ in {"advmod", "aux", "neg"} and token.head.i == verb.i


def _subject_of_leading_participle(verb: Token) -> Token | None:
    """ "Ruiz, noting the size of the list, said, …" with the subject hung on "noting"."""
    for child in verb.lefts:
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            subject = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def _said_after_participle_root(verb: Token) -> bool:
    """The cue the parser hung beside a participle it made the root ("Durbin (D-Ill.),
    noting …, said" read as "Durbin noting …; said …"), the subject before it."""
    head = verb.head
    return (
        verb.dep_ == "parataxis"
        and head.tag_ == "VBG"
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
    )


def is_passive_cue(verb: Token) -> bool:
    """ "Blumenthal was asked", "Asked if …, 46 percent said": who is asked or told is
    not the one speaking, and the passive leaves the speaker unsaid."""
    children = list(verb.children)
    if any(child.dep_ == "nsubjpass" for child in children):
        return True
    if any(child.dep_ in {"nsubj", "aux"} for child in children):
        return False
    if _bare_asked(verb):
        return True
    if verb.tag_ != "VBN":
        return False
    # "Cruz, when asked what …, responded": however the parse hangs the clause.
    elliptical = any(child.lower_ in _ELLIPSIS_MARKS for child in children)
    return verb.dep_ == "advcl" or (verb.dep_ in {"relcl", "acl"} and elliptical)


# Verbs whose subject hears the words, not says them, when they are passive.
ASKING_VERBS = frozenset({"ask", "tell", "question", "press"})


def _bare_asked(verb: Token) -> bool:
    """ "Asked whether …, Johnson demurred", "“…,” McCain said, asked about the delay":
    "asked" without subject or auxiliary is a passive, whoever the main clause names;
    the parse may tag it as a past tense."""
    if verb.dep_ not in {"xcomp", "advcl"} or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if verb.lemma_.lower() not in ASKING_VERBS:
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is None or before.text == "," or before.lower_ in _ELLIPSIS_MARKS


_ELLIPSIS_MARKS = frozenset({"when", "if", "once", "unless", "as", "after", "before"})


_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "acomp"})


def _object_control(verb: Token) -> Token | None:
    """ "prompted Cooper to accuse", "leads many experts to suspect": the object of the
    verb an infinitive hangs on is the one who accuses or suspects."""
    if verb.tag_ == "VBG":
        return _participle_object(verb)
    perceived = _perceived_doer(verb)
    if perceived is not None:
        return perceived
    if verb.dep_ != "xcomp" or not is_infinitive(verb):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects:
        return None
    # "used his speech to say" is a purpose: only verbs that make someone act, or
    # an object that is a person or a body, pass the infinitive on.
    if verb.head.lemma_.lower() in _CONTROL_VERBS or objects[0].ent_type_ in _AGENT_ENTITIES:
        return objects[0]
    return None


def _perceived_doer(verb: Token) -> Token | None:
    """ "Voters are watching Clinton argue that …": after a verb of perceiving, the
    bare verb is done by the one watched (the parse may join it as a conjunct)."""
    head = verb.head
    if verb.tag_ not in {"VB", "VBP"} or verb.dep_ not in {"conj", "xcomp", "ccomp", "dep"}:
        return None  # the bare verb, which the tagger may read as a present tense
    if head.i > verb.i or any(c.dep_ == "aux" for c in verb.children):
        return None
    if head.lemma_.lower() not in _PERCEIVING or _own_subject(verb) is not None:
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects:
        return None
    between = verb.doc[objects[0].right_edge.i + 1 : verb.i]
    if any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in between):
        return None  # "watched the debate and agree that …": two acts of the subject
    names = [c for c in objects[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return names[-1] if names else objects[0]


_PERCEIVING = frozenset({"watch", "see", "hear", "listen", "witness", "notice"})


def _participle_object(verb: Token) -> Token | None:
    """ "The shootings have left 62 percent of voters saying …", "the poll found most
    voters saying …": a participle right after the object of a verb that shows or
    leaves someone doing it; the object is the one saying it."""
    if verb.dep_ not in {"advcl", "xcomp", "ccomp"} or verb.head.lemma_.lower() not in _SHOWING:
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects or objects[-1].right_edge.i + 1 != verb.left_edge.i:
        return None
    return objects[-1]


# Verbs whose object does what a participle after it says: "left voters saying",
# "found most members saying", "heard him saying", "has one in three saying".
_SHOWING = frozenset({"leave", "find", "show", "have", "keep", "hear", "see", "catch", "get"})


_CONTROL_VERBS = frozenset(
    """ask urge prompt lead force encourage tell push invite press pressure persuade
    convince allow cause get inspire challenge dare compel drive""".split()
)
_AGENT_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


def _own_subject(verb: Token) -> Token | None:
    """The verb's nominal subject; of two (a parse that split "co-host Mika Brzezinski"
    or kept a dateline), the one nearest before the verb."""
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1:
        before = [s for s in subjects if s.i < verb.i]
        if len(before) > 1 and _ends_phrase_of(before[-1], before[-2]):
            # "A statement posted on the website GunBroker.com said": the name ends
            # the first subject's phrase; the statement says it.
            return before[-2]
        if before:
            return before[-1]
        role, name = subjects[0], subjects[1]
        if role.pos_ == "NOUN" and name.pos_ == "PROPN" and _comma_between(role, name):
            # "wrote the American ambassador at the time, John E. Herbst": the name
            # after the role.
            return name
        return subjects[0]
    return subjects[0] if subjects else name_read_as_modal(verb) or _name_after_as(verb)


def _name_after_as(verb: Token) -> Token | None:
    """ "As Akhil Amar, a professor at Yale, put it, “…”": the parse read "as" as a
    preposition and the name as its object; the name is the subject."""
    for prep in verb.lefts:
        if prep.dep_ in {"prep", "mark"} and prep.lower_ == "as":
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN":
                return name
    return None


def _comma_between(first: Token, second: Token) -> bool:
    return any(t.text == "," for t in first.doc[first.i + 1 : second.left_edge.i])


def _ends_phrase_of(later: Token, earlier: Token) -> bool:
    """The word before ``later`` lies inside the phrase ``earlier`` heads, past its
    head: ``later`` finishes that phrase ("posted on the website X") rather than
    naming who ``earlier`` is ("co-host Mika Brzezinski")."""
    index = later.left_edge.i - 1
    if index < 0:
        return False
    word = later.doc[index]
    inside = earlier.left_edge.i <= index <= earlier.right_edge.i
    return inside and index > earlier.i and (word.pos_ in {"NOUN", "PROPN"} or _ends_list(word))


def _ends_list(word: Token) -> bool:
    """ "ambassadors from Estonia, Latvia, and Lithuania warned": the parse may make
    the last item a subject of its own; the conjunction before it, inside a list,
    shows it closes the list."""
    return word.dep_ == "cc" and any(t.dep_ == "conj" for t in word.head.subtree)


def _participle_of_noun(verb: Token) -> bool:
    """ "Mr. Netanyahu denouncing", "ads attacking": a present participle on a noun;
    also a finite verb the parse hung on a noun ("Beruff, an ally, called …")."""
    if verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ in {"VBD", "VBN"} and (verb.head.dep_ == "ROOT" or _finite_after_aside(verb))


def _verb_of_occasion(participle: Token) -> Token | None:
    """The verb of the clause that holds the occasion a participle hangs on: "during a
    speech attacking X" or "spent the run-up to the caucuses portraying Y as Z" tell
    what the clause's subject did there; a speech or a caucus says nothing itself."""
    noun = participle.head
    if participle.tag_ != "VBG" or noun.lemma_.lower() not in _OCCASIONS:
        return None
    for ancestor in noun.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


# Events and stretches of time at which someone speaks, not speakers: "in a speech
# attacking", "entered the conversation believing", "spent the week denouncing".
_OCCASIONS = frozenset(
    """speech address interview appearance rally debate hearing meeting session
    conference visit event caucus primary election convention forum summit briefing trip
    tour conversation discussion week weekend day month year time period run-up""".split()
)


def _finite_after_aside(verb: Token) -> bool:
    """ "De Blasio, speaking on the radio, called Trump a blowhard": a verb with an
    object after a comma is the name's own verb, not a participle ("a PAC called X")."""
    doc = verb.doc
    after_comma = verb.i > 0 and doc[verb.i - 1].text == ","
    has_object = any(child.dep_ in {"dobj", "oprd", "ccomp"} for child in verb.children)
    return after_comma and has_object
