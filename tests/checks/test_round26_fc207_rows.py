"""Round 26, FC207: two classes, our own phrasings; near twins whose parts fit, may leave
some out, overlap or belong to another whole must stay silent.

- A count inside one part's label ("... on the three coastal towns and ..."): no item of the
  list (factcheck.checks._label_counts).
- A sized fund as the subject, its verb listing shares of it, each behind one scope word
  ("The club's £4.8m stand appeal raised £2.9m from members and £2.6m from ...":
  factcheck.checks._sized_subject)."""

from __future__ import annotations

from tests.checks.rows import fires_test

LABEL_COUNT_ROWS = [
    ("The three-day festival sold 9,400 tickets: 6,100 for its two evening shows and 4,300 "
     "for the matinee.", True),
    ("The chain shed 1,250 jobs: 800 at its four northern depots and 650 at head office.", True),
    ("The council spent £9.2 million on repairs: £5.1 million on its 12 primary schools and "
     "£3.1 million on the libraries.", True),
    ("Police made 410 arrests over the summer: 260 in the three coastal towns and 190 in the "
     "city.", True),
    ("The ferry carried 5,300 passengers last month: 3,900 on the four holiday weekends and "
     "2,400 on the other days.", True),
    # near twins: the parts fit; a list after a comma that may leave parts out; parts with
    # clauses of their own that may overlap
    ("The three-day festival sold 9,400 tickets: 6,100 for its two evening shows and 3,300 "
     "for the matinee.", False),
    ("The chain shed 1,250 jobs: 800 at its four northern depots and 450 at head office.", False),
    ("Police made 410 arrests over the summer: 260 in the three coastal towns and 150 in the "
     "city.", False),
    ("The chain shed 1,250 jobs, 800 at its four northern depots and 300 at head office.", False),
    ("The fair drew 18,500 visitors: 11,000 bought tickets on the two weekend days and 9,000 "
     "came by bus.", False),
]

SIZED_FUND_ROWS = [
    ("The club's £4.8m stand appeal raised £2.9m from members and £2.6m from the council.", True),
    ("The city's £12 million road budget went £7 million on resurfacing and £6.5 million on "
     "bridges.", True),
    ("Its £750,000 arts budget spent £500,000 on theatres and £400,000 on galleries.", True),
    ("The parish's £80,000 repair budget went £50,000 on the roof and £45,000 on the organ.",
     True),
    ("The museum's £3 million building appeal drew £1.8 million from lottery funds and £1.6 "
     "million from private donors.", True),
    # near twins: the shares fit or may leave some out; two verbs; a thing that costs its
    # figure and earns others; a share of another appeal
    ("The club's £4.8m stand appeal raised £2.9m from members and £1.9m from the council.", False),
    ("The club's £4.8m stand appeal raised £2.9m from members and £0.6m from the council.", False),
    ("The club's £4.8m stand appeal raised £2.9m from members and spent £2.6m on steel.", False),
    ("The £3 million stadium earned £2 million from tickets and £1.5 million from sponsors.",
     False),
    ("The club's £4.8m stand appeal raised £2.9m from members and £2.6m in the previous "
     "appeal.", False),
]

test_label_count = fires_test("FC207", LABEL_COUNT_ROWS)
test_sized_fund = fires_test("FC207", SIZED_FUND_ROWS)
