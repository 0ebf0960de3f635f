"""FC205, FC207, round 14 (issue 15, fresh-eyes trial): rows in our own words (firing rows,
then near-twins that must stay silent).

- FC205: a figure a share is measured against (a target, a threshold, someone else's
  figure) is no second share of its whole: factcheck.frames.benchmark, relation
  "compared";
- FC207: "comprised", "consisted of" mark a list that divides its total, as "made up of"
  and "comprises" do (checks/words.tsv, class "split");
- FC207: a last item led by the word that leads every item before it, with a rest word
  for its object ("..., 61 for assault and 45 for other offences"), is the list's
  remainder, not a sign that the list is open: checks._listed._open;
- FC207: a whole broken down in the next sentence by a verb that states a share, the
  later parts gapped ("Sopranos account for 30, altos 18 and tenors 20"), the last one
  led by a word of the rest with a verb of its own ("the remaining 20 sing bass"):
  checks._breakdown._tied, _one_verb;
- FC205: "and half" that joins a clause is a fraction ("... and half opposed it"), not a
  number's half ("two and half"): extract.numbers._joins_clause.
"""

from __future__ import annotations

import pytest

from tests.checks.rows import fires_test

TARGETS = [
    # silent: the second percentage is a target, a threshold or another's figure
    ("The proportion dropped from 91.3% to 87.6%, well short of the 93% the regulator says "
     "is safe.", False),
    ("The share of pupils vaccinated slipped to 87.6%, well short of the 93% the regulator "
     "says is safe.", False),
    ("About 62% of households now recycle, short of the 70% the council had promised.",
     False),
    ("The hospital saw 83% of patients within four hours, missing the 95% standard.", False),
    ("Coverage fell to 89% in 2025, well short of the 95% that experts say is needed.",
     False),
    ("Vaccination coverage dropped to 86% last year, below the 95% target set by "
     "ministers.", False),
    ("Turnout was 58%, far lower than the 75% needed for the result to be binding.", False),
    ("Uptake of the booster reached 67% among the over-75s, under the 80% officials "
     "wanted.", False),
    # near-twins: shares of one whole, a comparison word elsewhere in the sentence
    ("Of those polled, 58% backed the plan and 47% opposed it, well short of a majority.",
     True),
    ("Turnout was low: 64% of members voted yes and 41% voted no, far below the usual "
     "level.", True),
    ("The Greens took 47% of the vote, ahead of Labour with 58%.", True),
    ("Wind supplied 52% of the grid's power last year and gas 55%, short of what "
     "ministers had hoped.", True),
]


test_a_target_is_no_share = fires_test("FC205", TARGETS)


DIVIDED = [
    ("The 58 fatalities comprised 25 on motorways, 19 on A roads and 20 elsewhere.", True),
    ("Last season's 38 matches consisted of 20 wins, 9 draws and 12 defeats.", True),
    ("The board's 15 seats are comprised of 8 elected members, 4 appointees and 5 staff "
     "representatives.", True),
    ("The 64 applications consisted of 30 from Scotland, 20 from Wales and 11 from "
     "Ireland.", True),
    # near-twins: the parts meet the total, or the list need not be complete
    ("The 58 fatalities comprised 25 on motorways, 19 on A roads and 14 elsewhere.", False),
    ("Last season's 38 matches consisted of 20 wins, 9 draws and 9 defeats.", False),
    ("The 64 applications consisted of 30 from Scotland, 20 from Wales and 14 from "
     "Ireland.", False),
    ("The 58 fatalities included 25 on motorways and 19 on A roads.", False),
]


test_a_comprised_list_divides_its_total = fires_test("FC207", DIVIDED)


REMAINDERS = [
    ("A total of 9,240 votes were counted: 4,105 for Ms Ortiz, 3,310 for Mr Lind and 1,402 "
     "for other candidates.", True),
    ("The charity raised £86,000: £41,000 from donations, £22,000 from events, £9,000 from "
     "grants and £4,000 from other sources.", True),
    ("Police made 214 arrests last year: 120 for theft, 61 for assault and 45 for other "
     "offences.", True),
    ("The 58 fatalities comprised 25 on motorways, 19 on A roads and 20 on other routes.",
     True),
    ("The council spent £12m: £5m on roads, £3m on parks and £2m on the rest.", True),
    # near-twins: the sum meets the total, the list says it is open, or the items differ
    ("Police made 214 arrests last year: 120 for theft, 61 for assault and 33 for other "
     "offences.", False),
    ("Police made 214 arrests last year: 120 for theft and 61 for assault, among other "
     "offences.", False),
    ("The council spent £12m: £5m on roads and £3m on parks, among other things.", False),
    ("The charity raised £86,000: £41,000 from donations, £22,000 at events and £9,000 for "
     "other causes.", False),
]


test_a_parallel_rest_item_closes_the_list = fires_test("FC207", REMAINDERS)


SHARED_OUT = [
    ("The choir has 64 singers. Sopranos account for 30, altos 18, and the remaining 20 "
     "sing tenor or bass.", True),
    ("The choir has 64 singers. Sopranos account for 30, altos 18 and tenors 20.", True),
    ("The school employs 64 teachers. Women account for 41, and men for 27.", True),
    # near-twins: within the whole, or a later figure with a verb of its own
    ("The choir has 64 singers. Sopranos account for 30, altos 18 and tenors 16.", False),
    ("The fleet has 140 buses. Diesels account for 71, while 80 were bought after 2020.",
     False),
    ("The firm has 300 staff. Sales account for 120, and 200 work from home.", False),
    ("The choir has 64 singers. Sopranos account for 30 of its 70 concerts and altos 41.",
     False),
]


test_a_share_verb_breaks_down_the_whole = fires_test("FC207", SHARED_OUT)


WORDED_SHARES = [
    ("Three-quarters of the residents backed the plan and half opposed it.", True),
    ("Of the 400 members, three-quarters voted to strike and half voted against.", True),
    ("Two-thirds of the town's homes are heated by gas, while half rely on oil.", True),
    ("Nearly three-quarters of the budget goes on salaries and half on buildings.", True),
    # near-twins: within the whole, or two wholes
    ("Three-quarters of the residents backed the plan and a fifth opposed it.", False),
    ("Two-thirds of the town's homes are heated by gas, while a quarter rely on oil.",
     False),
    ("Three-quarters of the residents backed the plan and half of the councillors opposed "
     "it.", False),
]


test_shares_in_words = fires_test("FC205", WORDED_SHARES)


@pytest.mark.parametrize(("text", "halves"), [
    ("Most backed the plan and half opposed it.", 1),
    ("He ran two and half miles.", 0),
    ("It took an hour and half.", 0),
])
def test_and_half(text: str, halves: int) -> None:
    from factcheck import extract
    assert sum(c.text == "half" for c in extract(text)) == halves
