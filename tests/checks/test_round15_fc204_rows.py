"""Round 15 rows for FC204, FC206 and FC302 (issue 15), in our own sentences; AS_OF is
2025-10-01.

- A weekday before a count is no name ("On Tuesday 52 of them ..."): the count is a
  claim (extract/labels.py after_proper_name, context.tsv role weekday), so a part that
  follows its whole in the next sentence is read (FC204).
- "N of its workers" after "employs 610 people": a group of the people a possessor's
  earlier count counts is a part of it (fc204 _earlier_whole with _members.group_of).
- A span in years with no period of its own, in a sentence that names one run of whole
  years and no other year ("a 14-year spell as head teacher, from 2009 to 2017"; "which
  ran from 2015 to 2018, lasted six years") is that run's length, give or take one
  (factcheck.checks._life_spans._one_run); not "two four-year terms" (several spans).
- A span "after N years" counts from the start in reach, never longer; from a person's
  entry ("joined", "elected", "since") in a clause of the present or future it is the
  whole time since, exactly (factcheck.checks._counts_from._after_years, _ends_now).
- A percent after a verb of change and its object, with the change's ends after it
  ("raised its parking levy 1.5 percent, from 3.5% to 5%") is a change: FC302 when it is
  the points, FC203 when it is neither (factcheck.checks._changes._verb_object_change).
"""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

ROWS: list[object] = [
    # FC204: a weekday before the part
    Row("FC204", "The depot runs 40 trams. On Tuesday 52 of them were out of service.", True),
    Row("FC204", "The hostel has 30 beds. On Friday 34 of them were taken by walkers.", True),
    Row("FC204", "The school has 18 teachers. On Wednesday 21 of them went on strike.", True),
    Row("FC204", "The depot runs 40 trams. On Tuesday 12 of them were out of service.", False),
    Row("FC204", "The hostel has 30 beds. On Friday 24 of them were taken by walkers.", False),
    Row("FC204", "The school has 18 teachers. On Wednesday 9 of them went on strike.", False),
    # FC204: a group of the people the possessor's count counts
    miss(Row("FC204", "Dunmore Textiles employs 610 people in Leeds. Union officials said 650 "
             "of its workers had signed the petition.", True),
         "the frames give the whole the place's subject (Leeds), the part another"),
    Row("FC204", "Dunmore Textiles employs 610 people. Union officials said 650 of its "
        "workers had signed the petition.", True),
    Row("FC204", "The Kestrel mill employs 85 people. A manager said 92 of its workers live "
        "in the town.", True),
    Row("FC204", "Ashby Care employs 240 people. Payroll records show 260 of its women "
        "work part time.", True),
    Row("FC204", "Dunmore Textiles employs 610 people in Leeds. Union officials said 450 of "
        "its workers had signed the petition.", False),
    Row("FC204", "The Kestrel mill employs 85 people. A manager said 92 of its customers "
        "live in the town.", False),
    Row("FC204", "Ashby Care employs 240 people. Payroll records show 260 women across the "
        "county work part time.", False),
    # FC206: one run of whole years in the span's sentence
    Row("FC206", "Okafor left in May after a 14-year spell as head teacher, from 2009 to "
        "2017.", True),
    Row("FC206", "The dockyard strike, which ran from 2015 to 2018, lasted six years.", True),
    Row("FC206", "His 20-year term as chair, which ran from 2003 to 2013, ended quietly.",
        True),
    Row("FC206", "Okafor left in May after an eight-year spell as head teacher, from 2009 to "
        "2017.", False),
    Row("FC206", "The dockyard strike, which ran from 2015 to 2018, lasted three years.",
        False),
    Row("FC206", "His 10-year term as chair, which ran from 2003 to 2013, ended quietly.",
        False),
    Row("FC206", "He served two four-year terms as chair, from 2003 to 2011.", False),
    Row("FC206", "The dispute ran from 2015 to 2018; the talks took six years.", False),
    # FC206: "after N years" from a start in reach
    Row("FC206", "Sgt Ann Cole retires this week after 35 years in the police, which she "
        "joined in 2001.", True),
    Row("FC206", "Councillor Dev Rao, leader since 2016, stands down in December after 15 "
        "years.", True),
    Row("FC206", "Mia Holt joined the choir in 1982. She retires this month after 30 years in "
        "the altos.", True),
    Row("FC206", "Sgt Ann Cole retires this week after 24 years in the police, which she "
        "joined in 2001.", False),
    Row("FC206", "Councillor Dev Rao, leader since 2016, stands down in December after nine "
        "years.", False),
    Row("FC206", "Mia Holt joined the choir in 1982. She retires this month after 43 years in "
        "the altos.", False),
    Row("FC206", "Mia Holt joined the choir in 1982. She retired in 2012 after 30 years.",
        False),
    Row("FC206", "Tom Reid, who founded the firm in 1990, retires this week after 30 years as "
        "chief executive.", False),
    Row("FC206", "The firm, founded in 1990, bought the mill after 40 years of neglect.",
        False),
    Row("FC206", "He has led the union since 2019, after 25 years on the shop floor.", False),
    Row("FC206", "She joined the police in 2004 after 20 years in the navy.", False),
    # FC302 / FC203: a change after a verb and its object
    Row("FC302", "The council raised its parking levy 1.5 percent on Tuesday, from 3.5% to "
        "5%.", True, "1.5 percentage points"),
    Row("FC302", "The lender cut its standard variable rate 0.5 percent, from 6.5 percent to "
        "6 percent.", True, "0.5 percentage points"),
    Row("FC302", "Ministers raised the top tax rate 2%, from 40% to 42%.", True,
        "2 percentage points"),
    Row("FC302", "The council raised its parking levy 1.5 percentage points on Tuesday, from "
        "3.5% to 5%.", False),
    Row("FC302", "The lender cut its standard variable rate 7.7 percent, from 6.5 percent to "
        "6 percent.", False),
    Row("FC302", "Ministers raised the top tax rate 5%, from 40% to 42%.", False),
    Row("FC203", "The bakery raised its bread prices 10%, from £2.00 to £2.50.", True),
    Row("FC203", "The bakery raised its bread prices 25%, from £2.00 to £2.50.", False),
    Row("FC203", "The bakery raised its bread prices 10% last year; from £2.00 to £2.50 is "
        "the range.", False),
    # two levels in the next sentence dated to spans that share their seam year, in order
    # (factcheck.checks._base_time._dated_in_order); "enhanced" is a verb of rise
    Row("FC203", "Wheat output in the region rose by 20%. It was 50.2 tonnes in 2015-18 and "
        "55.1 tonnes in 2018-21.", True),
    Row("FC203", "Coffee exports enhanced by 25%. They were 12.4 tonnes in 2016-19 and 13.0 "
        "tonnes in 2019-22.", True),
    Row("FC203", "Fish landings fell by 30%. They were 880 tonnes in 2012-15 and 790 tonnes "
        "in 2015-18.", True),
    Row("FC203", "Wheat output in the region rose by 10%. It was 50.2 tonnes in 2015-18 and "
        "55.1 tonnes in 2018-21.", False),
    Row("FC203", "Coffee exports enhanced by 5%. They were 12.4 tonnes in 2016-19 and 13.0 "
        "tonnes in 2019-22.", False),
    Row("FC203", "Fish landings fell by 10%. They were 880 tonnes in 2012-15 and 790 tonnes "
        "in 2015-18.", False),
    Row("FC203", "Wheat output in the region rose by 20%. The region had 50 farms in 2015-18 "
        "and 55 farms in 2018-21.", False),
    # a level after its preposition is no object's change ("falling to 4.1% ... from")
    Row("FC203", "Unemployment dropped by 0.6 points, falling to 4.1% in June from 4.7% in "
        "May.", False),
    Row("FC203", "The jobless rate fell to 5.2% from 5.9% last year, a drop of 0.7 points.",
        False),
    Row("FC203", "Mortgage rates climbed to 6.1% on Friday from 5.8%, lenders said.", False),
]


test_round15_fc204_rows = row_test(ROWS)
