"""Figures that size a gap between two places (issue 16, item 3; the data-desk trial).

A gap or a ratio between two places ("8,500 fewer residents than Harrowgate", "more than
triple Millbrook's", "5.4% higher than Ghana's") is decided from both places' rows for the
same year, never read as one place's change over the year before. The table is invented:
each trap's wrong figure is exactly the subject's own change from 2022 to 2023, which the
change reading would have called right.
"""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable

# (entity, metric, unit) -> (2022, 2023)
SERIES = {
    ("Harrowgate", "population", "count"): (12_000, 40_000),   # a rise of 28,000; x3.33
    ("Millbrook", "population", "count"): (30_000, 21_500),    # a fall of 8,500
    ("Harrowgate", "budget", "USD millions"): (10, 35),        # a factor of 3.5
    ("Millbrook", "budget", "USD millions"): (6, 15),          # a factor of 2.5
    ("Harrowgate", "jobless rate", "percent"): (6.0, 4.5),     # a fall of 1.5 points
    ("Millbrook", "jobless rate", "percent"): (9.0, 7.5),      # a fall of 1.5 points
    ("Ghana", "population", "count"): (33_000_000, 33_800_000),  # a rise of 0.8 million
    ("Senegal", "population", "count"): (17_500_000, 18_000_000),
    ("Ghana", "life expectancy", "years"): (64.0, 64.5),
    ("Senegal", "life expectancy", "years"): (67.6, 68.0),
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, metric, value, unit, str(year), "Illustrative series")
            for (entity, metric, unit), values in SERIES.items()
            for year, value in zip((2022, 2023), values, strict=True)]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source"])
    return load_reference(frame, name="desk")


def verdict_of(sentence: str, table: ReferenceTable) -> tuple[str, str]:
    """The status and explanation of the sentence's first figure's verdict."""
    report = check(sentence, references=[table], bundled=False, as_of="2025-06-01")
    first = report.verdicts[0]
    return first.status, first.explanation


TRAPS = [
    # 2023: Millbrook 21,500, Harrowgate 40,000: a gap of 18,500 (Millbrook fell 8,500)
    ("In 2023 Millbrook had 8,500 fewer residents than Harrowgate.", "contradicted"),
    # Harrowgate rose by 28,000; the gap is 18,500
    ("Harrowgate's population in 2023 was 28,000 higher than Millbrook's.", "contradicted"),
    # Harrowgate's budget rose 3.5 times; it is 2.33 times Millbrook's
    ("Harrowgate's 2023 budget was more than triple Millbrook's.", "contradicted"),
    # both rates fell 1.5 points; Millbrook's is 3 points above Harrowgate's
    ("Millbrook's jobless rate was 1.5 points lower than Harrowgate's in 2023.",
     "contradicted"),
    # Ghana grew by 0.8 million; it has 15.8 million more people than Senegal
    ("In 2023 Ghana had 0.8 million more people than Senegal.", "contradicted"),
    ("Ghana's population in 2023 was 800,000 higher than in Senegal.", "contradicted"),
    # Millbrook's budget grew 2.5 times; it is 0.43 times Harrowgate's
    ("Millbrook's 2023 budget was two and a half times Harrowgate's.", "contradicted"),
    ("Millbrook's jobless rate was 1.5 points above Harrowgate's in 2023.", "contradicted"),
    ("Millbrook's jobless rate was 1.5 percentage points higher than Harrowgate's in 2023.",
     "contradicted"),
    ("In 2023, Millbrook had two and a half times as many residents as Harrowgate.",
     "contradicted"),
    # the other place is in no table: the gap cannot be decided, and is no change either
    ("Millbrook's population was 8,500 lower than Oakhurst's in 2023.", "unverifiable"),
    ("Harrowgate's 2023 budget was more than triple Brockton's.", "unverifiable"),
]

RIGHT = [
    ("In 2023 Millbrook had 18,500 fewer residents than Harrowgate.", "supported"),
    ("Harrowgate's jobless rate in 2023 was 3 points lower than Millbrook's.", "supported"),
    ("Harrowgate's 2023 budget was more than twice Millbrook's.", "supported"),
    ("In 2023 the jobless rate in Millbrook was 3 points higher than in Harrowgate.",
     "supported"),
    ("Millbrook's jobless rate was 3 percentage points above Harrowgate's in 2023.",
     "supported"),
    ("Millbrook's budget in 2023 was $20 million smaller than Harrowgate's.", "supported"),
    ("In 2023, Harrowgate had twice as many residents as Millbrook.", "supported"),
    ("Harrowgate's population was almost twice Millbrook's in 2023.", "supported"),
    ("Ghana had 15.8 million more people than Senegal in 2023.", "supported"),
    ("In 2023 Ghana's population was 15.8 million greater than that of Senegal.",
     "supported"),
    # 68.0 / 64.5 = 1.054: 5.4% higher; 64.5 / 68.0 = 0.949: 5.1% lower
    ("In 2023 Senegal's life expectancy was 5.4% higher than Ghana's.", "supported"),
    ("Ghana's life expectancy in 2023 was about 5% lower than Senegal's.", "supported"),
    ("In 2023 Senegal's life expectancy was 25% higher than Ghana's.", "contradicted"),
    # a fraction of the other's figure is a ratio, not a relative difference (0.53)
    ("Senegal's population was less than half Ghana's in 2023.", "contradicted"),
    ("Senegal's population was more than half Ghana's in 2023.", "supported"),
    # a percent of a rate in percent may be points or a relative difference (3 points;
    # 7.5 / 4.5 = 1.67): the wording does not say which
    ("Millbrook's jobless rate was 67% higher than Harrowgate's in 2023.", "unverifiable"),
    # a year said in words is the year compared: the table has no row for last year
    ("Last year Ghana's population was 15.8 million greater than that of Senegal.",
     "unverifiable"),
    ("Ghana's population is now almost twice Senegal's.", "supported"),  # the latest row
    # towns are compared as countries are
    ("In 2023 Harrowgate's population was twice Millbrook's.", "supported"),
    ("Millbrook's population in 2023 was three times Harrowgate's.", "contradicted"),
]

# near-twins: one place's change over time stays a change
CHANGES = [
    ("Millbrook's population fell by 8,500 in 2023.", "supported"),
    ("Millbrook's population was 8,500 lower in 2023 than in 2022.", "supported"),
    ("Harrowgate's budget more than tripled in 2023.", "supported"),
    ("Ghana's population grew by 0.8 million in 2023.", "supported"),
    ("Harrowgate's jobless rate fell 1.5 points in 2023.", "supported"),
]


@pytest.mark.parametrize(("sentence", "expected"), TRAPS + RIGHT + CHANGES)
def test_gap_between_places(sentence: str, expected: str, table: ReferenceTable) -> None:
    assert verdict_of(sentence, table)[0] == expected


@pytest.mark.parametrize("sentence", [s for s, _ in TRAPS])
def test_gap_is_never_a_change(sentence: str, table: ReferenceTable) -> None:
    """The explanation names both places' rows, or the place it cannot find: never the
    subject's rows a year apart."""
    explanation = verdict_of(sentence, table)[1]
    assert "2022" not in explanation
    assert "a rise of" not in explanation and "a fall of" not in explanation


@pytest.mark.parametrize(("sentence", "said"), [
    ("In 2023 Senegal's life expectancy was 25% higher than Ghana's.", "5.43% above Ghana"),
    ("Ghana's life expectancy in 2023 was 20% lower than Senegal's.", "5.15% below Senegal"),
    ("Millbrook's jobless rate was 1.5 points lower than Harrowgate's in 2023.",
     "3 percentage points"),
])
def test_the_explanation_speaks_the_claims_terms(sentence: str, said: str,
                                                 table: ReferenceTable) -> None:
    """A relative difference is explained in percent, a gap in points in points: never a
    ratio of 1.05 held against a band in percent."""
    assert said in verdict_of(sentence, table)[1]
