"""FC201, FC202, FC203, round 13: classes read by the parse and the figures' units, rows in
our own words (firing rows, then near-twins that must stay silent).

- FC202: a year written inside the noun phrase of the thing measured ("the 2026 parks
  budget", "its 2025 grain harvest") dates the figure, over a day that dates the act of
  its clause ("approved ... on Monday"): checks._phrase_years;
- FC202: a re-mention with a period after it ("its £40m grant this year") names the
  earlier figure of that same period; a pay written with a verb of pay ("is paid",
  "earned") is the salary a later phrase names; a modifier the earlier sentence lacks
  ("its roads budget" after "its budget") narrows the later figure to a part, even when
  the earlier sentence holds a word of the head's group;
- FC203: a change's base hung on the change figure by "on", "against" or "over" ("down
  30 mm on October's 90 mm"), with the level the change restates before it;
- FC201: a restatement in brackets after an adjectival figure's noun ("a 900-foot
  bridge (274 metres)").
"""

from __future__ import annotations

from tests.checks.rows import fires_test

YEAR_IN_PHRASE = [
    ("The county board approved the 2027 parks budget of $6.1 million on Monday. Critics "
     "said the $9.1 million parks budget for 2027 left trails unrepaired.", True),
    ("The trust approved a 2027 capital budget of €48 million on Thursday. The €84 million "
     "capital budget for 2027 includes a new scanner.", True),
    ("Kansas officials put the state's 2026 wheat harvest at 3.2 million tonnes last week. "
     "Traders called Kansas's 2026 wheat harvest of 2.3 million tonnes the worst in a "
     "decade.", True),
    # near-twins: the same figure, or two years
    ("The county board approved the 2027 parks budget of $6.1 million on Monday. Critics "
     "said the $6.1 million parks budget for 2027 left trails unrepaired.", False),
    ("The county board approved the 2027 parks budget of $6.1 million on Monday. Critics "
     "said the $9.1 million parks budget for 2026 had left trails unrepaired.", False),
    ("The trust approved a 2027 capital budget of €48 million on Thursday. Its 2026 capital "
     "budget was €84 million.", False),
]

TIMED_REMENTION = [
    ("Harbour Energy will spend £40 million on its turbines this year. Harbour Energy's "
     "£75 million outlay this year is its largest yet.", True),
    ("Greyfield Trust said it would spend $12 million on rural clinics this year. Greyfield "
     "Trust's $21 million spending this year is a record.", True),
    ("Ardent Rail will invest €90 million in new carriages this year. Ardent Rail's €60 "
     "million investment this year is part of a longer plan.", True),
    # near-twins: agreeing, or the earlier figure of another period
    ("Harbour Energy will spend £40 million on its turbines this year. Harbour Energy's "
     "£40 million outlay this year is its largest yet.", False),
    ("Greyfield Trust spent $12 million on rural clinics in 2024. Greyfield Trust's $21 "
     "million spending this year is a record.", False),
    ("Ardent Rail invested €90 million in new carriages last year. Ardent Rail's €60 "
     "million investment this year is part of a longer plan.", False),
]

PAY = [
    ("Chief executive Rhona Blake is paid £310,000 a year. Her £130,000 salary is set by "
     "the board.", True),
    ("The head teacher earned $98,000 a year. His $89,000 salary was frozen in May.", True),
    ("Coach Ivo Marsh is paid €640,000 a year. The coach's €460,000 annual salary is the "
     "league's highest.", True),
    # near-twins: agreeing, or another person's pay
    ("Chief executive Rhona Blake is paid £310,000 a year. Her £310,000 salary is set by "
     "the board.", False),
    ("The head teacher earned $98,000 a year. His $98,000 salary was frozen in May.", False),
]

CHANGE_ON_BASE = [
    ("Snowfall at the resort in January was 64 cm, down 30 cm on December's 124 cm.", True),
    ("The festival sold 9,400 tickets, up 2,100 on last year's 3,300.", True),
    ("Exports reached 840 tonnes in May, up 22% on April's 520 tonnes.", True),
    ("The ferry carried 1,310 cars last weekend, up 400 against 1,180 a week before.", True),
    # near-twins: the arithmetic right, or a phrase of the verb
    ("Snowfall at the resort in January was 64 cm, down 60 cm on December's 124 cm.", False),
    ("The festival sold 9,400 tickets, up 6,100 on last year's 3,300.", False),
    ("Exports reached 840 tonnes in May, up 62% on April's 520 tonnes.", False),
    ("The council spent £30 million on 124 buses, up 5% on its plan.", False),
]

# a modifier the earlier figure's words lack narrows the later one to a part of the thing
NARROWED = [
    ("The council's budget is £45 million. Its roads budget is £4 million.", False),
    ("The trust's budget is $80 million. Its research budget is $12 million.", False),
    ("The school's budget is £3 million. The school's staffing budget is £2.1 million.",
     False),
    ("The council spends £45 million a year. Its £54 million annual budget is the lowest "
     "in the region.", True),
    ("The Albion Hotel sold for £12.5 million in May. Agents said the hotel's May sale "
     "price of £21.5 million was a record for the street.", True),
    ("The Albion Hotel sold for £12.5 million in May. Agents said the hotel's May sale "
     "price of £12.5 million was a record for the street.", False),
]

# an owner narrowed by words the earlier sentence lacks is another owner
OWNERS = [
    ("The mayor's salary is $120,000. The deputy mayor's salary is $95,000.", False),
    ("The school's fee is £9,000. The junior school's fee is £6,000.", False),
    ("The club's budget is €2 million. The youth club's €400,000 budget is separate.", False),
    ("The mayor's salary is $120,000. The mayor's $95,000 salary was set in May.", True),
    ("The school's fee is £9,000. The school's fee is £6,000, its bursar said.", True),
    ("The club's budget is €2 million. The club's €4 million budget is its largest.", True),
]

BRACKETED_AFTER_NOUN = [
    ("Engineers finished a 900-foot bridge (410 metres) across the gorge.", True),
    ("The trust bought a 2,000-acre moor (1,800 hectares) last spring.", True),
    ("Riders face a 60-mile stage (140 km) on Sunday.", True),
    # near-twins: right
    ("Engineers finished a 900-foot bridge (274 metres) across the gorge.", False),
    ("The trust bought a 2,000-acre moor (810 hectares) last spring.", False),
    ("Riders face a 60-mile stage (97 km) on Sunday.", False),
]


test_conflicting_figures = fires_test("FC202", YEAR_IN_PHRASE + TIMED_REMENTION + PAY + NARROWED
                         + OWNERS)


test_change_on_its_base = fires_test("FC203", CHANGE_ON_BASE)


test_bracketed_after_noun = fires_test("FC201", BRACKETED_AFTER_NOUN)


# FC205: one verb written again, its second clause the first's negation, answers one
# question yes and no (checks._answers.negated_pair)
NEGATED = [
    ("In the Courier's survey, 39% said they trusted the mayor, 47% said they did not, "
     "and 21% had no view.", True),
    ("Asked about the tram, 58% think it will work and 49% think it will not.", True),
    ("Among drivers, 58% have a garage and 51% don't.", True),
    ("Of the tenants asked, 61% would pay more for greener power, 44% would not.", True),
    # near-twins: the shares within 100%, or two questions under one verb
    ("In the Courier's survey, 39% said they trusted the mayor, 47% said they did not, "
     "and 14% had no view.", False),
    ("Asked about the tram, 51% think it will work and 49% think it will not.", False),
    ("In the survey, 70% said prices were too high, 65% said wages were too low.", False),
    ("Among drivers, 58% have a garage and 51% have a driveway.", False),
]


test_negated_answers = fires_test("FC205", NEGATED)


# FC205: an answer's own complement ("yes in Sunday's vote and ...") gives the next share
# no scope; "of them" names the whole told before, no other (checks._answers)
ANSWERED = [
    ("Canvassers expect 56% to vote yes in next month's ballot and 49% to vote no.", True),
    ("In the ballot, 62% said yes to the strike on pay and 45% said no.", True),
    ("Two-thirds of the members backed the merger at Sunday's meeting, while half of them "
     "opposed it.", True),
    ("Of the 400 nurses polled, 70% supported the offer and 45% of them rejected it.", True),
    # near-twins: within 100%, a scope of the later share's own, or two wholes
    ("Canvassers expect 51% to vote yes in next month's ballot and 49% to vote no.", False),
    ("Overall, 52% said yes; among women, 60% said no.", False),
    ("Two-thirds of the members backed the merger at Sunday's meeting, while a third of "
     "them opposed it.", False),
    ("Some 61% of voters backed it, while 58% of councillors opposed it.", False),
]


test_answers_of_one_question = fires_test("FC205", ANSWERED)
