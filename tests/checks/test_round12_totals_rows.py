"""Round 12 rows for FC207 (issue 15), in our own sentences; AS_OF is 2025-10-01.

- A total dated by its own year, then a list after a comma ("... in 2023, 410 of them
  ..."): the year is the total's period, no figure between the total and its parts.
- A list whose first part points back to the total ("38 of them at home") takes the words
  after the later parts as labels ("and 29 away"); "eight of them gold", where the parse
  hangs "of them" on the numeral of another noun, is a part of the total too.
- A thing written with its size ("the 65-seat assembly") and a list of what it holds,
  closed by the rest ("and 17 others"): a partition of the size.
"""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    # a total dated by its year, then an apposition list
    Row("FC207", "Rangers recorded 640 arrests at home games in 2023, 410 of them for "
        "disorder and 290 for drink.", True),
    Row("FC207", "Inspectors closed 85 restaurants in the city in 2024, 52 of them in the "
        "centre and 41 in the suburbs.", True),
    Row("FC207", "Coastguards answered 1,317 calls along the coast in 2022, 902 of them at "
        "sea and 473 on cliffs.", True),
    Row("FC207", "Rangers recorded 640 arrests at home games in 2023, 410 of them for "
        "disorder and 190 for drink.", False),
    Row("FC207", "Inspectors closed 85 restaurants in the city in 2024, 52 of them in the "
        "centre and 31 in the suburbs.", False),
    Row("FC207", "Coastguards answered 1,317 calls along the coast in 2022, 902 of them at "
        "sea and 1,913 in 2021.", False),
    # the first part points back; the later parts' words are labels
    Row("FC207", "The striker scored 61 goals, 38 of them at home and 29 away.", True),
    Row("FC207", "The fleet lost 44 trawlers, thirty-one of them in storms and 17 to fire.",
        True),
    Row("FC207", "The firm hired 123 people, 81 of them locally and 63 abroad.", True),
    Row("FC207", "The team won nineteen medals, twelve of them gold, and nine silver.", True),
    Row("FC207", "The striker scored 67 goals, 38 of them at home and 29 away.", False),
    Row("FC207", "The firm hired 123 people, 81 of them locally and 63 graduates.", False),
    Row("FC207", "The team won 21 medals, twelve of them gold, and nine silver.", False),
    # FC204 through the numeral's "of them"
    Row("FC204", "The ward reported 41 deaths, 53 of them children.", True),
    Row("FC204", "The ward reported 41 deaths, 23 of them children.", False),
    # a sized thing and a list closed by the rest
    Row("FC207", "The 65-seat chamber now has 31 Greens, 22 Liberals and 17 others.", True),
    Row("FC207", "Ostra's 48-strong squad has 31 riders, 12 grooms and 9 others.", True),
    Row("FC207", "The 120-bed hospital had 71 beds for adults, 33 for children and the "
        "remaining 24 for maternity.", True),
    Row("FC207", "The 65-seat chamber now has 31 Greens, 22 Liberals and 12 others.", False),
    Row("FC207", "The 65-seat chamber now has 31 Greens and 22 Liberals.", False),
    Row("FC207", "The 300-bed hospital treated 457 patients, 213 outpatients and 31 others.",
        False),
    Row("FC207", "The 40-seat council has 22 women and 27 first-time members.", False),
]


test_row = row_test(ROWS)


# FC204, "alone": a holder singled out of the whole's holder, as the words show it (its
# head named again with words of its own, or a "with" phrase hung on the whole's clause);
# two holders side by side are not part and whole ("coal ... gas alone").
ALONE_ROWS: list[object] = [
    Row("FC204", "Tourism brings in 40% of the region's income, and hotel tourism alone 52% "
        "of it.", True),
    Row("FC204", "Trucks carry 35% of the freight, and heavy trucks alone carry 41%.", True),
    Row("FC204", "Imports met 31% of the country's grain needs last year, with wheat alone "
        "meeting 44%.", True),
    Row("FC204", "Coal supplied 30% of the country's power last year, and gas alone supplied "
        "38%.", False),
    Row("FC204", "Trucks carry 35% of the freight, and trains alone carry 41%.", False),
    Row("FC204", "Nuclear provides 15% of the grid's power and gas alone supplies 38% of it.",
        False),
    Row("FC204", "Trucks carry 35% of the freight, and heavy trucks alone carry 21%.", False),
]


test_alone_row = row_test(ALONE_ROWS)


# FC204: a holder narrowed by words of its own, both shares right after a verb that states a
# share, is a part of the first ("women" ... "women under 40"); a holder acting on a share
# of a thing ("drivers ignored 20% of the signals") holds a rate, not a part.
NARROWED_ROWS: list[object] = [
    Row("FC204", "Farmers make up 12% of the county's workers, and dairy farmers account for "
        "21% of them.", True),
    Row("FC204", "Students make up 35% of the town's residents, while foreign students make "
        "up 41% of its residents.", True),
    Row("FC204", "Cars accounted for 60% of the city's crashes last year; electric cars "
        "accounted for 64% of them.", True),
    Row("FC204", "Farmers make up 12% of the county's workers, and dairy farmers account for "
        "7% of them.", False),
    Row("FC204", "Drivers ignored 20% of the signals, and young drivers ignored 31% of them.",
        False),
    Row("FC204", "Households spend 30% of their income on housing, and poor households spend "
        "45% of their income on it.", False),
    Row("FC204", "Nurses make up 42% of the hospital's staff, and young doctors account for "
        "47% of its staff.", False),
]


test_narrowed_row = row_test(NARROWED_ROWS)


# FC207: a whole over a month and its halves in the next sentence, read from the periods
# alone (factcheck.checks._breakdown.time_splits): the month opens its sentence or follows a
# preposition; "the second half" with its verb left out is the second half of that month.
HALVES_ROWS: list[object] = [
    Row("FC207", "The depot shipped 9,400 parcels in April. The first half of the month "
        "brought 4,100 and the second half 5,700.", True),
    Row("FC207", "March brought 212 arrests in the city. The first half of the month saw 120 "
        "and the second half 101.", True),
    Row("FC207", "November gave the fells 143 mm of rain. The first half of the month "
        "delivered 52 mm and the second half 97 mm.", True),
    Row("FC207", "The depot shipped 9,400 parcels in April. The first half of the month "
        "brought 4,100 and the second half 5,300.", False),
    Row("FC207", "March brought 212 arrests in the city. The first half of the month saw 120 "
        "and the second half 92.", False),
    Row("FC207", "The depot shipped 9,400 parcels in 2025. The first half brought 4,100 and "
        "the second half 5,300.", False),
]


test_halves_row = row_test(HALVES_ROWS)
