"""FC205: shares listed in one sentence whose later clauses leave the verb out, or that
all stand after one copula. Rows in our own words; the draft date is rows.DESK_AS_OF.

- Gapping with a preposition: "Of the 1,200 claims, 64% were paid in full, 21% in part
  ...": the preposition after a later share goes on the first share's verb, not a scope
  of a whole of its own (factcheck.checks.fc205_shares_exceed_total._gapped); a scope
  word after a preposition of category is where the share comes from ("21% from
  abroad": factcheck.checks._story.own_scope).
- A copula before labelled shares: "The crop was 71% apples, 24% pears and 15% plums":
  the copula's subject is the whole the labels divide (factcheck.checks._allotted).
- A first share that opens the sentence with a whole of several words, the possessor's
  among them ("Four in five of the club's members are men, ..."): the parse's clause verb
  ends the whole (factcheck.checks.fc205_shares_exceed_total._verb_after_whole).
"""

from __future__ import annotations

from tests.checks.rows import fires_test

GAPPED = [
    ("Of the 900 insurance claims, 58% were settled in full, 27% in part and 24% "
     "rejected.", True),
    ("Of the firm's 800 staff, 60% work in the office, 35% in the field and 15% at home.",
     True),
    ("Of its £9m budget, 55% is spent in the city, 30% in the suburbs and 25% in the "
     "villages.", True),
    ("Of the 640 patients, 58% were treated at home and 47% at the hospital.", True),
    ("Of this year's recruits, sixty per cent were local, 30% came from the county and "
     "20% from abroad.", True),
    ("Of the 300 flights, 71% landed on time, 22% within an hour and 14% later.", True),
    # near-twins: the shares fit, scopes of their own, or no whole written once
    ("Of the 900 insurance claims, 48% were settled in full, 27% in part and 24% "
     "rejected.", False),
    ("Of the firm's 800 staff, 50% work in the office, 35% in the field and 15% at home.",
     False),
    ("Turnout reached 62% in the city and 58% in the suburbs.", False),
    ("In the poll, 62% voted in person and 58% in the suburbs.", False),
    ("Of the 2,000 parents asked, 61% said yes in Leeds and 58% in York.", False),
    ("Of the club's members, 62% voted in May and 58% in June.", False),
]

COPULA = [
    ("This year's harvest at the farm was 71% barley, 24% oats and 15% rye.", True),
    ("The pension fund is 41% equities, 27% bonds and 40% cash.", True),
    ("Last year's intake at the college was 58% women and 47% men.", True),
    ("The board is 45% women and 60% men, the company said.", True),
    ("The town's housing stock was 52% terraces, 31% semis and 26% detached homes.",
     True),
    ("The hospital's staff are 48% from the town, 35% from the county and 27% from "
     "overseas.", True),
    ("This year's entrants were 55% from the city, 30% from the rest of the county and "
     "20% from abroad.", True),
    # near-twins: shares that fit, labels after another verb, scopes, changes, wholes
    ("The hospital's staff are 48% from the town, 35% from the county and 17% from "
     "overseas.", False),
    ("Export growth was 62% from the one mine in 2023 and 58% from the one mine in "
     "2024.", False),
    ("The pension fund is 41% equities, 27% bonds and 32% cash.", False),
    ("Last year the hedges grew 44% hawthorn, 39% hazel and 21% holly.", False),
    ("Turnout was 62% overall and 71% among women.", False),
    ("Support for the plan was 61% in the north and 58% in the south.", False),
    ("The county's output was 60% higher and 45% lower in the two towns.", False),
    ("Its debt was 135% of output and 160% of exports.", False),
]

LONG_WHOLE = [
    ("Four in five of the choir's singers are women, and two in three are men.", True),
    ("Three-quarters of the estate's tenants rent from the council, and 40% rent "
     "privately.", True),
    ("Seventy per cent of the county's small farms grow wheat, and 45% grow barley "
     "only.", True),
    ("Two in three of the league's referees are over 50, and 45% are under 40.", True),
    # near-twins: the shares fit, several answers allowed, or two questions
    ("Four in five of the choir's singers are women, and one in five are men.", False),
    ("Seventy per cent of the county's small farms grow wheat, and 45% also grow "
     "barley.", False),
    ("Two in three of the league's referees are over 50, and 30% are under 40.", False),
]

test_gapped_preposition = fires_test("FC205", GAPPED)
test_copula_before_labels = fires_test("FC205", COPULA)
test_long_whole = fires_test("FC205", LONG_WHOLE)
