"""Direct statements: quoted passages attributed to their speakers.

A quote's cue sits right after it (“…,” she stated), right before it (He
emphasized, “…”), before a colon ending the previous paragraph (Cruz continued:),
or nowhere when the quote continues the last speaker's words. Quoted words inside a
sentence that reports them (Trump said Clinton “caused death.”) are *embedded*: the
statement is the reported clause around them (see ``mixed.py``). Split quotes and
continued speakers are handled in ``continuations.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from stancemap.nlp.grammar import DASHES, SENTENCE_STOPS
from stancemap.nlp.offsets import token_at_or_after
from stancemap.statements.according import according_source
from stancemap.statements.cues import EXPRESSION_VERBS, NOMINAL_CUES, is_quote_verb
from stancemap.statements.draft import (
    ASKING_VERBS,
    StatementDraft,
    is_passive_cue,
    sentence_bounds,
    subject_of,
)
from stancemap.statements.mixed import is_parenthetical_cue
from stancemap.statements.quotes import Quote
from stancemap.statements.speakers import NO_SPEAKER, SpeakerRef, SpeakerResolver

_WINDOW_AFTER = 30
_WINDOW_BEFORE = 14
_FRAGMENT_TOKENS = 6
_OPENING_MARKS = frozenset({"“", '"', "«", "``", "''", "'''"})
_CLOSING_MARKS = frozenset({"”", '"', "»", "''", "'''"})
_LABEL_POS = frozenset({"PROPN", "NOUN"})
_NOT_SPEAKER_DEPS = frozenset({"pobj", "npadvmod", "prep", "det", "punct"})
_SPEAKER_PHRASE_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"})
_TITLE_WORDS = 5
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for from with by vs".split())
_ONE_WORD_REPLIES = frozenset("yes no never absolutely nothing nope sure okay ok".split())
# After a closing mark these open an attribution ("…,” according to …, “…,” the minister said).
_ATTRIBUTION_OPENERS = frozenset("according as".split())
# …and these go on with the reported clause (“…” between Cruz and Trump, “…” can bring).
_CLAUSE_GOES_ON_POS = frozenset({"ADP", "SCONJ", "CCONJ", "AUX", "PART", "VERB"})
_PREFIX_OPENERS = re.compile(r"(?:^|[:(\[]|[.!?][\"”'’]*)\s*$")


def find_direct_statements(
    doc: Doc, text: str, quotes: Iterable[Quote], resolver: SpeakerResolver
) -> list[StatementDraft]:
    """Attribute every quote; flag scare quotes as fragments and embedded quotes."""
    drafts: list[StatementDraft] = []
    for quote in quotes:
        draft = _attribute(doc, text, quote, resolver)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _attribute(
    doc: Doc, text: str, quote: Quote, resolver: SpeakerResolver
) -> StatementDraft | None:
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    mark = token_at_or_after(doc, quote.open_mark)
    if inside is None or mark is None:
        return None
    before, introduces = _cue_before(doc, quote, mark)
    # "said the group might run ads, “…”": the quote ends the clause the cue reports.
    reporting = None if introduces or not _same_sentence(before, mark) else before
    if reporting is None and before is not None and _opens_lowercase(text, quote):
        reporting = before if is_parenthetical_cue(before) else None
    if reporting is not None or not introduces:
        before = None
    embedded = (
        reporting is not None
        or (before is None and _is_embedded(text, doc, quote, mark))
        or _clause_goes_on(doc, text, quote)
    )
    short_inline = len(inside) < _FRAGMENT_TOKENS and _is_fragment(text, inside, quote)
    after = None if short_inline and not _ends_like_speech(inside) else _cue_after(doc, text, quote)
    cue = _choose_cue(text, quote, before, after, embedded=embedded) or reporting
    if cue is None and not short_inline:
        cue = (
            _verb_after(doc, text, quote)
            or _according_after(doc, text, quote)
            or _cue_in_sentence_before(doc, mark)
        )
    sentence = sentence_bounds(doc, quote.open_mark, quote.outer_end)
    speaker = NO_SPEAKER
    if cue is not None:
        subject = _speaker_token(cue, quote)
        if subject is not None:
            speaker = resolver.resolve(subject, cue=cue)
        sentence = (min(sentence[0], cue.sent.start_char), max(sentence[1], cue.sent.end_char))
    elif not embedded:
        speaker = _colon_label_speaker(doc, text, quote, mark, resolver)
    fragment = (cue is None and speaker.name is None and _is_fragment(text, inside, quote)) or (
        _is_title(inside) and (cue is None or _word_count(inside) > 1)
    )
    return StatementDraft(
        kind="direct",
        start=quote.start,
        end=quote.end,
        cue=cue,
        speaker=speaker,
        sentence=sentence,
        fragment=fragment,
        embedded=embedded,
        open_mark=quote.open_mark,
        close_end=quote.outer_end,
    )


def _choose_cue(
    text: str, quote: Quote, before: Token | None, after: Token | None, *, embedded: bool
) -> Token | None:
    """Both sides have a verb: “…,” ends before its cue; X said, “….” after its cue."""
    if before is None or after is None:
        return before or after
    if before.i + 1 < len(before.doc) and before.doc[before.i + 1].idx == quote.open_mark:
        # Kasich cautioned “…,” before predicting …: the verb right at the mark.
        return before
    if embedded or text[quote.end - 1 : quote.end] != ",":
        return before
    return after


def _tokens_after(doc: Doc, text: str, quote: Quote) -> list[Token]:
    """The attribution after a closing mark, up to the sentence end or the next quote."""
    first = token_at_or_after(doc, quote.outer_end)
    if first is None or quote.close_mark is None:
        return []
    tokens: list[Token] = []
    stopped = text[quote.end - 1 : quote.end] in SENTENCE_STOPS
    for token in doc[first.i : first.i + _WINDOW_AFTER]:
        if token.text in _OPENING_MARKS or "\n" in token.text:
            break
        if token.text in SENTENCE_STOPS and tokens:
            break
        tokens.append(token)
        if stopped and not _names_a_speaker(token):
            # After “….” only a speaker's name may come before the cue (“…?” asked the
            # party's campaign manager, “….” Jeff Weaver said); anything else is a new
            # sentence.
            break
    return tokens


def _names_a_speaker(token: Token) -> bool:
    """A word of a speaker's phrase; hyphens join "the 43-year-old" or "Jean-Pierre"."""
    return token.pos_ in _SPEAKER_PHRASE_POS or token.text in {",", "-"}


def _cue_after(doc: Doc, text: str, quote: Quote) -> Token | None:
    """“…,” Braje stated / “…,” said the minister / “…,” Trump went on."""
    for token in _tokens_after(doc, text, quote):
        if is_quote_verb(token) and not _inside(token, quote):
            # “….” Asked what it means, she said: a passive opens a new sentence.
            return None if is_passive_cue(token) else token
    return None


def _verb_after(doc: Doc, text: str, quote: Quote) -> Token | None:
    """“…,” she laughed: after a quote ending in a comma, the next verb attributes it."""
    tokens = _tokens_after(doc, text, quote)
    last = text[quote.end - 1 : quote.end]
    if last in {",", "?", "!"}:
        # After “…!” a verb further on belongs to a new sentence (“…!” Jeb Bush broke down …).
        for token in tokens[: 6 if last == "," else 3]:
            if token.pos_ == "VERB" and subject_of(token) is not None:
                return token
    return None


def _according_after(doc: Doc, text: str, quote: Quote) -> Token | None:
    """“…,” according to CNN: the phrase right after the closing mark credits the quote."""
    if text[quote.end - 1 : quote.end] not in {",", "?", "!"}:
        return None
    tokens = _tokens_after(doc, text, quote)
    if len(tokens) < 3 or tokens[0].lower_ != "according" or tokens[1].lower_ != "to":
        return None
    return tokens[0]


def _cue_before(doc: Doc, quote: Quote, mark: Token) -> tuple[Token | None, bool]:
    """He emphasized, “…” / stating, “…” / expressed confidence that, “…”, and whether
    the cue introduces the quote (False: a clause of its own stands between)."""
    if _dashed_label(doc, mark):
        return None, True
    first = max(mark.sent.start, mark.i - _WINDOW_BEFORE)
    window = [t for t in doc[first : mark.i] if "\n" not in t.text]
    if not window or window[-1].text == ":":
        window = _colon_window(doc, mark) or window
    for distance, token in enumerate(reversed(window)):
        if token.text in _CLOSING_MARKS:
            break
        cue = None
        if is_quote_verb(token):
            cue = token
        elif token.lemma_.lower() in NOMINAL_CUES and token.head.lemma_.lower() in EXPRESSION_VERBS:
            cue = token.head
        if cue is not None:
            return cue, _introduces(window[len(window) - distance :], distance)
    return _colon_clause_verb(doc, window), True


def _cue_in_sentence_before(doc: Doc, mark: Token) -> Token | None:
    """ "Iowa State's Dianne Bystrom agreed. “Mainstream Republicans are running out of
    time …”": a sentence that only says someone spoke introduces the quote opening the
    next one, in the same paragraph."""
    sentence = mark.sent
    if any(not t.is_punct and not t.is_space for t in doc[sentence.start : mark.i]):
        return None
    if sentence.start == 0 or "\n" in doc[sentence.start - 1].text:
        return None
    before = doc[sentence.start - 1].sent
    verb = before.root
    if before[-1].text not in {".", ":"} or not is_quote_verb(verb):
        return None
    said = any(c.dep_ in {"ccomp", "dobj", "xcomp", "prep"} for c in verb.children)
    subject = any(c.dep_ == "nsubj" for c in verb.children)
    return verb if subject and not said else None


def _dashed_label(doc: Doc, mark: Token) -> bool:
    """ "Pollsters agree - Carl Bialik: “…”": a headline, a dash, then the name of the
    one quoted before a colon; the headline's verb is not the quote's cue."""
    index = _colon_before(doc, mark)
    if index is None or index < 1:
        return False
    start = index
    while start > 0 and index - start < 4 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start < index and start > 0 and doc[start - 1].text in DASHES


def _colon_before(doc: Doc, mark: Token) -> int | None:
    """The index of the colon right before the opening ``mark``, across a line break."""
    index = mark.i - 1
    while index >= 0 and (doc[index].is_space or "\n" in doc[index].text):
        index -= 1
    return index if index >= 0 and doc[index].text == ":" else None


def _colon_window(doc: Doc, mark: Token) -> list[Token]:
    """The clause before a colon that ends the previous line: "Cruz continued:"."""
    index = _colon_before(doc, mark)
    if index is None:
        return []
    start = max(doc[index].sent.start, index - _WINDOW_BEFORE)
    return [t for t in doc[start : index + 1] if "\n" not in t.text]


def _introduces(between: list[Token], distance: int) -> bool:
    """A cue introduces a quote when only a colon, comma or "that" stands between
    ("said Tuesday in a statement:" is fine; "said Trump has" is not)."""
    if distance == 0:
        return True
    words = [t for t in between if not t.is_punct and not t.is_space]
    if not words:
        return True
    last = [t for t in between if not t.is_space][-1]
    if last.text in {",", ":"}:
        # "said the group might run ads, “…”": a clause of its own stands between.
        return not any(_is_subject_of(t, words) for t in words)
    return len(words) == 1 and words[0].lower_ == "that"


def _is_subject_of(token: Token, words: list[Token]) -> bool:
    """A subject and its verb both among ``words``: a clause of its own."""
    return token.dep_ in {"nsubj", "nsubjpass", "expl"} and token.head in words


def _is_embedded(text: str, doc: Doc, quote: Quote, mark: Token) -> bool:
    """Quoted words inside a sentence that goes on before them ("Trump is “unelectable”")."""
    sentence_start = mark.sent.start_char
    paragraph_start = text.rfind("\n", 0, quote.open_mark) + 1
    prefix = text[max(sentence_start, paragraph_start) : quote.open_mark]
    if not any(ch.isalnum() for ch in prefix):
        return False
    if _PREFIX_OPENERS.search(prefix):
        return False
    # A closing mark then an attribution ("“A,” he said, “B.”") is a split quote.
    return not _after_closed_quote(prefix)


def _after_closed_quote(prefix: str) -> bool:
    last_close = max(prefix.rfind("”"), prefix.rfind('"'), prefix.rfind("''"))
    return last_close >= 0 and prefix.rstrip().endswith(",")


def _same_sentence(cue: Token | None, mark: Token) -> bool:
    """No full stop between a cue and the quote (the parse may join two sentences)."""
    if cue is None:
        return False
    return not any(t.text in SENTENCE_STOPS for t in cue.doc[cue.i + 1 : mark.i])


def _opens_lowercase(text: str, quote: Quote) -> bool:
    """ "An economic downturn, he said, “could be a good time …”": a quote that opens in
    lower case finishes a sentence begun before its cue."""
    first = text[quote.start : quote.start + 1]
    return first.isalpha() and first.islower()


def _clause_goes_on(doc: Doc, text: str, quote: Quote) -> bool:
    """Quoted words the sentence goes on from (Patrick says “it's a two-man race” between
    Cruz and Trump): a part of the reported clause, not a quote on its own."""
    if quote.close_mark is None or text[quote.end - 1 : quote.end] in SENTENCE_STOPS | {","}:
        # After “…,” comes the attribution or an aside (“…,” referencing …).
        return False
    following = token_at_or_after(doc, quote.outer_end)
    if following is None or "\n" in text[quote.outer_end : following.idx]:
        return False
    if following.is_punct or following.is_space or not following.text[:1].islower():
        return False
    if following.lower_ in _ATTRIBUTION_OPENERS or is_quote_verb(following):
        return False
    return following.pos_ in _CLAUSE_GOES_ON_POS


def _is_title(inside: Span) -> bool:
    """“The Big Short”, “Daily Show”, “EVENTUALLY VOTERS WIN”: a quoted title or heading,
    every word capitalised, is named rather than said."""
    words = [t for t in inside if t.is_alpha]
    if not words or len(words) > _TITLE_WORDS or inside.text.rstrip()[-1:] in {"!", "?"}:
        return False
    if len(words) == 1 and words[0].pos_ != "PROPN" and words[0].lower_ in _ONE_WORD_REPLIES:
        return False
    return all(w.text[0].isupper() or w.lower_ in _TITLE_SMALL_WORDS for w in words) and (
        words[0].text[0].isupper()
    )


def _word_count(inside: Span) -> int:
    return sum(1 for t in inside if t.is_alpha)


def _speaker_token(cue: Token, quote: Quote) -> Token | None:
    if cue.lower_ == "according":
        return according_source(cue)
    if cue.lemma_.lower() in ASKING_VERBS and any(c.dep_ == "nsubjpass" for c in cue.children):
        # "Blumenthal was asked, “…”": the subject heard the quote; the asker is unnamed.
        return None
    if is_passive_cue(cue):
        # "Priebus was said to be “furious”": said by someone unnamed, or the agent.
        return subject_of(cue)
    subject = subject_of(cue)
    if subject is not None and _inside(subject, quote):
        subject = next((c for c in cue.children if _is_outside_subject(c, quote)), None)
    if subject is not None:
        return _writer_of(cue, subject)
    # “…,” he wrote last October: the words between the quote and its cue name the speaker.
    if cue.idx >= quote.outer_end:
        for token in reversed(cue.doc[max(0, cue.i - 4) : cue.i]):
            if token.idx < quote.outer_end:
                break
            if token.pos_ in {"PROPN", "PRON", "NOUN"}:
                return _outermost_before(token, cue, quote)
    # Inverted order or a parse that missed the subject: "…,” said Braje / read the email.
    for token in cue.doc[cue.i + 1 : cue.i + 5]:
        if token.dep_ in _NOT_SPEAKER_DEPS:
            continue
        if token.pos_ in {"PROPN", "PRON", "NOUN"} or token.dep_ in {"nsubj", "nsubjpass"}:
            return _phrase_head(token)
    for token in reversed(cue.doc[max(0, cue.i - 4) : cue.i]):
        if token.pos_ in {"PROPN", "PRON", "NOUN"} and not _inside(token, quote):
            return _phrase_head(token)
    return None


def _is_outside_subject(token: Token, quote: Quote) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"} and not _inside(token, quote)


def _writer_of(cue: Token, subject: Token) -> Token:
    """ "Henry added a caption which reads, “…”": the caption's words are Henry's."""
    if cue.dep_ != "relcl" or subject.dep_ != "dobj":
        return subject
    writer = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
    if writer is not None and writer.pos_ in {"PROPN", "PRON"}:
        return writer
    return subject


def _colon_clause_verb(doc: Doc, window: list[Token]) -> Token | None:
    """ "Rubio fired back forcefully: “…”": whoever the clause before a colon (or a
    dash) is about speaks the quote after it, whatever the verb."""
    if not window or window[-1].text not in _INTRODUCING_MARKS:
        return None
    if window[-1].text != ":" and (len(window) < 2 or window[-2].is_punct):
        return None  # "(poster, 2003) —“…”": a list of quotes, not a clause
    verb = window[-1].head
    if verb not in window and len(window) > 1 and window[-2].dep_ == "dobj":
        verb = window[-2]  # the parse hung the colon on the quoted clause
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "Kovac released the following statement: “…”"
    if verb.pos_ != "VERB" or verb.lemma_.lower() in {"be", "have"} or verb not in window:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    # "Hoff's letter makes a case: “…”": given out as words, any subject speaks them.
    words = any(c.dep_ == "dobj" and c.lemma_.lower() in _WORDS_NOUNS for c in verb.children)
    return verb if words or subject.pos_ in {"PROPN", "PRON"} else None


# A colon, or a dash doing a colon's work ("embraced enhanced interrogation -- “I
# think …”").
_INTRODUCING_MARKS = frozenset({":", "--", "—", "–"})
# What a clause before a colon can give out as the words that follow.
_WORDS_NOUNS = frozenset(
    """statement case argument message warning reply retort response answer note
    remark comment line question plea appeal promise pledge explanation""".split()
)


def _colon_label_speaker(
    doc: Doc, text: str, quote: Quote, mark: Token, resolver: SpeakerResolver
) -> SpeakerRef:
    """ "Pollster Ann Selzer: “…”" / "From the report: “…”": the label is the speaker."""
    index = _colon_before(doc, mark)
    if index is None or index < 1:
        return NO_SPEAKER
    label = doc[index - 1]
    if label.pos_ not in _LABEL_POS or label.lemma_.lower() == "follow":
        return NO_SPEAKER
    if label.lemma_.lower() in _WORDS_NOUNS:
        # "Then, the laugh line: “…”", "His answer: “…”": the label names the words;
        # only their owner, if named, speaks.
        owner = next((c for c in label.children if c.dep_ == "poss"), None)
        return resolver.resolve(owner) if owner is not None else NO_SPEAKER
    head = _phrase_head(label)
    told = _told_before_colon(head)
    return resolver.resolve(told if told is not None else head)


def _told_before_colon(head: Token) -> Token | None:
    """ "Jeb Bush broke down what was wrong … to the Dutch newspaper NRC Handelsblad:
    “…”": the name before the colon is who heard it; the clause's subject speaks."""
    if head.dep_ == "appos":
        head = head.head  # "the Dutch newspaper NRC Handelsblad"
    if head.dep_ != "pobj" or head.head.lower_ not in {"to", "with"}:
        return None
    for verb in head.ancestors:
        if verb.pos_ == "VERB":
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _outermost_before(token: Token, cue: Token, quote: Quote) -> Token:
    """ "“…?” the 43-year-old asked": the head of the whole phrase between the quote
    and its cue, not a word inside it ("year")."""
    head = token.head
    while (
        head.i != token.i
        and quote.outer_end <= head.idx
        and head.i < cue.i
        and head.pos_ not in {"VERB", "AUX", "ADP"}
    ):
        token, head = head, head.head
    return _phrase_head(token)


def _phrase_head(token: Token) -> Token:
    while token.dep_ in {"compound", "flat", "amod"} and token.head.i > token.i:
        token = token.head
    return token


def _inside(token: Token, quote: Quote) -> bool:
    return quote.open_mark <= token.idx < quote.outer_end


def _ends_like_speech(inside: Span) -> bool:
    """Quoted speech ends inside its marks with a comma or a full stop: “…,” she said."""
    return inside.text.rstrip()[-1:] in {",", ".", "!", "?"}


def _is_fragment(text: str, inside: Span, quote: Quote) -> bool:
    """Scare quotes: a few words quoted inside a sentence that goes on around them."""
    if len(inside) >= _FRAGMENT_TOKENS:
        return False
    before = text[max(0, quote.open_mark - 3) : quote.open_mark].strip()
    opens_sentence = before == "" or before.endswith((".", "!", "?", ":"))
    return not opens_sentence
