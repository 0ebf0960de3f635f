"""Figures tied to the right place against a desk table: "respectively", figures in a
relative clause or apposition about another place, counts of people who did something,
and measures not carried onto a figure about a thing of its own. Sentences and figures
are ours; the table is illustrative, in the DESIGN.md desk format."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check
from factcheck.reference import ReferenceTable, load_reference

AS_OF = "2025-09-01"
_PEOPLE = "population|people|residents|inhabitants"
_ROWS = [
    ("Galway", "population", 84400, "count", "2024", "Illustrative census", _PEOPLE),
    ("Limerick", "population", 102300, "count", "2024", "Illustrative census", _PEOPLE),
    ("Oslo", "population", 717700, "count", "2024", "Illustrative census", _PEOPLE),
    ("Bergen", "population", 291000, "count", "2024", "Illustrative census", _PEOPLE),
    ("Galway", "budget", 150, "USD millions", "2025", "Illustrative budget", "budget|spending"),
    ("Limerick", "budget", 210, "USD millions", "2025", "Illustrative budget",
     "budget|spending"),
]


@pytest.fixture(scope="module")
def desk() -> ReferenceTable:
    frame = pd.DataFrame(_ROWS, columns=["entity", "metric", "value", "unit", "period",
                                         "source", "terms"])
    return load_reference(frame, name="desk")


def _verdicts(text: str, desk: ReferenceTable) -> list[tuple[str, str]]:
    report = check(text, references=[desk], as_of=AS_OF)
    return [(v.claim.text, v.status) for v in report.verdicts]


S, C, U = "supported", "contradicted", "unverifiable"


@pytest.mark.parametrize(("text", "expected"), [
    # swapped pairs: each figure against its own place, so both are wrong
    ("Galway and Limerick have 102,300 and 84,400 residents respectively.",
     [("102,300", C), ("84,400 residents", C)]),
    ("The populations of Oslo and Bergen were 291,000 and 717,700 respectively.",
     [("291,000", C), ("717,700", C)]),
    # the right order: both right
    ("Limerick and Galway have 102,300 and 84,400 residents respectively.",
     [("102,300", S), ("84,400 residents", S)]),
    ("Galway and Limerick are home to 84,400 and 102,300 people respectively.",
     [("84,400", S), ("102,300 people", S)]),
    ("Budgets of $210 million and $150 million were set by Limerick and Galway respectively.",
     [("$210 million", S), ("$150 million", S)]),
    # one figure twice: the second is the second place's (Limerick spends $210m)
    ("Limerick and Galway spend $150m and $150m respectively.",
     [("$150m", C), ("$150m", S)]),
    # three places, two figures: the pairing is unclear, so nothing is decided
    ("Bergen, Oslo and Galway have 717,700 and 291,000 residents respectively.",
     [("717,700", U), ("291,000 residents", U)]),
    # near-twin without "respectively": two places together own one figure, not the first
    ("Galway and Limerick have 186,700 residents.", [("186,700 residents", U)]),
    ("Galway and Limerick each spend $150m.", [("$150m", U)]),
])
def test_respectively_pairs_figures_with_places_in_order(
        text: str, expected: list[tuple[str, str]], desk: ReferenceTable) -> None:
    assert _verdicts(text, desk) == expected


def test_an_unclear_pairing_says_why(desk: ReferenceTable) -> None:
    report = check("Bergen, Oslo and Galway have 717,700 and 291,000 residents respectively.",
                   references=[desk], as_of=AS_OF)
    assert all("respectively" in v.explanation for v in report.verdicts)


@pytest.mark.parametrize(("text", "expected"), [
    # "its" inside a relative clause is the place named in that clause
    ("Galway's mayor, who grew up in Limerick with its 84,400 residents, stepped down.",
     [("84,400 residents", C)]),
    ("The Galway mayor, who grew up in Limerick with its 102,300 residents, stepped down.",
     [("102,300 residents", S)]),
    # a phrase set off after a name describes that name, however the parser hangs it
    ("Galway, which has 84,400 residents, is smaller than Limerick, home to 102,300 people.",
     [("84,400 residents", S), ("102,300 people", S), ("smaller than Limerick", S)]),
    ("Galway is smaller than Limerick, home to 84,400 people.",
     [("84,400 people", C), ("smaller than Limerick", S)]),  # towns compare as countries
    ("Bergen trails Oslo, a capital of roughly 720,000 people.",
     [("roughly 720,000 people", S)]),
    ("Visitors from Bergen, a city of 291,000, filled the hall.", [("291,000", S)]),
    # "like its neighbour X with N": the neighbour's figure
    ("Galway, like its neighbour Limerick with 102,300 people, has grown.",
     [("102,300 people", S)]),
    # an apposition inside the subject: the head it describes, not the possessor
    ("The population of Bergen, Oslo's rival, was 291,000 in 2024.", [("291,000", S)]),
    ("The population of Bergen, Oslo's rival, was 717,700 in 2024.", [("717,700", C)]),
    # the verb left out, or a second clause the parser hangs on the first one's object
    ("Oslo has 717,700 residents, Bergen 291,000 and Galway 84,400.",
     [("717,700 residents", S), ("291,000", S), ("84,400", S)]),
    ("Oslo has 717,700 residents and Bergen has 291,000.",
     [("717,700 residents", S), ("291,000", S)]),
    # near-twin: a phrase of the verb after a comma stays the subject's (Galway: 84,400)
    # (Galway is the smaller town: "overtook" is wrong too, towns compare as countries)
    ("Galway overtook Limerick, with 102,300 residents.",
     [("102,300 residents", C), ("overtook Limerick", C)]),
])
def test_a_figure_belongs_to_the_nearest_owner_in_the_parse(
        text: str, expected: list[tuple[str, str]], desk: ReferenceTable) -> None:
    assert _verdicts(text, desk) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Galway hosted the regatta on Sunday. About 60,000 people attended.",
     [("About 60,000 people", U)]),
    ("84,400 Galway residents signed the petition.", [("84,400 Galway residents", U)]),
    ("The concert drew 30,000 people to Limerick.", [("30,000 people", U)]),
    ("Police evacuated 2,000 Bergen residents.", [("2,000 Bergen residents", U)]),
    ("Some 12,000 Oslo residents marched through the city.",
     [("Some 12,000 Oslo residents", U)]),
    # near-twins: verbs that state how many people a place has
    ("Limerick numbers 102,300 residents.", [("102,300 residents", S)]),
    ("Galway counts 84,400 inhabitants.", [("84,400 inhabitants", S)]),
    ("Some 102,300 people live in Limerick.", [("Some 102,300 people", S)]),
    ("Limerick is home to 95,000 people.", [("95,000 people", C)]),
])
def test_people_who_did_something_are_not_the_population(
        text: str, expected: list[tuple[str, str]], desk: ReferenceTable) -> None:
    assert _verdicts(text, desk) == expected


def test_an_event_count_is_no_conflicting_population() -> None:
    report = check("30,000 Galway residents signed the petition. Galway has 84,400 residents.",
                   as_of=AS_OF, bundled=False)
    assert [f.code for f in report.findings if f.code == "FC202"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Galway's budget is $150 million this year. The bridge cost $3.5bn.",
     [("$150 million", S), ("$3.5bn", U)]),
    ("Galway's budget is $150 million this year. A new stadium will cost $90 million.",
     [("$150 million", S), ("$90 million", U)]),
    ("Limerick's budget is $210 million. Repairs to the pier took $2 million.",
     [("$210 million", S), ("$2 million", U)]),
    ("Limerick has 102,300 residents. The stadium holds 30,000.",
     [("102,300 residents", S), ("30,000", U)]),
    ("Bergen has 291,000 residents. The ferry carries 900.",
     [("291,000 residents", S), ("900", U)]),
    # near-twins: the measure is carried onto a figure about a place, or an ellipsis
    ("Limerick had 95,000 residents in 2016. The city has 102,300 now.",
     [("95,000 residents", U), ("102,300", S)]),
    ("Galway's budget is $150 million this year. Limerick's is $210 million.",
     [("$150 million", S), ("$210 million", S)]),
])
def test_no_measure_is_carried_onto_a_figure_about_its_own_thing(
        text: str, expected: list[tuple[str, str]], desk: ReferenceTable) -> None:
    assert _verdicts(text, desk) == expected
