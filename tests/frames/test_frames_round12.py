"""Frames' measures for the classes the twelfth round fixed (s12-14; our own phrasings,
one field per row): each class has rows that fire and near twins that must not. The
measure is compared by its head (the last word), as the frames benchmark scores it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, known_miss, value

ROWS = [
    # an amount in a unit "of" a substance, the whole one figure with its rate ("a
    # year"), measures the substance, not the clause's subject
    ("The Gellan field pumps 40,000 barrels of crude a day.",
     "40,000 barrels of crude a day", "measure", "crude"),
    ("Each cow at Marl Farm gives 30 litres of milk a day.", "30 litres of milk a day",
     "measure", "milk"),
    ("Where it makes 9,000 tonnes of card a year, the Linwell mill employs 300 staff.",
     "9,000 tonnes of card a year", "measure", "card"),
    ("The new turbines on the Arle save 600 litres of diesel per hour.",
     "600 litres of diesel per hour", "measure", "saving"),
    # near twins: a unit after "of" is no substance
    ("Rates at Pell Bank rose by a quarter of a percentage point.",
     "a quarter of a percentage point", "measure", "rate"),
    # the change and the level it ends at, told by one verb, measure one thing
    ("Brightwater College raised its tuition by 4.5% to $52,300 a year.",
     "$52,300 a year", "measure", "tuition"),
    ("Kell Transit lifted its fares by 3% to £4.20 in January.", "£4.20", "measure",
     "fare"),
    ("Hollin Council trimmed its road budget by £3 million to £41 million.",
     "£41 million", "measure", "budget"),
    ("Tarn Foods increased its dividend by 5 pence to 62 pence a share.", "62 pence",
     "measure", "dividend"),
    ("Kell Rail's freight tonnage fell by 300,000 tonnes to 2.1 million in 2025, while "
     "it carried 41 million passengers.", "2.1 million", "measure", "tonnage"),
    ("Over the summer Orla Ferries' bookings grew by 9,000 to 61,000, and it sold 300 "
     "season tickets.", "61,000", "measure", "booking"),
    # a floating "each" is the figure's just before it, not every figure of its clause
    ("Ninety per cent of the 3,100 claims made to Holm Mutual have been settled, at an "
     "average of $6,200 each.", "Ninety per cent", "measure", "claim"),
    ("Of the 400 applicants to Kell College, 70% won places, and they got grants of $900 "
     "each.", "70%", "measure", "applicant"),
    # near twin: the figure right before "each" is still read per head
    ("Swedes used 1,300 kWh each in 2024.", "1,300 kWh", "measure", "capita"),
    # a part "of them" counts what its whole counts, not its clause's subject
    ("Deaths on Orla's roads fell to 190 last year; drink played a part in 52 of them.",
     "52", "measure", "death"),
    ("The Orla clinic saw 900 patients in May; a virus was behind 120 of them.", "120",
     "measure", "patient"),
    known_miss("Kell airport handled 3,000 flights in June, and storms delayed 410 of them.",
               "410", "measure", "flight",
               why="a bare count that is its verb's object takes the clause's subject "
                   "(the storms) for its measure"),
    # near twins: a part the clause counts by its verb keeps its own measure
    ("Vell Farms picked 640,000 apples last year, of which 410,000 were exported.",
     "410,000", "measure", "export"),
    ("Orla's rangers rescued 64 walkers this winter; bad boots were to blame for 20 of "
     "them.", "20", "measure", "walker"),
    # a share "of those" + participle set beside a count restates it: it measures what
    # the count counts, and the count is no whole of it ("those" are all of that kind)
    ("Kell Party took 900,000 votes, 22% of those cast.", "22%", "measure", "vote"),
    ("The Greens won 1.3 million votes, or 18% of those cast, in the Orla poll.", "18%",
     "measure", "vote"),
    ("Orla Motors sold 40,000 cars last year, or 12% of those sold in Orla.", "12%",
     "measure", "car"),
    ("Kell Party took 900,000 votes, 22% of those cast.", "900,000 votes", "role",
     "level"),
    # near twins: "of them" set beside a count, and "of those" in a clause of its own,
    # have that count for their whole
    ("Orla Motors sold 40,000 cars, 12% of them electric.", "40,000 cars", "role",
     "total"),
    ("The survey reached 2,000 adults, and 61% of those polled backed the plan.",
     "2,000 adults", "role", "total"),
    # a stretch of time measures the state or activity a phrase on it names
    ("Senator Ama Reyes will retire after 24 years in office.", "24 years", "measure",
     "office"),
    ("The deal ended nine months of talks between Kell and Orla.", "nine months",
     "measure", "talk"),
    ("Ada Moss was freed after three years in prison.", "three years", "measure",
     "prison"),
    ("The Vell mill closed after 140 years of trading.", "140 years", "measure",
     "trading"),
    # near twin: an indefinite noun there is a manner ("in a row"), no activity
    ("Kell Rovers have won the league four years in a row.", "four years", "measure",
     None),
    # a dimension named after "in" ("in diameter", "in length")
    ("Each pipe of the Varn main measures 1.2 metres in diameter.", "1.2 metres",
     "measure", "diameter"),
    ("The Orla pool is 50 metres in length.", "50 metres", "measure", "length"),
    ("The lake at Skell reaches 90 metres in depth.", "90 metres", "measure", "depth"),
    # a figure referring back ("its") borrows the measure of the figure before only in
    # a unit of the same kind: a length is no sum's measure
    ("The Kessa bridge cost $410 million. Its main span is 900 metres in length.",
     "900 metres", "measure", "length"),
    ("Harl Water spent £80 million last year. Its mains stretch 900 km.", "900 km",
     "measure", "length"),
    ("Rain at Kell totalled 1,300 millimetres in 2025, far above the 1980s, when the town "
     "averaged about 900 millimetres a year.", "about 900 millimetres a year", "measure",
     "rain"),
    # near twins: a sum after a sum, or a change after any figure, borrows the measure
    ("Gellan Bank earned $410 million in 2025. It rose to $450 million this year.",
     "$450 million", "measure", "earnings"),
    ("Gellan Bank earned $410 million in 2025. That was up 8%.", "up 8%", "measure",
     "earnings"),
    ("Orla's wheat harvest rose 8% in 2025. It reached 4.1 million tonnes.",
     "4.1 million tonnes", "measure", "harvest"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
