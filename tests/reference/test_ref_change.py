"""Changes over time against a series: the rows at both ends decide (issue 16)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable, verify
from tests.reference.conftest import ctx

YEARS = [1990, 2000, 2010, 2019, 2020, 2021, 2022]
SERIES = {
    ("Kenya", "life expectancy", "years", "life expectancy|lifespan"):
        [57.1, 52.4, 59.3, 62.5, 62.7, 61.4, 62.1],
    ("Norway", "share of electricity from wind", "%", "wind|wind power|electricity"):
        [0.0, 0.1, 0.8, 4.6, 6.4, 8.1, 10.2],
    ("Chile", "copper exports", "tonne", "copper|export|exports"):
        [1.2e6, 2.4e6, 3.1e6, 3.6e6, 3.5e6, 3.7e6, 3.3e6],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, metric, value, unit, str(year), "Illustrative series", terms)
            for (entity, metric, unit, terms), values in SERIES.items()
            for year, value in zip(YEARS, values, strict=True)]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "terms"])
    return load_reference(frame, name="series")


CASES = [
    # relative change, percent of the earlier level: 57.1 -> 62.7 is +9.8%
    ("Life expectancy in Kenya rose by about 10% between 1990 and 2020.", "supported"),
    ("Between 1990 and 2020, Kenya's life expectancy increased 25%.", "contradicted"),
    pytest.param("Kenya saw life expectancy climb by more than 5% from 1990 to 2020.",
                 "supported", marks=pytest.mark.xfail(
                     strict=True, reason="frames: no measure read for 'saw X climb'")),
    ("Kenya's life expectancy fell by 9.8% between 1990 and 2020.", "contradicted"),
    # absolute change in the series' unit: +5.6 years
    ("Kenya's life expectancy grew by 5.6 years between 1990 and 2020.", "supported"),
    ("Between 1990 and 2020 life expectancy in Kenya went up by 12 years.",
     "contradicted"),
    # points of a share: 0.8% -> 10.2% is +9.4 points
    ("Wind's share of Norway's electricity rose by 9.4 percentage points between 2010 "
     "and 2022.", "supported"),
    ("Between 2010 and 2022, the share of Norway's electricity from wind grew by 3 "
     "percentage points.", "contradicted"),
    # multipliers: 1.2m -> 3.6m tonnes is a factor of 3
    ("Chile's copper exports tripled between 1990 and 2019.", "supported"),
    ("Copper exports from Chile doubled between 2000 and 2019.", "contradicted"),
    ("Between 1990 and 2000, Chile's copper exports doubled.", "supported"),
    # a single year against the year before: 3.7m -> 3.3m in 2022 is -10.8%
    ("Chile's copper exports fell 11% in 2022.", "supported"),
    ("In 2022 Chile's copper exports rose by 11%.", "contradicted"),
]


@pytest.mark.parametrize(("sentence", "status"), CASES)
def test_change_against_the_rows_at_both_ends(table: ReferenceTable, sentence: str,
                                              status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    decided = [v for v in report.verdicts if v.status != "unverifiable"]
    assert [v.status for v in decided] == [status], [v.explanation for v in report.verdicts]
    assert len(decided[0].rows) == 2
    if status == "contradicted":
        fc101 = [f for f in report.findings if f.code == "FC101"]
        assert fc101 and fc101[0].suggestion is None


@pytest.mark.parametrize("sentence", [
    "Kenya's life expectancy rose by 10%.",                      # no period: no ends
    "Life expectancy in Kenya rose by 10% between 1980 and 2020.",  # no 1980 row
    "Life expectancy in Uganda rose by 10% between 1990 and 2020.",  # not in the table
])
def test_a_change_the_rows_cannot_decide_is_unverifiable(table: ReferenceTable,
                                                         sentence: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert {v.status for v in report.verdicts} == {"unverifiable"}


def test_the_explanation_gives_both_rows_and_the_arithmetic(table: ReferenceTable) -> None:
    report = check("Life expectancy in Kenya rose by about 10% between 1990 and 2020.",
                   references=[table], bundled=False, as_of="2024-06-01")
    (verdict,) = [v for v in report.verdicts if v.status == "supported"]
    assert "1990: 57.1 years; 2020: 62.7 years; a rise of 9.8%" in verdict.explanation
    assert [r.period for r in verdict.rows] == ["1990", "2020"]


@pytest.mark.parametrize(("sentence", "status"), [
    # every row inside the span must hold a bound: Kenya 52.4 to 62.7 from 1990 to 2020
    ("Kenya's life expectancy stayed above 50 years between 1990 and 2020.", "supported"),
    ("Between 1990 and 2020, life expectancy in Kenya remained under 60 years.",
     "contradicted"),
    ("From 2019 to 2022, wind supplied less than 12% of Norway's electricity.", "supported"),
    ("Between 2010 and 2022 wind's share of Norway's electricity stayed above 5%.",
     "contradicted"),
])
def test_a_bound_over_a_span_holds_in_every_row(table: ReferenceTable, sentence: str,
                                                status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    decided = [v for v in report.verdicts if v.status != "unverifiable"]
    assert [v.status for v in decided] == [status], [v.explanation for v in report.verdicts]


def test_a_period_that_is_one_rows_span_compares_with_the_same_span_a_year_earlier(
        story_table: ReferenceTable) -> None:
    # the story's table: Myanmar's rare-earth exports to China, January to May 2024 and 2025
    text = ("Myanmar's rare-earth exports to China fell by half in the first five months of "
            "2025.")
    report = check(text, references=[story_table], bundled=False, as_of="2025-08-27")
    changes = [v for v in report.verdicts if v.rows]
    assert [(v.status, len(v.rows)) for v in changes] == [("supported", 2)], [
        v.explanation for v in report.verdicts]
    assert [r.period for r in changes[0].rows] == ["2024-01/2024-05", "2025-01/2025-05"]


DEATHS = [("Ruritania", "deaths in armed conflict", v, "count", str(y), "Illustrative",
           "death|deaths|died|killed|people")
          for y, v in [(2020, 90000), (2021, 120000), (2022, 110000)]]


@pytest.fixture(scope="module")
def deaths() -> ReferenceTable:
    frame = pd.DataFrame(DEATHS, columns=["entity", "metric", "value", "unit", "period",
                                          "source", "terms"])
    return load_reference(frame, name="deaths")


@pytest.mark.parametrize(("sentence", "status"), [
    # a level over a span, exact or about: its mean and most rows (Kenya 61.4 to 62.7)
    ("Life expectancy in Kenya was about 62 years between 2019 and 2022.", "supported"),
    ("Between 2019 and 2022, Kenya's life expectancy was around 80 years.", "contradicted"),
    # rows that spread wider than the figure's band decide nothing (Norway 4.6 to 10.2)
    ("Wind supplied about 7% of Norway's electricity between 2019 and 2022.",
     "unverifiable"),
    # a count of events over a span: the total (320,000) or the yearly mean (106,667)
    ("More than 300,000 people died in armed conflict in Ruritania between 2020 and 2022.",
     "supported"),
    ("Between 2020 and 2022, about 320,000 people were killed in Ruritania's armed "
     "conflict.", "supported"),
    ("Fewer than 200,000 people died in armed conflict in Ruritania from 2020 to 2022.",
     "contradicted"),
])
def test_a_level_over_a_span(table: ReferenceTable, deaths: ReferenceTable, sentence: str,
                             status: str) -> None:
    report = check(sentence, references=[table, deaths], bundled=False, as_of="2024-06-01")
    spans = [v for v in report.verdicts if len(v.rows) >= 3]
    assert [v.status for v in spans] == [status], [v.explanation for v in report.verdicts]


@pytest.mark.parametrize("sentence", [
    # a plain count far from every row of the series its noun matched is about something
    # else: no verdict (the rows are Ruritania's yearly conflict deaths, about 100,000)
    "Ruritania loses more than 40 people a day to conflict, a figure unchanged since 2020.",
    "In 2021 one Ruritanian in every 250 people died in the fighting.",
    "Conflict killed 12 people in Ruritania in 2021, the army said.",
])
def test_a_count_far_from_its_series_is_unverifiable(deaths: ReferenceTable,
                                                      sentence: str) -> None:
    report = check(sentence, references=[deaths], bundled=False, as_of="2024-06-01")
    assert "contradicted" not in {v.status for v in report.verdicts}, [
        v.explanation for v in report.verdicts]


@pytest.mark.parametrize(("text", "value", "status"), [
    ("by 11%", 11.0, "unverifiable"),    # fits the fall of 10.8%, but which way was said?
    ("by about 10%", 10.0, "unverifiable"),
    ("by 40%", 40.0, "contradicted"),     # wrong as a rise and as a fall
    ("by 2%", 2.0, "contradicted"),
])
def test_a_change_without_a_read_direction_is_wrong_only_both_ways(
        table: ReferenceTable, text: str, value: float, status: str) -> None:
    sentence = f"Chile's copper exports moved {text} in 2022."
    frame = ctx(sentence, text.removeprefix("by "), value, unit="percent",
                bound="approx" if "about" in text else "exact", subject="Chile",
                cues=("copper", "export"), period=(date(2022, 1, 1), date(2022, 12, 31)),
                role="change")
    (verdict,) = verify([frame], [table], date(2024, 6, 1))
    assert verdict.status == status, verdict.explanation


@pytest.mark.parametrize(("sentence", "status"), [
    # 8.1% -> 10.2% in 2022: 2.1 points; "2 points" carries ±0.1 as a figure in points,
    # not the exactness of a count of two things
    ("Wind's share of Norway's electricity rose by 2 points in 2022.", "supported"),
    ("In 2022 the share of Norway's electricity from wind grew 3 points.", "contradicted"),
    ("Norway's wind share of electricity rose by about 9 points between 2010 and 2022.",
     "supported"),
    ("Norway's share of electricity from wind rose 4 points between 2019 and 2022.",
     "contradicted"),
])
def test_a_change_in_points_has_the_precision_of_its_digits(
        table: ReferenceTable, sentence: str, status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert [v.status for v in report.verdicts if v.status != "unverifiable"] == [status], [
        v.explanation for v in report.verdicts]


@pytest.mark.parametrize(("measure", "status"), [
    ("point wind share", "supported"),           # the unit's word is no part of the measure
    ("percentage point wind share", "supported"),
    ("point hydro share", "unverifiable"),       # another measure stays another measure
])
def test_a_measure_that_holds_the_word_point(table: ReferenceTable, measure: str,
                                             status: str) -> None:
    sentence = "Norway's wind share rose by 2 points in 2022."
    frame = ctx(sentence, "2 points", 2.0, noun="points", subject="Norway",
                cues=tuple(measure.split()), change="increase",
                period=(date(2022, 1, 1), date(2022, 12, 31)), role="change")
    (verdict,) = verify([frame], [table], date(2024, 6, 1))
    assert verdict.status == status, verdict.explanation
