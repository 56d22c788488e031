"""What the text and the first name say about a person's gender.

"She said" goes to the last salient woman, so each person needs a gender: a title
written with the name ("Mrs.", "Mr.") is sure; a first name's usual gender is a
guess, weaker when the name is given to both ("Bernie", "Chris").
"""

from __future__ import annotations

from functools import lru_cache

import gender_guesser.detector

from stancemap.actors.resolve import ArticleActors

_FEMALE_TITLES = ("Mrs.", "Ms.", "Mrs ", "Ms ")


@lru_cache(maxsize=1)
def _gender_detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def guess_gender(first_name: str) -> str | None:
    """ "female", "male" or None, from a first name."""
    guess = _gender_detector().get_gender(first_name)
    if guess in {"female", "mostly_female"}:
        return "female"
    if guess in {"male", "mostly_male"}:
        return "male"
    return None


def unsure_guess(first_name: str) -> bool:
    """A first name given mostly, not only, to one gender ("Bernie", "Chris")."""
    return str(_gender_detector().get_gender(first_name)).startswith("mostly_")


def genders_from_titles(text: str, actors: ArticleActors) -> dict[str, str]:
    """ "Mr. Bennett" is male and "Ms. Gil" female, whatever the first name says."""
    genders: dict[str, str] = {}
    for actor in actors.actors:
        if actor.type != "person":
            continue
        for mention in actor.mentions:
            before = text[max(0, mention.start - 5) : mention.start] + mention.text[:4]
            if any(title in before for title in _FEMALE_TITLES):
                genders[actor.id] = "female"
            elif "Mr." in before or "Mr " in before:
                genders.setdefault(actor.id, "male")
    return genders
