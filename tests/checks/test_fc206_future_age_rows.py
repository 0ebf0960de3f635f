"""FC206: an age said in the future tense, counted to a later year the sentence names
("will be 79 when her term ends in 2028"), is that year's age, not today's. Rows in our
own words; the draft date is 2026-11-30."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


@pytest.mark.parametrize(("sentence", "fires"), [
    # the age in the year named: silent
    ("Senator Amara Quist, born in 1951, will be 77 when her second term ends in 2028.",
     False),
    ("The conductor, who was born in 1958, will turn 75 when the festival returns in 2033.",
     False),
    ("Born in 1990, the astronaut will reach 40 when the crew lands in 2030.", False),
    # near-twins: wrong for the year named, or said of today
    ("Senator Amara Quist, born in 1951, will be 83 when her second term ends in 2028.",
     True),
    ("The conductor, who was born in 1958, will turn 69 when the festival returns in 2033.",
     True),
    ("The astronaut, born in 1990, is 40 and hopes to fly again next spring.", True),
])
def test_a_future_age_counts_to_the_year_named(sentence: str, fires: bool) -> None:
    codes = [f.code for f in check(sentence, as_of=AS_OF, bundled=False).findings]
    assert ("FC206" in codes) is fires
