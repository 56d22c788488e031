"""Resolve the syntactic speaker of a statement to an actor.

The subject of a cue is often a pronoun ("she stated"), a short name ("Kallas
argued"), or a role ("the minister said"). A careful reader resolves each against
the text read so far: the last compatible person mentioned outside quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from stancemap.actors.mentions import ActorMention
from stancemap.actors.resolve import ActorDraft, ArticleActors
from stancemap.nlp.offsets import text_of
from stancemap.statements.antecedents import (
    NEUTER_PRONOUNS,
    NOMINAL_POS,
    NOT_SPEAKERS,
    PLURAL_PRONOUNS,
    can_be_speaker,
    impersonal,
    is_personal_pronoun,
    noun_before,
    plural_antecedent,
    previous_sentence_start,
    relative_antecedent,
    singular_antecedent,
    unfloated,
)
from stancemap.statements.genders import genders_from_titles, guess_gender, unsure_guess
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
from stancemap.statements.speaker_phrases import (
    after_glued_dateline,
    after_last_line_break,
    conjunct_text,
    conjuncts_of,
    coordinator,
    mention_span,
    phrase_name,
    written_without_possessive,
)

_SENTENCES_BACK = 4
_SALIENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


@dataclass(frozen=True)
class SpeakerRef:
    """A resolved speaker: display name, actor id, and the mention's span."""

    name: str | None
    actor_id: str | None
    start: int | None
    end: int | None


NO_SPEAKER = SpeakerRef(None, None, None, None)


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
        self._titled_gender = genders_from_titles(text_of(doc), actors)
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
        share = _share_of_relative(token)
        if share is not None:
            # "farmers, many of whom said": many of the farmers.
            whole = self.resolve(share)
            if whole.name is None:
                return NO_SPEAKER
            share_words = token.doc[token.left_edge.i : token.i + 1].text
            start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
            return SpeakerRef(f"{share_words} of {whole.name}", whole.actor_id, start, end)
        antecedent = relative_antecedent(unfloated(token))
        if antecedent is None or impersonal(antecedent):
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
        start = after_last_line_break(text_of(token.doc), start, token.idx)
        start = after_glued_dateline(token, start)
        if is_personal_pronoun(token) and not conjuncts_of(token)[1:]:
            found = self._resolve_pronoun(token)
            return replace(found, start=start, end=end) if found.name is not None else found
        conjuncts = conjuncts_of(token)
        if len(conjuncts) > 1:
            return self._coordination(token, conjuncts, start, end, cue)
        actor, mention = self._actor_in_phrase(token)
        if actor is not None and mention is not None and mention.start < start < mention.end:
            # "CLEVELAND - Donald Trump": the recogniser glued the dateline to the name.
            actor, mention = self._named_after_dateline(mention, start)
            if actor is None:
                return SpeakerRef(text_of(token.doc)[start:end].strip(), None, start, end)
        if actor is not None and mention is not None:
            is_person = actor.type == "person"
            name = actor.name if is_person else written_without_possessive(mention.text)
            return SpeakerRef(name or actor.name, actor.id, start, end)
        if not can_be_speaker(token):
            return NO_SPEAKER
        written = phrase_name(token, start, cue)
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
            if is_personal_pronoun(conjunct):
                found = self._resolve_pronoun(conjunct)
                name, actor_id = found.name or conjunct.text, found.actor_id
            else:
                actor, mention = self._actor_in_phrase(conjunct)
                if actor is not None and mention is not None:
                    as_written = written_without_possessive(mention.text)
                    name = actor.name if actor.type == "person" else as_written
                    actor_id = actor.id
                else:
                    name, actor_id = conjunct_text(conjunct, start), None
            names.append(name)
            entity = entity or actor_id
        joiner = coordinator(token)
        name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {joiner} " + names[-1]
        if entity is None:
            name = phrase_name(token, start, cue, whole_coordination=True)
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
            if actor.name.split()[-1].lower() == written_without_possessive(written[-1]).lower():
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
        if lower in MALE or lower in FEMALE:
            person = self._pronouns.get(token.i)
            if person is not None:
                entity = None if person.id.startswith(_UNLISTED) else person.id
                return SpeakerRef(person.name, entity, token.idx, token.idx + len(token))
            return NO_SPEAKER
        if lower in PLURAL_PRONOUNS:
            group = plural_antecedent(token, self._in_quote)
            if group is not None:
                found = self.resolve(group)
                return replace(found, start=token.idx, end=token.idx + len(token))
        if lower in PLURAL_PRONOUNS or lower in NEUTER_PRONOUNS:
            collective = self._last_collective(token.idx, plural=lower in PLURAL_PRONOUNS)
            if collective is not None and lower in NEUTER_PRONOUNS:
                # "it" is a body just named, in its sentence or the one before.
                collective = self._named_since(collective, previous_sentence_start(token))
            if collective is not None:
                return SpeakerRef(collective.name, collective.id, token.idx, token.idx + len(token))
        if lower in NEUTER_PRONOUNS and token.dep_ == "nsubj":
            body = singular_antecedent(token, self._in_quote)
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
            self._titled_gender.get(actor.id), guess_gender(first), not unsure_guess(first)
        )

    def _last_collective(self, before: int, *, plural: bool) -> ActorDraft | None:
        """The body named last before ``before``; for "they/their" a group of states
        ("the Baltic states") before any single country or organisation."""
        if plural:
            group = self._last_of_types(before, {"group"})
            if group is not None:
                return group
        # "The Post reported that … It added, …": an outlet is an "it" too.
        bodies = {"organization", "country"} if plural else {"organization", "country", "media"}
        return self._last_of_types(before, bodies)

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


def _share_of_relative(token: Token) -> Token | None:
    """ "many of whom", "some of which", "one of whom": the noun the relative word
    stands for, which the share is part of."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        relative = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if relative is None or relative.tag_ not in {"WP", "WDT"}:
            continue
        antecedent = relative_antecedent(relative)
        if antecedent is not None and antecedent.pos_ in NOMINAL_POS:
            return antecedent
        # The parse did not make the share's verb a relative clause.
        return noun_before(token.doc[token.left_edge.i], whole_phrase=True)
    return None


def _named_like_a_person(actor: ActorDraft) -> bool:
    """ "Markus Wolf" typed as an outlet: a sure first name and a surname are a person's,
    whatever the recogniser said, for "he" and "she" at least."""
    words = actor.name.split()
    if actor.type in {"place", "country", "group"} or len(words) != 2:
        return False
    if not all(word[:1].isupper() and word[1:].islower() for word in words):
        return False
    return guess_gender(words[0]) is not None and not unsure_guess(words[0])


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
    email message note speech tweet post comment remark spot paper commercial""".split()
)
_PUTTING_OUT_VERBS = frozenset(
    """send issue release publish plant draft write run air post circulate distribute
    file submit pen author unveil launch produce prepare deliver give roll put make""".split()
)


# Words someone carries or wears, and shows: "hoisted a sign that read …".
_CARRIED_WORDS = frozenset("sign banner placard poster shirt t-shirt".split())
_CARRYING_VERBS = frozenset("hold carry hoist wave wear display raise brandish bear".split())


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
    carried = token.lemma_.lower() in _CARRIED_WORDS
    if token.pos_ != "NOUN" or not (carried or token.lemma_.lower() in _PUT_OUT_WRITINGS):
        return None
    if cue is None:
        return None
    cue = _first_of_coordination(cue)
    if cue.head.i != token.i or cue.i < token.i:
        return None
    # "a sign that read “15%!”" is its bearer's; "a report which said" the report's.
    if not (_describes_from_after(cue, token) or (carried and cue.dep_ == "relcl")):
        return None
    writing = _first_of_coordination(token)
    verb = writing.head
    verbs = _CARRYING_VERBS if carried else _PUTTING_OUT_VERBS
    if writing.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            return None if subject.lower_ in NOT_SPEAKERS | {"it"} else subject
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.dep_ == "ROOT" and before is not None and before.pos_ == "PROPN":
            return before  # "in Concord, 14-year-old Aubrey Pelletier hoisted a sign"
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if verb.dep_ not in {"xcomp", "conj"} and not participle:
            return None
        verb = verb.head
    return None


def _first_of_coordination(token: Token) -> Token:
    """ "radio and online ads", "ads tethering X and criticizing Y": a conjunct shares
    the place in the sentence of the first word it is joined to."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


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
    return guess_gender(word.text) is not None and not unsure_guess(word.text)


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


def _mention_dep(doc: Doc, mention: ActorMention) -> str:
    """The dependency of the mention's head word: is the person a subject here?"""
    span = doc[mention.token_start : mention.token_end]
    return span.root.dep_ if len(span) else ""
