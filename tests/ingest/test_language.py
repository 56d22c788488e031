from pathlib import Path

import pytest

from stancemap.ingest.checks import detect_language
from stancemap.ingest.language import guess_language

SEEDS = Path(__file__).parents[2] / ".." / "shared" / "seeds"
DATA = Path(__file__).parents[1] / "data" / "ingest"

ENGLISH = [
    "The minister said on Monday that Lithuania would only send troops together with its allies.",
    "Estonia's parliament approved the budget late on Tuesday, officials said.",
    "german media reports in late May suggested a shift,the report suggested,in the baltic "
    "states' position on sending troops to ukraine.",
    "Kallas argued that Tallinn wouldn't invoke Article 5 if Estonian soldiers were harmed.",
    "Der Spiegel reported that Baltic MPs told German officials at the Lennart Meri "
    "Conference they would not hesitate to deploy troops.",
]

OTHER = [
    (
        "Die baltischen Staaten und Polen sind nach einem Bericht bereit, eigene Soldaten in "
        "die Ukraine zu schicken, falls Russland an der Front einen Durchbruch erzielt.",
        "de",
    ),
    (
        "Der Kanzler sagte am Sonntag im Interview, er werde an seiner Linie festhalten. So also "
        "was man in Berlin hört: Hilfe ja, Soldaten nein.",
        "de",
    ),
    (
        "Les pays baltes et la Pologne seraient prêts à envoyer des troupes en Ukraine si la "
        "Russie perce le front, selon un rapport publié dimanche.",
        "fr",
    ),
    (
        "Los países bálticos y Polonia estarían dispuestos a enviar tropas a Ucrania si Rusia "
        "logra un avance decisivo en el frente, según un informe publicado el domingo.",
        "es",
    ),
    (
        "I paesi baltici e la Polonia sarebbero pronti a inviare truppe in Ucraina se la Russia "
        "dovesse sfondare il fronte, secondo un rapporto pubblicato domenica.",
        "it",
    ),
    (
        "De Baltische staten en Polen zijn volgens een Duits tijdschrift bereid om troepen naar "
        "Oekraïne te sturen als Rusland een doorbraak aan het front forceert.",
        "nl",
    ),
    (
        "Os países bálticos e a Polônia estariam dispostos a enviar tropas para a Ucrânia se a "
        "Rússia conseguir um avanço decisivo na frente, segundo um relatório.",
        "pt",
    ),
    (
        "Państwa bałtyckie i Polska są gotowe wysłać wojska na Ukrainę, jeśli Rosja przełamie "
        "front, podał w niedzielę niemiecki tygodnik.",
        "pl",
    ),
    (
        "Страны Балтии и Польша готовы направить войска на Украину, если российские войска "
        "добьются прорыва на фронте, сообщает немецкий журнал.",
        "ru",
    ),
    ("Країни Балтії готові направити війська в Україну, повідомляє німецький журнал.", "uk"),
    (
        "据德国媒体报道，如果俄罗斯军队在前线取得突破，波罗的海国家和波兰准备向乌克兰派遣军队。",
        "zh",
    ),
    (
        "ドイツのメディアによると、バルト三国とポーランドはウクライナに部隊を派遣する用意がある。",
        "ja",
    ),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_detect_language_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("text", "expected"), OTHER)
def test_detect_language_other(text, expected):
    assert detect_language(text) == expected


def test_detect_language_headlines():
    text = (DATA / "headlines.txt").read_text(encoding="utf-8")
    assert len(text.split()) >= 20
    assert detect_language(text) == "en"


@pytest.mark.parametrize("name", ["000_224da9d80f92f6ae.txt", "001_4e0af36183f8e979.txt"])
def test_detect_language_seeds(name):
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not found at {SEEDS}")
    assert detect_language(path.read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize(
    ("text", "language", "certain"),
    [
        ("Kallas spoke.", "unknown", False),
        ("2024 1991 5", "unknown", True),
        ("Kallas Budrys Braže Scholz Macron " * 5, "unknown", True),
    ],
)
def test_guess_language_certainty(text, language, certain):
    guess = guess_language(text)
    assert (guess.language, guess.certain) == (language, certain)
