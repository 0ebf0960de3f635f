"""Frames of real sentences for the subjects and periods the thirteenth frames pass fixed
(our own phrasings; each class has rows that fire and near twins that must not).
Rows: (as_of, text, figure, field, expected)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.period_rows import assert_field, months, year

JUN = "2026-06-01"
ROWS = [
    # a figure's own currency code is no entity, so "the company" finds the speaker
    # before it, an organisation talking about itself
    (JUN, "Harbeck Textiles, the weaver, said turnover rose to EUR 310 million in 2025. "
     "The company employs 2,100 people.", "2,100 people", "subject", "Harbeck Textiles"),
    (JUN, "Dunmore Mining said profit fell to CHF 95 million. The firm has 14 mines.",
     "14 mines", "subject", "Dunmore Mining"),
    (JUN, "Pollard Ceramics said exports reached GBP 60 million in 2024. The company has "
     "700 workers.", "700 workers", "subject", "Pollard Ceramics"),
    # near twins: a currency code alone in a sentence is no subject either
    (JUN, "A contract worth SEK 4 billion was signed on Monday.", "SEK 4 billion",
     "subject", None),
    (JUN, "Bonds worth NOK 2 billion were sold last week, the finance ministry said.",
     "NOK 2 billion", "subject", None),
    # a recognised name that crosses a possessive is two names: the owner's is read
    (JUN, "Brandt Chemicals' Ostend plant employs 900 people.", "900 people", "subject",
     "Brandt Chemicals"),
    (JUN, "Ravel Steel's Morden works produced 800,000 tonnes last year.", "800,000 tonnes",
     "subject", "Ravel Steel"),
    (JUN, "Two-thirds of the 950 pupils at Ardent Trust's Moorside academy passed.",
     "950 pupils", "subject", "Ardent Trust"),
    (JUN, "Corvel Airways' Lisbon hub handled 6 million passengers in 2025.",
     "6 million passengers", "subject", "Corvel Airways"),
    # near twins: a person owned by a place or club is the person; a name whose "'s" is
    # its own stays whole
    (JUN, "Kenya's Faith Muriuki ran 10,000 metres in 29 minutes 40 seconds.",
     "10,000 metres", "subject", "Faith Muriuki"),
    (JUN, "Marlow Rovers' Tom Eke scored 23 goals this season.", "23 goals", "subject",
     "Tom Eke"),
    (JUN, "St Mary's Hospital has 540 beds.", "540 beds", "subject", "St Mary's Hospital"),
    # "at" a name's possession, inside the clause subject's phrase
    (JUN, "Two-thirds of the 950 pupils at Ardent Trust's Moorside academy passed.",
     "Two-thirds", "subject", "Ardent Trust"),
    (JUN, "The 1,300 staff at Hollis Paper's Kenmore mill voted to strike.", "1,300 staff",
     "subject", "Hollis Paper"),
    (JUN, "Nearly half of the 800 nurses at Redvale's main hospital work nights.",
     "800 nurses", "subject", "Redvale"),
    (JUN, "Fewer than 200 of the 640 drivers at Tamworth Buses' Dene depot joined the "
     "union.", "640 drivers", "subject", "Tamworth Buses"),
    # an age that is its clause's subject refers back to a person, not to its object
    (JUN, "Tom Arden joined Kelby Rangers in July. The 22-year-old earned Kelby Rangers "
     "£3 million last season.", "22-year", "subject", "Tom Arden"),
    (JUN, "Mira Solberg won the title on Sunday. The 31-year-old beat Hana Ito in the "
     "final.", "31-year", "subject", "Mira Solberg"),
    (JUN, "Olek Baran signed a new deal on Friday. The 27-year-old cost Wexford City "
     "£9 million in 2023.", "27-year", "subject", "Olek Baran"),
    # near twins: a name right after the age is its own subject; an age with no one
    # before it names no one
    (JUN, "The 62-year-old Ines Moll won in Lyon.", "62-year", "subject", "Ines Moll"),
    (JUN, "The 40-year-old Tarn Library holds 90,000 books.", "40-year", "subject",
     "Tarn Library"),
    (JUN, "The 62-year-old beat Ines Moll in Lyon.", "62-year", "subject", None),
    # a measurement's "in" is where it was taken when its clause's subject is a name
    (JUN, "Lena Vos finished the race in 2 hours 25 minutes in Rotterdam.",
     "2 hours 25 minutes", "subject", "Lena Vos"),
    (JUN, "Tomas Berg swam 1,500 metres in 15 minutes in Bergen.", "15 minutes", "subject",
     "Tomas Berg"),
    (JUN, "The Orvik ferry crossed 40 kilometres of open sea in three hours in Norway.",
     "three hours", "subject", "Orvik"),
    # near twins: a clause whose subject names no one keeps its place
    (JUN, "Temperatures reached 43C in Cordoba on Monday.", "43C", "subject", "Cordoba"),
    (JUN, "The river rose 3 metres in Carlisle.", "3 metres", "subject", "Carlisle"),
    # a known common noun opening a sentence, tagged a common noun, is no name whatever
    # the recogniser calls it
    (JUN, "Rainfall reached 40 mm in Leeds.", "40 mm", "subject", "Leeds"),
    (JUN, "Rainfall was 40% below average in Kessock.", "40%", "subject", "Kessock"),
    # an opener the recogniser calls a name, which is what the figure measures, is none
    # either (round 14, frames.names.measured_opener)
    (JUN, "Rainfall totalled 120 mm at Kendal in March.", "120 mm", "subject", "Kendal"),
    (JUN, "Attendance fell 12% at Kelby Museum.", "12%", "subject", "Kelby Museum"),
    # known misses: "at" on the verb is not read as the place ("Attendance" is no longer
    # taken for a name, but the frame is left without one); tagged a proper noun and
    # called no name, a common noun cannot be told from a surname that is also a word
    # ("Lind", "Moss", below)
    pytest.param("2026-03-01", "Snowfall totalled 90 cm at Glenshee last month.", "90 cm",
                 "subject", "Glenshee", marks=pytest.mark.xfail(strict=True)),
    # near twins: surnames that are words, and a name's first word that is one
    (JUN, "Lind took 33% of the vote and Vance won 21% of the vote.", "33%", "subject",
     "Lind"),
    (JUN, "Moss scored 20 goals last season.", "20 goals", "subject", "Moss"),
    (JUN, "Quarrel Steel made 2.2 million tonnes in 2024.", "2.2 million tonnes", "subject",
     "Quarrel Steel"),
    # a period named in a conjoined clause of another tense stays in that clause
    (JUN, "The Tarn bridge opened in 1981 and carries 40,000 vehicles a day.",
     "40,000 vehicles", "period", None),
    (JUN, "The museum reopened in 2021 and owns 12,000 paintings.", "12,000 paintings",
     "period", None),
    (JUN, "The depot was built in 1955 and stores 8,000 tonnes of grain.", "8,000 tonnes",
     "period", None),
    (JUN, "The Brede reservoir, completed in 1968, holds 41 million cubic metres.",
     "41 million cubic metres", "period", None),
    # near twins: the same tense goes on with the same story
    (JUN, "Sales rose 5% in 2024 and reached $3 billion.", "$3 billion", "period",
     year(2024)),
    (JUN, "The plant opened in 1990 and built 40,000 cars in its first year.",
     "40,000 cars", "period", year(1990)),
    (JUN, "The bridge, built for £40 million in 1990, carries 30,000 cars a day.",
     "£40 million", "period", year(1990)),
    # a figure inside an apposition or relative clause lends its period to no figure
    # outside it
    (JUN, "Ada Roe, who set up the charity 20 years ago, said it had housed 6,200 people.",
     "6,200 people", "period", None),
    (JUN, "The firm, which made a loss of $40 million in 2023, said sales had risen 9%.",
     "9%", "period", None),
    ("2026-01-27", "Analysts say Marvia's economy grew 2.1% in the third quarter. Imports, "
     "which are 40% of demand, rose 6%.", "6%", "period", months(2025, 7, 9, 30)),
    # near twin: the same event told in one clause keeps its period
    (JUN, "Ada Roe set up the charity in 2004 and it housed 6,200 people.", "6,200 people",
     "period", year(2004)),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    assert_field(as_of, text, figure, field, expected)
