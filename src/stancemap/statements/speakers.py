"""Resolve the syntactic speaker of a statement to an actor.

The subject of a cue is often a pronoun ("she stated"), a short name ("Kallas
argued"), or a role ("the minister said"). A careful reader resolves each against
the text read so far: the last compatible person mentioned outside quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import gender_guesser.detector
from spacy.tokens import Token

from stancemap.actors.resolve import ActorDraft, ArticleActors

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PLURAL = {"they", "them", "their", "themselves"}
_NEUTER = {"it", "its", "itself"}
_ROLE_NOUNS = frozenset(
    """minister president chancellor premier secretary spokesman spokeswoman spokesperson
    ambassador lawmaker senator governor mayor leader chief head commander general official
    diplomat envoy representative candidate""".split()
)


@dataclass(frozen=True)
class SpeakerRef:
    """A resolved speaker: display name, actor id, and the mention's span."""

    name: str | None
    actor_id: str | None
    start: int | None
    end: int | None


NO_SPEAKER = SpeakerRef(None, None, None, None)


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


class SpeakerResolver:
    """Resolves speaker tokens within one article, remembering pronoun genders."""

    def __init__(self, actors: ArticleActors, quoted: list[tuple[int, int]]) -> None:
        self._actors = actors
        self._quoted = quoted
        self._learned_gender: dict[str, str] = {}
        self._persons = sorted(
            (
                (m.start, actor)
                for actor in actors.actors
                if actor.type == "person"
                for m in actor.mentions
                if not self._in_quote(m.start)
            ),
            key=lambda pair: pair[0],
        )

    def resolve(self, token: Token) -> SpeakerRef:
        """The actor ``token`` (the head of a subject) refers to."""
        actor = self._actor_in_phrase(token)
        if actor is not None:
            return self._ref(actor, token)
        lower = token.lower_
        if token.pos_ == "PRON" or lower in _MALE | _FEMALE | _PLURAL | _NEUTER:
            return self._resolve_pronoun(token)
        if token.lemma_.lower() in _ROLE_NOUNS:
            person = self._last_person_with_role(token)
            if person is not None:
                return self._ref(person, token)
        return self._noun_phrase(token)

    def _actor_in_phrase(self, token: Token) -> ActorDraft | None:
        """An actor mentioned by the token or the name words attached to it."""
        candidates = [token, *(c for c in token.children if c.dep_ in {"compound", "flat"})]
        for candidate in candidates:
            actor = self._actors.at(candidate.idx, candidate.idx + len(candidate))
            if actor is not None and actor.type != "place":
                return actor
        return None

    def _resolve_pronoun(self, token: Token) -> SpeakerRef:
        lower = token.lower_
        if lower in _MALE or lower in _FEMALE:
            wanted = "male" if lower in _MALE else "female"
            person = self._last_person(token.idx, wanted)
            if person is not None:
                self._learned_gender.setdefault(person.id, wanted)
                return SpeakerRef(person.name, person.id, token.idx, token.idx + len(token))
            return NO_SPEAKER
        if lower in _PLURAL or lower in _NEUTER:
            collective = self._last_collective(token.idx, plural=lower in _PLURAL)
            if collective is not None:
                return SpeakerRef(collective.name, collective.id, token.idx, token.idx + len(token))
        return NO_SPEAKER

    def _last_person(self, before: int, gender: str) -> ActorDraft | None:
        for start, actor in reversed(self._persons):
            if start >= before:
                continue
            if self._gender_of(actor) in {gender, None}:
                return actor
        return None

    def _gender_of(self, actor: ActorDraft) -> str | None:
        if actor.id in self._learned_gender:
            return self._learned_gender[actor.id]
        first = actor.name.split()[0] if len(actor.name.split()) > 1 else ""
        return guess_gender(first) if first else None

    def _last_collective(self, before: int, *, plural: bool) -> ActorDraft | None:
        types = {"group", "organization", "country"} if plural else {"organization", "country"}
        best: tuple[int, ActorDraft] | None = None
        for actor in self._actors.actors:
            if actor.type not in types:
                continue
            for mention in actor.mentions:
                if mention.start < before and not self._in_quote(mention.start):
                    if best is None or mention.start > best[0]:
                        best = (mention.start, actor)
        if best is None or before - best[0] > 400:
            return None
        return best[1]

    def _last_person_with_role(self, token: Token) -> ActorDraft | None:
        noun = token.lemma_.lower()
        for start, actor in reversed(self._persons):
            if start < token.idx and any(noun in role.title.lower() for role in actor.roles):
                return actor
        return None

    def _noun_phrase(self, token: Token) -> SpeakerRef:
        if token.pos_ not in {"NOUN", "PROPN"}:
            return NO_SPEAKER
        doc = token.doc
        start = token.left_edge.i
        phrase = doc[start : token.i + 1]
        return SpeakerRef(phrase.text, None, phrase.start_char, phrase.end_char)

    def _ref(self, actor: ActorDraft, token: Token) -> SpeakerRef:
        return SpeakerRef(actor.name, actor.id, token.idx, token.idx + len(token))

    def _in_quote(self, position: int) -> bool:
        return any(start <= position < end for start, end in self._quoted)
