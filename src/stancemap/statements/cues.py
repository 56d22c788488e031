"""The words that report speech: verbs ("stated"), phrases ("according to") and
nouns ("expressed confidence that").

Lemma lists, not patterns per article: a cue is a cue in any story.
"""

from __future__ import annotations

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
    lament criticize criticise praise welcome dismiss reject threaten
    """.split()
)
# Verbs of belief and judgement: reported positions, not always speech.
BELIEF_VERBS = frozenset(
    """
    believe think expect hope fear feel consider doubt worry know understand see
    """.split()
)
REPORTING_VERBS = SPEECH_VERBS | BELIEF_VERBS

# Verbs whose ccomp is the said content even though they are not speech ("made clear").
_MAKE_CLEAR = frozenset({"clear", "plain"})

# "expressed confidence that …", "voiced concern that …".
NOMINAL_CUES = frozenset(
    """
    confidence concern hope belief fear doubt view opinion claim warning assurance
    conviction expectation suggestion insistence argument assertion statement position
    support opposition readiness willingness frustration optimism skepticism scepticism
    """.split()
)
EXPRESSION_VERBS = frozenset({"express", "voice", "signal", "state", "reiterate", "repeat"})


def is_speech_verb(token: Token) -> bool:
    """A verb that can introduce a direct quote."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS


def is_reporting_verb(token: Token) -> bool:
    """A verb that can introduce reported speech or a reported belief."""
    lemma = token.lemma_.lower()
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma in REPORTING_VERBS:
        return True
    return lemma == "make" and any(c.lower_ in _MAKE_CLEAR for c in token.children)

# Speech verbs whose direct object is the content ("emphasizing the need for …").
OBJECT_CONTENT_VERBS = frozenset(
    """
    emphasize emphasise stress underline underscore reiterate reaffirm demand propose
    announce deny reject confirm acknowledge predict urge recommend promise pledge
    """.split()
)
# Speech verbs whose prepositional object is the content ("warned of the threat").
PREP_CONTENT: dict[str, tuple[str, ...]] = {
    "warn": ("of", "about", "against"),
    "call": ("for",),
    "speak": ("about", "of"),
    "talk": ("about",),
    "complain": ("about", "of"),
    "argue": ("for", "against"),
    "caution": ("against",),
    "press": ("for",),
    "push": ("for",),
}
