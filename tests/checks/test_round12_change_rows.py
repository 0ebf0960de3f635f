"""FC203, round 12: a change restating a later level whose earlier level stands in the
sentence before (factcheck.checks._levels_before.previous_level). Rows in our own words:

- a period written before the later level ("By this autumn it had climbed to ...") dates
  the level and the change alike; only one after the level is the change's own;
- a pronoun before the later level ("It now stands at ...") ties it to the earlier one,
  whatever measure the frames read and however far apart the dates;
- a later price that leaves out its rate's period ("£1,150 a month ... £1,380") is read
  in the rate's unit.
"""

from __future__ import annotations

import pytest

from factcheck import check

ROWS = [
    ("The average rent in Leith was £1,150 in 2023. By this autumn it had climbed to "
     "£1,380, a rise of 12%.", True),
    ("Membership was 1,150 in 2023. By this autumn it had climbed to 1,380, a rise of 12%.",
     True),
    ("In March the club had 840 members. By October they numbered 1,020, an increase of "
     "35%.", True),
    ("The bridge toll was £4.50 in 2020. It now stands at £6.30, a rise of 12%.", True),
    ("Last spring the reservoir held 410 million litres. It now holds 320 million litres, "
     "a fall of 40%.", True),
    ("In 2019 the trust employed 2,400 nurses. Today it employs 2,050, a cut of 30%.", True),
    ("Childcare cost £1,200 a month last year. It now costs £1,500, an increase of 40%.",
     True),
    ("A gym pass cost £45 a month in 2022. It has since gone up to £54, a rise of 30%.",
     True),
    # near-twins: the change right, or dated by a period of its own after the level
    ("The average rent in Leith was £1,150 in 2023. By this autumn it had climbed to "
     "£1,380, a rise of 20%.", False),
    ("In March the club had 840 members. By October they numbered 1,020, an increase of "
     "21%.", False),
    ("The bridge toll was £4.50 in 2020. It now stands at £6.30, a rise of 40%.", False),
    ("The bridge toll was £4.50 in 2020. It now stands at £6.30, a rise of 12% this year.",
     False),
    ("Membership was 1,150 in 2023. By this autumn it had climbed to 1,380, a rise of 12% "
     "on last year.", False),
    ("In 2019 the trust employed 2,400 nurses. Today it employs 2,050, a cut of 3% this "
     "year.", False),
    ("A gym pass cost £45 a month in 2022. It has since gone up to £54, a rise of 20%.",
     False),
]


@pytest.mark.parametrize(("draft", "fires"), ROWS)
def test_change_with_its_earlier_level_before(draft: str, fires: bool) -> None:
    found = check(draft, as_of="2026-11-30", bundled=False).findings
    assert any(f.code == "FC203" for f in found) is fires


NEXT_SENTENCE = [
    # a change stated alone, dated or not, its two levels of its measure dated in order
    # in the next sentence
    ("Crime in the town centre fell by 25% last year. Police logged 880 crimes in 2024 "
     "and 790 in 2025.", True),
    ("Applications fell by a quarter. The college received 1,600 applications in 2024 and "
     "1,450 this year.", True),
    ("Passenger numbers at the airport rose 30% in 2025. It handled 2.1 million passengers "
     "in 2024 and 2.4 million in 2025.", True),
    ("The river's salmon run grew by half over the decade. Counters logged 3,100 salmon in "
     "2015 and 3,600 in 2025.", True),
    # near-twins: right, a base of its own, dates out of order, another measure
    ("Crime in the town centre fell by 25% last year. Police logged 880 crimes in 2024 "
     "and 660 in 2025.", False),
    ("Applications fell by a quarter. The college received 1,600 applications in 2024 and "
     "1,200 this year.", False),
    ("Home sales jumped 40% in September from a year earlier. Agents sold 610 homes in "
     "August and 720 in September.", False),
    ("Crime in the town centre fell by 25% last year. Police logged 880 crimes in 2025 "
     "and 790 in 2024.", False),
    ("Ticket sales fell by a quarter. The club had 1,600 members in 2024 and 1,450 this "
     "year.", False),
]


@pytest.mark.parametrize(("draft", "fires"), NEXT_SENTENCE)
def test_change_with_its_levels_in_the_next_sentence(draft: str, fires: bool) -> None:
    found = check(draft, as_of="2026-11-30", bundled=False).findings
    assert any(f.code == "FC203" for f in found) is fires
