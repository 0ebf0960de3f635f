"""FC207, round 17: a rate of participation before a list of shares (rows in our own
words: rows that must now stay silent, then near-twins that must still fire).

Turnout, a response rate or a participation rate is a share of everyone who could take
part; shares listed after it may be of those who took part, which 100% holds
(checks._participation, lexicon frames.tsv class "participation"). A real total keeps its one
reading and still fires.
"""

from __future__ import annotations

import pytest

from tests.checks.rows import finds, fires_test

ROWS = [
    # silent (the first three fired before): shares of the votes cast or the replies
    ("Turnout in the union's strike ballot was 61%: 52% for the motion and 48% against.",
     False),
    ("Turnout was 38%, with 57% for and 43% against.", False),
    ("Turnout was 38%: 57% voted for and 41% against.", False),
    ("Turnout in the referendum was 38%, with 57% for and 43% against.", False),
    ("The response rate was 29%: 70% yes and 30% no.", False),
    ("Participation in the ballot was 64%: 58% backed the deal and 42% rejected it.", False),
    # near-twins that still fire: a real total, or shares past any whole
    ("The 410 votes: 230 for and 220 against.", True),
    ("The union counted 1,250 ballots: 700 for the strike and 610 against.", True),
    ("The referendum drew 9,400 votes: 5,100 yes and 4,600 no.", True),
    ("Turnout was 38%: 67% voted for and 43% against.", True),
    ("Turnout was 38%: 20% voted by post and 12% in person.", True),
]


test_participation_rate = fires_test("FC207", ROWS)


@pytest.mark.xfail(strict=True, reason="parts of the rate above it, under 100%, read as "
                   "shares of those who voted: the labels are not read")
def test_parts_of_the_rate_above_it() -> None:
    assert finds("Turnout was 45%: 30% voted by post and 25% at the polls.", "FC207")
