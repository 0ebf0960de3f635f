"""Frames rows for the measure of round 25 (r25-measure; our own phrasings).

- A share that states the level of a metric relative to a whole: the subject of a
  copula, of a verb stating a level ("stood at", "reached") or of a verb of change, or
  the noun a verb moves "to" the share, names a metric (nouns.measure_word): the measure
  is that metric, not its whole ("the trade deficit widened to 4.1% of GDP": trade
  deficit; frames.share._stated). Near twins keep the whole: a part that names no
  metric ("immigrants were 14% of the population", "wind and solar were 1% of the
  electricity") and a verb of composition ("women made up 52% of the workforce").
- A share of a metric written as a name ("GDP") that a verb naming a metric puts "on"
  something is that thing's metric ("spends 2.6% of GDP on defence": defence
  spending; frames.share._spent_on), wherever the parser hangs the "on". A share of a
  budget or an income keeps its whole (writers label it either way), as does one spent
  "in" a place.

Rows: (text, figure, expected): the whole measure phrase.
"""

from __future__ import annotations

import pytest

from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    # a metric's level stated relative to a whole
    ("Carvonia's trade deficit widened to 4.1% of GDP last year.", "4.1%", "trade deficit"),
    ("Government borrowing stood at 5.6 per cent of national income in March.",
     "5.6 per cent", "government borrowing"),
    ("Household debt was nine per cent of disposable income in 1990.", "nine per cent",
     "household debt"),
    ("Research spending reached 3.2% of the university's revenue in 2024.", "3.2%",
     "research spending"),
    ("The budget deficit will narrow to 3.2% of GDP next year, the minister said.", "3.2%",
     "budget deficit"),
    ("Estavia will raise defence spending to 2.5% of GDP by 2027.", "2.5%",
     "defence spending"),
    # near twins: a part that names no metric, a verb of composition
    ("Immigrants were 14% of the town's population in 2021.", "14%",
     "immigrant population"),
    ("Wind and solar were 1% of Chile's electricity.", "1%",
     "wind electricity and solar electricity"),
    ("Women made up 52% of the workforce.", "52%", "woman workforce"),
    ("Coal supplied 53% of Poland's power.", "53%", "coal power"),
    # near twin: a share set beside another figure is a share of its whole
    ("Sales of heat pumps in Darrow rose to 14,000 in 2025, 9% of all new boilers.", "9%",
     "heat pump sale boiler"),
    # a share of GDP spent "on" something
    ("Tarnovia spends 4.8% of its GDP on health, the OECD found.", "4.8%",
     "health spending"),
    ("Vostrava spends 2.6% of GDP on defence.", "2.6%", "defence spending"),
    ("The country spent 1.1% of GDP on research in 2024.", "1.1%", "research spending"),
    # near twins: a budget or an income spent so keeps its whole; spent "in" a place
    ("The council spent a fifth of its budget on social care last year.", "a fifth",
     "council budget"),
    ("Households in Darrow spend 14% of their income on energy.", "14%",
     "household energy income"),
    ("Tourists spent 40% of their budget in the old town.", "40%",
     "tourist old town budget"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)
