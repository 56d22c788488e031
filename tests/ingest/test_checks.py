from pathlib import Path

import pytest

from stancemap.errors import EmptyInputError, NotEnglishError, TooLargeError
from stancemap.ingest.checks import check_article
from stancemap.models import Article

SEEDS = Path(__file__).parents[2] / ".." / "shared" / "seeds"

ENGLISH = "Lithuania would send soldiers only together with other NATO members, the minister said."


def _article(text: str) -> Article:
    return Article(id="a", text=text, source="in.txt")


@pytest.mark.parametrize(
    "text",
    [ENGLISH, "Kallas spoke.", "  " + ENGLISH + "\n\n"],
)
def test_check_article_accepts(text):
    check_article(_article(text), max_chars=1_000)


def test_check_article_accepts_seeds():
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip(f"no seeds at {SEEDS}")
    for path in seeds:
        check_article(_article(path.read_text(encoding="utf-8")), max_chars=2_000_000)


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("", EmptyInputError, "empty"),
        (" \n\t\u00a0 ", EmptyInputError, "empty"),
        (
            "news " * 300,
            TooLargeError,
            r"1,500 characters, above the limit of 1,000.*--max-chars 1500",
        ),
        (
            "Die Regierung in Berlin lehnt das bisher ab und verweist auf das Risiko einer "
            "Eskalation, sagte ein Sprecher am Montag.",
            NotEnglishError,
            r"German \(de\)",
        ),
        ("Страны Балтии готовы направить войска на Украину.", NotEnglishError, "Russian"),
        ("12 345 678 -- 2024", NotEnglishError, "no words"),
        ("Kallas Budrys Braže Scholz Macron " * 5, NotEnglishError, "English function words"),
    ],
)
def test_check_article_refuses(text, error, message):
    with pytest.raises(error, match=message) as caught:
        check_article(_article(text), max_chars=1_000)
    assert caught.value.source == "in.txt"
