"""Direct quotes: spans inside the marks, split quotes joined, speakers as written."""

from __future__ import annotations

import pytest

CASES = [
    # Cue after, split by the attribution across a full stop: one statement.
    (
        "“We will not send troops before a ceasefire,” Defence Minister Marta Kowalczyk said"
        " on Monday. “Our soldiers are not a bargaining chip.”",
        "We will not send troops before a ceasefire,” Defence Minister Marta Kowalczyk said"
        " on Monday. “Our soldiers are not a bargaining chip.",
        "Marta Kowalczyk",
    ),
    # Cue before, with a comma.
    (
        "Finance Minister Jonas Petrauskas told reporters, “The budget is balanced.”",
        "The budget is balanced.",
        "Jonas Petrauskas",
    ),
    # Quotes written as two apostrophes, inverted attribution with an apposition.
    (
        "''The port will reopen in spring,'' said Alina Varga, the harbour director."
        " ''We have repaired the cranes.''",
        "The port will reopen in spring,'' said Alina Varga, the harbour director."
        " ''We have repaired the cranes.",
        "Alina Varga",
    ),
    # A colon closing the previous paragraph introduces the quote.
    (
        "Anna Holm continued:\n\n“Nobody wants a war on our border.”",
        "Nobody wants a war on our border.",
        "Anna Holm",
    ),
    # A long attribution tail, then a paragraph that is only a quote: one statement.
    (
        "“The river has never been this low,” Mayor Ines Duarte said, pointing to the dry"
        " docks below the old bridge, closed since June.\n\n“We need rain before autumn.”",
        "The river has never been this low,” Mayor Ines Duarte said, pointing to the dry"
        " docks below the old bridge, closed since June.\n\n“We need rain before autumn.",
        "Ines Duarte",
    ),
    # A title quoted inside the attribution does not split the statement.
    (
        "“The harbour is open,” Karl Sunde told “Morning Report” on Monday."
        " “Ships are already waiting.”",
        "The harbour is open,” Karl Sunde told “Morning Report” on Monday."
        " “Ships are already waiting.",
        "Karl Sunde",
    ),
    # Doubled apostrophes as double quotes, the cue right after.
    (
        "''Those are empty promises,'' scoffed Marta Lind, a union steward.",
        "Those are empty promises,",
        "Marta Lind",
    ),
    # The quote's own text has a subject; the speaker is the one outside the marks.
    (
        "“Stop blaming the farmers. -K” Karin Voss tweeted, quoting a minister's post.",
        "Stop blaming the farmers. -K",
        "Karin Voss",
    ),
    # A long name between a question mark and the cue.
    (
        "“Is that really a plan?” Green party campaign manager Tomas Berg said Monday.",
        "Is that really a plan?",
        "Tomas Berg",
    ),
    # Whoever added a caption wrote the words it reads.
    (
        "Henrik Dahl added a caption which reads, “We will never forget them.”",
        "We will never forget them.",
        "Henrik Dahl",
    ),
    # Any verb before a colon introduces the quote after it.
    (
        "Senator Ruth Amsel fired back: “If they sue us, they will lose.”",
        "If they sue us, they will lose.",
        "Ruth Amsel",
    ),
    # The verb right at the mark, not a later participle, attributes the quote.
    (
        "Governor Paul Ekberg cautioned “let us not get ahead of ourselves,” before"
        " predicting a quick deal.",
        "let us not get ahead of ourselves,",
        "Paul Ekberg",
    ),
    # A verb that is not a speech verb still attributes a quote ending in a comma.
    (
        "“That is simply not true,” Petra Novak laughed.",
        "That is simply not true,",
        "Petra Novak",
    ),
]


@pytest.mark.parametrize(("text", "span", "speaker"), CASES)
def test_direct_quote_span_and_speaker(extract_statements, text, span, speaker) -> None:  # type: ignore[no-untyped-def]
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [text[s.start : s.end] for s in found] == [span]
    assert found[0].speaker.name == speaker


def test_direct_quote_continues_speaker_in_next_paragraph(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mr. Okafor praised the deal. “It is a fair compromise,” he said.\n\n"
        "“We waited ten years for this.”"
    )
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    # A paragraph that is only a quote goes on with the quote attributed just above it.
    assert [text[s.start : s.end] for s in found] == [
        "It is a fair compromise,” he said.\n\n“We waited ten years for this.",
    ]
    assert [s.speaker.name for s in found] == ["Okafor"]


def test_direct_speaker_span_is_the_mention_as_written(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "“The cranes are fixed,” said Alina Varga, the harbour director, on Friday."
    (statement,) = extract_statements(text)
    assert text[statement.speaker.start : statement.speaker.end] == (
        "Alina Varga, the harbour director"
    )


def test_direct_quote_left_open_runs_on_over_paragraphs(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The governor spoke for an hour. The transcript follows:\n\n"
        "“We opened three schools this year. We hired two hundred teachers.\n\n"
        "“Next year we will open four more.”"
    )
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [text[s.start : s.end] for s in found] == [
        "We opened three schools this year. We hired two hundred teachers.\n\n"
        "“Next year we will open four more."
    ]


TITLE_CASES = [
    "“The Quiet Harbour” won the prize for best documentary.",
    "The film, “Salt And Iron,” opens on Friday, the studio announced.",
    "Viewers loved “Night Shift.” The series returns in May.",
    "“FARMERS WANT FAIR PRICES”\n\nThe union held its congress in Lyon.",
]


@pytest.mark.parametrize("text", TITLE_CASES)
def test_direct_quoted_title_is_no_statement(extract_statements, text) -> None:  # type: ignore[no-untyped-def]
    assert [s for s in extract_statements(text) if s.kind == "direct"] == []


def test_direct_one_word_answer_is_a_statement(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "Asked whether she would run again, the senator said, “Never.”"
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [text[s.start : s.end] for s in found] == ["Never."]


def test_direct_quote_the_sentence_goes_on_from_is_reported(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ines Duarte says “the river is lower than ever” despite the spring rain."
    found = extract_statements(text)
    assert [s.kind for s in found] == ["indirect"]
    assert "the river is lower than ever” despite" in text[found[0].start : found[0].end]
    assert found[0].speaker.name == "Ines Duarte"


def test_direct_quote_put_to_someone_has_no_speaker(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. Lund was asked, “Would you do it again?” He answered, “Yes, at once.”"
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [(text[s.start : s.end], s.speaker.name) for s in found] == [
        ("Would you do it again?", None),
        ("Yes, at once.", "Lund"),
    ]


def test_markup_attributes_are_never_speakers_or_quotes(extract_statements) -> None:  # type: ignore[no-untyped-def]
    """Scraped text keeps tags ("<tweet author="@x" datetime="…">"): their attributes
    are neither speakers nor quotations."""
    text = (
        'Lund spoke on Monday. <tweet id="7479" author="@karl_berg" datetime="2016-06-29">'
        "Karl Berg, who has accused Lund of lying, says the vote was rigged.</tweet> The"
        " count goes on."
    )
    statements = extract_statements(text)
    assert [(s.speaker.name, text[s.start : s.end]) for s in statements] == [
        ("Karl Berg", "Lund of lying"),
        ("Karl Berg", "the vote was rigged"),
    ]


def test_inline_markup_keeps_the_speaker(extract_statements) -> None:  # type: ignore[no-untyped-def]
    text = "Minister <b>Anna Kovac</b> said on Monday that the bridge would open in May."
    (statement,) = extract_statements(text)
    assert statement.speaker.name == "Anna Kovac"


def test_a_sentence_that_only_says_someone_spoke_introduces_the_next_quote(  # type: ignore[no-untyped-def]
    extract_statements,
) -> None:
    """ "X agreed. “…”": the quote opening the next sentence is X's, not the last
    speaker's."""
    text = (
        "“The field is running out of time,” said Craig Olsen, editor of the Post."
        " Nordvik University's Dianne Berg agreed. “Mainstream voters are running out of"
        " time to find an alternative to Lund.”"
    )
    found = {text[s.start : s.end]: s.speaker.name for s in extract_statements(text)}
    assert found["Mainstream voters are running out of time to find an alternative to Lund."] == (
        "Dianne Berg"
    )


def test_a_dash_after_a_closed_bracket_introduces_nobody(extract_statements) -> None:  # type: ignore[no-untyped-def]
    """A list of slogans, each with its source in brackets, is no clause and a dash."""
    text = (
        "Critics at home and abroad have in particular noted the explosive campaign material"
        " used by the NVP to stoke voter fears.\n\n“We Ostrans are increasingly becoming"
        " outcasts” (Ostra general election poster 2003) —“No special rights for"
        " foreigners!” (2015). (NVP/Global Risk Insights.)"
    )
    found = [s for s in extract_statements(text) if "special rights" in text[s.start : s.end]]
    assert [(s.speaker.name, s.cue) for s in found] == []


def test_a_label_naming_the_words_is_no_speaker(extract_statements) -> None:  # type: ignore[no-untyped-def]
    """ "Then, the laugh line: “…”": the label names what was said, not who said it."""
    text = (
        "Karl Lund spoke in Ostra. Then, the laugh line: ''I want to do this myself, but it"
        " is so unpresidential to call up the company.''"
    )
    found = [s for s in extract_statements(text) if "unpresidential" in text[s.start : s.end]]
    assert [s.speaker.name for s in found] in ([], [None], ["Karl Lund"])


SPEAKER_CASES = [
    # A dash after a clause introduces the quote, as a colon does.
    (
        "Karl Lund also embraced enhanced interrogation techniques -- “Waterboarding is"
        " peanuts compared to what they would do to us.”",
        "Karl Lund",
    ),
    # The outlet told before a colon heard it; the clause's subject speaks.
    (
        "Former Republican presidential candidate Karl Lund broke down exactly what was wrong"
        " with the image and message to the Dutch newspaper NRC Handelsblad: “What Berg did"
        " was so insensitive. First, not all farmers are rich.”",
        "Karl Lund",
    ),
    # A question keeps the speaker named after it ("?” said", not "?” Said").
    (
        "“Who is the real con man here?” said Murphy, using a term Berg has used to describe"
        " Karl Lund, on a conference call with reporters.",
        "Murphy",
    ),
    # Roundups: a headline, a dash, the name; the headline's verb is not the cue.
    (
        "Pollsters agree - Karl Bialik: “One of the biggest lessons was a simple one: Keep on"
        " contacting voters as late as possible.”",
        "Karl Bialik",
    ),
    # No coordination past the bracket that closes the speaker's aside.
    (
        'But those union endorsements prompted some blowback from rank-and-file members ("I'
        ' want my dues back," wrote Edward Nelson, an instrument technician in Ostra, on the'
        " union's Facebook page), and the federation's pending endorsement could deepen the"
        " split.",
        "Edward Nelson",
    ),
    # A sign speaks for whoever holds it.
    (
        "The day before, at a Lund-Berg rally in Concord, N.H., 14-year-old Aubrey Pelletier"
        ' hoisted a sign that read "15%!" Her father, Brad, 39, worried that too few would'
        " vote.",
        "Aubrey Pelletier",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_CASES)
def test_the_one_direct_quote_has_its_speaker(extract_statements, text, speaker) -> None:  # type: ignore[no-untyped-def]
    found = [s for s in extract_statements(text) if s.kind == "direct"]
    assert [s.speaker.name for s in found] == [speaker]
