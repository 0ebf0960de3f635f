"""FC202's message says how the later figure stands against the earlier one: an exact count
(Tolerance: precision 0) "differs from" it, a rounded figure "is outside" the values its
wording allows (editor trial nu22: "19,812 is outside 18,912–18,912"). Our own sentences."""

from __future__ import annotations

import pytest

from factcheck import check

EXACT = [  # two exact counts: "differs from", never a range of one value
    ("The arena seats 14,263 fans, the club said. The arena's 14,623 seats were sold out "
     "for the derby.", "differs from 14,263"),
    ("The hall seats 18,912 people, the trust said. The hall's 19,812 seats were all sold "
     "for the final.", "differs from 18,912"),
]


@pytest.mark.parametrize(("text", "words"), EXACT)
def test_an_exact_count_differs_from_the_earlier_one(text: str, words: str) -> None:
    messages = [f.message for f in check(text, bundled=False, as_of="2026-06-01").findings
                if f.code == "FC202"]
    assert messages and all(words in m and "is outside" not in m for m in messages), messages


ROUNDED = [  # near twins: a figure whose wording allows a range says the range
    ("The theatre seats 2,140 people, its owners said. The theatre's 2,410 seats were "
     "refurbished last year.", "is outside 2,135–2,145"),
    ("The bridge cost £48 million, the council said. The bridge's £84 million cost was met "
     "by the state.", "is outside £47.5 million–£48.5 million"),
]


@pytest.mark.parametrize(("text", "words"), ROUNDED)
def test_a_rounded_figure_says_its_range(text: str, words: str) -> None:
    messages = [f.message for f in check(text, bundled=False, as_of="2026-06-01").findings
                if f.code == "FC202"]
    assert messages and all(words in m for m in messages), messages
