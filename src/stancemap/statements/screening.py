"""Reported statements that are not statements at all, dropped after they are found.

The cue finders read a construction ("campaigned on …", "is sure to …", "criticizing
X will …") before they know what fills it. Some fillings show that nobody's words,
beliefs or intentions are reported, whatever the cue:

- the content is only a date or time ("Cruz campaigned on Wednesday", "her remarks on
  Tuesday night"): the preposition gave when, not what;
- the cue is an adjective that raises its subject ("the figure is sure to rise", "a
  prospect certain to anger Republicans"): the narrator predicts, the subject holds
  no attitude; "sure that …" still reports one;
- the cue heads the subject of another verb ("Criticizing the police will alienate
  voters", "Targeting minorities has been key"): an act talked about in general, not
  one someone performed;
- a person "shows" a thing ("he showed flashes of compassion", "both show an
  understanding of economics"): behaviour on display, where a poll or a record that
  shows something reports a finding;
- a measure "seeks" or "aims" ("the initiative seeks to outlaw face coverings"): a
  text has a purpose, not a stance; its sponsors' stances are reported elsewhere;
- someone "has the support of" others ("Clinton has the endorsement of the unions"):
  the "of" phrase names who supports, so it is not what the holder supports;
- a report lies inside another report of the same speaker ("Cruz pledged to oppose
  legal status": "to oppose legal status" is the statement, "legal status" under
  "oppose" repeats a piece of it);
- the content is only a phrase or clause fronted before the cue's own clause ("Before
  Justice Lowe died, the court had agreed to hear the case", "In Reno on Friday, as
  hecklers shouted, Hale lamented …"): it says when, where or why the act happened,
  not what was said; "In Reno, Hale said, turnout was low" keeps its clause, which the
  cue reports rather than modifies;
- the content is the speaker's own phrase ("…,'' said Ramos, whose new book features
  interviews with …"): after an inverted "said" the words name who spoke, and the
  quote before them is the statement;
- an evaluation whose object is anyone or anything of a kind ("the union has not
  endorsed a candidate", "vowed to rebuff any nominee"): no one in particular is
  judged, so no stance on anyone is reported; "endorsed a rival of Hale's" names one;
- "according to" follows a quote that has its own cue ("'We will win,' he told
  aides, according to a former adviser"): the quote is the statement, found already
  with its speaker; the source it came through is not a second statement of it.

Each rule is about the shape of the sentence, never about a word list of topics.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.grammar import is_infinitive, span_roots
from stancemap.statements.cues import EVALUATION_VERBS, INTENTION_VERBS, cue_lemma
from stancemap.statements.draft import StatementDraft, subject_of

# Adjectives whose infinitive says what will happen, not what the subject wants.
_RAISING_ADJECTIVES = frozenset({"sure", "certain", "bound", "likely", "unlikely"})
# Words for measures and texts, which have purposes but hold no stance.
_MEASURES = frozenset(
    """
    initiative initiatives measure measures bill bills law laws legislation amendment
    amendments referendum ballot question regulation regulations rule rules ordinance
    provision provisions treaty resolution
    """.split()
)
# Verbs by which someone holds or seeks another's support ("has the backing of …").
_GAIN_VERBS = frozenset(
    "have win gain get earn receive secure enjoy lose court seek need want".split()
)
# Nouns of support one receives from others, unlike a view or plan one has.
_RECEIVED_SUPPORT = frozenset("support endorsement backing blessing approval".split())
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})
# Relations by which a verb's own complement follows it ("agreed to hear", "saw X as").
_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "prep", "acomp", "attr", "oprd", "dative"})
# Determiners of anyone or anything of a kind, and the length of such a phrase.
_INDEFINITES = frozenset({"a", "an", "any", "some"})
_KIND_PHRASE_TOKENS = 3
# A complement of fewer words ("agreed to it") is too little to stand for what was said.
_MIN_COMPLEMENT_TOKENS = 3
# Entities and words that only say when.
_WHEN_ENTITIES = frozenset({"DATE", "TIME"})
_WHEN_WORDS = frozenset(
    """
    today tonight tomorrow yesterday morning afternoon evening night week weekend month
    year monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def screen_reported(
    doc: Doc, drafts: list[StatementDraft], direct: list[StatementDraft]
) -> list[StatementDraft]:
    """The reported statements of ``drafts`` that report someone's words or stance;
    ``direct`` are the quotes found, whose cues a report may enclose."""
    quote_cues = [
        d.cue_span[0]
        for d in direct
        if d.cue_span is not None and not d.embedded and d.speaker.name is not None
    ]
    attributions = {
        d.cue_span[0]
        for d in direct
        if d.cue_span is not None and not d.embedded and d.end <= d.cue_span[0]
    }
    screened = [_to_complement(doc, draft) for draft in drafts]
    return [
        draft
        for draft in screened
        if not _not_a_statement(doc, draft)
        and not _encloses_attribution(draft, quote_cues)
        and not _attributes_a_quote(draft, attributions)
    ]


def _attributes_a_quote(draft: StatementDraft, attributions: set[int]) -> bool:
    """ "“…,” said David Brock, a confidant who heads …", "“…,” he said as the crowd
    booed": the cue already attributes the quote before it; what the parser hangs
    after it is the speaker or the occasion, not a second thing said."""
    cue = draft.cue
    if cue is None or cue.idx not in attributions or draft.start <= cue.idx:
        return False
    doc = cue.doc
    first = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if first is None or not len(first):
        return False
    # "“…,” he said, that both men …": a second content, as a clause of its own.
    before = doc[first.start - 1] if first.start > 0 else None
    return before is None or before.lower_ != "that"


def _to_complement(doc: Doc, draft: StatementDraft) -> StatementDraft:
    """ "Before Justice Lowe died, the court had agreed to hear the case": a content
    that is only a fronted adverbial gives way to the cue's own complement after it
    ("to hear the case"), which is what was agreed."""
    cue = draft.cue
    content = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if cue is None or content is None or not _fronted_adverbial(content, cue):
        return draft
    complements = [c for c in cue.rights if c.dep_ in _COMPLEMENTS]
    # "agreed in 2011 to a wage system": a phrase that only says when is no part of it.
    while len(complements) > 1 and _only_when(
        doc[complements[0].left_edge.i : complements[0].right_edge.i + 1]
    ):
        complements.pop(0)
    start = complements[0].left_edge.i
    end = max(c.right_edge.i for c in complements) + 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start < _MIN_COMPLEMENT_TOKENS:
        return draft
    return replace(draft, start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1]))


def drop_repeated_parts(drafts: list[StatementDraft]) -> list[StatementDraft]:
    """``drafts`` less the reported statements that repeat part of a longer one of the
    same speaker or that are their speaker's own phrase (run last, once embedded quotes
    are folded in and speakers known)."""
    reported = [d for d in drafts if d.kind == "indirect"]
    return [
        d
        for d in drafts
        if d.kind != "indirect" or not (_repeats_part_of(d, reported) or _is_speaker_phrase(d))
    ]


def _repeats_part_of(draft: StatementDraft, drafts: list[StatementDraft]) -> bool:
    """The statement and its cue lie inside a longer statement of the same speaker."""
    if draft.speaker.name is None or draft.cue_span is None or draft.fragment:
        return False
    cue_start = draft.cue_span[0]
    return any(
        other.speaker.name == draft.speaker.name
        and not other.fragment
        and other.start <= min(draft.start, cue_start)
        and draft.end <= other.end
        and other.end - other.start > draft.end - draft.start
        for other in drafts
    )


def _encloses_attribution(draft: StatementDraft, quote_cues: list[int]) -> bool:
    """An "according to" whose content holds the cue of a quote with its speaker
    ("…,'' Hale told aides, according to …"); a quote that names nobody ("staff were
    told, '…'") keeps the document it came from as its source."""
    if draft.cue is None or draft.cue.lower_ != "according":
        return False
    return any(draft.start <= cue < draft.end for cue in quote_cues)


def _not_a_statement(doc: Doc, draft: StatementDraft) -> bool:
    content = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if content is not None and (_only_when(content) or _support_received(content)):
        return True
    if content is not None and draft.cue is not None and _fronted_adverbial(content, draft.cue):
        return True
    if content is not None and draft.cue is not None and _judges_no_one(content, draft.cue):
        return True
    cue = draft.cue
    if cue is None:
        return False
    return (
        _raising_adjective(cue)
        or _act_as_subject(cue)
        or _person_shows(cue)
        or _measure_intends(cue)
    )


def _only_when(content: Span) -> bool:
    """Every word of the content is part of a date or time ("on Tuesday evening")."""
    words = [t for t in content if not (t.is_punct or t.is_stop or t.pos_ == "ADP")]
    if not words:
        return False
    return all(t.ent_type_ in _WHEN_ENTITIES or t.lower_ in _WHEN_WORDS for t in words)


def _fronted_adverbial(content: Span, cue: Token) -> bool:
    """ "Before the vote, the union agreed …": a content before its cue whose every
    phrase modifies the cue's clause (an adverbial clause or a prepositional phrase),
    so nothing in it is a reported clause. The cue must go on with a complement of
    its own: a cue that ends the sentence ("As Hale spoke, a man was hurt, police
    said") reports all that went before, however the parser hung it."""
    if content.end > cue.i or not any(c.dep_ in _COMPLEMENTS for c in cue.rights):
        return False
    words = [t for t in span_roots(content) if not (t.is_punct or t.pos_ == "CCONJ")]
    return bool(words) and all(t.head == cue and _modifies(t) for t in words)


def _modifies(token: Token) -> bool:
    """A prepositional phrase, or a clause that a subordinator opens ("before …",
    "as …", "whatever …"); a bare clause hung on the cue may be what it reports."""
    if token.dep_ in {"prep", "npadvmod", "advmod"}:
        return True
    opener = token.doc[token.left_edge.i]
    return token.dep_ == "advcl" and (
        any(c.dep_ == "mark" for c in token.children) or opener.tag_ in {"WDT", "WP", "WRB"}
    )


def _is_speaker_phrase(draft: StatementDraft) -> bool:
    """The content opens after its cue where the speaker's phrase opens, and that phrase
    is most of it ("said James Reed, a co-author of 'The Long Count'")."""
    speaker = draft.speaker
    cue = draft.cue
    if speaker.start is None or speaker.end is None or cue is None or cue.idx > draft.start:
        return False
    phrase_length = speaker.end - speaker.start
    return speaker.start == draft.start and 2 * phrase_length >= draft.end - draft.start


def _judges_no_one(content: Span, cue: Token) -> bool:
    """ "endorse a candidate", "rebuff any nominee": an evaluation verb whose whole
    content is an indefinite determiner and a noun ("a similar bill" points back to
    one, and stays)."""
    if cue_lemma(cue) not in EVALUATION_VERBS or len(content) > _KIND_PHRASE_TOKENS:
        return False
    first, *rest = list(content)
    return (
        first.dep_ == "det"
        and first.lower_ in _INDEFINITES
        and bool(rest)
        and all(t.pos_ == "NOUN" for t in rest)
        and rest[-1].dep_ in {"dobj", "pobj"}
    )


def _support_received(content: Span) -> bool:
    """ "has the support of women": an "of" phrase on a support someone has or wins
    ("has a view of Russia" is the holder's own view, and stays)."""
    first = content[0]
    noun = first.head
    if first.lower_ != "of" or first.dep_ != "prep" or noun.lemma_ not in _RECEIVED_SUPPORT:
        return False
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GAIN_VERBS


def _raising_adjective(cue: Token) -> bool:
    """ "is sure to spur", "certain to rise": the adjective with an infinitive."""
    if cue.pos_ != "ADJ" or cue.lemma_.lower() not in _RAISING_ADJECTIVES:
        return False
    return any(child.dep_ == "xcomp" and is_infinitive(child) for child in cue.children)


def _act_as_subject(cue: Token) -> bool:
    """ "Criticizing the police will alienate …": the cue's clause is a subject."""
    return cue.dep_ == "csubj"


def _person_shows(cue: Token) -> bool:
    """ "He showed flashes of compassion": "show" with an object, said of a person."""
    if cue_lemma(cue) != "show" or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    if not any(c.dep_ == "dobj" for c in cue.children):
        return False
    subject = subject_of(cue)
    if subject is None:
        return False
    return subject.lower_ in _PERSONAL_PRONOUNS or subject.ent_type_ == "PERSON"


def _measure_intends(cue: Token) -> bool:
    """ "The ballot question seeks to raise the cap": an intention verb whose subject
    is a measure or a text."""
    if cue.pos_ not in {"VERB", "AUX"} or cue_lemma(cue) not in INTENTION_VERBS:
        return False
    subject = subject_of(cue)
    return subject is not None and subject.lemma_.lower() in _MEASURES
