"""Tell English from other languages, cheaply and without a language model.

stancemap's cues, roles and speakers are English patterns; another language would
yield confident nonsense, so ingest refuses it. A real language identifier would be
another dependency and slower than needed for a yes/no question. Instead:

1. Script: if most letters are not Latin, the script names the language
   (Cyrillic, Han, Arabic, ...).
2. Function words: English prose is about a third function words ("the", "of",
   "that"), spaCy's English stop words. Words that are also common function words in
   other languages ("a", "in", "an", "so", "was", "die") are left out, and a few
   hand-picked lists for other Latin-script languages compete with English, so a
   German sentence full of "in", "an" and "so" still reads as German.

Headlines use few function words (about one in ten), so the English threshold is low;
other languages score near zero on it once the shared words are left out.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_SAMPLE_CHARS = 20_000
"""Language is decided on the text's start: enough evidence, bounded cost."""
_MIN_ENGLISH_SHARE = 0.05
_MIN_OTHER_SHARE = 0.08
_MIN_LATIN_SHARE = 0.5
_MIN_WORDS_TO_JUDGE = 20
_WORD = re.compile(r"[^\W\d_]+")

# English stop words that are also frequent words in other languages (or not
# function words at all), so they say nothing about a text being English.
_SHARED_WORDS = frozenset(
    "a i in an am so also was no me on per via re ca die will hat war man top name full "
    "bottom empty serious move show call side part amount front".split()
)
# The most frequent function words of other Latin-script languages; words that are
# English too are removed when the lists are built.
_OTHER_FUNCTION_WORDS = {
    "de": "der die das und ist nicht ein eine einer einem einen eines des dem den zu mit "
    "sich auf für im ich sie er wir ihr es wird werden wurde sind hat haben nach bei aus "
    "um vom zum zur über auch noch wie dass daß oder aber nur schon sehr kein keine diese "
    "dieser dieses wenn als bis durch gegen ohne unter zwischen sagte soll kann können "
    "muss seine seiner ihre ihren",
    "fr": "le la les des du un une et est sont dans pour par sur avec qui que ne pas ce "
    "cette ces il elle ils nous vous au aux été être ont leur leurs plus mais ou où son "
    "sa ses selon lors entre après sans très aussi",
    "es": "el la los las y del de en que un una es por con para se su sus al lo como más "
    "pero sin sobre este esta según entre ha han fue ser está están también muy cuando",
    "it": "il lo la gli le di del della dei delle e è un una che per con non si al alla "
    "da dal nel nella sono ha hanno anche più come ma secondo tra fra",
    "pt": "o os as da do das dos e é um uma que em no na nos nas por para com não se ao à "
    "pelo pela mais mas como foi são está segundo também",
    "nl": "de het een en van is dat die niet op te zijn voor met als aan er maar om ook "
    "door bij naar nog wel werd worden heeft hebben wordt deze dit",
    "pl": "i w z na się nie do że to jest o jak po przez dla od są jego już może tylko "
    "także oraz został została przed który która które",
}
# First word of a letter's Unicode name -> language written in that script.
_SCRIPT_LANGUAGES = {
    "CYRILLIC": "ru",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "ARABIC": "ar",
    "GREEK": "el",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
}
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")

LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "el": "Greek",
    "he": "Hebrew",
    "hi": "Hindi",
    "th": "Thai",
    "hy": "Armenian",
    "ka": "Georgian",
}


@dataclass(frozen=True)
class LanguageGuess:
    """What `guess_language` found, with the evidence `check_article` reports.

    ``certain`` is False when the text is too short to tell (under 20 words and
    no language's function words stand out): such text is given the benefit of
    the doubt.
    """

    language: str
    words: int
    english_share: float
    latin_share: float
    certain: bool


def detect_language(text: str) -> str:
    """ "en", another ISO 639-1 code (best effort), or "unknown"."""
    return guess_language(text).language


def guess_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` from its script and function words."""
    sample = text[:_SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    if not letters:
        return LanguageGuess("unknown", 0, 0.0, 0.0, certain=True)
    scripts: dict[str, int] = {}
    for char in letters:
        script = _script(char)
        scripts[script] = scripts.get(script, 0) + 1
    latin_share = scripts.get("LATIN", 0) / len(letters)
    words = _WORD.findall(sample.lower())
    if latin_share < _MIN_LATIN_SHARE:
        language = _script_language(scripts, sample)
        return LanguageGuess(language, len(words), 0.0, latin_share, certain=True)

    english = _english_words()
    english_share = sum(word in english for word in words) / len(words)
    other_shares = {
        code: sum(word in vocabulary for word in words) / len(words)
        for code, vocabulary in _other_words().items()
    }
    other, other_share = max(other_shares.items(), key=lambda item: item[1])
    if english_share >= _MIN_ENGLISH_SHARE and english_share > other_share:
        language = "en"
    elif other_share >= _MIN_OTHER_SHARE:
        language = other
    else:
        language = "unknown"
    certain = language != "unknown" or len(words) >= _MIN_WORDS_TO_JUDGE
    return LanguageGuess(language, len(words), english_share, latin_share, certain)


def _script(char: str) -> str:
    """The script of a letter: the first word of its Unicode name ("LATIN", "CJK")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _script_language(scripts: dict[str, int], sample: str) -> str:
    """The language a non-Latin script most likely stands for."""
    if scripts.get("HIRAGANA") or scripts.get("KATAKANA"):
        return "ja"
    script = max(scripts.items(), key=lambda item: item[1])[0]
    language = _SCRIPT_LANGUAGES.get(script, "unknown")
    if language == "ru" and any(char in _UKRAINIAN_LETTERS for char in sample):
        return "uk"
    return language


@functools.cache
def _english_words() -> frozenset[str]:
    """spaCy's English stop words minus those shared with other languages.

    Imported lazily: loading spaCy takes a second, and ``stancemap --help`` should not.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(word for word in STOP_WORDS if word.isalpha()) - _SHARED_WORDS


@functools.cache
def _other_words() -> dict[str, frozenset[str]]:
    english = _english_words()
    return {
        code: frozenset(words.split()) - english for code, words in _OTHER_FUNCTION_WORDS.items()
    }
