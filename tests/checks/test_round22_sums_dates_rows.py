"""Round 22, FC206 and FC207: rows in our own words (no bundled table), each class with
drafts that must fire and near-twins that must stay silent.

- FC207: a rest after parts that point back to a whole ("Of these, 180 were adults and
  40 teenagers. The remaining 140 ...") closes the whole with all of those parts when
  they are one list of peers: joined each to the next, or the later ones leaving out the
  first's verb written once (the parse's verb of each); a later part with a whole of its
  own ("40 of them over 70") or in a sentence of its own keeps the reading of the first
  part alone with the rest (factcheck.checks._across).
- FC206: a wait whose noun the span modifies, with "since" right after that noun ("ending
  a 20-year wait since their last win in 2011"), runs the whole time from the start
  "since" names to the story's date: exact, as "N years since" is; a span of another
  noun ("a 25-year lease since 2019") is not read (factcheck.checks._counts_from).
"""

from __future__ import annotations

import pytest

from factcheck import check
from tests.checks.rows import fires_test

PEERS_BEFORE_A_REST = [
    ("The clinic saw 320 patients last week. Of these, 180 were adults and 40 teenagers. "
     "The remaining 140 were infants.", True),
    ("The shelter took in 64 dogs. Of those, 30 went to new homes and 12 to foster "
     "families. The other 34 are still in kennels.", True),
    ("The fund paid out £8.4m last year. Of that, £5.1m went to schools and £1.2m to "
     "clinics. The remaining £3.3m went to parks.", True),
    ("The library lent 2,600 books in March. Of them, 1,400 were novels and 500 "
     "biographies. The other 1,200 were children's books.", True),
    ("Of the 90 players who signed up, 50 were from the city and 15 from the county. The "
     "remaining 40 came from abroad.", True),
    # a part of a part, a part in a sentence of its own, sums that hold: silent
    ("The clinic saw 320 patients last week. Of these, 180 were adults, 40 of them over "
     "70. The remaining 140 were children.", False),
    ("The clinic saw 320 patients last week. Of these, 180 were adults. Some 40 were seen "
     "twice. The remaining 140 were children.", False),
    ("The shelter took in 64 dogs. Of those, 30 went to new homes and 12 to foster "
     "families. The other 22 are still in kennels.", False),
    ("The library lent 2,600 books in March. Of them, 1,400 were novels and 500 "
     "biographies. The other 700 were children's books.", False),
]

WAIT_SINCE = [
    ("Rovers won the cup on Saturday, ending a 20-year wait since their last win in "
     "2011.", True),
    ("The village got a doctor again this week, ending a 30-year wait since the surgery "
     "closed in 2006.", True),
    ("Rail services resumed on Monday and ended a 12-year gap since the line closed in "
     "2020.", True),
    ("The win on Friday brought to an end a 25-year wait since promotion in 2010.", True),
    ("Leeds beat York on Sunday, breaking a nine-year drought since their last derby win "
     "in 2021.", True),
    # the right span, another noun's span, the last time ending the wait: silent
    ("Rovers won the cup on Saturday, ending a 15-year wait since their last win in "
     "2011.", False),
    ("The village got a doctor again this week, ending a 20-year wait since the surgery "
     "closed in 2006.", False),
    ("Rail services resumed on Monday and ended a six-year gap since the line closed in "
     "2020.", False),
    ("The firm has held a 25-year lease on the site since 2019.", False),
    ("Rovers, who last won it in 2011, won the cup on Saturday, ending a 15-year wait.",
     False),
]

test_peers_before_a_rest = fires_test("FC207", PEERS_BEFORE_A_REST)


@pytest.mark.parametrize(("draft", "fires"), WAIT_SINCE)
def test_a_wait_since(draft: str, fires: bool) -> None:
    """Dated 2026-11-30: the rows count to that day."""
    findings = check(draft, as_of="2026-11-30").findings
    assert any(f.code == "FC206" for f in findings) is fires
