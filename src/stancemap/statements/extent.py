"""How far the content of a cue runs: from its complement to the end of its clause.

A stance reported with an object ("supported Dorn in the primary", "criticized the
agency for its delays on Tuesday", "refused to testify, because the panel …") says
all of it about the speaker's position: the verb's later adjuncts belong to the
content, not only the object the parser hangs first. The parser hangs those adjuncts
on the cue, so the object's subtree alone stops short.

The span grows through them up to the next coordinated verb, a clause of speech of
its own, or a stop; comments set off at the end ("…, citing …") are cut afterwards
by ``clause_ends.without_trailing_clause``. It stops before the when of the act
("endorsed Clinton in early June", "…on Friday") and before a clause with a subject
of its own ("supported the bill when it came to a vote", "…because it fell short"):
these say when or why the speaker acted, which news reports as narration; but a
plan keeps its condition ("promised to act should he win", "refused to testify,
because …"). So do the
occasion ("…in a ruling released Thursday", "…at a rally") and a concession ("…despite
his reservations").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stancemap.nlp.grammar import SENTENCE_STOPS, span_roots
from stancemap.statements.cues import is_reporting_verb, is_speech_verb

# Dependents of the cue that go on with its content ("in the primary", "on trade",
# "to the employees", "because …", "more broadly").
_ADJUNCT_DEPS = frozenset({"prep", "advmod", "advcl", "dative", "agent", "xcomp", "oprd", "acomp"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_OCCASIONS = frozenset(
    """
    interview statement speech ruling post tweet letter op-ed remarks address conference
    rally summit hearing debate meeting briefing
    """.split()
)
# Where the words were put out: "on Twitter", "on cable news", "on The Laura Ingraham
# Show", "on CNN". The medium, like the occasion, is not what was said.
_CHANNELS = frozenset(
    """
    twitter facebook instagram youtube tiktok reddit snapchat television tv radio air
    airwaves show news network website blog podcast broadcast newscast
    channel camera feed cnn msnbc cnbc c-span npr bbc
    """.split()
)
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
_CHANNEL_PREPS = frozenset({"on", "via", "through", "over"})
_TIME_PREPS = frozenset({"after", "before", "since", "until", "amid", "following"})
_TIME_MARKS = frozenset({"after", "before", "when", "since", "until", "once", "while"})
_CONCESSIONS = frozenset({"despite", "notwithstanding"})
_STOPS = frozenset({".", ";", ":", "!", "?", "—", "–", "--"})


def through_adjuncts(verb: Token, content: Span) -> Span:
    """``content`` with the cue's dependents that follow it up to the clause's end."""
    doc = verb.doc
    end = content.end
    plan = any(c.dep_ == "xcomp" and content.start <= c.i < end for c in verb.rights)
    for child in verb.rights:
        if child.i < end:
            continue
        gap = doc[end : child.left_edge.i]
        if any(t.text in _STOPS or not (t.is_punct or t.dep_ == "cc") for t in gap):
            break
        if child.dep_ in {"punct", "cc"}:
            continue
        if plan and _goes_on_with_plan(verb, child):
            end = child.right_edge.i + 1
            continue
        if child.dep_ not in _ADJUNCT_DEPS or _speaks_itself(child):
            break
        if _is_time(child) or _is_occasion(child) or is_channel(child):
            break
        if _has_own_subject(child) and (not plan or _marks_time(child)):
            break
        end = child.right_edge.i + 1
    return doc[content.start : end]


def _goes_on_with_plan(verb: Token, conj: Token) -> bool:
    """ "urged the party to scrap its fees, replace its board and open …": bare verbs
    the parser hangs on a finite cue go on with its infinitive, not with the cue."""
    return (
        conj.dep_ == "conj"
        and conj.tag_ == "VB"
        and verb.tag_ != "VB"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in conj.children)
        and not _speaks_itself(conj)
    )


def _speaks_itself(child: Token) -> bool:
    """ "…, saying that …", "…, as he told reporters": a reporting verb heading the
    adjunct, or a speech verb inside it, starts a statement (or a comment) of its own."""
    return is_reporting_verb(child) or any(is_speech_verb(t) for t in child.subtree)


def _is_time(child: Token) -> bool:
    """ "in early June", "on Friday", "after cutting ties", "amid concerns": when the
    speaker acted."""
    objects = [c for c in child.children if c.dep_ == "pobj"]
    if child.dep_ == "prep" and child.lower_ in _TIME_PREPS:
        return True
    return child.dep_ == "prep" and any(o.ent_type_ in _TIME_ENTITIES for o in objects)


def _is_occasion(child: Token) -> bool:
    """ "in a ruling", "at a rally", "despite his reservations": where or in spite of
    what the speaker spoke, not what they said."""
    if child.dep_ != "prep":
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    occasion = any(o.lemma_.lower() in _OCCASIONS or o.lower_ in _OCCASIONS for o in objects)
    return occasion or child.lower_ in _CONCESSIONS


def without_trailing_channel(content: Span) -> Span:
    """ "mocked Trump on Twitter", "called Clinton a disgrace Wednesday on Fox News": the
    parser often hangs the medium and the day on the object noun rather than on the
    cue; at the end of an object they still say where and when, not what. Inside a
    clause ("said she saw it on television") they belong to what was said."""
    if not len(content) or _is_clause(content):
        return content
    end = content.end
    while True:
        words = [t for t in content.doc[content.start : end] if not (t.is_punct or t.is_space)]
        if len(words) < 2:
            return content.doc[content.start : end]
        cut = _trailing_medium_or_day(content.doc[content.start : words[-1].i + 1])
        if cut is None:
            return content.doc[content.start : end]
        end = cut


def _is_clause(content: Span) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in span_roots(content))


def _trailing_medium_or_day(content: Span) -> int | None:
    """The index where a medium PP or a bare day ending ``content`` starts, if any."""
    last = content[-1]
    for token in reversed(content):
        if token.right_edge.i != last.i or token.i == content.start:
            continue
        if token.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        if not content.start <= token.head.i < token.i:
            continue
        if is_channel(token) or _is_bare_day(token):
            return token.left_edge.i
    return None


def _is_bare_day(token: Token) -> bool:
    """ "…a disgrace Wednesday": the day of the act, hung by the parse on the noun (often
    as an apposition). A span of time ("…this year") may be part of the object."""
    return (
        token.dep_ in {"npadvmod", "appos"}
        and token.lower_ in _DAYS
        and token.left_edge == token.right_edge
    )


def is_channel(child: Token) -> bool:
    """ "on Twitter", "on Fox News", "over the airwaves": the medium the speaker used."""
    if child.dep_ != "prep" or child.lower_ not in _CHANNEL_PREPS:
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return any(
        o.lower_ in _CHANNELS or o.lemma_.lower() in _CHANNELS or _names_broadcaster(o)
        for o in objects
    )


def _names_broadcaster(noun: Token) -> bool:
    """ "on CNN's State of the Union", "on Radio Nord": the broadcaster or the medium
    names the show."""
    return any(c.dep_ in {"poss", "compound"} and c.lower_ in _CHANNELS for c in noun.children)


def _marks_time(clause: Token) -> bool:
    """ "…after he introduced a bill": when the speaker acted, not the plan's condition."""
    return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)


def _has_own_subject(child: Token) -> bool:
    return child.dep_ == "advcl" and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children
    )


_LIST_TAGS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PUNCT", "CCONJ", "PART"})


def through_list(content: Span) -> Span:
    """ "took aim at the shipping lobby, the oil industry and the banks": the parser
    often hangs the rest of a list ending the sentence elsewhere (on the subject, as an
    apposition), so the content stops at its first item. When only the list's further
    items, with their "and", run from a comma after the content to the sentence's end,
    they are the content's too."""
    doc = content.doc
    end = content.end
    sentence_end = doc[end - 1].sent.end if end > content.start else end
    if end >= sentence_end or doc[end].text not in {",", ";"}:
        return content
    rest = list(doc[end + 1 : sentence_end])
    # The sentence's stop, and the paragraph break the parser keeps with it.
    while rest and (rest[-1].is_space or (rest[-1].is_punct and rest[-1].text != ")")):
        rest.pop()
    if _continues_verb_list(content, rest) or _gives_examples(content, rest):
        return doc[content.start : rest[-1].i + 1]
    if doc[end].text != "," or (
        doc[end - 1].pos_ not in {"NOUN", "PROPN"} and doc[end - 1].text != ")"
    ):
        return content
    if len(rest) < 2 or rest[0].is_punct:
        return content
    listed = any(t.dep_ == "cc" and t.lower_ in {"and", "or"} for t in rest)
    if not listed or not all(t.pos_ in _LIST_TAGS for t in rest):
        return content
    return doc[content.start : rest[-1].i + 1]


_EXAMPLE_OPENERS = frozenset({"including", "like", "especially", "particularly"})


def _gives_examples(content: Span, rest: list[Token]) -> bool:
    """ "avoids condemning Russia's invasion of Ukraine, including its annexation of
    Crimea", "favor spending projects, like building roads": examples of the noun that
    ends the content, closing the sentence, are part of the object. Only noun phrases
    (or gerunds) after the opener, no clause with a subject of its own."""
    last = content.doc[content.end - 1]
    if last.pos_ not in {"NOUN", "PROPN"} or len(rest) < 2:
        return False
    opener = rest[0].lower_
    such_as = opener == "such" and rest[1].lower_ == "as"
    if opener not in _EXAMPLE_OPENERS and not such_as:
        return False
    return not any(
        t.dep_ in {"nsubj", "nsubjpass", "expl"} or t.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        for t in rest
    )


# The fewest further verb phrases that make a list of actions, not one more act.
_MIN_FURTHER_VERBS = 2


def _continues_verb_list(content: Span, rest: list[Token]) -> bool:
    """ "said his rival is ready to take on the cartel, secure the border, and improve
    care for veterans", "said they had spoken at hearings; marshaled protesters; and
    organized readings": verbs in the form of the one that ends the content go on with
    it, whatever the parser hangs them on. Only a list (two more items, the last after
    "and" or "or"), each a verb with no subject of its own."""
    doc = content.doc
    last = doc[content.end - 1]
    verb = next((t for t in [last, *last.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i < content.start or verb.right_edge.i < content.end - 1:
        return False
    forms = _list_forms(verb)
    separator = doc[content.end].text
    items = _items([t for t in rest if not t.is_quote], separator)
    if not forms or len(items) < _MIN_FURTHER_VERBS or not items[-1]:
        return False
    if items[-1][0].lower_ not in {"and", "or"}:
        return False
    return all(_verb_item(item, forms) for item in items)


def _list_forms(verb: Token) -> frozenset[str]:
    """The tags further items of a verb list take: bare verbs after an infinitive,
    past forms after a past verb ("had spoken …; helped …; and put …")."""
    children = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ == "VB" and "to" in children:
        return frozenset({"VB"})
    if verb.tag_ in {"VBD", "VBN"} and any(c.dep_ == "nsubj" for c in verb.children):
        return frozenset({"VBD", "VBN"})
    return frozenset()


def _items(tokens: list[Token], separator: str) -> list[list[Token]]:
    items: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == separator:
            items.append([])
        else:
            items[-1].append(token)
    return items


def _verb_item(item: list[Token], forms: frozenset[str]) -> bool:
    words = [t for t in item if t.dep_ != "cc" and t.pos_ != "ADV"]
    if not words or words[0].tag_ not in forms:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in words[0].children)


_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# How a cue hangs in the relative clause it heads: "the target it pledged to reach",
# "the assets the party is eager to tap".
_IN_RELATIVE_DEPS = frozenset({"acomp", "xcomp"})


def through_antecedent(cue: Token, content: Span) -> Span:
    """ "the employees they thought were the best fit", "any proposals she would not
    want to defend", "what he calls corruption in politics": when the cue sits in a
    relative clause on what was said, the words said are the noun phrase with its
    relative clause; the complement after the cue alone ("were the best fit", "to
    defend") says nothing without the noun it is about.

    Not when the relative pronoun is the speaker ("Sanders, who said he would …"):
    only a cue whose subject is a noun of its own, or a passive one whose subject
    the relative is ("places that are labeled the forgotten America").
    """
    doc = cue.doc
    clause = cue if cue.dep_ == "relcl" or _free_relative(cue) is not None else cue.head
    inside = clause.left_edge.i <= content.start and content.end <= clause.right_edge.i + 1
    if not inside or content.end <= cue.i + 1:
        return content
    if clause.dep_ == "relcl" and (clause == cue or cue.dep_ in _IN_RELATIVE_DEPS):
        if not _speaker_is_own_noun(clause) or not _restricts_what_was_said(clause):
            return content
        return doc[clause.head.left_edge.i : content.end]
    relative = _free_relative(cue)
    if relative is not None and _speaker_is_own_noun(cue):
        return doc[relative.i : content.end]
    return content


def _restricts_what_was_said(clause: Token) -> bool:
    """A relative clause right after its noun, with no comma ("the bill, which he
    called …" adds a remark on a noun named already), and whose relative stands for a
    thing, not a time or place ("December, when …", "a campaign in which he said …")."""
    doc = clause.doc
    antecedent = clause.head
    if antecedent.i > clause.i or doc[clause.left_edge.i - 1].is_punct:
        return False
    opening = doc[clause.left_edge.i : clause.i]
    adverbial = any(
        t.tag_ == "WRB" or (t.tag_ in _RELATIVE_TAGS and t.head.dep_ == "prep") for t in opening
    )
    return not adverbial


def _free_relative(cue: Token) -> Token | None:
    """ "what he calls …": the "what" before the cue's subject that stands for what
    the cue describes."""
    return next(
        (c for c in cue.lefts if c.lower_ == "what" and c.dep_ in {"dobj", "oprd", "attr"}), None
    )


def _speaker_is_own_noun(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    subject = subjects[0]
    return subject.dep_ == "nsubjpass" or subject.tag_ not in _RELATIVE_TAGS


# How far past a colon the content may run: a clause or a list, not a document.
_MAX_AFTER_COLON_TOKENS = 80


def through_colon(cue: Token, content: Span) -> Span:
    """ "noted that more immigrants buy into the dream: 70 percent believe …", "took
    aim at a chief adversary: Chicago's mayor": what follows a colon that ends the
    reported clause spells that clause out (the figures, the name, the reason), and
    news reports it as part of what was said. The span runs on to the sentence's end.

    Not when the colon ends its paragraph (a list below it), when the rest is quoted
    (a direct quote, a statement of its own) or names a speaker of its own ("…:
    according to polls, …"), and not when the cue sits inside the content ("the
    assets the party is eager to tap: …" elaborates the narrator's noun).
    """
    doc = content.doc
    colon = _colon_after(content)
    if colon is None or content.start <= cue.i < content.end:
        return content
    rest: list[Token] = []
    for token in doc[colon.i + 1 : colon.i + 1 + _MAX_AFTER_COLON_TOKENS]:
        if "\n" in token.text_with_ws and not rest and token.is_space:
            return content
        if "\n" in token.text:
            break
        rest.append(token)
        if token.text in SENTENCE_STOPS or "\n" in token.whitespace_:
            break
    else:
        return content  # no sentence end in reach: not a clause after a colon
    words = [t for t in rest if not t.is_punct]
    if len(words) < 1 or any(t.is_quote or t.is_space for t in rest):
        return content
    if any(is_speech_verb(t) or t.lower_ == "according" for t in rest):
        return content
    return doc[content.start : rest[-1].i + 1]


def _colon_after(content: Span) -> Token | None:
    """The colon that ends ``content`` or follows it directly."""
    doc = content.doc
    if content.end > content.start and doc[content.end - 1].text == ":":
        return doc[content.end - 1]
    if content.end < len(doc) and doc[content.end].text == ":":
        return doc[content.end]
    return None
