"""Round 13 rows for FC206 and FC207 (issue 15), in our own sentences; AS_OF is 2025-10-01.

- Two statements about one whole's members cut it two ways ("Of those, 500 are nurses and
  400 are part-time"; "600 are men and 450 work shifts"; "500 of them nurses and 400
  part-time"): the groups may overlap, so they need not add up to the whole. Near twins
  whose parts share one verb written once still add up.
- A rest left by a verb ("sold 3,000, leaving 4,500"; "which leaves 22 empty") closes the
  whole as "the remaining" does; a scope after it says where the rest goes, it does not
  narrow it ("leaving £20,000 for the organ").
- A span of time right after a total ("raised £92,000 in six weeks: ...") is the
  total's own, no figure between it and its list; a bare part does not borrow the span's
  unit when it counts what a plain count of its sentence counts ("48,000 visitors over
  three days, 15,000 on Friday, ..."); a rate is broken down by parts that point back
  to it ("5,400 loaves a week, 2,900 of them white and 3,100 brown").
- A birth in the next sentence with any auxiliaries ("She had been born in 1935").
- An age "at N" at an event its own clause dates ("died in 2019 at 71") is the age then,
  exactly; "retired at 60, and moved ..." is an age at the retirement, not now.
- A span written "from 2014 to 2019" (or "between ... and ...") before "took"/"lasted";
  a span in another clause (after a semicolon) is not the figure's.
"""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    # cross-cutting statements about the members of one whole: no sum
    Row("FC207", "The hospital employs 800 staff. Of those, 500 are nurses and 400 are "
        "part-time.", False),
    Row("FC207", "The plant employs 900 workers. Of them, 600 are men and 450 work shifts.",
        False),
    Row("FC207", "The hospital has 800 staff, 500 of them nurses and 400 part-time.", False),
    Row("FC207", "The choir has sixty singers, 40 of whom are women and 35 retired.", False),
    Row("FC207", "Last year the college took in 1,200 students. Of these, 700 were local "
        "and 650 were over 25.", False),
    # near twins: one verb written once, or parts that point back with labels
    Row("FC207", "Storm Ivo flooded 1,240 homes. Of those, 860 were in Carrow and 520 in "
        "Ellis Bay.", True),
    Row("FC207", "The relay squad won 18 medals. Eleven were gold, five silver and four "
        "bronze.", True),
    Row("FC207", "The striker netted 52 goals, 30 of them at home and 29 away.", True),
    Row("FC207", "The helpline took 2,400 calls. Of these, 1,500 were about bins and 1,100 "
        "about parking.", True),
    Row("FC207", "Of the county's £2.3m grant, £1.4m goes to schools, £0.6m to roads and "
        "£0.9m to parks.", True),
    # a rest left by a verb
    Row("FC207", "Of the 9,000 acres, 3,000 were sold, leaving 4,500.", True),
    Row("FC207", "The appeal raised £80,000. It spent £45,000 on the roof, leaving £20,000 "
        "for the organ.", True),
    Row("FC207", "Of the 72 flats, 40 have been let, which leaves 22 empty.", True),
    Row("FC207", "The mill employs 900 people. Of those, 620 work nights, leaving 200 on "
        "days.", True),
    Row("FC207", "Of the 9,000 acres, 3,000 were sold, leaving 6,000.", False),
    Row("FC207", "The appeal raised £80,000. It spent £45,000 on the roof, leaving £35,000 "
        "for the organ.", False),
    Row("FC207", "Of the 72 flats, 40 have been let, which leaves 32 empty.", False),
    Row("FC207", "The gale wrecked 40 homes in Ashby, leaving 120 people without a roof.",
        False),
    Row("FC207", "The ward has 80 beds, and the other 30 beds in the annexe are closed.",
        False),
    # the total's own span of time between it and its list; a bare part counts what the
    # plain count of its sentence counts, not the span's unit; a rate broken down by
    # parts that point back
    Row("FC207", "The appeal raised £92,000 in six weeks: £40,000 from firms and £61,000 "
        "from the public.", True),
    Row("FC207", "Crews fitted 640 meters over four months: 300 in Ayr and 410 in Troon.",
        True),
    Row("FC207", "The bakery sold 5,400 loaves in a week, 2,900 of them white and 3,100 "
        "brown.", True),
    Row("FC207", "The depot handles 900 parcels a day, 600 of them by van and 450 by bike.",
        True),
    Row("FC207", "The appeal raised £101,000 in six weeks: £40,000 from firms and £61,000 "
        "from the public.", False),
    Row("FC207", "The bakery sells 5,400 loaves a week, 2,900 of them white and 2,500 "
        "brown.", False),
    Row("FC207", "The fair drew 48,000 visitors over three days, 12,000 on Friday, 17,000 on "
        "Saturday and 19,000 on Sunday.", False),  # 15,000 on Friday is 51,000: round 14
    Row("FC207", "The depot handles 900 parcels a day, 600 of them by van and 300 by bike.",
        False),
    # a birth in the next sentence, with any auxiliaries
    Row("FC206", "The poet Ewa Lund died in 2020 aged 70. She had been born in 1935.", True),
    Row("FC206", "The painter Tom Reyes died in 2016, aged 58. He had been born in Cork in "
        "1930.", True),
    Row("FC206", "Mara Holt is 40. She had been born in 1961 in a village near Kendal.",
        True),
    Row("FC206", "The poet Ewa Lund died in 2020 aged 85. She had been born in 1935.",
        False),
    Row("FC206", "Mara Holt died in 2019, aged seventy-two. She had been born in 1947.",
        False),
    Row("FC206", "Mara Holt is 40. Her father had been born in 1961.", False),
    # an age "at N" at an event its own clause dates to a year; a comma after the age
    # sets nothing off
    Row("FC206", "Ines Vela, born in 1940, died in 2019 at 71.", True),
    Row("FC206", "Born in 1946, she swam the Channel at 44 in 1980.", True),
    Row("FC206", "Reyes, who was born in 1961, retired in 2021 at 52.", True),
    Row("FC206", "Ines Vela, born in 1940, died in 2019 at 79.", False),
    Row("FC206", "Born in 1946, she swam the Channel at 34 in 1980.", False),
    Row("FC206", "Born in 1950, he retired at 60 and moved to Spain in 2020.", False),
    Row("FC206", "Born in 1950, he retired at 60, and moved to Spain.", False),
    # a span written out between two years, before the verb of duration
    Row("FC206", "The refit of the Corn Hall, which ran from 2014 to 2019, took eleven "
        "years.", True),
    Row("FC206", "The dig at the abbey, carried out between 1998 and 2004, lasted 12 years.",
        True),
    Row("FC206", "The survey of the coast, run from 2001 until 2010, took three years.", True),
    Row("FC206", "The refit of the Corn Hall, which ran from 2014 to 2019, took five years.",
        False),
    Row("FC206", "The dig at the abbey, carried out between 1998 and 2004, lasted six "
        "years.", False),
    Row("FC206", "From 2014 to 2019 the mayor served; the rebuild took two years.", False),
]


test_row = row_test(ROWS)
