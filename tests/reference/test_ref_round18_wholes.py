"""Round 18, issue 16: a figure that is a share of the world's (or another entity's) total
(reference.world_share), a figure said of entities taken together (reference.joined), and
a count per day, hour or week held against a yearly series (reference.per_time). Our own
sentences and illustrative figures (not published ones): rows that must be decided, and
near twins that must keep their verdict or stay undecided. A ratio ("one physician per
1,000 residents", "1:5,000") against a series per 1,000 people needs the metric's word
("physician" for "doctors": lexicon/metric_synonyms.txt)."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.tables import decided_statuses, yearly_table

SERIES = {  # (entity, metric, unit) -> values for 2019, 2020; illustrative
    ("Kenya", "Population (Total)", "count"): [52e6, 53e6],
    ("Uganda", "Population (Total)", "count"): [44e6, 45e6],
    ("Tanzania", "Population (Total)", "count"): [60e6, 62e6],
    ("World", "Population (Total)", "count"): [7.8e9, 7.9e9],
    ("Kenya", "Tuberculosis deaths", "count"): [30000, 31000],
    ("Uganda", "Tuberculosis deaths", "count"): [20000, 19000],
    ("Tanzania", "Tuberculosis deaths", "count"): [25000, 26000],
    ("World", "Tuberculosis deaths", "count"): [1.4e6, 1.5e6],
    ("Kenya", "Share of electricity production from coal", "%"): [10.0, 12.0],
    ("Uganda", "Share of electricity production from coal", "%"): [5.0, 6.0],
    ("World", "Share of electricity production from coal", "%"): [36.0, 35.0],
    ("Kenya", "Medical doctors per 1,000 people", "count"): [0.2, 0.25],
    ("Kenya", "Road deaths", "count"): [4000, 4100],  # no World row
    ("Uganda", "Road deaths", "count"): [3500, 3600],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return yearly_table(SERIES, (2019, 2020), "round18-wholes")


WORLD_SHARE = [
    # the entity's row over the World row of one series of counts (Kenya: 0.67%, 0.67%;
    # Kenya's TB deaths: 2.14%, 2.07%; Uganda's: 1.43%, 1.27%)
    ("Kenya was home to under 1% of the world's population in 2020.", ["supported"]),
    ("In 2019, Uganda accounted for roughly 5% of tuberculosis deaths worldwide.",
     ["contradicted"]),
    ("Tuberculosis deaths in Kenya made up more than 2% of the global total in 2019.",
     ["supported"]),
    ("Tanzania's people were about a tenth of the world's population in 2020.",
     ["contradicted"]),
    ("In 2020 Uganda's tuberculosis toll was over 1% of the world's.", ["supported"]),
    # near twins: the whole is the subject's own (a share series decides), the figure is
    # the world's own, a share of shares, a whole no row holds
    ("Coal made up 12% of Kenya's electricity in 2020.", ["supported"]),
    ("Coal made up 30% of Kenya's electricity in 2020.", ["contradicted"]),
    ("About 12% of Kenya's electricity came from coal in 2020, against 35% of the "
     "world's.", ["supported"]),
    ("Kenya's coal share was a third of the world's in 2020.", []),
    ("Kenya's road deaths were 1% of the world's in 2020.", []),
]

TOGETHER = [
    # the sum of the entities' rows of one series of counts
    ("Kenya and Uganda combined had about 98 million people in 2020.", ["supported"]),
    ("Together, Kenya and Tanzania had more than 120 million people in 2019.",
     ["contradicted"]),
    ("Uganda and Tanzania between them lost over 100 people a day to tuberculosis in "
     "2020.", ["supported"]),
    ("In Kenya, Uganda and Tanzania taken together, fewer than 50,000 people died of "
     "tuberculosis in 2019.", ["contradicted"]),
    # near twins: a figure of each, and shares that do not add up
    ("Kenya and Uganda each had more than 40 million people in 2020.", ["supported"]),
    ("Kenya and Uganda combined had a coal share of 18% in 2020.", []),
    ("Together, Kenya and Uganda got 9% of their electricity from coal in 2019.", []),
    ("Kenya and Uganda had 53 million and 45 million people respectively in 2020.",
     ["supported", "supported"]),
]

PER_TIME = [
    # a count per day, hour or week against a yearly series (Kenya 2019: 30,000)
    ("Every day in 2019, more than 80 Kenyans died of tuberculosis.", ["supported"]),
    ("Tuberculosis killed about 10 people an hour in Kenya in 2019.", ["contradicted"]),
    ("In 2019 around 580 people a week died of tuberculosis in Kenya.", ["supported"]),
    # near twins: no yearly series for the measure; a yearly count kept as it is
    ("More than 300 people a day died of malaria in Kenya in 2019.", []),
    ("Some 30,000 people died of tuberculosis in Kenya in 2019.", ["supported"]),
    ("In 2019, about 80 people died of tuberculosis in Kenya.", []),
]

RATIO = [
    # one per so many people, against a series per 1,000 people (Kenya 2020: 0.25)
    ("Kenya had one doctor for every 4,000 people in 2020.", ["supported"]),
    ("In 2020 there was roughly one physician per 1,000 residents in Kenya.",
     ["contradicted"]),
    ("Kenya's physician-to-population ratio was 1:4,000 in 2020.", ["supported"]),
    ("In 2019 Kenya had just one physician for every 5,000 inhabitants.", ["supported"]),
    # near twins: no series of the thing counted, or a count that is no rate
    ("Kenya had one nurse for every 4,000 people in 2020.", []),
    ("Kenya's nurse-to-patient ratio was 1:5,000 in 2019.", []),
    ("Kenya had one engineer per 1,000 residents in 2020.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), RATIO)
def test_ratio_per_people(table: ReferenceTable, sentence: str, expected: list[str]) -> None:
    assert decided_statuses(sentence, table) == expected


@pytest.mark.parametrize(("sentence", "expected"), WORLD_SHARE)
def test_share_of_the_world(table: ReferenceTable, sentence: str, expected: list[str]
                            ) -> None:
    assert decided_statuses(sentence, table) == expected


@pytest.mark.parametrize(("sentence", "expected"), TOGETHER)
def test_entities_together(table: ReferenceTable, sentence: str, expected: list[str]
                           ) -> None:
    assert decided_statuses(sentence, table) == expected


@pytest.mark.parametrize(("sentence", "expected"), PER_TIME)
def test_count_per_time(table: ReferenceTable, sentence: str, expected: list[str]) -> None:
    assert decided_statuses(sentence, table) == expected
