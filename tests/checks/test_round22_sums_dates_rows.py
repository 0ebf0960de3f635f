"""Round 22, FC206 and FC207: rows in our own words (no bundled table), each class with
drafts that must fire and near-twins that must stay silent.

- FC207: a rest after parts that point back to a whole ("Of these, 180 were adults and
  40 teenagers. The remaining 140 ...") closes the whole with all of those parts when
  they are one list of peers: joined each to the next, or the later ones leaving out the
  first's verb written once (the parse's verb of each); a later part with a whole of its
  own ("40 of them over 70") or in a sentence of its own keeps the reading of the first
  part alone with the rest (factcheck.checks._across).
- FC207: the sides of a vote (for, against, spoiled: story.tsv, class "partition:ballot")
  name every ballot, so a list naming all three is complete; "against" with the list going
  on right after it ("391 against and 17 spoiled") is an item's label, not a comparison
  ("£4.1bn, against £3.6bn a year earlier"), and no longer cuts the list short
  (factcheck.checks._sums).
- FC207: a label after a function word names a part too ("44 at home and 19 away"), so
  parts placed at home and away (story.tsv, class "partition:venue") are a complete list
  after a comma (factcheck.checks._breakdown.names_partition).
- FC206: a wait whose noun the span modifies, with "since" right after that noun ("ending
  a 20-year wait since their last win in 2011"), runs the whole time from the start
  "since" names to the story's date: exact, as "N years since" is; a span of another
  noun ("a 25-year lease since 2019") is not read (factcheck.checks._counts_from).
- FC206: a span "N years after" an event dated in its clause, set before the main clause,
  counts to the main clause's period phrase ("Seventy years after the mine closed in 1966,
  a museum opened on the site this week"), one in the main clause's first clause only (not
  "..., the library was extended, and it closed last year": factcheck.checks._took).
- FC206: a run of years "from 1921 until it closed in 1986" ends with the year a short
  clause after "until" dates, like "from 1921 to 1986"; a span set apart from the run by
  ", and" is another clause's (factcheck.checks._life_spans).
- FC207: a total in the sentence after its parts is marked a sum by a span of time right
  after it that counts them, each part dated in one stretch of the span's unit ("3,400 in
  October and 2,900 in November. That makes 7,100 parcels in two months":
  factcheck.checks._summed_after, factcheck.checks._days.counted).
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

BALLOTS = [
    ("Members cast 641 ballots: 352 for the strike, 263 against and 12 spoiled.", True),
    ("Of the 4,817 ballots, 2,906 were for the plan, 1,688 against and 131 spoiled.", True),
    ("Of the 953 postal votes, 512 were for the scheme, 381 against and 21 spoiled, the "
     "council said.", True),
    ("Tenants returned 1,237 ballots: 804 for the transfer, 391 against and 17 spoiled.",
     True),
    ("Of 2,463 ballots, 1,318 were for the merger, 1,071 against and 29 spoiled.", True),
    # sums that hold, a list that leaves the spoiled out, a comparison: silent
    ("Members cast 640 ballots: 350 for the strike, 260 against and 30 spoiled.", False),
    ("Of the 953 postal votes, 512 were for the scheme and 381 against.", False),
    ("Tenants returned 1,237 ballots: 804 for the transfer, 391 against and 42 spoiled.",
     False),
    ("Sales hit £4.1bn, against £3.6bn a year earlier and £3.2bn in 2023.", False),
    ("Of 2,463 ballots, 1,318 were for the merger, 1,071 against and 74 spoiled.", False),
]

VENUES = [
    ("Rovers scored 71 goals this season, 44 at home and 19 away.", True),
    ("The club won 23 games, 15 at home and 6 away.", True),
    ("City have conceded 29 goals, 11 at home and 13 away.", True),
    ("The side has picked up 52 points, 31 at home and 17 away.", True),
    ("Hale has taken 47 wickets this summer, 29 at home and 14 away.", True),
    # sums that hold, a list that names no whole partition, a part of the games: silent
    ("City have conceded 29 goals, 11 at home and 18 away.", False),
    ("Hale has taken 47 wickets this summer, 29 at home and 18 away.", False),
    ("Hale scored 41 points in the series, 22 at home and 12 in the decider.", False),
    ("Rovers scored 71 goals this season, 44 at home and 19 in the cup.", False),
    ("Of their 38 league games, Town won 14 at home and 9 away.", False),
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

YEARS_AFTER_THEN_NOW = [
    ("Seventy years after the mine closed in 1966, a museum opened on the site this "
     "week.", True),
    ("Twenty years after the plant shut in 2016, the town got new jobs last month.", True),
    ("Fifty years after the flood of 1966, a memorial was unveiled this summer.", True),
    ("Thirty years after it opened in 1986, the library closed last year.", True),
    ("Twenty years after the pier burned down in 2015, it reopened this spring.", True),
    # the right span, a period phrase of another clause: silent
    ("Sixty years after the mine closed in 1966, a museum opened on the site this week.",
     False),
    ("Ten years after the plant shut in 2016, the town got new jobs last month.", False),
    ("Eleven years after the pier burned down in 2015, it reopened this spring.", False),
    ("Thirty years after it opened in 1986, the library was extended, and it closed last "
     "year.", False),
]

UNTIL_AN_EVENT = [
    ("The Lindqvist family ran the mill for 56 years, from 1921 until it closed in 1986.",
     True),
    ("She led the choir for 30 years, from 1971 until she retired in 2011.", True),
    ("The Hale family farmed the land for 12 years, from 1990 until they sold it in 2012.",
     True),
    ("From 1950 until the line closed in 1999, the station served the town for 59 years.",
     True),
    ("He edited the paper for 18 years, from 1980 until he died in 2008.", True),
    # the right span, a span of another clause: silent
    ("The Lindqvist family ran the mill for 65 years, from 1921 until it closed in 1986.",
     False),
    ("She led the choir for 40 years, from 1971 until she retired in 2011.", False),
    ("He edited the paper for 28 years, from 1980 until he died in 2008.", False),
    ("He edited the paper from 1980 until he died in 2008, and wrote for it for 40 "
     "years.", False),
]

SPAN_COUNTS_THE_PARTS = [
    ("The food bank handed out 3,400 parcels in October and 2,900 in November. That makes "
     "7,100 parcels in two months.", True),
    ("Rain fell on Monday and Tuesday: 21 mm on Monday and 26 mm on Tuesday. The town got "
     "52 mm in two days.", True),
    ("The appeal raised £12,400 in 2024 and £15,900 in 2025. It has collected £31,300 over "
     "two years.", True),
    ("Ferries carried 8,100 cars in May and 9,300 in June. That is 17,900 cars in two "
     "months.", True),
    ("The clinic saw 212 patients on Monday and 187 on Tuesday. It treated 430 patients in "
     "two days.", True),
    # sums that hold, a span that counts more stretches, or stretches of another unit
    ("The food bank handed out 3,400 parcels in October and 2,900 in November. That makes "
     "6,300 parcels in two months.", False),
    ("The clinic saw 212 patients on Monday and 187 on Tuesday. It treated 399 patients in "
     "two days.", False),
    ("The food bank handed out 3,400 parcels in October and 2,900 in November. It has "
     "handed out 9,100 parcels in three months.", False),
    ("Ferries carried 8,100 cars in May and 9,300 in June. They carried 20,900 cars in two "
     "years.", False),
]

test_peers_before_a_rest = fires_test("FC207", PEERS_BEFORE_A_REST)
test_ballots = fires_test("FC207", BALLOTS)
test_venues = fires_test("FC207", VENUES)
test_until_an_event = fires_test("FC206", UNTIL_AN_EVENT)


@pytest.mark.parametrize(("draft", "fires"), SPAN_COUNTS_THE_PARTS)
def test_a_span_counts_the_parts(draft: str, fires: bool) -> None:
    """Dated 2026-11-30: the months and days named are of 2026."""
    findings = check(draft, as_of="2026-11-30").findings
    assert any(f.code == "FC207" for f in findings) is fires


@pytest.mark.parametrize(("draft", "fires"), WAIT_SINCE)
def test_a_wait_since(draft: str, fires: bool) -> None:
    """Dated 2026-11-30: the rows count to that day."""
    findings = check(draft, as_of="2026-11-30").findings
    assert any(f.code == "FC206" for f in findings) is fires


@pytest.mark.parametrize(("draft", "fires"), YEARS_AFTER_THEN_NOW)
def test_years_after_then_now(draft: str, fires: bool) -> None:
    """Dated 2026-11-30: "this week" is in 2026, "last year" 2025."""
    findings = check(draft, as_of="2026-11-30").findings
    assert any(f.code == "FC206" for f in findings) is fires
