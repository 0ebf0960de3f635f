"""FC205, FC207, round 14 (issue 15, fresh-eyes trial): rows in our own words (firing rows,
then near-twins that must stay silent).

- FC205: a figure a share is measured against (a target, a threshold, someone else's
  figure) is no second share of its whole: factcheck.frames.benchmark, relation
  "compared";
- FC207: "comprised", "consisted of" mark a list that divides its total, as "made up of"
  and "comprises" do (checks/words.tsv, class "split").
"""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


def _fires(draft: str, code: str) -> bool:
    return any(f.code == code for f in check(draft, as_of=AS_OF, bundled=False).findings)


TARGETS = [
    # silent: the second percentage is a target, a threshold or another's figure
    ("The share fell from 92.1% to 89.4%, well short of the 95% the WHO says is needed.",
     False),
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


@pytest.mark.parametrize(("draft", "fires"), TARGETS)
def test_a_target_is_no_share(draft: str, fires: bool) -> None:
    assert _fires(draft, "FC205") is fires


DIVIDED = [
    ("The 46 deaths comprised 21 in London, 14 in the Midlands and 17 elsewhere.", True),
    ("Last season's 38 matches consisted of 20 wins, 9 draws and 12 defeats.", True),
    ("The board's 15 seats are comprised of 8 elected members, 4 appointees and 5 staff "
     "representatives.", True),
    ("The 64 applications consisted of 30 from Scotland, 20 from Wales and 11 from "
     "Ireland.", True),
    # near-twins: the parts meet the total, or the list need not be complete
    ("The 46 deaths comprised 21 in London, 14 in the Midlands and 11 elsewhere.", False),
    ("Last season's 38 matches consisted of 20 wins, 9 draws and 9 defeats.", False),
    ("The 64 applications consisted of 30 from Scotland, 20 from Wales and 14 from "
     "Ireland.", False),
    ("The 46 deaths included 21 in London and 14 in the Midlands.", False),
]


@pytest.mark.parametrize(("draft", "fires"), DIVIDED)
def test_a_comprised_list_divides_its_total(draft: str, fires: bool) -> None:
    assert _fires(draft, "FC207") is fires
