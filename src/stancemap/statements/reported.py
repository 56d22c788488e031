"""Reported (indirect) statements: what someone said, in the reporter's words.

Constructions covered, each read from the dependency parse:
"X said/warned/clarified (that) CLAUSE", "CLAUSE, X said.", "X told Y that CLAUSE",
"…, stating that CLAUSE" (the subject climbs from the participle),
"according to X, CLAUSE", "CLAUSE, the report suggested, CLAUSE" (parenthetical)
and nominal cues ("expressed confidence that CLAUSE", "expressing support for …").
The span is the reported clause without its cue.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.grammar import subtree_span
from stancemap.nlp.offsets import text_of
from stancemap.statements.according import according_to_candidate
from stancemap.statements.attitudes import find_attitude_candidates
from stancemap.statements.clause_ends import (
    MIN_CONTENT_TOKENS,
    has_own_subject_cue,
    without_dangling_hedge,
    without_trailing_clause,
)
from stancemap.statements.content_clauses import find_content_clause_candidates
from stancemap.statements.content_edges import (
    after_wire_dateline,
    cue_phrase,
    is_in_quote,
    mostly_quoted,
    through_open_quote,
    trimmed_bounds,
)
from stancemap.statements.content_limits import before_other_speakers, makes_own_statement
from stancemap.statements.cues import (
    CHARGE_VERBS,
    DIRECTIVE_VERBS,
    EVALUATION_VERBS,
    EXPRESSION_VERBS,
    FINDING_VERBS,
    GERUND_CONTENT_VERBS,
    NOMINAL_CUES,
    OBJECT_CONTENT_VERBS,
    PREP_CONTENT,
    PREP_NEEDS_INFINITIVE,
    QUOTE_ONLY_VERBS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    cue_lemma,
    is_reporting_verb,
    is_speech_verb,
)
from stancemap.statements.draft import StatementDraft, sentence_bounds, subject_of
from stancemap.statements.extent import (
    through_adjuncts,
    through_antecedent,
    through_colon,
    through_list,
    without_trailing_channel,
)
from stancemap.statements.hearsay import HEARSAY_ADVERBS, hearsay_candidate
from stancemap.statements.lead_ins import around_introduced_quote
from stancemap.statements.misparses import (
    inverted_speaker_read_as_subject,
    relative_as_subject,
    with_split_first_conjunct,
    with_stranded_subject,
)
from stancemap.statements.nesting import drop_nested
from stancemap.statements.noun_cues import IDIOM_VERBS, idiom_cue, labelled_claim, nominal_cue
from stancemap.statements.parentheticals import parenthetical_cue
from stancemap.statements.passives import find_passive_judgements
from stancemap.statements.shapes import (
    as_clause_content,
    charge,
    clause_after_noun_tagged_cue,
    clause_after_preposition,
    felt_state,
    finding_object,
    perceived_event,
    said_things,
    short_answer,
    that_clause_beyond_adjunct,
    trailing_cue_content,
)
from stancemap.statements.speakers import NO_SPEAKER, SpeakerResolver
from stancemap.statements.surveys import (
    after_share,
    poll_finding_candidate,
    share_says_candidate,
)

_CONTENT_DEPS = {"ccomp"}
# "announced his resignation", "denied the charges": an object of two words says it.
_MIN_OBJECT_TOKENS = 2


def find_reported_statements(
    doc: Doc,
    resolver: SpeakerResolver,
    quoted: list[tuple[int, int]],
    *,
    marks: Sequence[tuple[int, int]] = (),
) -> list[StatementDraft]:
    """Every reported statement whose content is not itself a direct quote.

    ``quoted`` are the standalone direct quotes (with their marks); ``marks`` every
    quoted passage, embedded ones too, so a clause that opens a quote runs to its end.
    """
    text = text_of(doc)
    drafts: list[StatementDraft] = []
    for cue, content, speaker_token in _candidates(doc):
        if _across_paragraph(cue, content) or not _says_something(cue, content):
            continue
        content = before_other_speakers(cue, content)
        content = through_antecedent(cue, without_trailing_clause(through_list(content), cue))
        content = without_dangling_hedge(without_trailing_channel(content))
        content = through_colon(cue, content)
        start, end = trimmed_bounds(content)
        start = after_wire_dateline(text, start, end)
        start, end = around_introduced_quote(cue, start, end, marks)
        if end - start < 2 or mostly_quoted(start, end, quoted) or is_in_quote(cue, quoted):
            continue
        if _said_inside_a_quote(cue, speaker_token, marks):
            continue
        end = through_open_quote(text, start, end, marks)
        speaker = (
            resolver.resolve(speaker_token, cue=cue) if speaker_token is not None else NO_SPEAKER
        )
        drafts.append(
            StatementDraft(
                kind="indirect",
                start=start,
                end=end,
                cue=cue,
                speaker=speaker,
                sentence=sentence_bounds(doc, min(start, cue.idx), max(end, cue.idx)),
                cue_phrase=cue_phrase(cue),
            )
        )
    return drop_nested(drafts)


def _said_inside_a_quote(
    cue: Token, speaker: Token | None, marks: Sequence[tuple[int, int]]
) -> bool:
    """ "Dr. Clark added, ''it will at least feel like …''": a cue and its subject both
    inside one quoted passage are the quoted speaker's words, which the quote carries."""
    if speaker is None:
        return False
    return any(start <= cue.idx < end and start <= speaker.idx < end for start, end in marks)


def _candidates(doc: Doc) -> Iterator[tuple[Token, Span, Token | None]]:
    used: set[int] = set()
    for token in doc:
        found: list[tuple[Token, Span, Token | None]] = []
        share = share_says_candidate(doc, token)
        if share is not None:
            found = [share]
        elif (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            according = according_to_candidate(doc, token)
            found = [according] if according is not None else []
        elif is_reporting_verb(token) or (
            token.pos_ == "VERB" and token.lemma_.lower() in PREP_CONTENT
        ):
            found = list(_verb_cue(token))
        elif token.pos_ == "VERB" and token.lemma_.lower() in CHARGE_VERBS:
            charged = charge(token, CHARGE_VERBS[token.lemma_.lower()])
            found = [(token, charged, subject_of(token))] if charged is not None else []
        elif _mistagged_cue(token):
            found = list(_verb_cue(token))
        elif token.pos_ in {"NOUN", "PROPN"} and cue_lemma(token) in REPORTING_VERBS:
            clause = clause_after_noun_tagged_cue(token, cue_lemma(token))
            found = [(token, clause[0], clause[1])] if clause is not None else []
        elif token.pos_ == "VERB" and token.lemma_.lower() in IDIOM_VERBS:
            idiom = idiom_cue(token)
            found = [idiom] if idiom is not None else []
        elif token.lemma_.lower() in NOMINAL_CUES and token.head.lemma_.lower() in EXPRESSION_VERBS:
            found = list(nominal_cue(token))
        elif token.lower_ in HEARSAY_ADVERBS:
            hearsay = hearsay_candidate(token)
            found = [hearsay] if hearsay is not None else []
        elif token.lower_ == "in" and token.dep_ == "prep":
            finding = poll_finding_candidate(doc, token)
            found = [finding] if finding is not None else []
        elif token.text == ":":
            labelled = labelled_claim(doc, token)
            found = [labelled] if labelled is not None else []
        used.update(cue.i for cue, _, _ in found)
        yield from found
    # The other readers, in order of trust: a cue word serves the first that takes it.
    for finder in (
        find_attitude_candidates,
        find_passive_judgements,
        find_content_clause_candidates,
    ):
        for cue, content, speaker in finder(doc):
            if cue.i not in used:
                used.add(cue.i)
                yield cue, content, speaker


def _mistagged_cue(token: Token) -> bool:
    """ "Trump did post on Twitter that …": a speech verb the tagger took for a noun,
    betrayed by the subject and the clause the parser still hangs on it."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SPEECH_VERBS:
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and "ccomp" in deps


def _says_something(cue: Token, content: Span) -> bool:
    """Whether a candidate reports a statement at all.

    Not "a company called Acme" or "the so-called plan" (naming), not "Obama called
    her" (a call placed, with no description of anyone), and not a speech verb whose
    "clause" holds no verb: "…,” said Ramos, whose book …" (the speaker after an
    inverted cue), "said on CBS's ''Face the Nation''" (where it was said).
    """
    lemma = cue.lemma_.lower()
    if lemma == "call":
        return not _names_something(cue) and not _call_placed(cue, content)
    if _that_said(cue) or _participle_before_noun(cue):
        return False
    if not is_speech_verb(cue) or lemma in OBJECT_CONTENT_VERBS or lemma in PREP_CONTENT:
        return True
    if lemma in EVALUATION_VERBS or short_answer(cue) is not None:
        return True  # "said yes", "would say so": an answer, though no verb
    return any(t.pos_ in {"VERB", "AUX"} for t in content)


def _participle_before_noun(cue: Token) -> bool:
    """ "60 pledged delegates", "both pledged delegates", "the promised cuts": a
    participle between a number or determiner and a noun describes the noun, however
    the parser hangs it; nobody pledges or promises in the sentence."""
    doc = cue.doc
    if cue.tag_ not in {"VBN", "VBD"} or not 0 < cue.i < len(doc) - 1:
        return False
    before, after = doc[cue.i - 1], doc[cue.i + 1]
    modifies = before.pos_ in {"NUM", "DET"} or before.tag_ == "PRP$" or before.lower_ == "both"
    finite = any(c.dep_ in {"aux", "auxpass"} for c in cue.children)  # "have both pledged"
    # "4 in 10 said Lund would …": a share of people, who say something.
    return modifies and not finite and not after_share(cue) and after.tag_ in {"NNS", "NN"}


def _that_said(cue: Token) -> bool:
    """ "That said, voters want …": the idiom concedes a point; nobody says anything."""
    doc = cue.doc
    return (
        cue.lower_ == "said"
        and 0 < cue.i < len(doc) - 1
        and doc[cue.i - 1].lower_ == "that"
        and (cue.i == 1 or doc[cue.i - 1].is_sent_start or doc[cue.i - 2].is_punct)
        and doc[cue.i + 1].text == ","
    )


def _names_something(cue: Token) -> bool:
    """ "a PAC called Stop Hillary", "the so-called carried interest": a name given."""
    doc = cue.doc
    so_called = cue.i > 0 and doc[cue.i - 1].lower_ in {"so", "so-"}
    return so_called or (cue.dep_ == "acl" and cue.tag_ == "VBN" and not _calls_one_something(cue))


def _calls_one_something(cue: Token) -> bool:
    """ "De Blasio, speaking on the radio, called Trump a “blowhard”": after an aside,
    a "called" with both someone and what he is called is the speaker's own verb, though
    the parse hung it on the name like "a PAC called Stop Hillary"."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != ",":
        return False
    named = [c for c in cue.children if c.dep_ in {"dobj", "oprd"}]
    if len(named) > 1:
        return True
    # The parse may hang what he is called on the one called ("Trump" → "blowhard").
    return any(t.dep_ == "dobj" or t.is_quote for n in named for t in n.subtree if t != n)


def _call_placed(cue: Token, content: Span) -> bool:
    """ "Obama called Naghmeh Abedini": only an object, no description of it.

    "called Trump a “blowhard”" often parses as one object; quote marks or an
    apposition in it are the description.
    """
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects:
        # The parser may take a bare name for a predicate ("called Maria Lund").
        objects = [c for c in cue.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    described = any(
        c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} and c not in objects for c in cue.children
    ) or any(t.is_quote or t.dep_ in {"appos", "oprd"} for t in content if t not in objects)
    return (
        len(objects) == 1
        and not described
        and content.start == objects[0].left_edge.i
        and content.end == objects[0].right_edge.i + 1
    )


def _verb_cue(verb: Token) -> Iterator[tuple[Token, Span, Token | None]]:
    doc = verb.doc
    around = parenthetical_cue(verb)
    if around is not None:
        yield around
        return
    clauses = [
        child
        for child in verb.children
        if child.dep_ in _CONTENT_DEPS
        and len(list(child.subtree)) >= MIN_CONTENT_TOKENS
        and not _across_paragraph(verb, subtree_span(child))
        and not perceived_event(verb, child)
        and (child.i > verb.i or not _acts_on_object_after(verb))
    ]
    if clauses:
        # "…,” he said. Advisers said that …: the clause after the cue is its content.
        # Two clauses after one cue are one clause the parser split ("the Iranians
        # released by the US were close to …"): the content covers both.
        after = [c for c in clauses if c.i > verb.i]
        inverted = (
            None
            if _speaker_of(verb) is not None
            else inverted_speaker_read_as_subject(verb, clauses, after)
        )
        if inverted is not None:
            yield verb, subtree_span(clauses[0]), inverted
            return
        if len(after) > 1:
            # "…prices, and more than half said …": a second cue is a statement of its own.
            after = [c for c in after if c == after[0] or not has_own_subject_cue(c)]
        if len(after) > 1:
            yield verb, doc[after[0].left_edge.i : after[-1].right_edge.i + 1], _speaker_of(verb)
            return
        content = _with_coordinated_verbs(verb, subtree_span((after or clauses)[0]))
        if after:
            content = with_stranded_subject(verb, after[0], content)
        if not after:
            content = with_split_first_conjunct(verb, content)
        yield verb, content, _speaker_of(verb) if after else _subject_or_inverted(verb)
        return
    shaped = _shaped_content(verb) or relative_as_subject(verb)
    if shaped is not None:
        yield verb, shaped, _speaker_of(verb)
        return
    lemma = verb.lemma_.lower()
    finding = finding_object(verb) if lemma in FINDING_VERBS else None
    if finding is not None:
        yield verb, finding, subject_of(verb)
        return
    felt = felt_state(verb)
    if felt is not None:
        yield verb, felt, subject_of(verb)
        return
    gerund = _gerund_content(verb) if lemma in GERUND_CONTENT_VERBS else None
    if gerund is not None:
        yield verb, gerund, subject_of(verb)
        return
    for child in verb.children:
        if child.dep_ == "dobj" and lemma in DIRECTIVE_VERBS:
            content = _with_object_complement(verb, child)
            if content.end > child.right_edge.i + 1:
                yield verb, content, subject_of(verb)
                return
        if child.dep_ == "dobj" and lemma in OBJECT_CONTENT_VERBS:
            content = _with_object_complement(verb, child)
            if len(content) >= _MIN_OBJECT_TOKENS:
                yield verb, content, subject_of(verb)
                return
        # Only after the cue: "In a changing economy, voters believe in …" is the setting.
        own_prep = child.lower_ in PREP_CONTENT.get(lemma, ())
        if child.dep_ == "prep" and child.i > verb.i and own_prep:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if not objects:
                continue
            # "called on Congress to act": the infinitive goes with its object.
            content = _with_object_complement(verb, objects[0])
            if (
                lemma,
                child.lower_,
            ) in PREP_NEEDS_INFINITIVE and content.end <= child.right_edge.i + 1:
                continue
            yield verb, content, subject_of(verb)
            return
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        # "This willingness, the report suggested, stems partly from …"
        head = verb.head
        yield verb, subtree_span(head), subject_of(verb)
        return
    if verb.dep_ in {"ccomp", "ROOT"} and verb.i > 0 and not _acts_on_object_after(verb):
        # "…, Kallas said." with the clause parsed as the head of the sentence.
        root = verb.head if verb.dep_ == "ccomp" else None
        # Only when a comma or quote mark parts them: in "Cruz argued that we will see
        # …" the head before the cue is the narrator's, not a clause the cue reports.
        if (
            root is not None
            and root.i < verb.i
            and root.pos_ in {"VERB", "AUX"}
            and doc[verb.left_edge.i - 1].is_punct
        ):
            clause = doc[root.left_edge.i : verb.left_edge.i]
            if len(clause) >= MIN_CONTENT_TOKENS:
                yield verb, clause, _subject_or_inverted(verb)
        elif root is None:
            lead = _misparsed_fronted_clause(verb)
            if lead is not None:
                yield verb, lead, _subject_or_inverted(verb)


def _acts_on_object_after(verb: Token) -> bool:
    """ "…: Jane Harman called it “the least bad option”": a cue that is no speech verb
    and has an object after it reports that object, not the clause before it (a speech
    verb's object is whom it told: "…, he told reporters")."""
    return not is_speech_verb(verb) and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children
    )


def _shaped_content(verb: Token) -> Span | None:
    """The content in a shape of the cue's clause that ``shapes.py`` reads."""
    if is_speech_verb(verb) or _points_out(verb):
        content = (
            short_answer(verb)
            or as_clause_content(verb)
            or trailing_cue_content(verb)
            or said_things(verb)
            or that_clause_beyond_adjunct(verb, PREP_CONTENT)
        )
        if content is not None:
            return content
    preps = PREP_CONTENT.get(verb.lemma_.lower())
    return clause_after_preposition(verb, preps) if preps else None


def _points_out(verb: Token) -> bool:
    """ "As Menendez pointed out, …": "point out" says, though "point" alone does not."""
    return verb.lemma_.lower() == "point" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _subject_or_inverted(verb: Token) -> Token | None:
    """The subject of a cue after its clause, or the one the parser took for an
    object in "…, said a former spokesman for the ministry"."""
    subject = _speaker_of(verb)
    if subject is not None or not is_speech_verb(verb):
        return subject
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    return objects[0] if objects else None


def _gerund_content(verb: Token) -> Span | None:
    """ "proposed barring all visitors", "denied knowing him": the gerund is what was
    proposed or denied."""
    for child in verb.rights:
        if child.dep_ in {"xcomp", "ccomp"} and child.tag_ == "VBG":
            content = subtree_span(child)
            return content if len(content) >= _MIN_OBJECT_TOKENS else None
    return None


def _with_object_complement(verb: Token, obj: Token) -> Span:
    """The object with the infinitive said of it: "urged voters to stay home" reports
    what the voters should do, not the voters alone; with the cue's later adjuncts
    ("denied the request on Friday")."""
    doc = verb.doc
    end = obj.right_edge.i + 1
    for child in verb.rights:
        if child.i >= end and child.dep_ in {"xcomp", "oprd"}:
            if any(t.text == "," for t in doc[end : child.left_edge.i]):
                break
            end = child.right_edge.i + 1
    return through_adjuncts(verb, doc[obj.left_edge.i : end])


def _misparsed_fronted_clause(verb: Token) -> Span | None:
    """ "SKARNA, March 4 (Nordwire) – Kaskaria would send …, Talvesaar said.": the
    parser hung the clause on the dateline (or cut the sentence at the comma), so the
    cue heads a sentence alone. The words before ", X said" are its content when they
    hold a finite verb of their own."""
    doc = verb.doc
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects:
        return None
    start, end = verb.sent.start, subjects[0].left_edge.i
    if end - 1 == start and start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start  # the sentence was cut at the comma itself
    if end - start < MIN_CONTENT_TOKENS or doc[end - 1].text != ",":
        return None
    clause = doc[start : end - 1]
    if not any(t.tag_ in {"MD", "VBD", "VBZ", "VBP"} and t.pos_ in {"VERB", "AUX"} for t in clause):
        return None
    return clause


def _with_coordinated_verbs(verb: Token, content: Span) -> Span:
    """The clause with the verbs the cue's subject goes on with ("said she wanted X, but
    found Y"): the parser hangs "found" on "said", yet it belongs to what was said.

    Not a second speech verb ("said X and added Y"), which is a statement of its own,
    nor a verb with a subject of its own.
    """
    doc = verb.doc
    end = content.end
    for conj in verb.rights:
        if conj.i < end:
            continue
        if _qualifies(conj):
            end = conj.right_edge.i + 1
            continue
        if conj.dep_ != "conj" or _reports_itself(conj):
            continue
        gap = doc[end : conj.i]
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
            if not _but_clause(conj):
                break
            gap = doc[end : conj.left_edge.i]
        elif makes_own_statement(conj):
            break
        if not all(t.is_punct or t.dep_ == "cc" or t.dep_ == "advmod" for t in gap):
            break
        end = conj.right_edge.i + 1
    return doc[content.start : end]


def _qualifies(clause: Token) -> bool:
    """ "said she sees teachers backing Clinton, though there is still support for …":
    a concession hung on the cue qualifies what was said."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return (
        clause.dep_ == "advcl"
        and bool(marks & {"though", "although"})
        and not any(is_reporting_verb(t) for t in clause.subtree)
    )


_JOINING = frozenset({"but", "so"})


def _but_clause(conj: Token) -> bool:
    """ "said the talks had begun, but the sides remain far apart": a clause the cue's
    "but" joins goes on with what was said, unless it reports something itself."""
    doc = conj.doc
    joined = any(
        t.dep_ == "cc" and t.lower_ in _JOINING for t in doc[conj.left_edge.i - 2 : conj.i]
    )
    return joined and not any(is_reporting_verb(t) for t in conj.subtree)


def _reports_itself(verb: Token) -> bool:
    """A verb that makes a statement of its own ("and added …", "but called it …")."""
    lemma = verb.lemma_.lower()
    return is_speech_verb(verb) or lemma in EVALUATION_VERBS or lemma in QUOTE_ONLY_VERBS


def _speaker_of(verb: Token) -> Token | None:
    """The subject of the cue, or X in "the agency quoted X as saying that …"."""
    quoted = _quoted_as_saying(verb)
    return quoted if quoted is not None else subject_of(verb)


def _quoted_as_saying(verb: Token) -> Token | None:
    if verb.lower_ != "saying" or verb.i < 2:
        return None
    as_token = verb.doc[verb.i - 1]
    named = verb.doc[verb.i - 2]
    if as_token.lower_ != "as" or named.pos_ not in {"PROPN", "NOUN"}:
        return None
    window = verb.doc[max(verb.sent.start, verb.i - 10) : named.i]
    quoting = any(t.lemma_.lower() == "quote" for t in window)
    return named if quoting else None


def _across_paragraph(cue: Token, content: Span) -> bool:
    """A line break between a cue and its clause: they belong to different paragraphs."""
    doc = cue.doc
    if content.start <= cue.i < content.end:
        return False
    low, high = (cue.i, content.start) if cue.i < content.start else (content.end - 1, cue.i)
    return any("\n" in t.text_with_ws for t in doc[low:high])
