"""Comparisons between entities, counts per day, world figures and metric titles (issue 16).

The figures are invented for the tests (an illustrative table), in our own words.
"""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable
from factcheck.reference.metric import score, words
from tests.reference.tables import decided_statuses

# (entity, alias, metric, unit, terms) -> {year: value}
SERIES = {
    ("Peru", "PER", "Life expectancy", "years", ""): {2010: 74.1, 2020: 73.0},
    ("Bolivia", "BOL", "Life expectancy", "years", ""): {2010: 66.2, 2020: 64.5},
    ("Chile", "CHL", "Life expectancy", "years", ""): {2010: 78.9, 2020: 79.4},
    ("World", "OWID_WRL", "Life expectancy", "years", ""): {2010: 70.1, 2020: 71.9},
    ("South America", "OWID_SAM", "Life expectancy", "years", ""): {2010: 80.0, 2020: 81.0},
    ("Peru", "PER", "Homicide rate", "count", "homicide rate"): {2020: 7.9},
    ("Chile", "CHL", "Homicide rate", "count", "homicide rate"): {2020: 4.3},
    ("Bolivia", "BOL", "Homicide rate", "count", "homicide rate"): {2020: 6.2},
    ("Peru", "PER", "Annual GDP growth", "%", ""): {2020: -10.9},
    ("Chile", "CHL", "Annual GDP growth", "%", ""): {2020: -6.1},
    ("Kenya", "KEN", "Tuberculosis deaths", "count", "tuberculosis deaths"): {2022: 30000},
    ("Peru", "PER", "Inflation of consumer prices", "%", ""): {2022: 7.9},
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    rows = [(entity, metric, value, unit, str(year), "Illustrative series", alias, terms)
            for (entity, alias, metric, unit, terms), values in SERIES.items()
            for year, value in values.items()]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "aliases", "terms"])
    return load_reference(frame, name="compare")


def statuses(sentence: str, table: ReferenceTable) -> list[str]:
    return decided_statuses(sentence, table)


COMPARISONS = [
    # no figure: the subject's row against the peer's (2020: Peru 73.0, Bolivia 64.5,
    # Chile 79.4)
    ("Peru's life expectancy was higher than Bolivia's in 2020.", "supported"),
    ("In 2020 Bolivia's life expectancy exceeded Peru's.", "contradicted"),
    ("Life expectancy in Chile was lower than in Peru in 2020.", "contradicted"),
    ("Chile had a longer life expectancy than Bolivia in 2020.", "supported"),
    # a ratio: 7.9 / 4.3 = 1.84
    ("Peru's homicide rate was about 1.8 times Chile's in 2020.", "supported"),
    ("Peru's homicide rate was nearly double Chile's in 2020.", "supported"),
    ("In 2020 Peru's homicide rate was more than three times Chile's.", "contradicted"),
    # a factor carries 10% of its value (DESIGN.md, Tolerance; the extractor's reading):
    # 7.9 / 4.3 = 1.84, 6.2 / 4.3 = 1.44
    ("In 2020 Peru's homicide rate was two times Chile's.", "supported"),
    ("Bolivia's homicide rate in 2020 was one and a half times Chile's.", "supported"),
    ("Bolivia's homicide rate in 2020 was 2.5 times Chile's.", "contradicted"),
    ("Peru's homicide rate was three times Chile's in 2020.", "contradicted"),
    # a difference in the series' unit: 79.4 - 64.5 = 14.9 years
    ("Chile's life expectancy was about 15 years higher than Bolivia's in 2020.",
     "supported"),
    ("In 2020 life expectancy in Peru was 20 years higher than in Bolivia.", "contradicted"),
    # the world row as the peer: 73.0 against 71.9
    ("Peru's life expectancy was above the world average in 2020.", "supported"),
    # superlatives: listed peers, or every country (South America is a region, no peer)
    ("Of Peru, Bolivia and Chile, Chile had the highest life expectancy in 2020.",
     "supported"),
    ("Among Chile, Peru and Bolivia, Peru had the lowest life expectancy in 2010.",
     "contradicted"),
    ("Chile had the highest life expectancy of any country in 2020.", "supported"),
    ("In 2010 Peru had the highest life expectancy in the world.", "contradicted"),
    ("Peru's economy grew faster than Chile's in 2020.", "contradicted"),  # its growth
    ("People in Chile live about 15 years longer than Bolivians.", "supported"),  # years
]


@pytest.mark.parametrize(("sentence", "status"), COMPARISONS)
def test_a_comparison_is_decided_on_the_rows_of_both(table: ReferenceTable, sentence: str,
                                                     status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    decided = [v for v in report.verdicts if v.status != "unverifiable"]
    assert [v.status for v in decided] == [status], [v.explanation for v in report.verdicts]
    assert len(decided[0].rows) >= 2  # the subject's row and its peers'
    if status == "contradicted":
        assert [f.code for f in report.findings] == ["FC101"]


@pytest.mark.parametrize("sentence", [
    "Peru's life expectancy was higher in 2020 than in 2010.",       # over time, no peer
    "Peru's life expectancy was higher than the Andean average in 2020.",  # no such row
    "Peru's life expectancy was higher than Bolivia's in 1995.",      # no row that year
    "Peru's population was larger than Bolivia's in 2020.",           # no such series
    "Peru had more than 70 clinics in 2020.",                         # a bound, no peer
])
def test_a_comparison_the_table_cannot_decide_is_not_decided(table: ReferenceTable,
                                                             sentence: str) -> None:
    assert statuses(sentence, table) == []


def test_a_comparison_without_a_figure_has_a_claim_for_its_phrase(
        table: ReferenceTable) -> None:
    text = "Peru's life expectancy was higher than Bolivia's in 2020."
    report = check(text, references=[table], bundled=False, as_of="2024-06-01")
    (verdict,) = report.verdicts
    assert report.claims == ()
    assert verdict.claim.text == "higher than Bolivia's"
    assert text[verdict.claim.start:verdict.claim.end] == verdict.claim.text
    assert (verdict.claim.value, verdict.claim.multiplier, verdict.claim.bound) == (
        1.0, True, "over")
    assert [r.entity for r in verdict.rows] == ["Peru", "Bolivia"]
    assert "73" in verdict.explanation and "64.5" in verdict.explanation


def test_a_region_is_no_peer_of_countries(table: ReferenceTable) -> None:
    report = check("Chile had the highest life expectancy of any country in 2020.",
                   references=[table], bundled=False, as_of="2024-06-01")
    (verdict,) = report.verdicts
    assert "South America" not in {r.entity for r in verdict.rows}
    assert "World" not in {r.entity for r in verdict.rows}


PER_TIME = [
    # 30,000 deaths in 2022: 82 a day, 3.4 an hour, 577 a week
    ("Kenya recorded about 80 tuberculosis deaths each day in 2022.", "supported"),
    ("Tuberculosis deaths in Kenya ran at roughly 580 a week in 2022.", "supported"),
    ("In 2022 Kenya recorded 20 tuberculosis deaths every hour.", "contradicted"),
    ("Kenya saw about 300 tuberculosis deaths a day in 2022.", "contradicted"),
    ("In 2022, about 80 people died of tuberculosis each day in Kenya.", "supported"),
]


@pytest.mark.parametrize(("sentence", "status"), PER_TIME)
def test_a_count_per_day_is_held_as_its_yearly_count(table: ReferenceTable, sentence: str,
                                                     status: str) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    decided = [v for v in report.verdicts if v.status != "unverifiable"]
    assert [v.status for v in decided] == [status], [v.explanation for v in report.verdicts]
    assert "a year" in decided[0].explanation


def test_a_daily_count_is_not_read_as_a_yearly_one(table: ReferenceTable) -> None:
    # the same 80 with no time: 80 against 30,000 is no match
    assert "supported" not in statuses(
        "Kenya recorded about 80 tuberculosis deaths in 2022.", table)


@pytest.mark.parametrize(("sentence", "status"), [
    ("World life expectancy was about 72 years in 2020.", "supported"),
    ("The world's life expectancy was 75 years in 2020.", "contradicted"),
    ("Life expectancy worldwide was about 72 years in 2020.", "supported"),
    ("Global life expectancy stood at 75 years in 2020.", "contradicted"),
    ("The global life expectancy rose by about 2 years between 2010 and 2020.",
     "supported"),
])
def test_a_global_measure_is_the_world_row(table: ReferenceTable, sentence: str,
                                           status: str) -> None:
    assert statuses(sentence, table) == [status]


@pytest.mark.parametrize(("metric", "said", "names"), [
    ("Inflation of consumer prices", "inflation hit 7.9%", True),
    ("Share of women in parliament", "women held a third of the seats in parliament", True),
    ("Number of deaths", "deaths", True),
    ("CO₂ emissions per capita", "CO2 emissions rose", False),       # per capita stays
    ("CO₂ emissions from coal", "CO2 emissions rose", False),        # from coal stays
    ("Share of electricity from wind", "share of the vote", False),
])
def test_a_title_names_its_metric_before_of(metric: str, said: str, names: bool) -> None:
    assert (score(metric, "", words(said)) >= 1.0) is names


def test_inflation_is_matched_by_its_title(table: ReferenceTable) -> None:
    assert statuses("Peru's inflation reached 7.9% in 2022.", table) == ["supported"]
    assert statuses("Inflation in Peru was 12% in 2022.", table) == ["contradicted"]


ALIGNED = [
    # a figure-less comparison before and after figures: verdicts[i] stays claims[i]'s
    "Peru's life expectancy was higher than Bolivia's in 2020, when Chile's was 79.4 years.",
    "In 2020 Chile's life expectancy was 79.4 years and Bolivia's was lower than Peru's.",
    "Bolivia trailed Peru in life expectancy in 2020; Peru's inflation was 7.9% in 2022.",
]


@pytest.mark.parametrize("sentence", ALIGNED)
def test_claim_verdicts_come_first_in_claim_order(sentence: str, table: ReferenceTable
                                                  ) -> None:
    report = check(sentence, references=[table], bundled=False, as_of="2024-06-01")
    assert report.claims, sentence
    assert [v.claim for v in report.verdicts[:len(report.claims)]] == list(report.claims)
    extra = report.verdicts[len(report.claims):]
    assert all(v.claim not in report.claims for v in extra)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a comparison without a figure whose possessed measure is narrower than every series
    # decides nothing ("male life expectancy" is not "Life expectancy")
    ("Peru's male life expectancy was higher than Bolivia's in 2020.", []),
    ("Chile's urban homicide rate was lower than Peru's in 2020.", []),
    ("Bolivia's rural life expectancy was below Chile's in 2020.", []),
    ("In 2020 Peru's homicide rate among women was higher than Chile's.", []),
    # near twins: the measure the series names
    ("Chile's homicide rate was lower than Peru's in 2020.", ["supported"]),
    ("Bolivia's life expectancy was below Chile's in 2020.", ["supported"]),
    ("In 2020 Peru's homicide rate was higher than Chile's.", ["supported"]),
])
def test_a_narrower_possessed_measure_is_not_compared(table: ReferenceTable, sentence: str,
                                                      expected: list[str]) -> None:
    assert statuses(sentence, table) == expected
