"""FC207 and FC206, round 16: rows in our own words (firing rows, then near-twins that
must stay silent).

- a change and the two levels it runs between are no parts of a total ("rose 30%, from
  5% of the total to 6.5%"): _parts_first._change_and_levels, from the frames'
  before/after relations;
- a span of time that counts the dated parts of a list: after a total it makes the
  comma list complete ("210mm over three days, with ... on Friday, ... Saturday and ...
  Sunday"), after the parts it marks their total ("..., £5.3m over the two days"):
  checks._days;
- FC206: N years after an event in a year, against the one period phrase of the main
  clause ("reopened this summer, 31 years after it closed in 1989"): _took._period_year;
  an age apposition with a birth year is not an age at a year after "since" ("has sat
  on the council since 2018"): _since_years._other_years; a span in the past perfect
  counts to the one year of the "when" clause after it ("had worked there for 22 years
  when ... in March 2024"): _ages_now._ended_when.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

CHANGE_AND_LEVELS = [
    # silent: a change and its two levels are never parts of a total
    ("Late payments fell by 20%, from 15% of the total to 12%.", False),
    ("The jobless rate climbed 30 per cent, from 5% of the workforce to 6.5%.", False),
    ("Arrears grew 50%, from 4% of all accounts to 6%.", False),
    ("Unpaid bills went up by a quarter, from 12% of the total to 15%.", False),
    # near-twins that still fire: parts and a total that says so
    ("Ministers added a 15% levy and a further 10%, bringing the total to 30%.", True),
    ("The three plants make 40, 55 and 70 tonnes a day, a combined 180 tonnes.", True),
    ("Fees rose 10% in spring and a further 10% in autumn, a combined rise of 30%.", True),
    ("Tariffs on imported wire went up by 12% in May, plus a further 8% from August, "
     "taking the total to 25%.", True),
]


test_change_and_its_levels_are_no_parts = fires_test("FC207", CHANGE_AND_LEVELS)


COUNTED_LIST = [
    # fire: as many dated parts as the total's span counts, and they fall short
    ("The storm dumped 150mm of rain over three days, with 58mm on Friday, 44mm on "
     "Saturday and 21mm on Sunday.", True),
    ("The festival drew 48,000 visitors over three days, 15,000 on Friday, 16,000 on "
     "Saturday and 11,000 on Sunday.", True),
    ("Tidal surges flooded 240 homes over two days, 110 on Monday and 95 on Tuesday.",
     True),
    ("Sales came to £84,000 over two days, with £30,000 on Friday and £41,000 on "
     "Saturday.", True),
    # the span with its determiner ("over the three days") is the total's own too
    ("Snowfall totalled 90 cm over the three days, with 41 cm on Friday, 33 cm on "
     "Saturday and 30 cm on Sunday.", True),
    ("The fair drew 52,000 visitors over the four days, 15,000 on Thursday, 12,000 on "
     "Friday, 11,000 on Saturday and 9,000 on Sunday.", True),
    # silent: the parts add up, fewer parts than the span counts, or undated parts
    ("Snowfall totalled 90 cm over the three days, with 41 cm on Friday, 29 cm on "
     "Saturday and 20 cm on Sunday.", False),
    ("The storm dumped 150mm of rain over three days, with 58mm on Friday, 44mm on "
     "Saturday and 48mm on Sunday.", False),
    ("The storm dumped 150mm of rain over three days, with 58mm on Friday and 44mm on "
     "Saturday.", False),
    ("The appeal raised £9,000 over two weeks, with £2,000 from a raffle and £1,500 from "
     "a bake sale.", False),
]


test_span_that_counts_the_parts_completes_the_list = fires_test("FC207", COUNTED_LIST)


TOTAL_OVER_THE_SPAN = [
    ("The repairs cost £1.4m on Monday and £2.9m on Tuesday, £5.3m over the two days.",
     True),
    ("Police made 14 arrests on Friday, 19 on Saturday and 11 on Sunday, 49 over the "
     "three days.", True),
    ("The shop sold 310 tickets in May and 280 in June, 650 across the two months.", True),
    ("Volunteers planted 1,200 trees in 2023 and 1,500 in 2024, 2,900 over the two "
     "years.", True),
    # silent: the sum is right, or the span counts another number of stretches
    ("The repairs cost £1.4m on Monday and £2.9m on Tuesday, £4.3m over the two days.",
     False),
    ("Police made 14 arrests on Friday, 19 on Saturday and 11 on Sunday, 44 over the "
     "three days.", False),
    ("The repairs cost £1.4m on Monday and £2.9m on Tuesday, £5.3m over the three days.",
     False),
    ("The shop sold 310 tickets in May and 280 in June, 650 in the two weeks after.",
     False),
]


test_span_after_the_parts_marks_their_total = fires_test("FC207", TOTAL_OVER_THE_SPAN)


YEARS_AFTER_AN_EVENT = [
    ("The Mersey lido reopened this summer, 31 years after it closed in 1989.", True),
    ("The mill resumed work last year, 30 years after it shut in 1985.", True),
    ("The club moved back to Eastfield last month, 12 years after it left in 2003.", True),
    ("The band reunited this spring, 14 years after it split in 2002.", True),
    ("The Mersey lido reopened this summer, 37 years after it closed in 1989.", False),
    ("The mill resumed work last year, 40 years after it shut in 1985.", False),
    ("The club moved back to Eastfield last month, 23 years after it left in 2003.",
     False),
    ("The band reunited this spring, 24 years after it split in 2002.", False),
]


test_years_after_an_event_against_the_main_clause = fires_test("FC206", YEARS_AFTER_AN_EVENT)


AGE_BESIDE_SINCE = [
    ("Shah, 34, who was born in 1984, is a former teacher and has sat on the council "
     "since 2018.", True),
    ("Okafor, 29, who was born in 1980, has run the family bakery since 2009.", True),
    ("Priya Nair, 27, born in 1975, has chaired the trust since 2002.", True),
    ("Shah, 42, who was born in 1984, is a former teacher and has sat on the council "
     "since 2018.", False),
    ("Okafor, 46, who was born in 1980, has run the family bakery since 2009.", False),
    # an age at an event the sentence dates still counts to that year
    ("Shah, who was born in 1984, was 34 when she was elected in 2018.", False),
    ("Priya Nair, born in 1975, was 27 when she took the chair in 2002.", False),
]


test_age_apposition_is_not_an_age_at_since = fires_test("FC206", AGE_BESIDE_SINCE)


SPAN_TO_AN_EVENT = [
    ("Mercer joined the firm in 2009 and had worked there for 22 years when auditors "
     "found the first discrepancy in March 2024.", True),
    ("Ellis was appointed head teacher in 2001 and had led the school for 25 years when "
     "inspectors downgraded it in 2019.", True),
    ("The charity was founded in 1990 and had run the shelter for 30 years when the "
     "council withdrew its grant in 2012.", True),
    # silent: the span fits the year of the event, not the draft's date
    ("Mercer joined the firm in 2009 and had worked there for 15 years when auditors "
     "found the first discrepancy in March 2024.", False),
    ("Ellis was appointed head teacher in 2001 and had led the school for 18 years when "
     "inspectors downgraded it in 2019.", False),
    ("The charity was founded in 1990 and had run the shelter for 22 years when the "
     "council withdrew its grant in 2012.", False),
]


test_past_perfect_span_counts_to_its_when_clause = fires_test("FC206", SPAN_TO_AN_EVENT)
