"""FC202 on one figure told twice with its digits slipped (factcheck.checks._slipped):
the second telling repeats the first with two digits swapped or its scale word slipped
("$4.8 billion" ... "$4.8 million"; "£16.5 million" ... "£15.6 million"), under other
words (a possessive, a description of the same thing) that the keys do not meet. Our own
phrasings; near twins that must stay silent: other years, months or owners, another
measure, a part narrowed by its own words, a group the later subject owns, figures of two
named subjects, digits that are not one figure's."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.checks._slipped import slipped

AS_OF = "2026-06-01"


def _fires(text: str) -> bool:
    return "FC202" in [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]


@pytest.mark.parametrize("text", [
    "The state set aside $4.8 billion for the Corran tram line in its budget. Critics called "
    "the line's $4.8 million allocation too small for the job.",
    "The Westgate pier restoration will cost £16.5 million, the council said. The council's "
    "£15.6 million restoration contract went to a local firm.",
    "Harrow Ferries operates 46 boats on the lake this summer. Its director said Harrow's 64 "
    "boats would all be repainted.",
    "The Linden school board adopted a $57 million budget for the 2026-27 year. Teachers said "
    "the board's $75 million budget for 2026-27 left out art.",
    "The Aldwych theatre repair will cost $9.3 million, the trust said. The trust's $3.9 "
    "million repair bill is to be met by donors.",
    "The Tay footbridge upgrade will cost €7.2 million, the county said. The county's €2.7 "
    "million upgrade contract went to a Dundee firm.",
    "The ministry set aside €3.4 billion for the northern rail link. Engineers called the "
    "link's €3.4 million allotment a fraction of what is needed.",
    "Dalby Coaches runs 236 coaches across the county today. Managing director Ann Pike said "
    "Dalby's 263 coaches were bought in the last decade.",
])
def test_a_figure_told_again_with_its_digits_slipped(text: str) -> None:
    assert _fires(text)


@pytest.mark.parametrize("text", [
    # other years; other months; another owner; another measure; a narrowed part
    "The festival sold 18,500 tickets in 2024. The festival's 2025 total of 15,800 tickets "
    "was lower.",
    "The hospital treated 1,230 patients in March. Its 1,320 patients in April were a record.",
    "Ana Ruiz won 1,230 votes in the ward. Ben Cole's 1,320 votes put him second.",
    "The firm earned revenue of $6.2 billion last year. Its $2.6 billion profit was a record.",
    "The farm covers 320 hectares. Its 230 hectares of wheat were harvested in August.",
    "The council will spend £3.5 million on roads this year. The council's £5.3 million "
    "schools budget is also rising.",
    # another subject; a group the subject owns; a vague noun against a narrower one
    "The airline flew 1.2 million passengers in May. Its rival flew 2.1 million passengers "
    "in May.",
    "The school has 540 pupils. Its sixth form, with 450 pupils, is the largest in the county.",
    "The county council employs 4,500 people. The county's 5,400 teachers are paid by the "
    "schools.",
    # digits that are not one figure's: another scale without a scale word; an age; a list
    "The ward had 14 beds in 1990. The hospital's 140 beds are now full.",
    "Mara Dunn is 34. Her 43-year-old brother runs the farm.",
    "Halden have 21 points this season. Moss's 12 points leave them bottom of the table.",
])
def test_near_twins_stay_silent(text: str) -> None:
    assert not _fires(text)


@pytest.mark.parametrize(("x", "y", "one"), [
    (18500, 15800, True), (3.1e9, 1.3e9, True), (2.7e9, 2.7e6, True), (14, 41, True),
    (14, 140, False), (11, 110, False), (1300, 310, False), (2.1, 2.1, False),
    (5, 50, False), (4500, 4050, False),
])
def test_slipped_digits(x: float, y: float, one: bool) -> None:
    assert slipped(x, y) == one
