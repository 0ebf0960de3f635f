"""FC205, round 12: what tells one question from two when shares of one whole stand in
coordinated clauses. Rows in our own words.

- a copula keys its complement: "64% are diesel and 41% are electric" answers one
  question (what the ambulances run on), so the shares add up;
- one verb written again with another thing after it asks two questions ("72% own a car
  and 51% own a bike"): the answers may overlap, nothing is summed;
- one verb written once over several shares, each with its own complement ("60% went
  to the winner and 45% to the runner-up"): one question;
- a whole written before a later share ("; of the county's buses, 41% ...") is its own.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

COPULA = [
    ("Seventy percent of the valley's land is pasture, 22% is woodland and 13% is bog.",
     True),
    ("Of the trust's ambulances, 64% are diesel and 41% are electric.", True),
    ("Sixty-one per cent of the staff were part-time and 47 per cent were full-time last "
     "year.", True),
    ("Of the 400 flats on the estate, 55% are rented, 38% are owned outright and 19% are "
     "shared.", True),
    ("Of the county's land, 70% is farmland, 25% forest and 21% urban.", True),
    # near-twins: within 100%, two periods, two wholes
    ("Of the trust's ambulances, 54% are diesel and 41% are electric.", False),
    ("Sixty-one per cent of the staff were part-time in 2010 and 47 per cent were "
     "part-time in 2020.", False),
    ("Of the trust's ambulances, 64% are diesel; of the county's buses, 41% are electric.",
     False),
    ("Of the pupils, 64% walk to school, while of the staff, 41% walk to work.", False),
    ("Seventy percent of the valley's land is pasture, 22% is woodland and 7% is bog.",
     False),
]

ONE_VERB_TWO_THINGS = [
    ("Of the commuters asked, 62% own a car and 51% own a bike.", False),
    ("Among the pupils, 70% play football and 45% play chess.", False),
    ("Two-thirds of the farmers grow wheat, and 52% grow barley.", False),
    ("Of the readers surveyed, 80% read the print edition and 35% read the app.", False),
    ("In the survey 68% trusted the police while 55% trusted the courts.", False),
    # near-twins that fire: the verb written once, an answer or a pronoun after it
    ("Among the pupils, 70% play football, 25% chess and 12% tennis.", True),
    ("Of the readers surveyed, 60% said they read the paper daily and 45% said they "
     "read it weekly.", True),
    ("Of the commuters asked, 62% voted yes and 51% voted no.", True),
    ("Of the nurses, 66% backed the offer and 45% opposed it.", True),
]

VERB_WRITTEN_ONCE = [
    ("Of the prize money, 60% went to the winner and 45% to the runner-up.", True),
    ("Under the settlement 48% goes to the widow, 37% to the children and 20% to the "
     "church.", True),
    ("In the ballot for chair, 52% went to Hale and 51% to Moss.", True),
    ("The council's grant is split three ways: 55% goes to schools, 30% to roads and 20% "
     "to parks.", True),
    ("The estate was shared out: 60% went to the eldest son and 45% to his sister.", True),
    # near-twins: within 100%, another period, a scope or a whole of its own
    ("Of the prize money, 60% went to the winner and 35% to the runner-up.", False),
    ("52% went to Hale in 2019 and 51% to Moss in 2023.", False),
    ("52% went to Hale and in Leeds 51% to Moss.", False),
    ("52% went to Hale and 51% of the postal votes to Moss.", False),
    ("In the ballot for chair, 52% went to Hale; in the ballot for treasurer, 51% went to "
     "Moss.", False),
]


test_one_question_or_two = fires_test("FC205", COPULA + ONE_VERB_TWO_THINGS + VERB_WRITTEN_ONCE)


ANSWERS_ABOUT_TWO_THINGS = [
    # a copula's complements with what each is about: two questions when that differs
    ("In the staff survey, 51% were satisfied with pay and 56% were dissatisfied with "
     "hours.", False),
    ("Of the tenants, 60% were happy with the rent and 55% were unhappy with the repairs.",
     False),
    ("Of the leavers, 60% went to university and 45% went to college.", False),
    ("Of the tenants, 60% were happy with the rent and 55% were unhappy.", True),
    ("Of the tenants, 62% were happy with the rent, 45% were unhappy with the rent.", True),
    ("Of the leavers, 60% went to university and 45% to college.", True),
]


test_answers_about_two_things = fires_test("FC205", ANSWERS_ABOUT_TWO_THINGS)


FOR_AND_AGAINST = [
    ("The referendum split 57% for and 49% against.", True),
    ("Councillors voted 61% for the plan and 44% against.", True),
    ("The members divided 58 per cent for, 45 per cent against.", True),
    ("The members divided 58 per cent for, 40 per cent against.", False),
    ("Savers earn 5% for a year and 6% for two years.", False),
    ("Under the deal 60% for the first child and 50% for the second is paid.", False),
]


test_for_and_against_are_answers = fires_test("FC205", FOR_AND_AGAINST)
