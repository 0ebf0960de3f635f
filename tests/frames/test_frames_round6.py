"""Frames of real sentences, one field per row, for the classes the sixth frames pass
fixed (our own phrasings; each class has rows that fire and near twins that must not).
Rows as in test_frames_classes.py: (text, figure, field, expected)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, value

ROWS = [
    # a word the tagger calls a proper noun that the recogniser does not confirm is no
    # name when it is written in lower case or is a common noun opening its sentence
    ("Knife crime in Dunmore rose 14% last year.", "14%", "subject", "Dunmore"),
    ("Burglary in Castlemere fell 9% in 2024 to 1,240 cases.", "9%", "subject",
     "Castlemere"),
    ("Hollis Farms harvested 800 tonnes of barley last summer.", "800 tonnes", "subject",
     "Hollis Farms"),
    ("Ferrybridge Foods shipped 3,000 tonnes of salmon in May.", "3,000 tonnes", "subject",
     "Ferrybridge Foods"),
    ("Car crime in Hexley dropped 11% in 2024, Harlow Police said.", "11%", "subject",
     "Hexley"),
    ("Hollis Farms harvested 800 tonnes of barley near Ardley last summer.", "800 tonnes",
     "subject", "Hollis Farms"),
    # near twins: a name the recogniser confirms, an unknown word, stay names
    ("Denmark exported 4.1 million tonnes of pork in 2023.", "4.1 million tonnes",
     "subject", "Denmark"),
    ("Carrowmore output fell 8% to 3,100 tonnes in 2024.", "8%", "subject", "Carrowmore"),
    # "at" a place names where a clause's subject was measured
    ("Snowfall at Kelder Pass totalled 5.2 metres this winter.", "5.2 metres", "subject",
     "Kelder Pass"),
    ("Attendance at Elmford Park fell to 12,000 on Saturday.", "12,000", "subject",
     "Elmford Park"),
    ("Workers at Rendle Steel earn £31,000 a year on average.", "£31,000 a year",
     "subject", "Rendle Steel"),
    ("Snowfall at Kelder Pass totalled 5.2 metres this winter, and the resort of Altmoor "
     "opened for 80 days.", "5.2 metres", "subject", "Kelder Pass"),
    ("Attendance at Elmford Park fell to 12,000 as Harlow Rovers lost again.", "12,000",
     "subject", "Elmford Park"),
    ("Queues at Dovercourt stretched 9 kilometres on Friday as checks in Calais slowed.",
     "9 kilometres", "subject", "Dovercourt"),
    # near twin: "at" on a noun that is no clause's subject is where, not whose
    ("Ada Moss, 64, retired on Monday after a 30-year career at Brook Lane School.",
     "30-year", "subject", "Ada Moss"),
    # a name inside "on"/"to" phrases before a reference back by the phrase's own noun
    ("Visitor numbers on the island of Mellin reached 1.1 million last year.",
     "1.1 million", "subject", "Mellin"),
    ("Ferry trips to the island of Orsay rose 6% in 2024.", "6%", "subject", "Orsay"),
    ("Fish landings at the port of Garvish fell 12% in 2024.", "12%", "subject", "Garvish"),
    ("Rents on the island of Skarra rose 9% in 2024, outpacing Glasgow.", "9%", "subject",
     "Skarra"),
    # near twin: no name in the phrase: a reference back, to nothing here
    ("Remittances to the country rose 8% in 2024.", "8%", "subject", None),
    # a name compounded on a noun after "the" is that noun's entity
    ("Glaciers in the Tarlen range lost 3% of their ice last year.", "3%", "subject",
     "Tarlen"),
    ("Repairs to the Carlow Road bridge will cost £3 million.", "£3 million", "subject",
     "Carlow Road"),
    ("Upgrades to the Elmford line will cost £40 million.", "£40 million", "subject",
     "Elmford"),
    ("Glaciers in the Tarlen range lost 3% of their ice last year, more than those in "
     "Norway.", "3%", "subject", "Tarlen"),
    ("Repairs to the Carlow Road bridge will take 14 months, Harlow Council said.",
     "14 months", "subject", "Carlow Road"),
    # near twin: no "the", no kind of place: a disease's name is no entity
    ("Cases of Lyme disease rose 12% in 2024.", "12%", "subject", None),
    # a physical figure a verb naming no metric takes as its object measures what its unit
    # measures, not the verb's subject
    ("The boulder weighed some six tonnes.", "some six tonnes", "measure", "weight"),
    ("The new crane at Holby dock lifts 40 tonnes.", "40 tonnes", "measure", "weight"),
    ("The data centre draws 2.6 megawatts at full load.", "2.6 megawatts", "measure",
     "power"),
    ("The tanker spilled 3,000 litres of diesel off Garvish.", "3,000 litres", "measure",
     "diesel"),
    ("The new hot tub at Elm Lodge holds 1,500 litres.", "1,500 litres", "measure", "volume"),
    # near twin: a verb stating a level says its subject is the measure
    ("The herring catch reached 2,100 tonnes in May.", "2,100 tonnes", "measure", "catch"),
    # near twins: a verb naming a metric, a thing the unit measures
    ("Rendle Steel exported 4,000 tonnes in 2024.", "4,000 tonnes", "measure", "export"),
    ("The barge carried 600 tonnes of grain to Selby.", "600 tonnes", "measure", "grain"),
    # "That was ..." with a measure of its own keeps it; a bare one takes the figure
    # before's
    ("Harlow Buses carried 4.1 million riders in 2024. That was 200,000 more than in "
     "2023, and 91% of its buses ran on time.", "91%", "measure", "bus"),
    ("Harlow Buses carried 4.1 million riders in 2024. That was 200,000 more than in "
     "2023, and 91% of its buses ran on time.", "200,000", "measure", "rider"),
    # "she"/"he" is a person among the entities, not the figure before's subject; a span
    # of time takes no count's measure
    ("Tomas Berg, 61, chairs Harlow Rovers, which has 900 members. He has led the club "
     "for 12 years.", "12 years", "subject", "Tomas Berg"),
    ("Helen Marsh runs the clinic in Pelton, which sees 4,000 patients a year. She has "
     "worked there for 15 years.", "15 years", "subject", "Helen Marsh"),
    ("Helen Marsh runs the clinic in Pelton, which sees 4,000 patients a year. She has "
     "worked there for 15 years.", "15 years", "measure", "work"),
    # near twin: "it" after a figure is still that figure's subject
    ("Harlow Rovers has 900 members. It has grown by 12% since 2020.", "12%", "subject",
     "Harlow Rovers"),
    # a price "for" which a verb of buying or selling trades its object is the object's
    ("Verity Bank will acquire Moorcroft Lending for $1.1 billion.", "$1.1 billion",
     "subject", "Moorcroft Lending"),
    ("The council bought Ashby Hall for £2.3 million in 2024.", "£2.3 million", "subject",
     "Ashby Hall"),
    ("Tarn Logistics, which runs 900 vans, is buying Glenford Freight for $60 million.",
     "$60 million", "subject", "Glenford Freight"),
    # near twins: what the seller sold is the seller's; the buyer's own fleet is its own
    ("Pemberton Group sold 3,000 tonnes of steel for £2 million.", "3,000 tonnes",
     "subject", "Pemberton Group"),
    ("Tarn Logistics, which runs 900 vans, is buying Glenford Freight for $60 million.",
     "900 vans", "subject", "Tarn Logistics"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected


GOODS = [
    # a sum per unit of a quantity is the price of the goods its clause's subject names
    ("Copper slipped 2% to $9,800 a tonne on Monday.", "$9,800 a tonne", "Copper",
     "copper price"),
    ("Cocoa hit a record $11,000 a tonne in March.", "$11,000 a tonne", "Cocoa",
     "cocoa price"),
    ("Brent crude fell 3% to $68.10 a barrel on Thursday.", "3%", "Brent crude",
     "brent crude price"),
    ("Silver rose to $41 an ounce, traders said.", "$41 an ounce", "Silver", "silver price"),
    pytest.param("Arabica coffee climbed 5% to $4.20 a pound, brokers said.", "5%",
                 "Arabica coffee", "arabica coffee price", marks=pytest.mark.xfail(
                     strict=True, reason="the recogniser calls 'Arabica' a person: a name")),
    ("Palm oil dropped to 4,100 ringgit a tonne on Friday.", "4,100 ringgit a tonne",
     "Palm oil", "palm oil price"),
    # near twins: a sum per year, a sum with a named payer, a metric as the subject
    ("Commuters pay about £3,200 a year for a season ticket.", "about £3,200 a year", None,
     "commuter"),
    ("Oil prices rose to $80 a barrel.", "$80 a barrel", None, "oil price"),
]


@pytest.mark.parametrize(("text", "figure", "subject", "measure"), GOODS)
def test_goods(text: str, figure: str, subject: str | None, measure: str) -> None:
    frame, _ = frame_of(text, figure)
    assert (frame.subject, frame.measure) == (subject, measure)
