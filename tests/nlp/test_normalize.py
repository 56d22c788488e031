"""Text repair before parsing: every repair keeps the way back to the original text."""

from __future__ import annotations

import unicodedata

from stancemap.normalize import normalize

TWEET = (
    'Lund spoke on Monday. <tweet id="7479" author="@karl_berg" datetime="2016-06-29">'
    "Karl Berg, who has accused Lund of lying, says the vote was rigged.</tweet> The count"
    " goes on."
)


def test_markup_tags_are_blanked_in_place() -> None:
    repaired = normalize(TWEET)
    assert len(repaired.text) == len(TWEET)
    assert "<" not in repaired.text and "datetime" not in repaired.text
    start = TWEET.index("Karl Berg")
    assert repaired.text[start : start + 9] == "Karl Berg"


def test_comparisons_are_not_markup() -> None:
    text = "Turnout was 5 < 7 points and support > 40 percent."
    assert normalize(text).text == text


def test_glued_punctuation_gets_a_space_that_maps_back() -> None:
    repaired = normalize("The Baltic states stood steadfast,the minister said.")
    assert "steadfast, the" in repaired.text
    the = repaired.text.index(" the minister") + 1
    assert repaired.original_slice(the, the + len("the minister")) == "the minister"


def test_names_after_titles_are_capitalised_but_not_function_words() -> None:
    repaired = normalize("Foreign Minister baiba Braje met Minister of Finance Jonas Berg.")
    assert "Foreign Minister Baiba Braje" in repaired.text
    assert "Minister of Finance Jonas Berg" in repaired.text


def test_inline_tags_do_not_split_a_sentence() -> None:
    text = "Minister <b>Anna Kovac</b> said the bridge would open."
    repaired = normalize(text)
    assert "\n" not in repaired.text and len(repaired.text) == len(text)


def test_decomposed_mojibake_is_composed_and_repaired() -> None:
    # Some archives store text decomposed: "Ã" as "A" and a combining tilde.
    text = unicodedata.normalize("NFD", "French President FranÃ§ois Mercier said so.")
    repaired = normalize(text)
    assert "François Mercier" in repaired.text
    start = repaired.text.index("François")
    end = start + len("François Mercier")
    assert repaired.original_slice(start, end) == text[text.index("Fran") : text.index(" said")]


def test_a_decomposed_name_matches_its_composed_spelling() -> None:
    text = unicodedata.normalize("NFD", "Kęstutis Budrys said the border was safe.")
    repaired = normalize(text)
    assert repaired.text.startswith("Kęstutis Budrys")
    assert repaired.original_slice(0, len("Kęstutis")) == text[: text.index(" ")]


def test_an_attribution_after_a_question_in_quotes_stays_lower_case() -> None:
    # "Said" would read as a new sentence and lose the quote its speaker.
    text = "“Who is the real con man here?” said Murphy. “We won!” she said. the end came."
    repaired = normalize(text).text
    assert "?” said Murphy" in repaired and "!” she said" in repaired
    assert repaired.endswith("The end came.")


def test_a_wrapped_line_and_an_abbreviation_start_no_sentence() -> None:
    text = "Lund regularly\nincites anger, said Chief Justice Karl Berg Jr. delivered it."
    assert normalize(text).text == text


def test_a_paragraph_after_a_full_stop_starts_a_sentence() -> None:
    repaired = normalize("which guarantees collective defense.\n“after all, we would never.”")
    assert "\n“After all" in repaired.text


def test_links_after_a_sentence_keep_their_case() -> None:
    text = "The vote is over. https://t.co/KR4767 and pic.twitter.com/dUb4K2 follow."
    assert normalize(text).text == text
