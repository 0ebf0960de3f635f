"""FC204, round 25 (trial tuning): a figure in a relative clause describes the clause's
antecedent noun, not a part of the figure before it (factcheck.checks._wholes._partitive).

"which" marks a part only as the object of "of" ("of which 60,000 were ..."); as the
subject of its clause ("the hall, which seats 2,200") it ties the clause's figure to the
hall, a thing other than the audience counted before it. Rows in our own words.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

RELATIVE = [
    # silent: a capacity or size of the antecedent, not a part of the count before it
    ("An audience of 1,850 filled the concert hall, which seats 2,200.", False),
    ("About 3,100 passengers boarded the ferry, which has berths for 4,000.", False),
    ("A crowd of 9,400 packed the arena, which can take 12,000 spectators.", False),
    ("Some 640 cars were parked in the garage, which has 900 spaces.", False),
    ("A crowd of 21,730 watched the final at the ground, which has a capacity of 26,500.",
     False),
    ("Volunteers planted 310 trees in the park, which covers 450 hectares.", False),
    ("The reservoir, which can hold 40 million litres, held 31 million litres in June.",
     False),
    ("A crowd of 9,400 packed the arena, a venue with room for 12,000.", False),
    # fire: "of which" takes the part out of the figure before it
    ("A crowd of 21,730 watched the final, of which 26,500 were home supporters.", True),
    ("Sales reached €38 million, of which €52 million came from bread.", True),
    ("The hall, which seats 2,200, drew an audience of 1,850, of whom 2,400 were students.",
     True),
    ("Sales reached €38 million, which included €52 million from bread.", True),
]

test_relative = fires_test("FC204", RELATIVE)
