"""Frames' measures and subjects for the classes the eleventh round fixed (our own
phrasings, one field per row): each class has rows that fire and near twins that must not.
The measure is compared by its head (the last word), as the frames benchmark scores it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, known_miss, value

ROWS = [
    # a sum of money a verb takes is the noun of the verb's doing (frames.nominal), not
    # the people who did it nor nothing
    ("Walkers spent £86 million in the Orrel valley last year.", "£86 million",
     "measure", "spending"),
    ("Anglers paid €3.2 million for permits on the Drun in 2025.", "€3.2 million",
     "measure", "payment"),
    ("Last spring Pellam Robotics raised $28 million from investors.", "$28 million",
     "measure", "raising"),
    ("The solar farm will generate £6 million for the Hebden estate next year.",
     "£6 million", "measure", "generation"),
    ("The Harl hospice raised £640,000 at its summer fair.", "£640,000", "measure",
     "raising"),
    known_miss("Day visitors spent £86 million in the Orrel valley last year.",
               "£86 million", "measure", "spending",
               why="a subject that is itself a metric cue (visitors) stays the measure"),
    # near twins: a verb that states a level or a change names no doing; a light verb
    # none; the noun the money is in outranks the verb; a verb whose subject is what the
    # money prices keeps that subject
    ("Fraud losses at Merrin Bank reached $51 million in the first half.", "$51 million",
     "measure", "loss"),
    ("Ticket sales at the Brae festival topped £3 million.", "topped £3 million",
     "measure", "sale"),
    ("The Corran fund made a profit of £12 million last year.", "£12 million", "measure",
     "profit"),
    ("Drivers paid £4.6 million in parking fines last year.", "£4.6 million", "measure",
     "fine"),
    ("Selwyn Mutual paid out £310 million in flood claims in 2025.", "£310 million",
     "measure", "claim"),
    ("Season tickets cost £540 at Halden Park.", "£540", "measure", "ticket"),
    # a plural generic noun after the noun it counts measures that noun
    ("Visitor numbers at Cairn Abbey rose to 212,000 in 2025.", "212,000", "measure",
     "visitor"),
    ("Pupil numbers in Harlow Vale have fallen to 8,900.", "8,900", "measure", "pupil"),
    ("The ferry's passenger figures hit 1.1 million last summer.", "1.1 million",
     "measure", "passenger"),
    # near twins: "levels" measure a level; an adjective is no counted noun
    ("Water levels at Tarn Moss fell to 41 metres.", "41 metres", "measure", "level"),
    ("Enrolment at Brisk College fell to 9,200 students as overseas numbers dropped by "
     "640.", "640", "measure", "number"),
    # a change the parse ties to no entity of its sentence takes its level's subject
    ("Marvia's coffee exports to Japan rose to 92,000 tonnes last year, the trade "
     "ministry said, up 11% on 2024.", "up 11%", "subject", "Marvia"),
    ("Sales of Kessel tractors in Poland climbed to 4,400 in 2025, the maker said, 9% "
     "more than a year earlier.", "9%", "subject", "Poland"),
    ("Tollan's gas shipments to Spain reached 18 billion cubic metres in 2025, a rise of "
     "a fifth on 2024.", "a fifth", "subject", "Tollan"),
    # near twin: a change whose level names no entity either stays without one
    ("Traffic between Orla and Brenn rose to 9,000 lorries, up 6%.", "up 6%", "subject",
     None),
    # an outflow's "from" names its subject even when the parser hangs it on the goods
    ("Exports of nickel from Sarvo to India doubled to 61,000 tonnes in 2025.",
     "61,000 tonnes", "subject", "Sarvo"),
    ("Shipments of tin from Vellora to Spain rose 14% to 9,000 tonnes last year.",
     "9,000 tonnes", "subject", "Vellora"),
    # near twin: an inflow's "to" still names the place it goes to
    ("Remittances to Carvela reached $2.1 billion in 2025.", "$2.1 billion", "subject",
     "Carvela"),
    # a change that is a verb alone measures its own subject, even under a reporting
    # verb, or the object it acts on
    ("Hip fractures in Marlow tripled over the winter, the health trust said.", "tripled",
     "measure", "fracture"),
    ("Ferry bookings to Skerra doubled last summer, the operator reported.", "doubled",
     "measure", "booking"),
    ("Orrel Dairies has tripled its milk output since 2020.", "tripled", "measure",
     "output"),
    ("Brannock Foods doubled its workforce in 2024, the firm said.", "doubled", "measure",
     "workforce"),
    # near twin: a figure whose scale letter the tagger reads as a verb is no verb alone
    ("Tarrow Mutual's income was £95m in the year to June.", "£95m", "measure", "income"),
    # the noun a comparative describes is what a figure before it changes
    ("The new boilers burn 30% less gas than the old ones.", "30%", "measure", "gas"),
    ("Orchards in Kell yielded 15% more apples in 2025.", "15%", "measure", "apple"),
    ("Hale Island got a fifth more rain this spring than last.", "a fifth", "measure",
     "rain"),
    # near twins: a comparative with no noun after it leaves the subject's measure
    ("The new engine is 12% lighter than the old one.", "12%", "measure", "engine"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
