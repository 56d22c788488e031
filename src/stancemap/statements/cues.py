"""The words that report speech: verbs ("stated"), phrases ("according to") and
nouns ("expressed confidence that").

Lemma lists, not patterns per article: a cue is a cue in any story.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

# Verbs that introduce what someone said, wrote or publicly held.
SPEECH_VERBS = frozenset(
    """
    say state tell add note warn argue clarify emphasize emphasise stress acknowledge admit
    claim insist suggest confirm reveal announce explain declare assert write report reply
    respond ask urge deny contend maintain agree complain concede caution recall remind
    signal indicate reiterate repeat affirm allege estimate tweet post vow pledge promise
    propose recommend demand conclude observe remark comment echo underline underscore
    highlight mention predict forecast boast joke quip testify charge counter retort
    acknowledge accuse insist hint speculate contend disclose inform assure pledge stress
    lament criticize criticise praise welcome dismiss reject threaten imply wonder
    advise encourage implore beg instruct
    """.split()
)
# Verbs of belief and judgement: reported positions, not always speech.
BELIEF_VERBS = frozenset(
    """
    believe think expect hope fear feel consider doubt worry know understand see show find
    learn realize realise suspect assume recognize recognise
    """.split()
)
REPORTING_VERBS = SPEECH_VERBS | BELIEF_VERBS

# Verbs whose ccomp is the said content even though they are not speech ("made clear").
_MAKE_CLEAR = frozenset({"clear", "plain"})

# Verbs that retort with the particle "back": "shot back that …", "fired back that …".
_RETORT_VERBS = frozenset({"shoot", "fire", "hit", "push", "write"})

# "expressed confidence that …", "voiced concern that …".
NOMINAL_CUES = frozenset(
    """
    confidence concern hope belief fear doubt view opinion claim warning assurance
    conviction expectation suggestion insistence argument assertion statement position
    support opposition readiness willingness frustration optimism skepticism scepticism
    """.split()
)
EXPRESSION_VERBS = frozenset({"express", "voice", "signal", "state", "reiterate", "repeat"})


# Verbs that attribute a quote they stand beside, though they report no content alone.
QUOTE_ONLY_VERBS = frozenset(
    """
    continue go begin interject chant yell shout scream exclaim muse quote cite read sing
    answer put laugh recount wonder summarize sum text email message whisper sigh shrug
    smile exclaim cry plead snap gush marvel scoff
    """.split()
)


def cue_lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer cuts a silent "e" ("hopes" →
    "hop", "hoped" → "hop"): the word as written starts with the lemma and an "e"."""
    lemma = token.lemma_.lower()
    mended = lemma + "e"
    if token.lower_ != lemma and token.lower_.startswith(mended) and known_cue_lemma(mended):
        return mended
    return lemma


def is_speech_verb(token: Token) -> bool:
    """A verb that reports what was said."""
    return token.pos_ in {"VERB", "AUX"} and cue_lemma(token) in SPEECH_VERBS


def is_quote_verb(token: Token) -> bool:
    """A verb that can attribute a direct quote beside it ("…,” he continued)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = cue_lemma(token)
    return lemma in SPEECH_VERBS or lemma in QUOTE_ONLY_VERBS


def is_reporting_verb(token: Token) -> bool:
    """A verb that can introduce reported speech or a reported belief."""
    lemma = cue_lemma(token)
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma in REPORTING_VERBS:
        return True
    if lemma in _RETORT_VERBS and any(_back(c, token) for c in token.children):
        return True  # "shot back that …"
    return lemma == "make" and any(c.lower_ in _MAKE_CLEAR for c in token.children)


def _back(child: Token, verb: Token) -> bool:
    """The particle of "shot back", whether parsed as a particle or an adverb."""
    return child.lower_ == "back" and child.dep_ in {"prt", "advmod"} and child.i == verb.i + 1


# Speech verbs whose direct object is the content ("emphasizing the need for …").
OBJECT_CONTENT_VERBS = frozenset(
    """
    emphasize emphasise stress underline underscore reiterate reaffirm demand propose
    announce deny reject confirm acknowledge predict urge recommend promise pledge
    tweet downplay repudiate reveal concede admit mention echo
    """.split()
)
# Speech verbs whose gerund is the content ("proposed barring …", "denied knowing …",
# "reported spending $1 million").
GERUND_CONTENT_VERBS = frozenset(
    """
    propose suggest recommend deny admit report acknowledge advocate urge mention
    """.split()
)
# Speech verbs whose object with its infinitive is what was asked of it ("told the
# workers to go home", "warned voters not to trust the polls"); the object alone is
# only the addressee.
DIRECTIVE_VERBS = frozenset(
    """
    tell warn advise remind encourage implore beg instruct caution
    """.split()
)
# Verbs of findings whose object and its complement are the content ("a poll shows
# Sanders with 47 percent", "the survey found Clinton ahead in Ohio").
FINDING_VERBS = frozenset({"show", "find"})
# What finds things, as against people who find a job or a home.
FINDING_SOURCES = frozenset(
    """
    poll polls survey surveys study studies report reports analysis review audit
    investigation inquiry research researchers data records results figures census
    """.split()
)
# Speech verbs whose prepositional object is the content ("warned of the threat").
# Not "fight for": in election news it is mostly a contest ("fighting for second place").
PREP_CONTENT: dict[str, tuple[str, ...]] = {
    "warn": ("of", "about", "against"),
    "speak": ("about", "of", "against"),
    "talk": ("about",),
    "complain": ("about", "of"),
    "argue": ("for", "against"),
    "caution": ("against",),
    "press": ("for",),
    "push": ("for",),
    "refer": ("to",),
    "point": ("to",),
    "vote": ("for", "against"),
    "advocate": ("for",),
    "comment": ("on",),
    "insist": ("on",),
    "testify": ("about", "on"),
    "write": ("about", "of"),
    "rail": ("against",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "joke": ("about",),
    "think": ("about", "of"),
    "weigh": ("in",),
    "campaign": ("for", "against", "on"),
    "lobby": ("for", "against"),
    "respond": ("to",),
    "react": ("to",),
    "lash": ("at",),
    "call": ("for", "on"),  # "on" only before an infinitive: PREP_NEEDS_INFINITIVE
    "agree": ("with",),
    "disagree": ("with",),
    "ask": ("about",),
    "allude": ("to",),
    "hint": ("at",),
    "object": ("to",),
    "muse": ("about",),
    "worry": ("about",),
    "apologize": ("for",),
    "apologise": ("for",),
    # Talk and quarrel over a matter: "bickering over whether …", "opined on the case".
    "opine": ("on", "about", "against"),
    "bicker": ("over", "about"),
    "quarrel": ("over", "about", "with"),
    "spar": ("over", "on"),
    "fret": ("about", "over"),
    "gripe": ("about",),
    "grumble": ("about",),
    "rant": ("about", "against"),
    "rave": ("about",),
    "lie": ("about",),
    "deliberate": ("over", "on", "about"),
    "agonize": ("over", "about"),
    "obsess": ("over", "about"),
    # Taking sides: "balked at the plan", "approve of his record". Not "rally" (a rally
    # is held, "rallied when …") or "clash on" (often a place: "clashed on the stage").
    "balk": ("at",),
    "scoff": ("at",),
    "approve": ("of",),
    "disapprove": ("of",),
    # Wishes and convictions: "hoping for a deal", "believe in the American dream".
    "hope": ("for",),
    "believe": ("in",),
}
# Prepositions whose object is content only with an infinitive after it: "called on
# Congress to act" reports a demand, "called on Sunday" does not.
PREP_NEEDS_INFINITIVE = frozenset({("call", "on")})
# A verb and its object that together report a reaction to what follows a preposition
# ("took aim at comments …", "cast doubt on the figures", "raised concerns about …").
IDIOM_CONTENT: dict[tuple[str, str], tuple[str, ...]] = {
    ("take", "aim"): ("at",),
    ("cast", "doubt"): ("on", "upon"),
    ("pour", "water"): ("on",),
    ("raise", "concern"): ("about", "over"),
    ("raise", "question"): ("about", "over"),
    ("sound", "alarm"): ("about", "over", "on"),
    ("take", "issue"): ("with",),
    ("take", "position"): ("on",),
    ("take", "stand"): ("on", "against"),
    ("take", "stance"): ("on", "against"),
    # Light verbs whose noun names the stance: "made the case for", "made no mention
    # of", "threw her support behind", "shed light on". Not "took shots at": news
    # uses it of jabs more than of stated positions.
    ("make", "case"): ("for", "against"),
    ("make", "mention"): ("of",),
    ("draw", "contrast"): ("with",),
    ("shed", "light"): ("on",),
    ("take", "line"): ("on", "against"),
    ("throw", "support"): ("behind",),
    ("lend", "support"): ("to",),
    ("take", "credit"): ("for",),
    ("claim", "credit"): ("for",),
    ("lay", "blame"): ("on",),
    ("place", "blame"): ("on",),
    ("put", "blame"): ("on",),
    ("point", "finger"): ("at",),
    ("heap", "praise"): ("on",),
    ("lavish", "praise"): ("on",),
    ("pour", "scorn"): ("on",),
    ("wage", "war"): ("on", "against"),
    ("declare", "war"): ("on",),
    ("pin", "hope"): ("on",),
    # Phrasal verbs, keyed by their particle: "came out against the deal".
    ("come", "out"): ("against", "for", "in"),
}
# Verbs of attack that are criticism only with a target and a charge: "hit Clinton over
# trade", "hammered Bush on immigration" (not "hit a record", "hit the coast on Monday").
CHARGE_VERBS: dict[str, tuple[str, ...]] = {
    "hit": ("on", "over", "for"),
    "hammer": ("on", "over", "for"),
    "knock": ("on", "over", "for"),
    "ding": ("on", "over", "for"),
    "jab": ("on", "over", "for"),
    "needle": ("on", "over", "for"),
    "pummel": ("on", "over", "for"),
}
# Nouns of a phrase whose "of" object is the content ("in support of Cruz").
STANCE_PHRASE_NOUNS = frozenset(
    {"support", "favor", "favour", "opposition", "defense", "defence", "protest"}
)

# Verbs whose object is what the speaker stands for or against ("endorsed Clinton",
# "accused Obama of …"): evaluations, stance-bearing though nothing is quoted.
EVALUATION_VERBS = frozenset(
    """
    endorse support back oppose criticize criticise blast attack praise accuse slam condemn
    denounce decry applaud hail welcome reject dismiss defend question mock blame deny
    demand describe call cite recommend champion embrace favor favour tout challenge
    dispute fault thank credit lambaste ridicule disavow chide scold rebuke berate knock
    promote pitch target dislike hate distrust trust admire commend laud salute deride
    denigrate disparage insult smear label brand dub characterize characterise portray
    offer downplay repudiate congratulate excoriate castigate assail bash belittle
    vilify demonize demonise deplore bemoan renounce rebuff spurn lament
    """.split()
)
# Verbs that present their object as something ("cast her rival as …", "sees Clinton
# as the heir", "identified the man as …"): a statement only with the "as" phrase.
PORTRAYAL_VERBS = frozenset(
    """
    see view regard cast identify paint depict perceive present frame position characterize
    characterise describe portray
    """.split()
)
# Verbs of judgement read in the passive: "is seen as", "was deemed", "is widely
# regarded as", "is believed to be" (passives.py).
PASSIVE_JUDGEMENT_VERBS = frozenset(
    """
    see view consider regard deem perceive believe think describe know label brand
    portray characterize characterise depict judge
    """.split()
)
# Verbs whose infinitive is the speaker's intention or wish ("wants to …", "refused to …").
# Not "prepare": "was preparing to leave the White House" is an act under way.
INTENTION_VERBS = frozenset(
    """
    want plan intend hope seek refuse decline agree promise vow pledge threaten offer aim
    expect wish prefer urge ask push press vote proceed resolve commit
    decide look mull contemplate
    """.split()
)
# Verbs of appearance: the narrator's or nobody's judgement of how things look ("Sanders
# appears to be gaining", "the court seemed ready"); the whole clause is the content.
APPEARANCE_VERBS = frozenset({"seem", "appear"})
# Adjectives of readiness and belief with a complement ("eager to …", "confident that …").
ATTITUDE_ADJECTIVES = frozenset(
    """
    eager willing unwilling ready reluctant determined committed poised prepared open
    skeptical sceptical confident worried concerned sure certain optimistic pessimistic
    hesitant keen happy unhappy adamant firm convinced doubtful critical supportive
    opposed proud afraid
    """.split()
)
# Not listed: adjectives of manner ("quick to offer condolences", "careful about the
# costs"), which say how something is done, not what anyone holds.
# Nouns that carry a stance on their complement ("X's plan to …", "support for …").
STANCE_NOUNS = frozenset(
    """
    plan proposal promise pledge vow call push bid decision refusal intention desire demand
    support opposition criticism praise endorsement attack accusation claim argument
    assertion warning view position stance belief insistence suggestion question questions
    concern concerns fear hope vision commitment threat request appeal comment remark
    reference prediction assessment complaint allegation denial rejection objection
    defense defence skepticism scepticism doubt
    """.split()
)
# Nouns of speech or thought whose that-clause is someone's statement, owned or not
# ("complaints from Lew that …", "the belief that …", "a promise that …").
CLAUSE_NOUNS = frozenset(
    """
    claim belief allegation argument assertion complaint promise pledge fear hope concern
    warning recommendation conclusion suggestion insistence assurance conviction narrative
    agreement confidence disclosure admission acknowledgment acknowledgement prediction
    expectation contention accusation assessment rumor rumour speculation announcement
    remark comment statement reminder message theory view opinion sentiment perception
    impression worry anxiety doubt suspicion estimate forecast reassurance vow threat
    insinuation charge declaration testimony determination finding judgment judgement
    """.split()
)
# Nouns whose question ("about whether …", "on how …") is what was asked or told.
QUESTION_NOUNS = frozenset(
    """
    question questions detail details debate discussion conversation speculation doubt
    doubts concern concerns worry uncertainty inquiry query
    """.split()
)
# Nouns of feeling, judgement or speech that report a stance when someone owns them
# ("his zeal for audits", "Moreau's critique of the plan", "her reversal on trade",
# "their faith in the courts"); STANCE_NOUNS are read elsewhere (attitudes.py).
OWNED_STANCE_NOUNS = frozenset(
    """
    passion zeal faith trust enthusiasm admiration adulation affection love hatred disdain
    contempt distaste distrust animus antipathy hostility sympathy loyalty devotion
    obsession fixation advocacy crusade broadside critique tirade
    condemnation denunciation tribute embrace abandonment reversal disagreement
    grievance declaration announcement reply explanation interpretation
    testimony tweet peroration
    """.split()
)
# The prepositions that take what such a noun is about ("zeal for", "critique of"),
# and "in" for nouns of trust only ("faith in the courts", not "his announcement in
# Richmond"). Not "campaign" or "fight": "his campaign for the nomination", "her fight
# with Moreau" are races; not "response": "her response to the question" answers it.
OWNED_STANCE_PREPS = frozenset(
    {"of", "for", "on", "against", "about", "toward", "towards", "to", "with", "over"}
)
# Nouns for one who takes a side, said of a person: "Gillibrand, a supporter of Clinton's
# bid", "Harman is an outspoken critic of the deal".
SIDE_TAKER_NOUNS = frozenset(
    """
    supporter proponent advocate opponent critic champion defender backer foe detractor
    """.split()
)
TRUST_NOUNS = frozenset({"faith", "trust", "confidence", "belief"})
# Works that speak for themselves when nobody owns them ("a book about …").
WRITINGS = frozenset(
    """
    report story book article essay column editorial series documentary film novel
    """.split()
)
# Nouns of speech, thought or writing whose "about" phrase is what they say
# ("anxiety about immigration", "jokes about his age", "a book about the campaign").
TOPIC_NOUNS = (
    CLAUSE_NOUNS
    | QUESTION_NOUNS
    | WRITINGS
    | frozenset(
        """
        word words tweet joke rumbling declaration conversation information speech
        """.split()
    )
)
# Verbs whose wh-clause is the question raised ("asked whether …", "debating how …").
QUESTIONING_VERBS = frozenset({"ask", "wonder", "question", "debate", "discuss", "decide"})
# Verbs of discussion whose object is the topic spoken of ("discussed the plan",
# "highlighted the risks", "listed his grievances", "expressed her support").
TOPIC_VERBS = frozenset(
    """
    discuss highlight disclose explore debate list express repeat suggest articulate
    recount recognize recognise outline
    """.split()
)
# Prepositions that open the content of an evaluation ("accused X of …", "praised X for").
EVALUATION_PREPS = frozenset({"of", "for", "as"})

CueClass = Literal["speech", "belief", "intention", "evaluation"]


def classify_cue(lemma: str) -> CueClass:
    """The kind of statement a cue reports: said, believed, intended, or judged."""
    lemma = lemma.lower()
    if lemma in SPEECH_VERBS or lemma in {"according", "accord", ":"}:
        return "speech"
    if lemma in BELIEF_VERBS or lemma in APPEARANCE_VERBS:
        return "belief"
    if lemma in INTENTION_VERBS or lemma in ATTITUDE_ADJECTIVES:
        return "intention"
    if lemma in EVALUATION_VERBS or lemma in STANCE_NOUNS:
        return "evaluation"
    return "speech"


def known_cue_lemma(lemma: str) -> bool:
    """Whether ``lemma`` is in any cue lexicon (for tallies by cue class)."""
    lemma = lemma.lower()
    return any(
        lemma in lexicon
        for lexicon in (
            SPEECH_VERBS,
            BELIEF_VERBS,
            APPEARANCE_VERBS,
            INTENTION_VERBS,
            ATTITUDE_ADJECTIVES,
            EVALUATION_VERBS,
            STANCE_NOUNS,
        )
    ) or lemma in {"according", ":"}
