"""Group an article's mentions into one record per actor.

Within an article a person is introduced in full ("Lithuanian Foreign Minister
Kasutis Budrys") and then named short ("Budrys"); a country appears as its name,
demonym and capital. One record per actor, with every mention kept, is what lets a
pronoun or short name resolve to the full actor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import gender_guesser.detector
from rapidfuzz import fuzz

from stancemap.actors.gazetteer import Gazetteer, load_gazetteer
from stancemap.actors.mentions import ActorMention
from stancemap.actors.person_names import GENERATIONS, NAME_PARTICLES
from stancemap.actors.roles import RoleMention, find_apposition_role, find_premodifier_role
from stancemap.models import EntityType

_NAME_PREFIXES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gen", "mr.", "mrs.", "ms.", "dr."}


@dataclass
class ActorDraft:
    """An actor being assembled from its mentions (mutable while resolving)."""

    id: str
    name: str
    type: EntityType
    mentions: list[ActorMention] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    country: str | None = None
    members: tuple[str, ...] = ()

    @property
    def aliases(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for mention in self.mentions:
            text = mention.text.removesuffix("’s").removesuffix("'s")
            if text != self.name:
                seen.setdefault(text, None)
        return tuple(seen)


@dataclass
class ArticleActors:
    """All actors of one article and how to find them from a character offset."""

    actors: list[ActorDraft]
    by_start: dict[int, ActorDraft]

    def at(self, start: int, end: int) -> ActorDraft | None:
        """The actor whose mention overlaps ``[start, end)``, if any."""
        for actor in self.actors:
            for mention in actor.mentions:
                if mention.start < end and start < mention.end:
                    return actor
        return None

    def by_id(self, actor_id: str) -> ActorDraft:
        return next(actor for actor in self.actors if actor.id == actor_id)

    def country(self, name: str) -> ActorDraft:
        """The country record named ``name``, created if the text never names it."""
        for actor in self.actors:
            if actor.type == "country" and actor.name == name:
                return actor
        actor = ActorDraft(f"e{len(self.actors) + 1}", name, "country", country=name)
        self.actors.append(actor)
        return actor


def resolve_actors(
    text: str, mentions: list[ActorMention], *, gazetteer: Gazetteer | None = None
) -> ArticleActors:
    """Cluster ``mentions`` into actors and attach the roles written beside names."""
    actors: list[ActorDraft] = []
    keyed: dict[tuple[str, str], ActorDraft] = {}
    titled: dict[str, str] = {}
    for mention in mentions:
        if mention.type == "person" or _is_known_surname(actors, mention):
            gender = _title_gender(text, mention)
            actor = _person_cluster(actors, mention, _gender_check(titled, gender))
            if gender is not None:
                titled.setdefault(actor.id, gender)
        else:
            key = (mention.type, (mention.canonical or _name_of(mention.text)).lower())
            known = keyed.get(key)
            if known is None:
                name = mention.canonical or _name_of(mention.text)
                known = ActorDraft(f"e{len(actors) + 1}", name, mention.type)
                if mention.type == "country":
                    known.country = name
                elif mention.type == "organization":
                    known.country = _national_of(mention.text, gazetteer or load_gazetteer())
                keyed[key] = known
                actors.append(known)
            actor = known
        actor.mentions.append(mention)
    actors = _merge_established_surnames(actors, titled)
    result = ArticleActors(actors, {m.start: a for a in actors for m in a.mentions})
    _attach_group_members(result)
    for actor in actors:
        if actor.type == "person":
            _attach_roles(text, actor, gazetteer or load_gazetteer())
    return result


def _national_of(name: str, gazetteer: Gazetteer) -> str | None:
    """The country of a national body named with its demonym ("Estonian Defense Forces")."""
    first = name.split()[0] if name.split() else ""
    return gazetteer.demonyms.get(first.lower()) if len(name.split()) > 1 else None


def _is_known_surname(actors: list[ActorDraft], mention: ActorMention) -> bool:
    """NER flips labels: "Budrys" tagged ORG (or GPE) after "Kasutis Budrys" is the person."""
    if mention.type not in {"organization", "place"} or " " in mention.text.strip():
        return False
    return any(
        actor.type == "person" and _name_tokens(actor.name)[-1:] == [_name_of(mention.text)]
        for actor in actors
    )


def _name_of(text: str) -> str:
    text = text.removesuffix("’s").removesuffix("'s").strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def _name_tokens(text: str, *, generation: bool = False) -> list[str]:
    """The words of a name without titles; without a generation suffix too unless
    asked: "Joseph R. Biden Jr." is the "Biden" of the next paragraph."""
    words = [w for w in _name_of(text).split() if w.lower() not in _NAME_PREFIXES]
    if not generation and len(words) > 2 and words[-1].lower().rstrip(".,") in GENERATIONS:
        words = words[:-1]
    return words


def _person_cluster(
    actors: list[ActorDraft], mention: ActorMention, fits: Callable[[ActorDraft], bool]
) -> ActorDraft:
    """The person a name mentions: of those with the same surname that ``fits``, the
    one named most so far (a bare "Clinton" in a campaign story is the candidate, not
    her husband mentioned once), the latest on a tie."""
    tokens = _name_tokens(mention.text)
    candidates = [
        actor
        for actor in actors
        if actor.type == "person"
        and _same_person(_name_tokens(actor.name), tokens)
        and _same_generation(actor.name, mention.text)
        and fits(actor)
        and not _established_surname(actor, tokens)
    ]
    if candidates:
        actor = max(reversed(candidates), key=lambda known: len(known.mentions))
        if len(tokens) > len(_name_tokens(actor.name)):
            actor.name = " ".join(_cased(_name_tokens(mention.text, generation=True)))
        return actor
    name = " ".join(_cased(_name_tokens(mention.text, generation=True)))
    actor = ActorDraft(f"e{len(actors) + 1}", name, "person")
    actors.append(actor)
    return actor


_ESTABLISHED = 3


def _established_surname(actor: ActorDraft, tokens: list[str]) -> bool:
    """ "Trump" named several times, then "Ivanka Trump": the text has been talking
    about someone known by the surname alone, and a first name arriving that late
    names a relative, not that person (a headline "Sanders" before "Bernie Sanders"
    in the first lines still merges)."""
    known = _name_tokens(actor.name)
    return len(tokens) > 1 and len(known) == 1 and len(actor.mentions) >= _ESTABLISHED


def _merge_established_surnames(
    actors: list[ActorDraft], titled: dict[str, str]
) -> list[ActorDraft]:
    """The surname the text used alone before any first name ("Trump" … "Ivanka Trump"
    … "Donald Trump") is the namesake named most often, once all are read; ids are
    renumbered in order."""
    merged: list[ActorDraft] = []
    for actor in actors:
        target = _namesake(actor, actors, titled)
        if target is None:
            merged.append(actor)
            continue
        target.mentions = sorted([*target.mentions, *actor.mentions], key=lambda m: m.start)
    for number, actor in enumerate(merged, start=1):
        actor.id = f"e{number}"
    return merged


def _namesake(
    actor: ActorDraft, actors: list[ActorDraft], titled: dict[str, str]
) -> ActorDraft | None:
    if actor.type != "person" or len(_name_tokens(actor.name)) != 1:
        return None
    if len(actor.mentions) < _ESTABLISHED:
        return None
    surname = _name_tokens(actor.name)[0]
    gender = titled.get(actor.id)
    namesakes = [
        other
        for other in actors
        if other is not actor
        and other.type == "person"
        and len(_name_tokens(other.name)) > 1
        and _similar(_name_tokens(other.name)[-1], surname)
        and (
            gender is None
            or (titled.get(other.id) or _first_name_gender(other.name)) in {gender, None}
        )
    ]
    if not namesakes:
        return None
    return max(reversed(namesakes), key=lambda other: len(other.mentions))


def _title_gender(text: str, mention: ActorMention) -> str | None:
    """ "male" after "Mr.", "female" after "Mrs."/"Ms.", else None."""
    before = text[max(0, mention.start - 5) : mention.start] + " " + mention.text[:5]
    words = set(before.replace(".", " ").split())
    if words & {"Mrs", "Ms"}:
        return "female"
    if "Mr" in words:
        return "male"
    return None


def _gender_check(titled: dict[str, str], gender: str | None) -> Callable[[ActorDraft], bool]:
    """Whether a known person can be the one a titled name means: "Mrs. Clinton" is not
    Bill Clinton, "Mr. Obama" not Michelle Obama (by an earlier title, else the
    first name when it is unambiguous)."""

    def fits(actor: ActorDraft) -> bool:
        if gender is None:
            return True
        known = titled.get(actor.id) or _first_name_gender(actor.name)
        return known in {gender, None}

    return fits


def _first_name_gender(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    guess = _first_names().get_gender(words[0])
    return guess if guess in {"male", "female"} else None


@lru_cache(maxsize=1)
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def _cased(words: list[str]) -> list[str]:
    """Repair lower-cased name words ("baiba Braje" -> "Baiba Braje"), not particles."""
    return [
        word[:1].upper() + word[1:]
        if word.isalpha() and word.islower() and word not in NAME_PARTICLES
        else word
        for word in words
    ]


def _same_person(known: list[str], new: list[str]) -> bool:
    """Surname agreement, tolerant of one misspelling; first names must not clash."""
    if not known or not new:
        return False
    if not _similar(known[-1], new[-1]):
        if len(new) == 1 and len(known) > 1 and _similar(known[0], new[0]):
            return True
        return False
    known_given, new_given = _given_names(known), _given_names(new)
    if known_given and new_given:
        return _similar(known_given[0], new_given[0]) or known_given[0][0] == new_given[0][0]
    return True


def _same_generation(known: str, new: str) -> bool:
    """ "Duncan Hunter" and his father "Duncan Hunter Sr." are two people; a surname
    alone may be either."""
    known_words, new_words = _name_tokens(known), _name_tokens(new)
    if len(known_words) < 2 or len(new_words) < 2:
        return True
    return _generation(known) == _generation(new)


def _generation(name: str) -> str | None:
    full = _name_tokens(name, generation=True)
    return full[-1].lower().rstrip(".,") if full != _name_tokens(name) else None


def _given_names(words: list[str]) -> list[str]:
    """The words before the surname that are not particles: none in "Von der Leyen"."""
    return [w for w in words[:-1] if w.lower() not in NAME_PARTICLES]


def _similar(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85)


def _attach_group_members(result: ArticleActors) -> None:
    for actor in list(result.actors):
        if actor.type == "group" and not actor.members:
            names = actor.mentions[0].members
            actor.members = tuple(result.country(name).id for name in names)


def _attach_roles(text: str, actor: ActorDraft, gazetteer: Gazetteer) -> None:
    for mention in actor.mentions:
        for role in (
            find_premodifier_role(text, mention.start, gazetteer=gazetteer),
            find_apposition_role(text, mention.end, gazetteer=gazetteer),
        ):
            if role is not None and not _known_role(actor.roles, role):
                actor.roles.append(role)
    for role in actor.roles:
        if role.of and actor.country is None:
            actor.country = gazetteer.country_of(role.of) or None


def _known_role(roles: list[RoleMention], role: RoleMention) -> bool:
    """Same title, and the same or an unstated "of"."""
    return any(
        r.title.lower() == role.title.lower() and (role.of is None or r.of == role.of)
        for r in roles
    )
