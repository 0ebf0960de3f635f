"""FC205: answers given as stances ("backed"/"opposed", "satisfied"/"dissatisfied",
"agreed"/"disagreed") are answers to one question, like "yes"/"no"; synonyms of one
stance are one answer, and shares that name different wholes answer for two groups.
Rows in our own words."""

from __future__ import annotations

import pytest

from factcheck import check


@pytest.mark.parametrize(("sentence", "fires"), [
    # two stances on one question, past 100%
    ("Asked about the ring road, 63% of drivers backed it and 44% of drivers opposed it.",
     True),
    ("In the staff survey, 51% were satisfied, 36% were dissatisfied and 17% were neutral.",
     True),
    ("Of the nurses balloted, 66% agreed with the offer while 39% disagreed.", True),
    ("Among tenants, 54% approved of the landlord and 50% disapproved.", True),
    # near-twins: within 100%, one stance twice, other wholes, other questions
    ("Asked about the ring road, 53% of drivers backed it and 44% of drivers opposed it.",
     False),
    ("Of the nurses balloted, 66% agreed with the offer and 45% agreed with the rota.",
     False),
    ("Asked about the ring road, 63% of drivers backed it, while 52% of the county's "
     "cyclists opposed it.", False),
    ("In the staff survey, 51% were satisfied with pay and 56% were dissatisfied with "
     "hours.", False),
    # a share of a stated whole and a bare one under one verb of doing written again:
    # two questions, whose answers may overlap (checks._shares._asks_again)
    ("Of the nurses, 66% backed the offer and 45% backed the new rota.", False),
    ("Of the club's members, 72% use the gym and 58% use the pool.", False),
    ("Of the households surveyed, 81% own a car and 47% own a bicycle.", False),
    # near-twins that still fire: one verb written once over shares of one whole
    ("Of the club's members, 72% use the gym, 31% the pool and 12% the courts.", True),
])
def test_stances_are_answers_to_one_question(sentence: str, fires: bool) -> None:
    codes = [f.code for f in check(sentence, as_of="2026-11-30", bundled=False).findings]
    assert ("FC205" in codes) is fires
