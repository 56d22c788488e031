"""Where a reported clause ends: what was said, without what the reporter adds after it.

A cue's content is the parse subtree of its clause, and the parser hangs on it
whatever follows: a participle of saying ("…, citing the cost"), a relative ("…,
who worked on …"), a contrast ("…, whereas others …"), a gloss in apposition ("…, a
plan the billionaire has modified"), a dash aside, or the next statement ("…, and
more than half said …"). Annotators and readers end the statement before them; this
module finds that point. Where a clause begins is ``lead_ins``' job, how far an object
stance runs is ``extent``'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.nlp.grammar import DASHES, SUBJECT_POS, span_roots
from stancemap.statements.cues import (
    EVALUATION_VERBS,
    cue_lemma,
    is_reporting_verb,
    is_speech_verb,
)

# The shortest content a reported clause has; a cut never leaves less.
MIN_CONTENT_TOKENS = 3
_CONTRAST_MARKS = frozenset({"whereas", "while", "although", "though"})


def has_own_subject_cue(verb: Token) -> bool:
    """A speech verb with its own subject: the cue of a statement of its own."""
    return is_speech_verb(verb) and any(c.dep_ == "nsubj" for c in verb.children)


def without_trailing_clause(content: Span, cue: Token) -> Span:
    """The reported clause without a comment the reporter adds after a comma.

    "…appeal, citing the importance of …", "…Pagliano, who worked on …", "…
    January, when the group launched …", "…case, whereas Petraeus …": a participle
    of saying, a relative or a contrast set off at the end belongs to the narration
    (or to a cue of its own), not to what was said.
    """
    doc = content.doc
    named = _gloss_on_a_name(content) or _gloss_after_quoted_name(content, cue)
    if named is not None:
        return named
    for token in content[MIN_CONTENT_TOKENS:]:
        if (
            _opens_another_statement(token, cue, content)
            or _joins_another_cue(token, cue, content)
            or _opens_apposition(token, content)
            or _opens_dash_aside(token, content)
            or _opens_like_act(token, content)
        ):
            return doc[content.start : token.i]
        if token.text != "," or token.i + 1 >= content.end:
            continue
        opener: Token | None = doc[token.i + 1]
        if opener is not None and opener.is_quote:
            opener = _participle_after_quotes(opener, content)
        if opener is None:
            continue
        clause = _trailing_clause_head(opener, content) or _trailing_apposition(opener, content)
        if clause is None or clause.i == cue.i:
            continue
        if clause.right_edge.i >= content.end - 1 or _ends_at_stop(clause, content):
            return doc[content.start : token.i]
    return content


_NAMING_VERBS = frozenset({"call", "dub", "label", "term", "brand", "nickname"})


def _gloss_after_quoted_name(content: Span, cue: Token) -> Span | None:
    """ "called him a “moderate,” a subtle dig at …", "dubbed ''the yuca primary,'' a
    contest …": a noun phrase after the quoted name a naming verb gives is the
    reporter's gloss on the naming, whatever the parser makes of it."""
    if cue.lemma_.lower() not in _NAMING_VERBS:
        return None
    doc = content.doc
    for token in content[:-2]:
        if token.text != "," or not doc[token.i + 1].is_quote:
            continue
        mark = doc[token.i + 1]
        if doc[mark.i + 1].lower_ in {"a", "an", "the"} and mark.i + 1 < content.end:
            return doc[content.start : mark.i + 1]
    return None


def _gloss_on_a_name(content: Span) -> Span | None:
    """ "backing Jeb Bush, the former Florida governor", "endorsed Ms. Ruiz, a signal of
    …": a stance on a person named in a word or two, with the reporter's gloss on who
    they are after it; the stance is on the name. Shorter than any clause, so the
    cuts below, which keep a clause's first words, never see it."""
    doc = content.doc
    for token in content[1:MIN_CONTENT_TOKENS]:
        if token.text != "," or token.i + 1 >= content.end:
            continue
        name = doc[content.start : token.i]
        if not all(t.pos_ == "PROPN" or t.is_punct for t in name):
            return None
        gloss = _trailing_apposition(doc[token.i + 1], content)
        if gloss is not None and gloss.right_edge.i >= content.end - 1:
            return name
    return None


def _participle_after_quotes(mark: Token, content: Span) -> Token | None:
    """The participle after quote marks that close a passage before a comma
    (\"…maniacal,” adding …\"): the reporter's comment starts there. A relative
    after them ("…measures,” which led to …") often goes on with what was claimed."""
    doc = mark.doc
    i = mark.i
    while i < content.end and doc[i].is_quote:
        i += 1
    return doc[i] if i < content.end and doc[i].tag_ == "VBG" else None


def _opens_another_statement(token: Token, cue: Token, content: Span) -> bool:
    """ "…economy, and more than 4 in 10 said Trump …": a conjunction before a clause
    with a speech verb and a subject of its own starts the next statement."""
    if token.dep_ != "cc":
        return False
    conj = token.head
    verbs = [c for c in conj.rights if c.dep_ == "conj" and token.i < c.i < content.end]
    # "said that A but that if …, he should have insisted on B": a second "that"
    # clause is the same cue's content, whatever its verb.
    if any(
        verb != cue and has_own_subject_cue(verb) and not _second_that_clause(verb)
        for verb in verbs
    ):
        return True
    return _subject_then_speech_verb(token, content)


def _second_that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _subject_then_speech_verb(token: Token, content: Span) -> bool:
    """ "…community and one in four said the party …": the parser may hang the second
    "said" anywhere, but a noun phrase then a finite speech verb right after the
    conjunction is a new speaker saying something."""
    doc = token.doc
    window = doc[token.i + 1 : min(content.end - 1, token.i + 10)]
    for word in window:
        if word.pos_ in {"VERB", "AUX"}:
            # Not "because Congress and the president agreed …": joined subjects.
            nominal = [t for t in doc[token.i + 1 : word.i] if t.pos_ in SUBJECT_POS]
            joined = token.head == word or word.is_ancestor(token.head)
            return (
                bool(nominal)
                and not joined
                and is_speech_verb(word)
                and word.tag_ in {"VBD", "VBZ", "VBP"}
                and word.dep_ not in {"relcl", "acl"}
            )
    return False


def _joins_another_cue(token: Token, cue: Token, content: Span) -> bool:
    """ "said he would try to form a government and insisted that …": a speech verb
    without a subject, in the cue's own form, goes on with the cue's subject; what
    follows is a statement of its own, not part of the first."""
    if token.dep_ != "cc" or content.start < cue.i:
        return False
    verbs = [c for c in token.head.rights if c.dep_ == "conj" and token.i < c.i < content.end]
    return any(
        verb != cue
        and is_speech_verb(verb)
        and verb.tag_ == cue.tag_
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        for verb in verbs
    )


def _opens_apposition(token: Token, content: Span) -> bool:
    """ "…the 'anchor baby' — a play on words with …", "…courses, the latter a reference
    to …": the reporter's gloss set off at the end is not what was said."""
    doc = token.doc
    rest = doc[token.i + 1 : content.end]
    if len(rest) < 2:
        return False
    if token.text == ",":
        return rest[0].lower_ == "the" and rest[1].lower_ in {"latter", "former"}
    if token.text not in DASHES or not token.whitespace_ or rest[0].lower_ not in {"a", "an"}:
        return False
    roots = [t for t in rest if not (rest.start <= t.head.i < rest.end) and not t.is_punct]
    return all(t.pos_ in {"NOUN", "PROPN"} for t in roots)


def _opens_dash_aside(token: Token, content: Span) -> bool:
    """ "…closer to the West - and lobbied for …", "…the mandate — requiring refiners
    to …": a dash before a conjoined verb or a participle that runs to the end of the
    clause sets off the reporter's addition."""
    doc = token.doc
    if token.text not in DASHES or not token.whitespace_ or token.i + 2 >= content.end:
        return False
    opener = doc[token.i + 1]
    if opener.dep_ == "cc" and opener.lower_ in {"and", "but"}:
        verb = doc[token.i + 2]
        joined = verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ"} and verb.dep_ == "conj"
        return joined and not _shares_reported_subject(verb, content)
    return (
        opener.tag_ == "VBG"
        and opener.dep_ in {"advcl", "xcomp", "conj"}
        and opener.lower_ != "including"
        and opener.right_edge.i >= content.end - 1
    )


def _opens_like_act(token: Token, content: Span) -> bool:
    """ "…will not back Trump, as has the mayor of Miami", "…, as did her rivals": the
    reporter sets another actor beside the speaker; what was said ends before."""
    doc = token.doc
    if token.text != "," or token.i + 3 >= content.end:
        return False
    as_, aux = doc[token.i + 1], doc[token.i + 2]
    return (
        as_.lower_ == "as"
        and aux.tag_ in {"VBZ", "VBD", "VBP"}
        and aux.lemma_.lower() in {"have", "do", "be"}
        and doc[token.i + 3].pos_ in {"DET", "PROPN", "NOUN", "PRON", "ADJ"}
    )


def _shares_reported_subject(verb: Token, content: Span) -> bool:
    """ "learned Clinton was headed to a hospital — but ditched her escort": a verb
    joined to a reported clause with its own subject goes on with that subject, so
    with what was reported; one joined to an object or infinitive ("pressed him to
    sign the pact - and lobbied for …") goes on with the speaker's acts."""
    first = verb.head
    return content.start <= first.i < content.end and any(
        c.dep_ in {"nsubj", "nsubjpass"} and content.start <= c.i < content.end
        for c in first.children
    )


def _trailing_apposition(opener: Token, content: Span) -> Token | None:
    """ "…his proposal to ban Muslims, a plan the billionaire has modified since": a noun
    phrase in apposition that closes the clause is the reporter's gloss on it."""
    head = opener.head
    if opener.lower_ not in {"a", "an", "the"} or opener.dep_ != "det" or head.dep_ != "appos":
        return None
    if head.left_edge.i != opener.i or _ends_a_list(head):
        return None
    return head


def _ends_a_list(head: Token) -> bool:
    """ "took aim at the lobby, the oil industry and the banks": the parser may call
    the second item an apposition, but a conjunction after it makes the phrase a list."""
    return any(c.dep_ in {"cc", "conj"} for c in head.children)


def _trailing_clause_head(opener: Token, content: Span) -> Token | None:
    """The head of the clause ``opener`` starts, when it is a set-off comment."""
    if (
        opener.tag_ == "VBG"
        and opener.dep_ in {"advcl", "xcomp", "conj", "acl"}
        and _comments(opener)
    ):
        return opener
    if opener.tag_ in {"WP", "WDT", "WRB", "WP$"} and opener.head.dep_ in {"relcl", "advcl"}:
        return opener.head if _relative_is_aside(opener, content) else None
    if opener.tag_ == "WP$" and opener.head.head.dep_ == "relcl":
        return opener.head.head  # "…, whose leaders are in despair …"
    if _quantified_relative(opener):
        return opener.head  # "…, much of which had shot up …"
    if opener.lower_ == "compared" and opener.dep_ in {"prep", "advcl", "acl"}:
        # "…would be better, compared with 41 percent for Clinton": the poll's gloss.
        return opener
    if opener.lower_ in _CONTRAST_MARKS and opener.dep_ == "mark" and _contrasts(opener.head):
        return opener.head
    if opener.lower_ == "with" and opener.dep_ == "prep" and opener.head.pos_ in {"VERB", "AUX"}:
        # "…, with similar levels among both camps": the reporter's gloss.
        return opener
    return None


def _relative_is_aside(relative: Token, content: Span) -> bool:
    """Whether a relative set off at the end is the reporter's. One on the person a
    stance is about ("praised Jeb Bush, who dropped out after South Carolina") tells
    who they are, and belongs to the object; one on a person a reported clause
    mentions ("…secured the help of Jon Berg, who ran the servers") is the reporter's
    gloss, and so is one that reports a stance of its own ("…Clinton, who may have to
    decide …")."""
    if relative.lower_ not in {"who", "whom"}:
        return True
    if any(_is_cue_verb(t) for t in relative.head.subtree):
        return True
    return relative.head.head != _head_of(content)


def _head_of(content: Span) -> Token:
    return span_roots(content)[0]


def _is_cue_verb(token: Token) -> bool:
    lemma = cue_lemma(token)
    return is_reporting_verb(token) or (token.pos_ == "VERB" and lemma in EVALUATION_VERBS)


def _comments(participle: Token) -> bool:
    """ "…, citing the cost", "…, adding that …": a participle of saying is the
    speaker's (or reporter's) comment on the clause. Other participles go on with
    what was said ("the Dow plummeted, wiping out $136 billion")."""
    return participle.lemma_.lower() in _COMMENT_LEMMAS or is_speech_verb(participle)


_COMMENT_LEMMAS = frozenset({"cite", "call", "refer"})


def _quantified_relative(opener: Token) -> bool:
    """ "much of which", "some of whom", "all of them who": a relative on a part."""
    doc = opener.doc
    if opener.i + 2 >= len(doc) or doc[opener.i + 1].lower_ != "of":
        return False
    return doc[opener.i + 2].lower_ in {"which", "whom"} and opener.head.dep_ == "relcl"


def _contrasts(clause: Token) -> bool:
    """Whether a contrast clause is the reporter's: "…, while others say …" sets
    another subject against the speaker's; "a crucial, although brief, chance" or "…,
    though there is still support" qualifies what the speaker said and stays in it."""
    finite = clause.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children
    )
    if not finite:
        return False
    mark = next(c for c in clause.children if c.dep_ == "mark").lower_
    return mark in {"while", "whereas"} or any(is_reporting_verb(t) for t in clause.subtree)


def _ends_at_stop(clause: Token, content: Span) -> bool:
    end = clause.right_edge.i + 1
    return end < content.end and all(t.is_punct for t in content.doc[end : content.end])


_DANGLING_HEDGES = tuple(
    tuple(hedge.split()) for hedge in ("in part", "in large part", "partly", "largely", "mainly")
)


def without_dangling_hedge(content: Span) -> Span:
    """ "have never trusted him, in part because he favors …": once the reason is cut
    off, the "in part" left at the end hedges nothing that was said."""
    doc = content.doc
    words = [t for t in content if not t.is_space]
    for hedge in _DANGLING_HEDGES:
        size = len(hedge)
        if len(words) <= size + 1 or words[-size - 1].text != ",":
            continue
        if [t.lower_ for t in words[-size:]] == list(hedge):
            return doc[content.start : words[-size - 1].i]
    return content
