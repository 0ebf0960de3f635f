"""Frames of real sentences for the subjects the twelfth frames pass fixed (our own
phrasings; each class has rows that fire and near twins that must not).
Rows: (as_of, text, figure, field, expected)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck import check

NOV = "2026-11-30"
ROWS = [
    # the one name of the figure's own clause, when a clause beside it with a subject of
    # its own (a conjoined or relative clause) names another
    (NOV, "Some 4,200 ballots were counted at Brenholm library, and officials in Darrow "
     "checked them by hand.", "Some 4,200 ballots", "subject", "Brenholm"),
    (NOV, "Trawlers landed 730 tonnes of cod at Skerra harbour last week, a catch that "
     "the trader Ola Berg called the best in years.", "730 tonnes", "subject", "Skerra"),
    (NOV, "Nineteen climbers reached the summit of Mount Arval on Saturday, and guides "
     "from Pellin Tours led most of them.", "Nineteen climbers", "subject", "Mount Arval"),
    (NOV, "Volunteers planted 6,500 oaks at Fenner Wood on Sunday, and staff from the "
     "Ashgrove Trust watered them.", "6,500 oaks", "subject", "Fenner Wood"),
    (NOV, "Crews rescued 45 hikers on Tor Malden, and a spokesman for Keswin Mountain "
     "Rescue praised them.", "45 hikers", "subject", "Tor Malden"),
    # near twin: two names in the figure's own clause stay unsure
    (NOV, "Some 4,200 ballots went missing between Brenholm and Darrow, and officials in "
     "Kelby blamed the post.", "Some 4,200 ballots", "subject", None),
    # a reference with nothing before it in the draft points forward (cataphora)
    (NOV, "Its 340 staff moved to a new site in 2019; today Pellow Foods employs 900.",
     "340 staff", "subject", "Pellow Foods"),
    (NOV, "The city's 12 museums drew 2.4 million visitors last year. Tarrowby, the "
     "regional capital, plans two more.", "12 museums", "subject", "Tarrowby"),
    (NOV, "The club's debt fell by a third to £60 million in the year to May, Harlow "
     "Rovers reported.", "£60 million", "subject", "Harlow Rovers"),
    (NOV, "Its shares fell 12% on Monday after Dunmore Mining cut its forecast.", "12%",
     "subject", "Dunmore Mining"),
    # near twin: in a later paragraph the reference is to a paragraph before, unread
    (NOV, "Markets were calm.\n\nIts 340 staff moved to a new site in 2019; today Pellow "
     "Foods employs 900.", "340 staff", "subject", None),
    # where an outflow goes is no subject: the goods are the sender's
    (NOV, "Norvane mined 410,000 tonnes of copper in 2025. Its exports to Veyland came to "
     "95,000 tonnes.", "95,000 tonnes", "subject", "Norvane"),
    (NOV, "Tarsk grew 3 million tonnes of rice last year. Sales to Morvia alone reached "
     "1.2 million tonnes.", "1.2 million tonnes", "subject", "Tarsk"),
    (NOV, "Quarrel Steel made 2.2 million tonnes in 2024, and its shipments to Dovria fell "
     "8%.", "8%", "subject", "Quarrel Steel"),
    (NOV, "Gallow Farms raised 9,000 pigs last year. Sales to Denmark brought in $4 "
     "million.", "$4 million", "subject", "Gallow Farms"),
    # near twins: an inflow's "to" names its place; the partner is still the other entity
    (NOV, "Visits to Saltholm rose to 48,000 last year.", "48,000", "subject", "Saltholm"),
    (NOV, "Norvane's exports to Veyland came to 95,000 tonnes in 2025.", "95,000 tonnes",
     "other", "Veyland"),
    # a named thing ("the Corran bridge") is an antecedent like any name
    (NOV, "The Corran bridge opened in 1974. It carries 31,000 vehicles a day.",
     "31,000 vehicles", "subject", "Corran"),
    (NOV, "The Halse reservoir held 92 million cubic metres in May; its level has since "
     "fallen 14%.", "14%", "subject", "Halse"),
    # and so is a name that is a verb's object ("closed the Kelvar Pass")
    (NOV, "Drifting snow closed the Kelvar Pass for nine days in March. The road, 31 "
     "kilometres long, climbs to 1,900 metres.", "31 kilometres", "subject", "Kelvar Pass"),
    (NOV, "Drifting snow closed the Kelvar Pass for nine days in March.", "nine days",
     "subject", "Kelvar Pass"),
    # a place reference prefers a name that is no person; a name one is "in" is a place
    (NOV, "Mara Lindqvist, the mayor of Holbeck, said the town would build 120 homes next "
     "year.", "120 homes", "subject", "Holbeck"),
    (NOV, "Rents in central Dellow rose 9% last year, and the city added 2,400 flats.",
     "2,400 flats", "subject", "Dellow"),
    (NOV, "Oskar Vell, who chairs the council of Marden, said the village had lost 30 "
     "shops since 2015.", "30 shops", "subject", "Marden"),
    (NOV, "Lena Hart, the mayor of Corby Vale, said the city would plant 10,000 trees.",
     "10,000 trees", "subject", "Corby Vale"),
    # near twin: a person reference still finds the person
    (NOV, "Mara Lindqvist, the mayor of Holbeck, said she had raised £40,000 for the "
     "hospice.", "£40,000", "subject", "Mara Lindqvist"),
    # the figure's own words ("km/h") name no subject
    (NOV, "Brisk Rail's new trains run at an average speed of 160 km/h.", "160 km/h",
     "subject", "Brisk Rail"),
    (NOV, "Velo Trains' fastest service hits a top speed of 300 km/h.", "300 km/h",
     "subject", "Velo Trains"),
    (NOV, "Harlan Buses' fleet keeps to an average speed of 18 mph in the centre.",
     "18 mph", "subject", "Harlan Buses"),
    # a known common noun opening its sentence with a phrase of its own is no name, even
    # when the recogniser calls it a person
    (NOV, "Turnout in Ardmoor's mayoral election was 41.2%.", "41.2%", "subject",
     "Ardmoor"),
    # known miss: a name the parser reads as an adjective ("the Ardmoor mayoral election",
    # "the Liberal bloc") is no name yet
    pytest.param(NOV, "Turnout in the Ardmoor mayoral election was 41.2%.", "41.2%",
                 "subject", "Ardmoor", marks=pytest.mark.xfail(strict=True)),
    (NOV, "Attendance at Brindle Park fell to 8,400 last season.", "8,400", "subject",
     "Brindle Park"),
    # an office named by a common noun "of" a place acts for the place
    (NOV, "The Treasury of Marlavia raised $3 billion in bonds in 2025, and its debt "
     "reached 64% of GDP.", "64%", "subject", "Marlavia"),
    (NOV, "The Treasury of Marlavia raised $3 billion in bonds in 2025.", "$3 billion",
     "subject", "Marlavia"),
    # near twins: a name the recogniser reads whole keeps it
    (NOV, "The Bank of England held its rate at 4% in May.", "4%", "subject",
     "Bank of England"),
    (NOV, "The Ministry of Marlavia spent $2 billion on roads last year.", "$2 billion",
     "subject", "Ministry of Marlavia"),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    report = check(text, as_of=as_of, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert getattr(found[0], field) == expected
