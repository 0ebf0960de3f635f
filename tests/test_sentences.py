from __future__ import annotations

import pytest

from factcheck.text.sentences import sentences
from tests.linear import assert_linear

ROWS = [
    ("Prices rose 3.5% in May. They fell in June.",
     ["Prices rose 3.5% in May.", "They fell in June."]),
    ("The U.S. President spoke. Mr. Smith left.", ["The U.S. President spoke.", "Mr. Smith left."]),
    ("J. K. Rowling wrote it. Sales rose!", ["J. K. Rowling wrote it.", "Sales rose!"]),
    ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ("A heading\n\nA paragraph with 1.2 million people.",
     ["A heading", "A paragraph with 1.2 million people."]),
    ("Gate No. 5 closed. Staff left.", ["Gate No. 5 closed.", "Staff left."]),
    ("It cost $3.5bn. 40 tonnes were lost.", ["It cost $3.5bn.", "40 tonnes were lost."]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_lower_case_copy_still_splits() -> None:
    text = "bookings rose 76 percent last year. thats twice as loud. see e.g. the table."
    assert [text[s:e] for s, e in sentences(text)] == [
        "bookings rose 76 percent last year.", "thats twice as loud.", "see e.g. the table."]


def test_blank_line_ends_a_sentence_before_lower_case() -> None:
    text = "Heading\n\nmore text here"
    assert [text[s:e] for s, e in sentences(text)] == ["Heading", "more text here"]


def test_figure_with_letter_ends_a_sentence() -> None:
    text = "It cost $5m. The next one cost more."
    assert [text[s:e] for s, e in sentences(text)] == ["It cost $5m.", "The next one cost more."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See https://example.org/reports/2025. Then it fell.",
         ["See https://example.org/reports/2025.", "Then it fell."]),
        ("Supercalifragilistic. Then it fell.", ["Supercalifragilistic.", "Then it fell."]),
        ("A.B.C.D.E.F.G.H.I.J. Then it fell.", ["A.B.C.D.E.F.G.H.I.J. Then it fell."]),
        ("((((((((((((((((Mr. Smith left.", ["((((((((((((((((Mr. Smith left."]),
        ("x.\tYyyyyyyyyyyyyyyyyyyyyy. Zed left.", ["x.\tYyyyyyyyyyyyyyyyyyyyyy.", "Zed left."]),
    ],
)
def test_words_longer_than_the_abbreviation_window(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_long_words_before_full_stops_stay_linear() -> None:
    # The word before each full stop is over 16 characters; it used to be copied from
    # the start of the text at every full stop (9.8 s for this 810 kB, 35 s for twice it).
    def run(n: int) -> None:
        text = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa. " * n
        assert len(sentences(text)) == n

    assert_linear(run, 3_000)
