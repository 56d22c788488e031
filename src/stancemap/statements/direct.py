"""Direct statements: quoted passages attributed to their speakers.

A quote's cue sits right after it (“…,” she stated), right before it (He
emphasized, “…”), or nowhere when the quote continues the last speaker's words.
A quote split by its attribution (“…,” she said, “…”) is one statement in parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from stancemap.statements.cues import EXPRESSION_VERBS, NOMINAL_CUES, is_speech_verb
from stancemap.statements.draft import (
    StatementDraft,
    sentence_bounds,
    subject_of,
    token_at_or_after,
)
from stancemap.statements.quotes import Quote
from stancemap.statements.speakers import NO_SPEAKER, SpeakerResolver

_WINDOW_AFTER = 8
_WINDOW_BEFORE = 12
_FRAGMENT_TOKENS = 6
_SPLIT_GAP_CHARS = 90


def find_direct_statements(
    doc: Doc, quotes: Iterable[Quote], resolver: SpeakerResolver
) -> list[StatementDraft]:
    """Attribute every quote; merge split quotes; keep scare quotes as fragments."""
    drafts: list[StatementDraft] = []
    for quote in quotes:
        draft = _attribute(doc, quote, resolver)
        if draft is not None:
            drafts.append(draft)
    merged = _merge_split_quotes(doc, drafts)
    return _inherit_continuation_speakers(doc, merged)


def _attribute(doc: Doc, quote: Quote, resolver: SpeakerResolver) -> StatementDraft | None:
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    short_inline = len(inside) < _FRAGMENT_TOKENS and _is_fragment(doc, inside, quote)
    after = None if short_inline and not _ends_like_speech(inside) else _cue_after(doc, quote)
    cue = after or _cue_before(doc, quote)
    sentence = sentence_bounds(doc, quote.open_mark, quote.outer_end)
    speaker = NO_SPEAKER
    if cue is not None:
        subject = _speaker_token(cue, quote)
        if subject is not None:
            speaker = resolver.resolve(subject)
        sentence = (min(sentence[0], cue.sent.start_char), max(sentence[1], cue.sent.end_char))
    fragment = cue is None and _is_fragment(doc, inside, quote)
    return StatementDraft(
        kind="direct",
        start=quote.start,
        end=quote.end,
        cue=cue,
        speaker=speaker,
        sentence=sentence,
        fragment=fragment,
    )


def _tokens_after(doc: Doc, quote: Quote) -> list[Token]:
    first = token_at_or_after(doc, quote.outer_end)
    if first is None or quote.close_mark is None:
        return []
    tokens: list[Token] = []
    for token in doc[first.i : first.i + _WINDOW_AFTER]:
        if token.text in {"“", '"', "«"} or "\n" in token.text:
            break
        if token.is_sent_start and tokens and tokens[-1].text not in {"”", '"', ","}:
            break
        tokens.append(token)
    return tokens


def _cue_after(doc: Doc, quote: Quote) -> Token | None:
    """“…,” Braje stated / “…,” said the minister."""
    for token in _tokens_after(doc, quote):
        if is_speech_verb(token) and not _inside(token, quote):
            return token
        if token.text in {".", "!", "?"} and token.i > 0:
            break
    return None


def _cue_before(doc: Doc, quote: Quote) -> Token | None:
    """He emphasized, “…” / stating, “…” / expressed confidence that, “…”."""
    mark = token_at_or_after(doc, quote.open_mark)
    if mark is None:
        return None
    first = max(mark.sent.start, mark.i - _WINDOW_BEFORE)
    window = [t for t in doc[first : mark.i] if "\n" not in t.text]
    for distance, token in enumerate(reversed(window)):
        if token.text in {"”", '"', "»"}:
            break
        cue = None
        if is_speech_verb(token):
            cue = token
        elif token.lemma_.lower() in NOMINAL_CUES and token.head.lemma_.lower() in EXPRESSION_VERBS:
            cue = token.head
        if cue is not None:
            return cue if _introduces(window[len(window) - distance :], distance) else None
    return None


def _introduces(between: list[Token], distance: int) -> bool:
    """A cue introduces a quote when only a colon, comma or "that" stands between."""
    if distance == 0:
        return True
    words = [t for t in between if not t.is_punct]
    return len(words) <= 2 or (bool(between) and between[-1].text in {",", ":", "that"})


def _speaker_token(cue: Token, quote: Quote) -> Token | None:
    subject = subject_of(cue)
    if subject is not None and not _inside(subject, quote):
        return subject
    # Inverted order or a parse that missed the subject: "…,” said Braje.
    for token in cue.doc[cue.i + 1 : cue.i + 5]:
        if token.pos_ in {"PROPN", "PRON"} or token.dep_ in {"nsubj", "nsubjpass"}:
            return _phrase_head(token)
    for token in reversed(cue.doc[max(0, cue.i - 4) : cue.i]):
        if token.pos_ in {"PROPN", "PRON", "NOUN"} and not _inside(token, quote):
            return _phrase_head(token)
    return None


def _phrase_head(token: Token) -> Token:
    while token.dep_ in {"compound", "flat", "amod"} and token.head.i > token.i:
        token = token.head
    return token


def _inside(token: Token, quote: Quote) -> bool:
    return quote.open_mark <= token.idx < quote.outer_end


def _ends_like_speech(inside: Span) -> bool:
    """Quoted speech ends inside its marks with a comma or a full stop: “…,” she said."""
    return inside.text.rstrip()[-1:] in {",", ".", "!", "?"}


def _is_fragment(doc: Doc, inside: Span, quote: Quote) -> bool:
    """Scare quotes: a few words quoted inside a sentence that goes on around them."""
    if len(inside) >= _FRAGMENT_TOKENS:
        return False
    before = doc.text[max(0, quote.open_mark - 3) : quote.open_mark].strip()
    opens_sentence = before == "" or before.endswith((".", "!", "?", ":"))
    return not opens_sentence


def _merge_split_quotes(doc: Doc, drafts: list[StatementDraft]) -> list[StatementDraft]:
    """“A,” X said, “B.” -> one statement with two parts."""
    merged: list[StatementDraft] = []
    for draft in drafts:
        previous = merged[-1] if merged else None
        if previous is not None and _continues_split_quote(doc, previous, draft):
            parts = previous.parts or ((previous.start, previous.end),)
            merged[-1] = replace(
                previous,
                end=draft.end,
                parts=(*parts, (draft.start, draft.end)),
                sentence=(previous.sentence[0], max(previous.sentence[1], draft.sentence[1])),
            )
        else:
            merged.append(draft)
    return merged


def _continues_split_quote(doc: Doc, previous: StatementDraft, draft: StatementDraft) -> bool:
    if previous.cue is None or previous.fragment or draft.fragment:
        return False
    gap = doc.text[previous.end : draft.start]
    if "\n" in gap or len(gap) > _SPLIT_GAP_CHARS:
        return False
    cue_between = previous.end <= previous.cue.idx < draft.start
    same_cue = draft.cue is None or draft.cue.i == previous.cue.i
    return cue_between and same_cue


def _inherit_continuation_speakers(doc: Doc, drafts: list[StatementDraft]) -> list[StatementDraft]:
    """An unattributed quote right after an attributed one continues its speaker."""
    result: list[StatementDraft] = []
    for draft in drafts:
        previous = result[-1] if result else None
        if (
            draft.cue is None
            and not draft.fragment
            and previous is not None
            and previous.speaker.name is not None
            and _adjacent(doc, previous, draft)
        ):
            draft = draft.with_speaker(previous.speaker)
        result.append(draft)
    return result


def _adjacent(doc: Doc, previous: StatementDraft, draft: StatementDraft) -> bool:
    """Nothing but whitespace, marks and at most a short attribution in between."""
    gap = doc.text[previous.end : draft.start]
    return len(gap.strip(" \n“”\"'.,")) == 0 or (gap.count("\n") <= 1 and len(gap) < 60)
