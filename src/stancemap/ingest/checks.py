"""Decide whether an article is something stancemap can analyse.

Every article leaves ingest through `check_article`, whatever its format, so the
rules for "empty", "too large" and "not English" live in one place and read the same
in every error message. The checks run cheapest first: the size check keeps a
runaway file from ever reaching the language check.
"""

from __future__ import annotations

from stancemap.errors import EmptyInputError, NotEnglishError, TooLargeError
from stancemap.ingest.language import LANGUAGE_NAMES, detect_language, guess_language
from stancemap.models import Article

__all__ = ["check_article", "detect_language"]


def check_article(article: Article, *, max_chars: int) -> None:
    """Raise an `InputError` if ``article`` is empty, too large or not English.

    The error's ``source`` is the article's, so a batch can report where it was.
    """
    text = article.text
    source = article.source
    if not text.strip():
        raise EmptyInputError(
            "the article text is empty (only whitespace); nothing to analyse", source=source
        )
    if len(text) > max_chars:
        raise TooLargeError(
            f"the article text is {len(text):,} characters, above the limit of "
            f"{max_chars:,}; raise the limit with --max-chars {len(text)} or split the article",
            source=source,
        )
    guess = guess_language(text)
    if guess.language == "en" or not guess.certain:
        return
    if guess.words == 0:
        raise NotEnglishError(
            "the text holds no words, only numbers or symbols; stancemap analyses English news",
            source=source,
        )
    if guess.language == "unknown":
        what = (
            f"the text does not look like English: only {guess.english_share:.0%} of its "
            f"{guess.words:,} words are English function words such as 'the', 'of', 'that'"
        )
    else:
        name = LANGUAGE_NAMES.get(guess.language, guess.language)
        what = f"the text looks like {name} ({guess.language}), not English"
    raise NotEnglishError(
        f"{what}; stancemap analyses English news only: translate the article or leave it "
        "out of the batch",
        source=source,
    )
