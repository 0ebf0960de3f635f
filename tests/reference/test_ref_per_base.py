"""Rates per so many people: the words after "per" and a number are the rate's base, and
a rate per another base is restated per the series' (reference.per_base)."""

from __future__ import annotations

import pytest

from factcheck.reference import ReferenceTable
from tests.reference.conftest import decided as decided_by
from tests.reference.conftest import rate_table

YEARS = [2000, 2010, 2020]
SERIES = {  # (entity, metric, unit): values for YEARS
    ("Chile", "Nurses and midwives per 1,000 people", "per 1,000 people"): [1.1, 2.4, 3.5],
    ("Peru", "Nurses and midwives per 1,000 people", "per 1,000 people"): [0.9, 1.3, 2.9],
    ("Chile", "Broadband subscriptions per 100 people", "per 100 people"): [0.4, 10.6, 20.2],
    ("Peru", "Broadband subscriptions per 100 people", "per 100 people"): [0.1, 3.2, 9.1],
    ("Chile", "Mobile phone subscriptions per 100 people", "per 100 people"): [22, 116, 131],
    ("Peru", "Mobile phone subscriptions per 100 people", "per 100 people"): [5, 100, 118],
    ("Chile", "Population", "people"): [15.3e6, 17.0e6, 19.3e6],
    ("Peru", "Population", "people"): [26.5e6, 29.2e6, 33.3e6],
}


@pytest.fixture(scope="module")
def table() -> ReferenceTable:
    return rate_table(SERIES, YEARS, "rates")


def decided(sentence: str, table: ReferenceTable) -> list[tuple[str, str]]:
    return decided_by(sentence, table, as_of="2024-06-01")


NURSES = "Nurses and midwives per 1,000 people"
BROADBAND = "Broadband subscriptions per 100 people"
MOBILE = "Mobile phone subscriptions per 100 people"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a level: the figure is the rate, with the digit rule's precision (3.5 is ±0.05)
    ("Chile had 3.5 nurses per 1,000 people in 2020.", [("supported", NURSES)]),
    ("In 2010 Peru counted about 1.3 midwives per 1,000 residents.", [("supported", NURSES)]),
    ("Chile had 20 broadband subscriptions per 100 people in 2020.",
     [("supported", BROADBAND)]),
    ("In 2020, Peru had 14 broadband subscriptions per 100 Peruvians.",
     [("contradicted", BROADBAND)]),
    # "for every" and "for each" are "per"
    ("Chile had 3.5 nurses for every 1,000 people in 2020.", [("supported", NURSES)]),
    ("In 2020 Peru had just 2 nurses for each 1,000 residents.", [("contradicted", NURSES)]),
    ("Chile counted fewer than 25 broadband subscriptions for every 100 people in 2020.",
     [("supported", BROADBAND)]),
    # two rates with one head noun ("subscriptions"): the one the words name more of
    ("In 2020 Chile had about 130 mobile subscriptions per 100 people.",
     [("supported", MOBILE)]),
    ("Peru had 100 mobile phone subscriptions per 100 residents in 2010.",
     [("supported", MOBILE)]),
    # a base without its noun is a base of people; a possessive is the subject, not the
    # measure
    ("Chile's nurses per 1,000 stayed above 1 every year from 2000 to 2020.",
     [("supported", NURSES)]),
    ("Peru's mobile subscriptions per 100 people rose by 18% between 2010 and 2020.",
     [("supported", MOBILE)]),
    # from X per N people to Y: Y is the same rate
    ("In Peru, broadband subscriptions rose from 3.2 per 100 people in 2010 to 9.1 in 2020.",
     [("supported", BROADBAND), ("supported", BROADBAND)]),
    ("Peru's broadband subscriptions went from 3.2 per 100 people in 2010 to 12 in 2020.",
     [("supported", BROADBAND), ("contradicted", BROADBAND)]),
    ("Chile's nurses went from 1.1 per 1,000 people in 2000 to 3.5 in 2020.",
     [("supported", NURSES), ("supported", NURSES)]),
    # a change of the rate: the series of rates, not the population
    ("Nurses per 1,000 people in Chile more than tripled between 2000 and 2020.",
     [("supported", NURSES)]),
    ("The number of broadband subscriptions per 100 people in Peru doubled between 2010 "
     "and 2020.", [("contradicted", BROADBAND)]),
    # another base than the series': restated per the series' base (200 per 1,000 is 20
    # per 100), its precision with it
    ("Chile had 200 broadband subscriptions per 1,000 people in 2020.",
     [("supported", BROADBAND)]),
    ("Peru had 29 nurses per 10,000 people in 2020.", [("supported", NURSES)]),
    ("In 2010 there were 24 nurses for every 10,000 Chileans.", [("supported", NURSES)]),
    ("Peru had 90 nurses per 10,000 people in 2020.", [("contradicted", NURSES)]),
    ("In 2020 Chile had one broadband subscription for every two people.",
     [("contradicted", BROADBAND)]),
    # a comparison of rates: the population is no candidate
    ("Chile had more nurses per 1,000 people than Peru in 2010.", [("supported", NURSES)]),
    ("Peru had more broadband subscriptions per 100 people than Chile in 2020.",
     [("contradicted", BROADBAND)]),
])
def test_a_rate_per_people_is_held_against_the_rates(table: ReferenceTable, sentence: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert decided(sentence, table) == expected


@pytest.mark.parametrize("sentence", [
    # near-twin: a count, not a rate
    ("Chile had 3,500 nurses in 2020."),
])
def test_no_verdict_when_the_base_or_the_count_is_not_the_series(table: ReferenceTable,
                                                                 sentence: str) -> None:
    assert decided(sentence, table) == []
