"""FC207 and FC205, round 15: totals and their parts, answers beside a rate; rows in our
own words (firing rows, then near-twins that must stay silent).

- a total marked in its own sentence ("Together ...", "... in all", "Between them ...")
  after the sentence or two that list its parts: checks._summed_after;
- FC205: the answers of a poll beside the level of a rate its own clause names ("57%
  for and 49% against, with turnout at 38%"): checks._answers._rate;
- a whole written first ("Of the 300 members, ...") and a list after it whose verb is
  written once and whose last item has a verb of its own ("150 voted for it, 120 against
  and 40 abstained"), or whose last item's subject, as the parse gives it, is the label
  of the item before it ("9,950 went to Reyes, 7,100 to Moss and 2,600 were spoiled"):
  checks._listed.listed_after, _borrowed;
- a whole written first and a list that repeats its copula before each label ("29 were
  children, 22 were women and 18 were men"), complete when the labels name a partition
  (story.tsv): checks._sums.listed_with_copula; the whole's phrase after "Of" may be
  long ("Of the 64 people rescued from the capsized ferry, 29 ..."):
  checks._list_opening.fronted;
- "along with" joins a list ("eight of them gold, along with six silvers and five
  bronzes"): checks._sums.joins.
"""

from __future__ import annotations

import pytest

from tests.checks.rows import finds, fires_test

SUMMED_AFTER = [
    ("The route has three climbs, of 12 km, 9 km and 14 km. Riders face 41 km of climbing "
     "in all.", True),
    ("Rent takes 35% of the household budget and food 40%. Together they make up 85% of "
     "it.", True),
    ("Duty makes up 18% of the price of a bottle. The tax adds another 22%. Together, the "
     "two take 47% of what buyers pay.", True),
    ("The north stand holds 4,200 fans and the south stand 3,900. Between them, the two "
     "stands hold 9,100 fans.", True),
    ("Pensions take 31 per cent of the council's spending and schools 27 per cent. "
     "Altogether that is 64 per cent of it.", True),
    # near-twins: the sum right, a total joined to others ("together with"), shares of
    # two wholes, changes, or figures of another year
    ("The route has three climbs, of 12 km, 9 km and 14 km. Riders face 35 km of climbing "
     "in all.", False),
    ("Rent takes 35% of the household budget and food 40%. Together they make up 75% of "
     "it.", False),
    ("Rent takes 35% of the budget and food 40%. Together with heating, they make up 90% "
     "of it.", False),
    ("Labour won 40% of the vote and the Tories 35%. Between them they hold 90% of the "
     "seats.", False),
    ("Prices rose 4% in May and 6% in June. In all, bills are 12% higher than a year "
     "ago.", False),
    ("The north stand holds 4,200 fans and the south stand 3,900. Together with the "
     "terraces, the ground holds 9,800 fans.", False),
]


test_total_in_the_next_sentence = fires_test("FC207", SUMMED_AFTER)


WHOLE_FIRST_LIST = [
    ("Of the 312 members present, 163 voted for the plan, 121 against and 47 "
     "abstained.", True),
    ("Of the 64 councillors, thirty backed the budget, twenty-nine opposed it and eight "
     "stayed away.", True),
    ("Of 9,200 ballots, 5,100 went to Okafor, 3,600 to Lusk and 700 were spoiled.", True),
    ("Of the 512 entries, 301 went to the judges, 190 to the public vote and 40 were "
     "rejected.", True),
    # near-twins: the parts within the whole (a list after a comma may leave parts out)
    ("Of the 312 members present, 163 voted for the plan, 121 against and 28 "
     "abstained.", False),
    ("Of the 312 members present, 163 voted for the plan, 101 against and 20 "
     "abstained.", False),
    ("Of 9,200 ballots, 5,100 went to Okafor, 3,600 to Lusk and 500 were spoiled.", False),
    ("Of 9,200 ballots, 5,100 went to Okafor, 3,600 to Lusk and 200 were spoiled.", False),
]


test_whole_first_then_a_list = fires_test("FC207", WHOLE_FIRST_LIST)


ANSWERS_WITH_A_RATE = [
    ("The vote split 57% for and 49% against, with turnout at 38%.", True),
    ("In the ballot, 61% backed the deal and 46% opposed it, on a turnout of 72%.", True),
    ("The motion passed with 64% in favour and 39% against; the participation rate was "
     "55%.", True),
    # near-twins: the answers within 100%, whatever the rate
    ("The vote split 57% for and 41% against, with turnout at 38%.", False),
    ("In the ballot, 51% backed the deal and 46% opposed it, on a turnout of 72%.", False),
    ("The motion passed with 58% in favour and 39% against; the participation rate was "
     "95%.", False),
]


@pytest.mark.parametrize(("draft", "fires"), ANSWERS_WITH_A_RATE)
def test_answers_beside_a_rate(draft: str, fires: bool) -> None:
    """FC205: a percentage whose own clause names a rate ("with turnout at 38%") is no
    answer of the poll beside it: checks._answers._rate."""
    assert finds(draft, "FC205") is fires


PARTITION_WITH_COPULA = [
    ("Of the 64 people rescued from the ferry, 29 were children, 22 were women and 18 were "
     "men.", True),
    ("Of the 45 staff, 20 are women and 28 are men.", True),
    ("Of the 19 medals, nine were gold, six were silver and two were bronze.", True),
    ("Of the 64 people pulled from the flooded tunnel, 29 were children, 22 were women and "
     "18 were men.", True),
    ("Of the 312 members present at the annual meeting, 163 voted for the plan, 121 "
     "against and 47 abstained.", True),
    ("Of the 31 pupils, 14 were girls and 15 were boys.", True),
    # near-twins: the parts make the whole, or labels that name no partition (they may
    # overlap)
    ("Of the 64 people rescued from the ferry, 29 were children, 22 were women and 13 were "
     "men.", False),
    ("Of the 64 people rescued from the ferry, 29 were children, 22 were injured and 18 "
     "were men.", False),
    ("Of the 45 staff, 20 are women and 25 are men.", False),
    ("Of the 64 people pulled from the flooded tunnel, 29 were children, 22 were women and "
     "13 were men.", False),
    ("Of the 312 members present at the annual meeting, 163 voted for the plan, 121 "
     "against and 28 abstained.", False),
    ("Of the 1,200 homes flooded across the valley, 800 were insured and 600 were "
     "rented.", False),
    ("Of the 19 medals, nine were gold, six were silver and four were bronze.", False),
]


test_partition_with_a_repeated_copula = fires_test("FC207", PARTITION_WITH_COPULA)


ALONG_WITH = [
    ("The rowers came home with 22 medals, eight of them gold, along with six silvers and "
     "five bronzes.", True),
    ("The squad won 17 medals, five of them gold, along with seven silvers and three "
     "bronzes.", True),
    ("The team took 12 medals, four of them gold, along with five silvers and six "
     "bronzes.", True),
    # near-twins: the parts make the total, or parts of other periods or things
    ("The rowers came home with 22 medals, eight of them gold, along with nine silvers and "
     "five bronzes.", False),
    ("Sales reached 40 units in May, along with 30 in June and 20 in July.", False),
    ("The club has 40 members, along with 30 coaches and 20 parents.", False),
]


test_along_with_joins_a_list = fires_test("FC207", ALONG_WITH)


SHARES_OF_TWO_PERIODS = [
    # silent: the frames date the shares in different periods (two elections, two wholes)
    ("Okafor won 48% of the vote in Drumlin in 2022 and 57% this year.", False),
    ("Mills took 46% of the vote in the ward last year and 59% in 2025.", False),
    ("The Greens polled 41% of the vote in the county in 2019 and 62% in 2023.", False),
    # near-twins that still fire: one period for every share, or none stated
    ("In 2024, Okafor won 48% of the vote and Lind 57%.", True),
    ("Okafor won 48% of the vote in 2024, Lind 57% and Vance 9%.", True),
    ("Mills took 46% of the vote in the ward, Ives 41% and Shaw 19%.", True),
]


@pytest.mark.parametrize(("draft", "fires"), SHARES_OF_TWO_PERIODS)
def test_shares_of_two_periods(draft: str, fires: bool) -> None:
    """FC205: shares the frames date in different periods are not one whole:
    fc205_shares_exceed_total._periods_differ."""
    assert finds(draft, "FC205") is fires
