"""FC205: shares of one whole over several sentences, the last one "the remaining" or
"the other" share ("A further 35% ... The remaining 24% ..."), join the group the
sentences before opened. Rows in our own words; the draft date is 2026-11-30."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


@pytest.mark.parametrize(("text", "fires"), [
    # three shares over three sentences add up to more than the whole: fires
    ("At the depot, 47% of the town's waste is recycled. A further 35% is burned, the "
     "council said. The remaining 24% goes to landfill.", True),
    ("At the clinic last spring, 52% of patients came on foot. Another 30% drove in. The "
     "other 25% took a bus.", True),
    ("Last season 58% of the club's income came from tickets. A further 27% came from "
     "television. The remaining 21% came from sponsors.", True),
    # near-twins: they add up, the last names a whole of its own, or no group opened
    ("At the depot, 47% of the town's waste is recycled. A further 35% is burned, the "
     "council said. The remaining 18% goes to landfill.", False),
    ("At the clinic last spring, 52% of patients came on foot. Another 30% drove in. The "
     "other 18% took a bus.", False),
    ("At the depot, 47% of the town's waste is recycled. A further 35% is burned. The "
     "remaining 60% of the budget goes on staff.", False),
    ("Turnout was 64%. The remaining 40% stayed home.", False),
])
def test_the_remaining_share_joins_the_shares_before(text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]
    assert ("FC205" in codes) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # a share (a fraction in words, or digits) of a named whole and its negation cut
    # short in one sentence: one question answered yes and no
    ("Two-thirds of the nurses said they would strike, and 61% said they would not.", True),
    ("59% of staff said they would stay, and 47% said they would not.", True),
    ("Three-quarters of the drivers say the new lanes work, while 38% say they don't.",
     True),
    ("Half of the parents polled think the school should close, and 58% think it should "
     "not.", True),
    # near-twins: they fit, or the negated clause goes on (another answer, maybe the same)
    ("Two-thirds of the nurses said they would strike, and 31% said they would not.", False),
    ("59% of staff said they would stay, and 47% said they would not leave.", False),
    ("Two-thirds of the nurses said they would strike, and 61% said they would not rule "
     "it out.", False),
    ("Three-quarters of the drivers say the new lanes work, while 38% say the buses are "
     "late.", False),
])
def test_a_share_and_its_negation_answer_one_question(text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]
    assert ("FC205" in codes) is fires
