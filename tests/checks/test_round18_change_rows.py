"""Round 18: FC203 on an absolute change written "by X to A, from B" (the level after first,
the extractor's range "X to A" included), on levels whose subject is the short form of
the change's ("Halden" for "Halden Steel"), on a percent change restated after it in the
level's unit ("shed 2.1%, a 160-point fall that left it at ..."), and on a change in cents
whose currency only its levels name, and on a change beside two levels its sentence sets
against each other ("stands at 640, compared with 815 a decade ago, a drop of 30%");
FC201 on a figure written as a modifier ("a 2,500-acre estate") restated after its noun
phrase. Our own phrasings; near twins that must stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

AN_ABSOLUTE_CHANGE_BY_X_TO_A_FROM_B = [
    ("Enrolment at the county's colleges fell by 2,200 to 8,300 this year, from 9,100.", True),
    ("The choir's membership rose by 45 to 610 this spring, from 555.", True),
    ("Season tickets went up by £60 to £560, from £520 in May.", True),
    ("Wait times at the clinic fell by 20 minutes to 48 minutes in June, from 60 minutes.",
     True),
    ("The roll at Ashby Grammar slipped by 57 to 1,046 pupils this term, from 1,121.", True),
    # the same, right
    ("Enrolment at the county's colleges fell by 800 to 8,300 this year, from 9,100.", False),
    ("The choir's membership rose by 55 to 610 this spring, from 555.", False),
    ("Season tickets went up by £40 to £560, from £520 in May.", False),
    # the figure after "from" is another thing's or another unit's
    ("Dealers' sales rose by 40 to 560 cars, from 20 showrooms.", False),
    ("Rents rose by £40 to £560 a month, from £520 a week.", False),
]
test_an_absolute_change_by_x_to_a_from_b = fires_test("FC203", AN_ABSOLUTE_CHANGE_BY_X_TO_A_FROM_B)

LEVELS_OF_A_SHORT_NAME_OF_THE_CHANGE_SUBJECT = [
    ("Shares in Halden Steel closed the week at 240p. They had ended the previous week at "
     "200p. The 12% gain made Halden the top riser.", True),
    ("Brankor Foods sold 4,000 hampers in 2024. In 2025 it sold 5,000. The 40% rise "
     "surprised Brankor.", True),
    ("Units in Corran Property Trust opened the year at 150p. They had ended last year at "
     "120p. The 40% rise put Corran among the leaders.", True),
    # the same, right
    ("Shares in Halden Steel closed the week at 240p. They had ended the previous week at "
     "200p. The 20% gain made Halden the top riser.", False),
    # two entities that share a first word are two subjects
    ("Halden Steel shares closed at 240p. Halden Bank shares had closed at 200p. The 12% "
     "gain made Halden Steel the top riser.", False),
    ("Brankor Foods sold 4,000 hampers in 2024. Brankor Drinks sold 5,000 crates in 2025. "
     "The 40% rise surprised Brankor Foods.", False),
]
test_levels_of_a_short_name_of_the_change_subject = fires_test(
    "FC203", LEVELS_OF_A_SHORT_NAME_OF_THE_CHANGE_SUBJECT)

A_PERCENT_CHANGE_RESTATED_AFTER_IT_IN_THE_LEVEL_UNIT = [
    ("The Kesh All-Share shed 2.1% on Tuesday, a 160-point fall that left it at 4,480.",
     True),
    ("Sales at the bakery fell 12% in May, a drop of £40,000 that left them at £460,000.",
     True),
    ("Turnover rose 9% last year, an increase of £30,000, to £430,000.", True),
    # the same, right
    ("The Kesh All-Share shed 3.4% on Tuesday, a 160-point fall that left it at 4,480.",
     False),
    ("Sales at the bakery fell 8% in May, a drop of £40,000 that left them at £460,000.",
     False),
    ("Turnover rose 7.5% last year, an increase of £30,000, to £430,000.", False),
    # the figure after the comma is a change of another thing
    ("Turnover rose 9% last year, a year in which staff rose by 30, to 430.", False),
]
test_a_percent_change_restated_after_it_in_the_level_unit = fires_test(
    "FC203", A_PERCENT_CHANGE_RESTATED_AFTER_IT_IN_THE_LEVEL_UNIT)

A_CHANGE_IN_CENTS_IN_ITS_LEVELS_CURRENCY = [
    ("The price of a litre of diesel in Cork fell 14 cents this month, to €1.62 from €1.69.",
     True),
    ("A loaf in Lyon rose 12 cents, from €1.40 to €1.58.", True),
    ("Bus fares in Zurich rose 30 centimes, from CHF 3.20 to CHF 3.90.", True),
    # the same, right
    ("The price of a litre of diesel in Cork fell 7 cents this month, to €1.62 from €1.69.",
     False),
    ("A loaf in Lyon rose 18 cents, from €1.40 to €1.58.", False),
    ("Bus fares in Zurich rose 70 centimes, from CHF 3.20 to CHF 3.90.", False),
]
test_a_change_in_cents_in_its_levels_currency = fires_test(
    "FC203", A_CHANGE_IN_CENTS_IN_ITS_LEVELS_CURRENCY)

A_CHANGE_BESIDE_TWO_LEVELS_SET_AGAINST_EACH_OTHER = [
    ("The rowing club's membership stands at 640, compared with 815 a decade ago, a drop of "
     "30%.", True),
    ("Down 30% on the year, coal exports from the port reached 412,000 tonnes, against "
     "505,000 tonnes a year earlier.", True),
    ("Up 40% on last season, ticket sales at the club reached 61,000, against 52,000 a year "
     "before.", True),
    ("Ridership stands at 9.1 million, compared with 7.4 million in 2022, a rise of 40%.",
     True),
    # the same, right
    ("The rowing club's membership stands at 640, compared with 815 a decade ago, a drop of "
     "21%.", False),
    ("Down 18% on the year, coal exports from the port reached 412,000 tonnes, against "
     "505,000 tonnes a year earlier.", False),
    # a change of one thing beside levels of another, or another place's level
    ("Profit at Arden rose 25%, and the bank now has 815 branches, compared with 600 in "
     "2015.", False),
    ("Sales rose 25% last year; the firm employs 815 staff, against 600 in 2015.", False),
    ("Unemployment fell 20% to 4.2%, against 3.9% in France.", False),
]
test_a_change_beside_two_levels_set_against_each_other = fires_test(
    "FC203", A_CHANGE_BESIDE_TWO_LEVELS_SET_AGAINST_EACH_OTHER)

A_MODIFIER_FIGURE_RESTATED_AFTER_ITS_NOUN_PHRASE = [
    ("Brennock Farms has bought the 2,500-acre Kilbeg estate, some 1,900 hectares of "
     "tillage, for an undisclosed sum.", True),
    ("The Dunmore estate, a 4,500-acre holding some 900 hectares in size, goes to auction "
     "in March.", True),
    ("The walkers began a ninety-mile trek to the abbey, about 245 kilometres over the "
     "hills.", True),
    ("A 300-metre tower, or 1,500 feet of steel and glass, will rise over the bay.", True),
    ("The 12-mile towpath beside the canal, about 30 kilometres, reopens on Friday.", True),
    # the same, right
    ("Brennock Farms has bought the 2,500-acre Kilbeg estate, some 1,000 hectares of "
     "tillage, for an undisclosed sum.", False),
    ("The walkers began a ninety-mile trek to the abbey, about 145 kilometres over the "
     "hills.", False),
    # a figure the noun phrase's words introduce, or a part of the whole
    ("They sold a 600-acre farm with some 40 hectares of barley.", False),
    ("The 12-mile towpath and some 30 kilometres of cycle lane reopen on Friday.", False),
    ("The 12-mile towpath, over 3 kilometres of it paved, reopens on Friday.", False),
]
test_a_modifier_figure_restated_after_its_noun_phrase = fires_test(
    "FC201", A_MODIFIER_FIGURE_RESTATED_AFTER_ITS_NOUN_PHRASE)
