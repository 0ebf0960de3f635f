"""FC202 on a price told again as the modifier of the thing priced, in a definite phrase
whose clause names a place only in its predicate (round 27). Our own phrasings.

"The 4.9p per kilowatt-hour charge ... is the highest in Wales": the frames resolve the
figure's subject to the name after the verb, but a definite phrase of no possessor
before its verb names a thing already told, and a name written only in the predicate is
the comparison's, not the figure's (factcheck.checks._possessives.owner_links). A name
of its own before the verb ("the charge in Carrow"), a possessor, or another thing keep
it silent.
"""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-06-01"


def _found(text: str) -> list[str]:
    return [f.message for f in check(text, as_of=AS_OF, bundled=False).findings
            if f.code == "FC202"]


@pytest.mark.parametrize("text", [
    "From April, gas in Morwen will cost 9.4p per kilowatt-hour. The 4.9p per "
    "kilowatt-hour charge from April is the highest in Wales.",
    "Parking in central Ashby will cost £3.20 an hour from May. The £2.30 hourly charge "
    "is the steepest in Kent.",
    "Tolls on the Avon bridge will be £4.60 per car from March. The £6.40 per car toll "
    "from March is the dearest in Scotland.",
    "Water in Kelby will cost £2.15 per cubic metre from June. The £1.25 per cubic metre "
    "charge from June is the steepest in England.",
    "A day pass on Tarrow buses costs £6.80. The £8.60 day pass is the dearest in "
    "Yorkshire, campaigners say.",
])
def test_price_told_again_before_a_predicate_place(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", [
    # the same price, another owner, another thing
    "From April, gas in Morwen will cost 9.4p per kilowatt-hour. The 9.4p per "
    "kilowatt-hour charge from April is the highest in Wales.",
    "A day pass on Tarrow buses costs £6.80. Bradford's £8.60 day pass is the dearest in "
    "Yorkshire, campaigners say.",
    "A day pass on Tarrow buses costs £6.80. The £8.60 weekly pass is the dearest in "
    "Yorkshire, campaigners say.",
    "Parking in central Ashby will cost £3.20 an hour from May. The £3.20 hourly charge "
    "is the steepest in Kent.",
])
def test_near_twins_stay_silent(text: str) -> None:
    assert not _found(text)


@pytest.mark.parametrize("text", [
    # a place of its own before the verb: another place's charge (fires on main too, by
    # another reading)
    "From April, gas in Morwen will cost 9.4p per kilowatt-hour. The 4.9p per "
    "kilowatt-hour charge in Carrow is the highest in Wales.",
])
@pytest.mark.xfail(strict=True, reason="known false alarm: a place written with the later "
                   "phrase is not read as another owner")
def test_known_false_alarms(text: str) -> None:
    assert not _found(text)
