"""Frames rows for round 21 (r21-period; our own phrasings): the measure of a figure that
hangs on a light verb whose object (or small clause's subject) is what it measures.

- "kept the jobless rate below 6%", "held the base rate at 4.5%": a verb holds its
  object at, above, below, under or over the figure (frames.verbs.verb_object);
- "saw the infant mortality rate drop by a third": the subject of the clause the verb
  takes (frames.verbs._small_clause);
- "saw the maize yield increase by a quarter", parsed as one noun phrase: the noun
  compounded before the change noun (frames.verbs._before_change).
Near twins keep what they had: an object moved by an amount, a subject's own verb, a
count, a change noun with nothing before it.

Rows: (text, figure, expected measure).
"""

from __future__ import annotations

import pytest

from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    ("Vessa saw the infant mortality rate drop by a third between 1995 and 2010.",
     "a third", "infant mortality rate"),
    ("Through the 1990s, Kerrin kept the jobless rate below 6%.", "below 6%",
     "jobless rate"),
    ("Arlen saw the maize yield increase by a quarter from 1990 to 2002.", "a quarter",
     "maize yield"),
    ("In the 2010s Soria kept the literacy rate above ninety per cent.",
     "ninety per cent", "literacy rate"),
    # near twins
    ("Ostrava held the base rate at 4.5% in 2012.", "4.5%", "base rate"),
    ("The firm cut its budget by $2bn in 2019.", "$2bn", "budget"),
    ("Prices rose above 5% in 2012.", "5%", "price"),
    ("Norland had 88 schools in 2004.", "88 schools", "school"),
    ("The firm saw profits of $4m in 2019.", "$4m", "profit"),
    ("Kerrin watched exports grow by a third between 2004 and 2011.", "a third", "export"),
    ("Average waits at Tolly clinic fell from 6.5 hours to 4.1 hours this year. Staff "
     "credit the 37% cut to extra doctors.", "37%", None),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)
