"""Repair noisy news text so the parser reads it well, keeping the way back.

Scraped and machine-translated news arrives with mojibake ("â€™"), missing spaces
after punctuation ("steadfast,the") and lower-cased proper names ("german media",
"baiba Braje"). spaCy's tagger and NER stumble on all three, so we repair them
before parsing; every repair records where each character came from, so evidence
is always cited in the article's original characters.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

import ftfy
import ftfy.badness

from stancemap.actors.gazetteer import Gazetteer, load_gazetteer
from stancemap.normalize.offsets import NormalizedText, OffsetMap

# Punctuation glued to the next word: "steadfast,the", "conflict.Baltic".
_GLUED_COMMA = re.compile(r"(?<=[a-z\)\]”’])([,;:!?])(?=[A-Za-z“‘])")
_GLUED_PERIOD = re.compile(r"(?<=[a-z\)\]”’])(\.)(?=[A-Z][a-z])")
# A stop and a space start a sentence; a stop inside closing quotation marks may not:
# "“Who is the real con man here?” said Murphy" goes on with its attribution.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([“‘\"]?)([a-z])", re.MULTILINE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLE_WORDS = frozenset(
    {
        "minister",
        "president",
        "chancellor",
        "secretary",
        "lawmaker",
        "senator",
        "governor",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "mayor",
        "general",
        "admiral",
        "commissioner",
        "representative",
        "premier",
        "leader",
        "chief",
        "mp",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)


# Markup left in scraped text: "<tweet id="…" author="@x">", "</tweet>", "<br/>".
_MARKUP_TAG = re.compile(
    r"</?(?P<name>[A-Za-z][A-Za-z0-9-]*)"
    r"(?:\s+[A-Za-z_:][A-Za-z0-9_:.-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*"
    r"\s*/?>"
)


def normalize(raw: str, *, gazetteer: Gazetteer | None = None) -> NormalizedText:
    """Repair ``raw`` for parsing; the result maps every character back to ``raw``."""
    text, origin = _fix_mojibake(_blank_markup(raw))
    text, origin = _space_glued_punctuation(text, origin)
    text = _repair_case(text, gazetteer or load_gazetteer())
    origin.append(len(raw))
    return NormalizedText(original=raw, text=text, offsets=OffsetMap(origin))


def _blank_markup(raw: str) -> str:
    """Markup tags become spaces of the same length, a block's tag a line break and
    spaces: the parser neither reads their attributes as words ("datetime=\"…\"" as
    a speaker) nor their quotation marks as quotes, an inline tag ("<b>Anna
    Kovac</b> said") does not split its sentence, and every offset stays put."""
    return _MARKUP_TAG.sub(_blank_tag, raw)


def _blank_tag(match: re.Match[str]) -> str:
    tag = match.group()
    inline = match.group("name").lower() in _INLINE_TAGS
    return " " * len(tag) if inline else "\n" + " " * (len(tag) - 1)


_INLINE_TAGS = frozenset(
    "a b i u em strong span small sup sub font abbr cite q mark time s del ins".split()
)


def _fix_mojibake(raw: str) -> tuple[str, list[int]]:
    """Undo double-encoded UTF-8 only when ftfy judges the text broken.

    Letters written decomposed ("A" and a combining tilde, as some archives store
    text) are composed first: a name then matches its other spellings, and mojibake
    stored decomposed ("FranÃ§ois") looks broken to ftfy, as it is."""
    fixed = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    if ftfy.badness.is_bad(fixed):
        fixed = ftfy.fix_encoding(fixed)
    if fixed == raw:
        return raw, list(range(len(raw)))
    return fixed, _align(raw, fixed)


def _align(original: str, fixed: str) -> list[int]:
    """Original index of each character of ``fixed``, via a character diff."""
    origin: list[int] = []
    matcher = difflib.SequenceMatcher(None, original, fixed, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        width = j2 - j1
        for k in range(width):
            # Replaced runs map proportionally onto the characters they replace.
            origin.append(i1 + (k * (i2 - i1)) // width if i2 > i1 else i1)
    return origin


def _space_glued_punctuation(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Insert a space after punctuation glued to the next word."""
    insert_after = sorted(
        {m.end(1) for m in _GLUED_COMMA.finditer(text)}
        | {m.end(1) for m in _GLUED_PERIOD.finditer(text) if not _is_abbreviation(text, m.start(1))}
    )
    if not insert_after:
        return text, origin
    pieces: list[str] = []
    new_origin: list[int] = []
    previous = 0
    for position in insert_after:
        pieces.append(text[previous:position])
        new_origin.extend(origin[previous:position])
        pieces.append(" ")
        # An inserted space belongs to the punctuation mark before it.
        new_origin.append(origin[position - 1])
        previous = position
    pieces.append(text[previous:])
    new_origin.extend(origin[previous:])
    return "".join(pieces), new_origin


def _is_abbreviation(text: str, period: int) -> bool:
    """True for "U.S.Army"-style periods that must not get a space."""
    word_start = period
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period]
    return "." in word or word.lower() in _ABBREVIATED


# Words written with a period that does not end the sentence ("Jr. delivered").
_ABBREVIATED = frozenset(
    """
    mr mrs ms dr st gen sen rep gov lt col capt sgt prof rev jr sr vs inc co corp ltd
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)


def _wrapped_line(text: str, start: int) -> bool:
    """A line break inside a sentence (text wrapped at a width), not a paragraph: the
    line before does not end as a sentence does and no blank line stands between."""
    gap_start = start
    while gap_start > 0 and text[gap_start - 1].isspace():
        gap_start -= 1
    gap = text[gap_start:start]
    if gap_start == 0 or "\n" not in gap or gap.count("\n") > 1:
        return False
    return text[gap_start - 1] not in _LINE_ENDS


# A link after a sentence keeps its case: "https://…", "pic.twitter.com/…".
_LINK = re.compile(r"[a-z]+(?:://|\.[a-z])")
# What a paragraph or a line of its own ends with.
_LINE_ENDS = frozenset(".!?:;”’\"')]")


def _repair_case(text: str, gazetteer: Gazetteer) -> str:
    """Capitalise sentence starts, known place words and names after titles."""
    chars = list(text)
    for match in _SENTENCE_START.finditer(text):
        if _is_abbreviation(text, max(0, match.start())) or _wrapped_line(text, match.start(1)):
            continue
        if _LINK.match(text, match.start(2)):
            continue  # "https://…", "pic.twitter.com/…" are written as they are
        chars[match.start(2)] = chars[match.start(2)].upper()
    words = list(_WORD.finditer(text))
    for index, match in enumerate(words):
        word = match.group(0)
        if not word.islower():
            continue
        if gazetteer.is_place_word(word) and len(word) > 3 and not _is_common_word(word):
            chars[match.start()] = chars[match.start()].upper()
        elif _is_name_after_title(words, index):
            chars[match.start()] = chars[match.start()].upper()
    return "".join(chars)


def _is_common_word(word: str) -> bool:
    """Place words that are also everyday English ("turkey", "jordan", "chile")."""
    return word in {"turkey", "chile", "china", "jordan", "georgia", "guinea", "sofia"}


def _is_name_after_title(words: list[re.Match[str]], index: int) -> bool:
    """ "Foreign Minister baiba Braje": a lower-case word between a title and a name."""
    if index == 0 or index + 1 >= len(words):
        return False
    if words[index].group(0) in _LOWER_IN_NAMES:
        return False  # "Minister of Finance", "Minister de Villepin"
    before, after = words[index - 1].group(0), words[index + 1].group(0)
    return before.lower() in _TITLE_WORDS and before[0].isupper() and after[0].isupper()


# Words written lower-case between a title and a capital: function words of an
# office's name and particles of a surname.
_LOWER_IN_NAMES = frozenset(
    "of for and the to in at on with from by de da di du von van der den la le".split()
)
