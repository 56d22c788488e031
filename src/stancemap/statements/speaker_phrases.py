"""A speaker's phrase as a reader writes it: where it starts and where it ends.

The parse hangs on a subject whatever follows it: a relative clause, an aside, a
date, a list the parser split in two, a dateline glued to the front. The name a
reader gives the speaker ("A communications aide for the minister", "Moscow") is
the noun with its complements and nothing of that; ``speakers`` asks this module
for it when no actor stands for the mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stancemap.nlp.grammar import DASHES
from stancemap.nlp.offsets import text_of, token_at_or_after

_FLOATING = frozenset({"all", "both", "each", "themselves", "himself", "herself"})


def mention_span(token: Token, cue: Token | None = None) -> tuple[int, int]:
    """Characters of the phrase ``token`` heads, with appositions and relative clauses,
    cut before ``cue`` and without edge punctuation."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i
    closer = _list_closer(token)
    if closer is not None:
        last = closer.right_edge.i
    for child in token.rights:
        if _circumstance(child):
            last = min(last, child.left_edge.i - 1)
    last = _through_scope(token, last)
    if cue is not None and first <= cue.i <= last:
        last = cue.i - 1 if cue.i > token.i else last
        first = cue.i + 1 if cue.i < token.i else first
    while last > token.i and _edge(doc[last]):
        last -= 1
    # "…, which backers of tougher laws use": the relative word is not the speaker's.
    while first < token.i and (_edge(doc[first]) or doc[first].tag_ == "WDT"):
        first += 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _edge(word: Token) -> bool:
    return word.is_punct or word.is_space


def _list_closer(token: Token) -> Token | None:
    """ "ambassadors from Estonia, Latvia, and Lithuania": the last item of a list the
    parse made a second subject of the verb, right after the conjunction ``token``'s
    phrase ends on."""
    doc = token.doc
    after = token.right_edge.i + 1
    if after >= len(doc) or doc[token.right_edge.i].dep_ != "cc":
        return None
    sibling = doc[after]
    same_role = sibling.head == token.head and sibling.dep_ == token.dep_
    return sibling if same_role and sibling.left_edge.i == after else None


def conjuncts_of(token: Token) -> list[Token]:
    """The subject and the words coordinated with it, in text order; not across the
    bracket that closes the phrase's aside ("(… wrote Edward Nelson, …), and the
    AFL-CIO's pending endorsement")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and not _closes_bracket_between(token, child):
            found.extend(conjuncts_of(child))
    return sorted(found, key=lambda t: t.i)


def _closes_bracket_between(first: Token, later: Token) -> bool:
    between = first.doc[first.i + 1 : later.i].text
    return between.count(")") > between.count("(")


def coordinator(token: Token) -> str:
    for candidate in token.subtree:
        if candidate.dep_ == "cc" and candidate.lower_ in {"and", "or", "&"}:
            return "&" if candidate.text == "&" else candidate.lower_
    return "and"


def conjunct_text(conjunct: Token, start: int) -> str:
    """One conjunct as written, without the conjuncts that hang on it."""
    doc = conjunct.doc
    first = conjunct.left_edge.i
    last = conjunct.i
    for child in conjunct.rights:
        if child.dep_ in {"conj", "cc", "punct", "appos", "relcl"}:
            break
        last = child.right_edge.i
    at_start = token_at_or_after(doc, start)
    first = max(first, at_start.i if at_start is not None else len(doc) - 1)
    return doc[first : last + 1].text.strip(" ,") or conjunct.text


def phrase_name(
    token: Token, start: int, cue: Token | None, *, whole_coordination: bool = False
) -> str:
    """What a reader calls a speaker named by a phrase: the noun with its
    complements ("A communications aide for the minister", "those surveyed"), not
    the relative clause, aside or apposition that follows ("…, who campaigned in
    Ohio", "…, speaking on condition of anonymity") nor a floating "all"."""
    doc = token.doc
    last = token.right_edge.i
    for child in token.rights:
        kept = whole_coordination and child.dep_ in {"conj", "cc", "punct"}
        # "ads attacking X": the participle that is the cue is not part of the name.
        holds_cue = cue is not None and child.left_edge.i <= cue.i <= child.right_edge.i
        if holds_cue and cue is not None and cue.i == child.right_edge.i and cue.i > child.i:
            # "One in five say": the parse made the cue the end of the share's phrase.
            last = min(last, cue.i - 1)
        elif (_describes(child) and not kept) or holds_cue:
            last = min(last, child.left_edge.i - 1)
    if cue is not None and token.i < cue.i <= last:
        last = cue.i - 1
    # "sharing a Facebook post this week that …": words before a cut-off clause that
    # hang on another word ("this week" on "sharing") are not the noun's.
    while last > token.i and token.i not in {a.i for a in doc[last].ancestors}:
        last -= 1
    closer = _list_closer(token)
    if closer is not None and all(t.is_punct or t.dep_ == "cc" for t in doc[last + 1 : closer.i]):
        last = closer.right_edge.i
    last = _name_finishing_phrase(token, last, cue)
    last = _through_scope(token, last)
    if not whole_coordination and closer is None:
        last = _before_aside(doc, token.i, last)
    while last > token.i and (
        doc[last].is_punct or doc[last].is_space or doc[last].lower_ in _FLOATING
    ):
        last -= 1
    end = doc[last].idx + len(doc[last])
    return text_of(doc)[start:end].strip() if end > start else token.text


def _name_finishing_phrase(token: Token, last: int, cue: Token | None) -> int:
    """ "A statement posted on the website GunBroker.com said": the parse made the name
    a second subject; it still ends the speaker's phrase."""
    doc = token.doc
    following = doc[last + 1] if last + 1 < len(doc) else None
    if following is None or cue is None or following.i >= cue.i:
        return last
    if following.dep_ == "nsubj" and following.head.i == token.head.i == cue.i:
        return following.right_edge.i
    if following.dep_ == "compound" and following.head.dep_ == "nsubj":
        sibling = following.head
        if sibling.head.i == token.head.i == cue.i:
            return sibling.right_edge.i
    return last


def _through_scope(token: Token, last: int) -> int:
    """ "Nearly eight in 10 voters overall said": the adverb saying which group it is,
    hung by the parse on the verb, still ends the speaker's phrase."""
    doc = token.doc
    following = doc[last + 1] if last + 1 < len(doc) else None
    if following is not None and following.lower_ in _SCOPE and following.head == token.head:
        return following.i
    return last


def _before_aside(doc: Doc, head: int, last: int) -> int:
    """The phrase up to its first comma ("A legal opinion drafted in May, and obtained
    by AP"), except the comma of a place ("Chappaqua, N.Y.")."""
    for index in range(head + 1, last + 1):
        if doc[index].text != ",":
            continue
        place = (
            index + 1 <= last and doc[index - 1].pos_ == "PROPN" and doc[index + 1].pos_ == "PROPN"
        )
        if not place and not _continues_list(doc, index, last):
            return index - 1
    return last


def _continues_list(doc: Doc, comma: int, last: int) -> bool:
    """ "envoys from Norland, Ostra, and Merovia": a comma before the next item of a
    list of names or nouns (the Oxford comma too) is no aside."""
    index = comma + 1
    if index <= last and doc[index].dep_ == "cc":
        index += 1
    if index > last:
        return False
    item = doc[index]
    return (
        item.dep_ == "conj"
        and item.pos_ in {"NOUN", "PROPN"}
        and item.head.pos_ in {"NOUN", "PROPN"}
    )


def _describes(child: Token) -> bool:
    """A modifier after a noun that describes it rather than names it."""
    if child.dep_ in {"relcl", "appos", "advcl", "parataxis", "conj", "cc"}:
        return True
    if _dated_participle(child):
        return True
    if child.is_punct and child.text in {",", "(", "—", "–", "--", ";", ":"}:
        return True
    if child.dep_ == "acl":
        before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        return before is not None and before.text in {",", "(", "—", "–", "--"}
    return _circumstance(child)


def _dated_participle(child: Token) -> bool:
    """ "A news report published Wednesday", "a poll released in late August": when the
    thing was put out, not what it is; a participle naming its author ("a poll
    conducted by Gallup") stays."""
    if child.dep_ != "acl" or child.tag_ != "VBN":
        return False
    # Only the date: "drafted for the project in May 2012" says more than when.
    words = [t for t in child.subtree if t.i != child.i and not t.is_punct]
    return bool(words) and all(t.ent_type_ in {"DATE", "TIME"} or t.dep_ == "prep" for t in words)


def after_glued_dateline(token: Token, start: int) -> int:
    """ "WASHINGTON — President Obama said": a dash before the head ends a dateline
    or a label glued to the subject; the speaker starts after it."""
    doc = token.doc
    for candidate in reversed(doc[: token.i]):
        if candidate.idx < start:
            break
        if candidate.text in DASHES and candidate.whitespace_:
            following = doc[candidate.i + 1]
            return max(start, following.idx)
    return start


def written_without_possessive(mention: str) -> str:
    """A mention without its possessive ending ("Moscow's" -> "Moscow")."""
    return mention.removesuffix("’s").removesuffix("'s").strip()


def after_last_line_break(text: str, start: int, head: int) -> int:
    """Datelines and headings end at a line break: the speaker starts after it."""
    cut = text.rfind("\n", start, head)
    return cut + 1 if cut >= 0 else start


# Focusing phrases after a noun: "progressives in particular", "lobbyists in general".
_FOCUSING = frozenset({"particular", "general", "turn"})
# Adverbs after a noun that say which group it is: "voters overall", "Democrats nationwide".
_SCOPE = frozenset({"overall", "nationwide", "statewide", "worldwide", "countrywide"})


def _circumstance(child: Token) -> bool:
    """ "on Friday", "last week": when, not who, though the parse hangs it on the name;
    "in particular" says how much the name is meant, not who."""
    if child.dep_ in {"npadvmod", "advmod"}:
        return child.lower_ not in _SCOPE
    if child.dep_ != "prep":
        return False
    objects = [c.lower_ for c in child.children]
    if child.lower_ == "in" and len(objects) == 1 and objects[0] in _FOCUSING:
        return True
    # The preposition's own object is the date ("on Friday"); a date deeper inside
    # ("the results of the poll released Wednesday") belongs to the phrase.
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in child.children)
