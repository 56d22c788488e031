"""Resolve the syntactic speaker of a statement to an actor.

The subject of a cue is often a pronoun ("she stated"), a short name ("Kallas
argued"), or a role ("the minister said"). A careful reader resolves each against
the text read so far: the last compatible person mentioned outside quotes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import gender_guesser.detector
from spacy.tokens import Doc, Token

from stancemap.actors.mentions import ActorMention
from stancemap.actors.resolve import ActorDraft, ArticleActors
from stancemap.nlp.grammar import sentence_before
from stancemap.nlp.offsets import text_of, token_at_or_after
from stancemap.statements.role_mentions import (
    ROLE_NOUNS,
    person_with_role,
    role_subjects,
    role_words,
)
from stancemap.statements.salience import (
    FEMALE,
    MALE,
    Gender,
    PersonMention,
    resolve_pronouns,
)

_MALE = MALE
_FEMALE = FEMALE
_PLURAL = {"they", "them", "their", "themselves"}
_NEUTER = {"it", "its", "itself"}

_FIRST_SECOND = frozenset({"i", "me", "we", "us", "you", "our", "my"})
_NOT_SPEAKERS = frozenset({"this", "that", "these", "what", "there", "which", "who", "whom"})
_FLOATING = frozenset({"all", "both", "each", "themselves", "himself", "herself"})
_DASHES = frozenset({"—", "–", "--", "-", "―"})

_SENTENCES_BACK = 4
_SALIENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})

_FEMALE_TITLES = ("Mrs.", "Ms.", "Mrs ", "Ms ")


@dataclass(frozen=True)
class SpeakerRef:
    """A resolved speaker: display name, actor id, and the mention's span."""

    name: str | None
    actor_id: str | None
    start: int | None
    end: int | None


NO_SPEAKER = SpeakerRef(None, None, None, None)


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
    if cue is not None and first <= cue.i <= last:
        last = cue.i - 1 if cue.i > token.i else last
        first = cue.i + 1 if cue.i < token.i else first
    while last > token.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    while first < token.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    return doc[first].idx, doc[last].idx + len(doc[last])


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


def _unsure_guess(first_name: str) -> bool:
    """A first name given mostly, not only, to one gender ("Bernie", "Chris")."""
    return str(_gender_detector().get_gender(first_name)).startswith("mostly_")


class SpeakerResolver:
    """Resolves speaker tokens within one article, remembering pronoun genders."""

    def __init__(self, doc: Doc, actors: ArticleActors, quoted: list[tuple[int, int]]) -> None:
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
        self._titled_gender = _genders_from_titles(text_of(doc), actors)
        people = {actor.id: actor for _, actor in self._persons}
        self._role_words = {key: role_words(doc, actor) for key, actor in people.items()}
        self._role_subjects = role_subjects(doc, self._persons, self._role_words, self._in_quote)
        self._pronouns = resolve_pronouns(
            doc,
            self._person_mentions(doc),
            self._in_quote,
            self._written_gender,
            self._learned_gender,
        )

    def resolve(self, token: Token, *, cue: Token | None = None) -> SpeakerRef:
        """The actor ``token`` (the head of a subject) refers to.

        The reference spans the whole mention as written ("Peter Cook, Carter's press
        secretary,"), stopping before ``cue`` when the mention's clause holds it, and
        after a dateline ("WASHINGTON — President Obama").
        The name is the one a reader would give: a person's full name (also for "he"
        or a short name), an organisation as the text names it ("The White House"),
        and the phrase itself where no name is written ("the former secretary of
        state", "Clinton aides", "those surveyed"), without the relative clause or
        aside that describes it. Coordinated speakers are named together ("Bernie
        Sanders and Hillary Clinton"); the entity is then the first actor named.
        A relative pronoun ("the caption which") stands for the noun it follows;
        the impersonal "it is said" has no speaker.
        """
        antecedent = _antecedent(_unfloated(token))
        if antecedent is None or _impersonal(antecedent):
            return NO_SPEAKER
        token = _who_is_described(antecedent)
        producer = _producer_of_writing(token, cue)
        if producer is not None:
            found = self.resolve(producer)
            if found.name is not None:
                return found
        owner = _owner_of_words(token)
        if owner is not None:
            found = self.resolve(owner)
            if found.name is not None and found.actor_id is not None:
                return replace(found, start=token.left_edge.idx, end=token.idx + len(token))
        start, end = mention_span(token, cue)
        start = _after_last_line_break(text_of(token.doc), start, token.idx)
        start = _after_dateline(token, start)
        if _is_personal_pronoun(token) and not _conjuncts(token)[1:]:
            found = self._resolve_pronoun(token)
            return replace(found, start=start, end=end) if found.name is not None else found
        conjuncts = _conjuncts(token)
        if len(conjuncts) > 1:
            return self._coordination(token, conjuncts, start, end, cue)
        actor, mention = self._actor_in_phrase(token)
        if actor is not None and mention is not None and mention.start < start < mention.end:
            # "CLEVELAND - Donald Trump": the recogniser glued the dateline to the name.
            actor, mention = self._named_after_dateline(mention, start)
            if actor is None:
                return SpeakerRef(text_of(token.doc)[start:end].strip(), None, start, end)
        if actor is not None and mention is not None:
            name = actor.name if actor.type == "person" else _as_written(mention.text)
            return SpeakerRef(name or actor.name, actor.id, start, end)
        if not _can_be_speaker(token):
            return NO_SPEAKER
        written = _phrase_name(token, start, cue)
        if token.lemma_.lower() in ROLE_NOUNS:
            apposed = _apposed_name(token)
            if apposed is not None:
                return SpeakerRef(apposed, None, start, end)
            person = self._role_subjects.get(token.i) or person_with_role(
                token, self._persons, self._role_words
            )
            if person is not None:
                return SpeakerRef(written, person.id, start, end)
        return SpeakerRef(written, None, start, end)

    def _coordination(
        self, token: Token, conjuncts: list[Token], start: int, end: int, cue: Token | None
    ) -> SpeakerRef:
        """ "Ben Carson, Ted Cruz and Rand Paul have all attacked": each is named,
        joined as the text joins them; the entity is the first actor found."""
        names: list[str] = []
        entity: str | None = None
        for conjunct in conjuncts:
            if _is_personal_pronoun(conjunct):
                found = self._resolve_pronoun(conjunct)
                name, actor_id = found.name or conjunct.text, found.actor_id
            else:
                actor, mention = self._actor_in_phrase(conjunct)
                if actor is not None and mention is not None:
                    as_written = _as_written(mention.text)
                    name = actor.name if actor.type == "person" else as_written
                    actor_id = actor.id
                else:
                    name, actor_id = _conjunct_text(conjunct, start), None
            names.append(name)
            entity = entity or actor_id
        joiner = _coordinator(token)
        name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {joiner} " + names[-1]
        if entity is None:
            name = _phrase_name(token, start, cue, whole_coordination=True)
        return SpeakerRef(name, entity, start, end)

    def _actor_in_phrase(self, token: Token) -> tuple[ActorDraft | None, ActorMention | None]:
        """An actor the phrase headed by ``token`` names, and the mention naming it.

        The head itself or the name words around it ("Sen. Chris Murphy"), or an
        apposition ("The mayor, Ines Moreau, argued"); a name that only modifies a
        common noun ("Clinton aides", "the Bush administration") is not the speaker.
        """
        candidates = [token]
        if token.pos_ == "PROPN":
            candidates.extend(c for c in token.children if c.dep_ in {"compound", "flat"})
        candidates.extend(c for c in token.children if c.dep_ == "appos")
        for candidate in candidates:
            found = self._mention_at(candidate.idx, candidate.idx + len(candidate))
            if found is None or found[0].type == "place":
                continue
            if candidate.dep_ == "compound" and _names_a_body_before(found, token):
                continue
            return found
        for candidate in _appositions_of_complement(token):
            found = self._mention_at(candidate.idx, candidate.idx + len(candidate))
            if found is not None and found[0].type == "person":
                return found
        return None, None

    def _named_after_dateline(
        self, glued: ActorMention, start: int
    ) -> tuple[ActorDraft | None, ActorMention | None]:
        """The person an actor named elsewhere is, when a mention swallowed the dateline
        before the name ("CLEVELAND - Donald Trump"): one whose name ends the same."""
        written = glued.text[start - glued.start :].split()
        glued_words = glued.text.split()
        if not written or not glued_words:
            return None, None
        for actor in self._actors.actors:
            if actor.type != "person" or not actor.name.split():
                continue
            if actor.name.split()[0].lower() == glued_words[0].lower():
                continue  # the glued actor itself ("Said Murphy")
            if actor.name.split()[-1].lower() == _as_written(written[-1]).lower():
                return actor, actor.mentions[0]
        return None, None

    def _mention_at(self, start: int, end: int) -> tuple[ActorDraft, ActorMention] | None:
        actor = self._actors.at(start, end)
        if actor is None:
            return None
        for mention in actor.mentions:
            if mention.start < end and start < mention.end:
                return actor, mention
        return None

    def _resolve_pronoun(self, token: Token) -> SpeakerRef:
        lower = token.lower_
        if lower in _MALE or lower in _FEMALE:
            person = self._pronouns.get(token.i)
            if person is not None:
                entity = None if person.id.startswith(_UNLISTED) else person.id
                return SpeakerRef(person.name, entity, token.idx, token.idx + len(token))
            return NO_SPEAKER
        if lower in _PLURAL:
            group = _plural_antecedent(token, self._in_quote)
            if group is not None:
                found = self.resolve(group)
                return replace(found, start=token.idx, end=token.idx + len(token))
        if lower in _PLURAL or lower in _NEUTER:
            collective = self._last_collective(token.idx, plural=lower in _PLURAL)
            if collective is not None and lower in _NEUTER:
                # "it" is a body just named, in its sentence or the one before.
                collective = self._named_since(collective, _previous_sentence_start(token))
            if collective is not None:
                return SpeakerRef(collective.name, collective.id, token.idx, token.idx + len(token))
        if lower in _NEUTER and token.dep_ == "nsubj":
            body = _singular_antecedent(token, self._in_quote)
            if body is not None:
                return replace(self.resolve(body), start=token.idx, end=token.idx + len(token))
        return NO_SPEAKER

    def _person_mentions(self, doc: Doc) -> list[PersonMention]:
        """Persons named outside quotes, in text order, with the head of each name."""
        found = []
        for actor in self._actors.actors:
            if actor.type != "person" and not _named_like_a_person(actor):
                continue
            for mention in actor.mentions:
                if self._in_quote(mention.start) or mention.token_end <= mention.token_start:
                    continue
                head = doc[mention.token_start : mention.token_end].root.i
                found.append(PersonMention(mention.token_start, head, actor))
        found.extend(self._unlisted_persons(doc))
        # "the Vermont senator" after "Sen. Bernie Sanders" is Sanders for "he" too.
        named = {mention.first for mention in found}
        for index, actor in self._role_subjects.items():
            first = doc[index].left_edge.i
            if first not in named:
                found.append(PersonMention(first, index, actor))
        return sorted(found, key=lambda mention: mention.first)

    def _unlisted_persons(self, doc: Doc) -> list[PersonMention]:
        """People the entity recogniser missed ("Fox News' Bret Baier noticed"): a
        subject written as a first name a reader knows as a man's or a woman's and a
        surname, and later the surname alone. They take part in "he"/"she" only, and
        have no entity."""
        found: list[PersonMention] = []
        by_surname: dict[str, ActorDraft] = {}
        for token in doc:
            if not _unlisted_subject(token) or self._in_quote(token.idx):
                continue
            if self._actors.at(token.idx, token.idx + len(token)) is not None:
                continue
            first = doc[token.i - 1] if token.i > 0 else None
            if first is not None and _first_name(first, token):
                name = f"{first.text} {token.text}"
                actor = by_surname.setdefault(
                    token.text, ActorDraft(f"{_UNLISTED}{name}", name, "person")
                )
                found.append(PersonMention(first.i, token.i, actor))
            elif token.text in by_surname:
                found.append(PersonMention(token.i, token.i, by_surname[token.text]))
        return found

    def _written_gender(self, actor: ActorDraft) -> Gender:
        """The gender a title ("Mrs.") shows, and the one the first name suggests."""
        first = actor.name.split()[0] if len(actor.name.split()) > 1 else ""
        if not first:
            return Gender(self._titled_gender.get(actor.id), None)
        return Gender(
            self._titled_gender.get(actor.id), guess_gender(first), not _unsure_guess(first)
        )

    def _last_collective(self, before: int, *, plural: bool) -> ActorDraft | None:
        """The body named last before ``before``; for "they/their" a group of states
        ("the Baltic states") before any single country or organisation."""
        if plural:
            group = self._last_of_types(before, {"group"})
            if group is not None:
                return group
        return self._last_of_types(before, {"organization", "country"})

    def _named_since(self, actor: ActorDraft, start: int) -> ActorDraft | None:
        named = any(m.start >= start and not self._in_quote(m.start) for m in actor.mentions)
        return actor if named else None

    def _last_of_types(self, before: int, types: set[str]) -> ActorDraft | None:
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

    def _in_quote(self, position: int) -> bool:
        return any(start <= position < end for start, end in self._quoted)


_UNLISTED = "~"


def _named_like_a_person(actor: ActorDraft) -> bool:
    """ "Markus Wolf" typed as an outlet: a sure first name and a surname are a person's,
    whatever the recogniser said, for "he" and "she" at least."""
    words = actor.name.split()
    if actor.type in {"place", "country", "group"} or len(words) != 2:
        return False
    if not all(word[:1].isupper() and word[1:].islower() for word in words):
        return False
    return guess_gender(words[0]) is not None and not _unsure_guess(words[0])


def _who_is_described(token: Token) -> Token:
    """ "Grijalva was the first Democrat to endorse Sanders", "Clinton was the first
    candidate to weigh in, tweeting …": the words for what the subject is stand for
    the subject."""
    if token.dep_ != "attr" or token.head.lemma_.lower() != "be":
        return token
    if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.ent_type_ in {"", "NORP"}):
        return token  # "the winner was Clinton": a name is a speaker of its own
    subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i]
    # Only a name: in "Other spenders were a family of PACs supporting …" the
    # description comes first, and "He's a puppet saying …" stays the puppet's.
    if not subjects or subjects[0].pos_ != "PROPN":
        return token
    return subjects[0]


# Writings a person or body puts out, and the verbs for putting them out: "the
# campaign sent out a press release saying", "the KGB planted articles alleging".
_PUT_OUT_WRITINGS = frozenset(
    """release statement memo report letter article ad advertisement commercial video
    op-ed column editorial brief filing document study analysis pamphlet flyer mailer
    email message note speech tweet post comment remark""".split()
)
_PUTTING_OUT_VERBS = frozenset(
    """send issue release publish plant draft write run air post circulate distribute
    file submit pen author unveil launch produce prepare deliver give roll put make""".split()
)


def _describes_from_after(cue: Token, noun: Token) -> bool:
    """ "a press release saying", "comments supportive of": a participle or adjective
    after the writing that tells what it says."""
    if cue.i < noun.i:
        return False
    return (cue.dep_ == "acl" and cue.tag_ == "VBG") or (cue.dep_ == "amod" and cue.pos_ == "ADJ")


def _producer_of_writing(token: Token, cue: Token | None) -> Token | None:
    """ "Rubio's campaign sent out a press release saying …", "Mr. Manafort helped draft
    a report defending …": who put the writing out says what the participle on it
    says ("a report which said …" is the report's own word)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _PUT_OUT_WRITINGS:
        return None
    if cue is None or cue.head.i != token.i or not _describes_from_after(cue, token):
        return None
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _PUTTING_OUT_VERBS:
        return None
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            return None if subject.lower_ in _NOT_SPEAKERS | {"it"} else subject
        if verb.dep_ not in {"xcomp", "conj"}:
            return None
        verb = verb.head
    return None


_WORDS_SAID = frozenset(
    """remark comment statement word speech testimony letter tweet post message answer
    response reply""".split()
)


def _owner_of_words(token: Token) -> Token | None:
    """ "His remarks suggested", "Obama's words were": whoever said the words speaks."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _WORDS_SAID:
        return None
    owners = [c for c in token.children if c.dep_ == "poss"]
    return owners[0] if len(owners) == 1 else None


def _apposed_name(role: Token) -> str | None:
    """ "Hungary's foreign minister, Gergely Bartos,": a name apposed to the role is
    its holder, never the last person named with that role."""
    for child in role.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > role.i:
            words = [t for t in child.lefts if t.dep_ in {"compound", "flat"}] + [child]
            return " ".join(t.text for t in words)
    return None


def _unlisted_subject(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.dep_ in {"nsubj", "nsubjpass"}
        and token.ent_type_ in {"", "PERSON", "ORG"}
        and token.text[:1].isupper()
        and token.text[1:].islower()
    )


def _first_name(word: Token, surname: Token) -> bool:
    """A capitalised word before a surname that is surely a man's or a woman's name."""
    if word.dep_ != "compound" or word.head.i != surname.i or not word.text[:1].isupper():
        return False
    return guess_gender(word.text) is not None and not _unsure_guess(word.text)


def _appositions_of_complement(token: Token) -> list[Token]:
    """ "the American ambassador at the time, John Herbst": the parse hung the name on
    the complement's noun; a person named there is who the role is."""
    if token.pos_ != "NOUN":
        return []
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                found.extend(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    return found


def _names_a_body_before(found: tuple[ActorDraft, ActorMention], head: Token) -> bool:
    """ "United Auto Workers Secretary-Treasurer Gary Casteel": a body named before the
    head name, not reaching it, says whom the speaker works for, not who speaks."""
    actor, mention = found
    return actor.type != "person" and mention.end <= head.idx


def _plural_antecedent(pronoun: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "Republican leaders met on Tuesday. They said …", "The Teamsters, the Firefighters
    and UNITE HERE remain on the sidelines, though they may endorse": the nearest plural
    or coordinated subject before "they", in its sentence or the one before, outside
    quotes; not the subject of the verb "them" is the object of."""
    sentence = pronoun.sent
    previous = sentence_before(pronoun)
    own_subject = pronoun.head.i if pronoun.dep_ in {"dobj", "iobj", "pobj", "dative"} else -1
    # "State departments can do that, they said": what they say is not who they are.
    said = {token.i for token in pronoun.head.subtree}
    for span in (sentence, previous):
        if span is None:
            continue
        found = [
            token
            for token in span
            if token.i < pronoun.i
            and token.dep_ in {"nsubj", "nsubjpass"}
            and token.head.i != own_subject
            and token.i not in said
            and _plural_phrase(token)
            and not in_quote(token.idx)
        ]
        if found:
            return found[-1]
    return None


def _previous_sentence_start(token: Token) -> int:
    return (sentence_before(token) or token.sent).start_char


def _singular_antecedent(pronoun: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "The company wrote in a statement. It added, …": the subject of the sentence
    before, a body named by a common noun that no actor stands for, is what "it" is."""
    previous = sentence_before(pronoun)
    if previous is None:
        return None
    found = [
        token
        for token in previous
        if token.dep_ == "nsubj"
        and token.tag_ in {"NN", "NNP"}
        and token.head.dep_ == "ROOT"
        and token.lemma_.lower() in _BODY_NOUNS
        and not in_quote(token.idx)
    ]
    return found[0] if found else None


_BODY_NOUNS = frozenset(
    """company firm group campaign committee department ministry agency office
    government administration party organization organisation union council court
    board commission website site network newspaper paper magazine station
    university school hospital bank team club association foundation institute
    coalition alliance army police""".split()
)


def _plural_phrase(token: Token) -> bool:
    """A plural noun or a coordination of nouns, not a pronoun standing for one."""
    if token.pos_ == "PRON" or token.lower_ in _NOT_SPEAKERS:
        return False
    if token.tag_ in {"NNS", "NNPS"}:
        return True
    return token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "conj" for c in token.children)


def _is_personal_pronoun(token: Token) -> bool:
    """he, she, they, it, I, we: words that stand for someone named elsewhere
    (not "most", "those surveyed" or "someone", which are speakers as written)."""
    return token.lower_ in _MALE | _FEMALE | _PLURAL | _NEUTER | _FIRST_SECOND


def _can_be_speaker(token: Token) -> bool:
    """A noun, a name, or a quantity of people ("most", "the two", "one in three")."""
    if token.lower_ in _NOT_SPEAKERS or token.tag_ in {"WP", "WDT", "WRB", "EX"}:
        return False
    if token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children):
        return True  # "the 43-year-old", "the elderly": an adjective used as a noun
    if token.tag_ == "VBZ" and token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "envoys warned": a plural noun the tagger took for a verb
    return token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} or (
        token.pos_ in {"ADJ", "DET"} and token.dep_ in {"nsubj", "nsubjpass"}
    )


def _antecedent(token: Token) -> Token | None:
    """ "the caption which showed", "special interests who say": the noun before a
    relative pronoun is the speaker; a relative pronoun without one is none."""
    if token.tag_ not in {"WP", "WDT"} and token.lower_ not in {"who", "which", "that"}:
        return token
    if token.lower_ == "that" and token.tag_ not in {"WDT", "WP"}:
        return token
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return ancestor.head
    return None


def _unfloated(token: Token) -> Token:
    """ "with Trump, Huckabee and Christie all calling for": a floating "all" or "both"
    stands for the names it follows."""
    if token.lower_ in {"all", "both", "each"} and token.dep_ == "appos" and token.head.i < token.i:
        return token.head
    return token


def _impersonal(token: Token) -> bool:
    """ "it is said", "it was reported": nobody in particular speaks."""
    return token.lower_ == "it" and token.dep_ == "nsubjpass"


def _conjuncts(token: Token) -> list[Token]:
    """The subject and the words coordinated with it, in text order."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_conjuncts(child))
    return sorted(found, key=lambda t: t.i)


def _coordinator(token: Token) -> str:
    for candidate in token.subtree:
        if candidate.dep_ == "cc" and candidate.lower_ in {"and", "or", "&"}:
            return "&" if candidate.text == "&" else candidate.lower_
    return "and"


def _conjunct_text(conjunct: Token, start: int) -> str:
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


def _phrase_name(
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
        if (_describes(child) and not kept) or holds_cue:
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


def _after_dateline(token: Token, start: int) -> int:
    """ "WASHINGTON — President Obama said": a dash before the head ends a dateline
    or a label glued to the subject; the speaker starts after it."""
    doc = token.doc
    for candidate in reversed(doc[: token.i]):
        if candidate.idx < start:
            break
        if candidate.text in _DASHES and candidate.whitespace_:
            following = doc[candidate.i + 1]
            return max(start, following.idx)
    return start


def _as_written(mention: str) -> str:
    """A mention without its possessive ending ("Moscow's" -> "Moscow")."""
    return mention.removesuffix("’s").removesuffix("'s").strip()


def _after_last_line_break(text: str, start: int, head: int) -> int:
    """Datelines and headings end at a line break: the speaker starts after it."""
    cut = text.rfind("\n", start, head)
    return cut + 1 if cut >= 0 else start


def _mention_dep(doc: Doc, mention: ActorMention) -> str:
    """The dependency of the mention's head word: is the person a subject here?"""
    span = doc[mention.token_start : mention.token_end]
    return span.root.dep_ if len(span) else ""


def _genders_from_titles(text: str, actors: ArticleActors) -> dict[str, str]:
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


def _circumstance(child: Token) -> bool:
    """ "on Friday", "last week": when, not who, though the parse hangs it on the name."""
    if child.dep_ in {"npadvmod", "advmod"}:
        return True
    if child.dep_ != "prep":
        return False
    # The preposition's own object is the date ("on Friday"); a date deeper inside
    # ("the results of the poll released Wednesday") belongs to the phrase.
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in child.children)
