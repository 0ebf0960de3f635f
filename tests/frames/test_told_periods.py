"""Periods the frames read for a figure from the words that tell when its thing
happened: a relative clause or participle phrase of the figure's own noun ("the 68 mm
that fell on Tuesday night"), and a month's possessive ("October's 124 mm"). Our own
phrasings; near twins whose phrase dates another figure or none."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck import check

AS_OF = "2026-11-30"  # a Monday
TUESDAY = (date(2026, 11, 24), date(2026, 11, 24))
FRIDAY = (date(2026, 11, 27), date(2026, 11, 27))
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
MARCH_2025 = (date(2025, 3, 1), date(2025, 3, 31))


def _period(text: str, figure: str) -> tuple[date, date] | None:
    report = check(text, as_of=AS_OF, bundled=False)
    frame = next(f for f in report.frames if f.claim.text == figure)
    return frame.period


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("The 68 mm that fell on Tuesday night flooded the high street.", "68 mm", TUESDAY),
    ("Police said the 320 arrests made on Friday were a record.", "320 arrests", FRIDAY),
    ("The £24 million budget, which was agreed on Tuesday, means cuts.", "£24 million",
     TUESDAY),
    ("The 14,000 vehicles that crossed the bridge on Friday caused queues.",
     "14,000 vehicles", FRIDAY),
    ("October's 124 mm had left fields under water.", "124 mm", OCTOBER),
    ("March 2025's total of 310 mm was a record.", "310 mm", MARCH_2025),
])
def test_a_figure_takes_the_period_its_own_words_tell(
        text: str, figure: str, period: tuple[date, date]) -> None:
    assert _period(text, figure) == period


@pytest.mark.parametrize(("text", "figure"), [
    # the clause is another figure's or another noun's: it dates nothing of this one
    ("The school, which opened on Tuesday, has 400 pupils.", "400 pupils"),
    ("The 68 mm flooded the street, which reopened on Friday.", "68 mm"),
    ("Crews who arrived on Friday pumped out 900 litres.", "900 litres"),
])
def test_a_clause_of_another_noun_dates_no_figure(text: str, figure: str) -> None:
    assert _period(text, figure) is None
