"""FC202 on a figure told again inside reported speech: the past perfect after a past
verb of saying is the speaker's past, shifted back, not an earlier time ("The coastguard
said that 42 people had drowned" ... "the coastguard's toll of 24"); and "that" after a
verb opens a clause, it does not date the possessor after it to another time ("on
Saturday" ... "complained that Saturday's price"). Our own phrasings; near twins that
must stay silent."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


def _fires(text: str) -> bool:
    return "FC202" in [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]


@pytest.mark.parametrize(("text", "fires"), [
    ("The coastguard said on Sunday that 42 people had drowned off Carrow Point. By Sunday "
     "evening the minister was citing the coastguard's toll of 24.", True),
    ("The fire service reported that nineteen people had died in the tower blaze. The "
     "service's toll of 91 was read out in parliament.", True),
    ("The league reported that 18,400 fans had attended the Orbury derby. The derby's "
     "crowd of 14,800 was the biggest of the season.", True),
    ("Organisers announced that 12,500 runners had finished the Dunmore marathon. The "
     "marathon's 15,200 runners were a record.", True),
    ("The charity said last week that 318 volunteers had signed up for the Tanbury clean-up. "
     "The charity's tally of 381 volunteers was posted online.", True),
    # near twins: the same figure; a present verb of saying (the perfect is earlier
    # still); no verb of saying (the tense tells two times); another place
    ("The coastguard said on Sunday that 42 people had drowned off Carrow Point. By Sunday "
     "evening the minister was citing the coastguard's toll of 42.", False),
    ("Reeve says the Holt mill had employed 900 workers. The mill now employs 410 "
     "workers.", False),
    ("Labour had held 24 seats on Castlebury council. Labour won 27 seats in May.", False),
    ("The fire service reported that nineteen people had died in the tower blaze. The "
     "Kelso toll of 91 was read out in parliament.", False),
])
def test_backshifted_perfect(text: str, fires: bool) -> None:
    assert _fires(text) == fires


@pytest.mark.parametrize(("text", "fires"), [
    ("A kilo of beef cost £9.40 at Brantley market on Saturday. Butchers complained that "
     "Saturday's price of £4.90 a kilo was too low.", True),
    ("The Arlow ferry carried 2,300 passengers on Sunday. The operator said that Sunday's "
     "total of 3,200 passengers was a record.", True),
    ("Ashby had 48 mm of rain on Tuesday. Forecasters warned that Tuesday's 84 mm would "
     "swell the river.", True),
    ("Petrol cost 1.62 euros a litre in Marlin on Monday. Drivers noted that Monday's price "
     "of 1.26 euros a litre had not lasted.", True),
    ("The Kellan museum drew 4,100 visitors on Saturday. Staff said that Saturday's crowd "
     "of 1,400 visitors was thin.", True),
    # near twins: another day; a day before (last); the same figure
    ("A kilo of beef cost £9.40 at Brantley market on Friday. Butchers complained that "
     "Saturday's price of £4.90 a kilo was too low.", False),
    ("A kilo of beef cost £9.40 at Brantley market this Saturday. Butchers complained that "
     "last Saturday's price of £4.90 a kilo was too low.", False),
    ("The Arlow ferry carried 2,300 passengers on Sunday. The operator said that Sunday's "
     "total of 2,300 passengers was a record.", False),
])
def test_that_before_a_day(text: str, fires: bool) -> None:
    assert _fires(text) == fires


@pytest.mark.parametrize(("text", "fires"), [
    # a past verb of saying, and a present level beside it: the perfect still tells
    # another time than now
    ("The mayor said the Holt mill had employed 900 workers. The mill now employs 410 "
     "workers.", False),
    ("Ferris told the inquiry that the ward had held 36 beds. The ward holds 28 beds "
     "today.", False),
])
def test_backshifted_perfect_beside_the_present(text: str, fires: bool) -> None:
    assert _fires(text) == fires


@pytest.mark.parametrize(("text", "fires"), [
    ("The Brenmoor trust approved a budget of £14 million for 2027. The chair later told "
     "staff that the trust's 2027 budget was £41 million.", True),
    ("Tolland's council set its 2026 roads budget at $3.2 million. A spokesman later said "
     "the town's 2026 roads budget was $2.3 million.", True),
    ("Ravel Port handled 4.1 million tonnes of cargo in 2025. Its director later claimed "
     "that the port's 2025 cargo was 1.4 million tonnes.", True),
    # near twins: no year written with the later thing (a revised figure may follow);
    # another year; a change
    ("Tolland's council set its 2026 roads budget at $3.2 million. A spokesman later said "
     "the town's roads budget was $2.3 million.", False),
    ("Tolland's council set its 2026 roads budget at $3.2 million. A spokesman later said "
     "the town's 2027 roads budget was $2.3 million.", False),
    ("Tolland's council set its 2026 roads budget at $3.2 million. The council later cut "
     "its 2026 roads budget to $2.3 million.", False),
])
def test_later_on_the_telling(text: str, fires: bool) -> None:
    assert _fires(text) == fires
