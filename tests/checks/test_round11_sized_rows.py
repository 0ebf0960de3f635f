"""Round 11 rows (issue 15, branch s11-15b), our own sentences; AS_OF is 2025-10-01.

FC207: a whole, the count of its parts, then exactly that many parts ("split three ways:
£160,000 ..., £90,000 ... and £55,000 ..."; "in four teams of 15, 14, 12 and 11"): the
count is the list's size, not a part and not its total; a sum above the whole is wrong,
one below it only when a colon or a word that divides the whole opens the list. Not a
count that names the whole's thing (peers), nor parts that count another thing.
FC204: a part that points back by a demonstrative and names its whole again in other
words ("6,200 of those staff" after "employs 5,400 people"; "Of that ground, 340 acres"):
the demonstrative ties them, so the nouns need not match; not with two wholes in reach,
nor "Of those, 300 tickets" (a noun of the part's own).
FC206: an age in words set off by commas after a name ("Okafor, thirty-one, who was born
in 1979"), the age now, unless the sentence names another year; and a thing's age after
"now" without "is" ("built in 1912 and now 124 years old").
FC206: a wait in the sentence after the last time ("last won the cup in 2004. Sunday's
win ended a 12-year wait"): the one last time in the sentence before; and an age before
the birth that opens the next sentence with the person's pronoun ("Holm is 30. She was
born in 1981"; not "Her brother was born in 1981").
FC207: a list under a whole whose first part its frame ties to it, the verb written once
after the first part and left out after the others ("Of the 75 bills tabled, 40 were
passed, 28 withdrawn and 12 defeated"): the words after each part are labels; not parts
that count people of their own ("150 are full-time, 120 women and 90 graduates").
FC207: the rest of a whole in the whole's own sentence ("The £12m budget has £7.1m for
roads, with the remaining £5.9m ..."): the sentence's first figure of the rest's unit is
the whole when a part stands between."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    Row("FC207", "The charity's 48 volunteers work in four teams of 15, 14, 12 and 11.", True),
    Row("FC207", "The £3.2m grant was paid in two instalments of £1.9m and £1.6m.", True),
    Row("FC207", "The 1,200-seat arena has three tiers: 520 seats in the lower bowl, 430 in the "
        "middle and 390 at the top.", True),
    Row("FC207", "Harlow's 64 goals came in two spells: 41 under the old manager and 30 under "
        "the new one.", True),
    Row("FC207", "The 2,400 tickets went on sale in three batches: 600, 700 and 900.", True),
    Row("FC207", "The 9-kilometre canal was dug in three sections of 4 km, 3 km and 5 km.", True),
    # near-twins that must stay silent
    Row("FC207", "The charity's 48 volunteers work in four teams of 15, 12, 11 and 10.", False),
    Row("FC207", "The £3.2m grant was paid in two instalments of £1.9m and £1.3m.", False),
    Row("FC207", "The 1,200-seat arena has three tiers: 520 seats in the lower bowl, 330 in the "
        "middle and 350 at the top.", False),
    Row("FC207", "The 2,400 tickets went on sale in three batches: 600, 800 and 1,000.", False),
    Row("FC207", "The 26-mile route includes three climbs of 2, 3 and 4 miles.", False),
    Row("FC207", "Her 26-mile run came after three runs of 11, 14 and 12 miles.", False),
    Row("FC207", "Ninety pupils sat the exam in three rooms, of 35, 30 and 40 desks.", False),
    # FC206: a wait after the last time, an age before its birth, across sentences
    Row("FC206", "Harrow Vale last reached the final in 2011. Their semi-final win on Tuesday "
        "ends a 30-year wait for a trip to Wembley.", True),
    Row("FC206", "The Blues last beat Leeds away in 1990. Saturday's victory ended a 20-year "
        "drought.", True),
    Row("FC206", "Kilmore last won the league in 2001. The club's title this spring ended a "
        "14-year wait.", True),
    Row("FC206", "Greta Holm is 30. She was born in Malmo in 1981 and moved to Oslo as a child.",
        True),
    Row("FC206", "Harrow Vale last reached the final in 2011. Their semi-final win on Tuesday "
        "ends a 14-year wait for a trip to Wembley.", False),
    Row("FC206", "The Blues last beat Leeds away in 1990. Saturday's victory ended a 35-year "
        "drought.", False),
    Row("FC206", "Kilmore last won the league in 2001. The club's title this spring ended a "
        "24-year wait.", False),
    Row("FC206", "The Blues last beat Leeds away in 1990, and Reds last beat them in 2001. "
        "Saturday's victory ended a 20-year drought.", False),
    Row("FC206", "The Blues were founded in 1990. Saturday's victory ended a 20-year drought.",
        False),
    Row("FC206", "Greta Holm is 30. Her brother was born in 1981.", False),
    Row("FC206", "Lars Berg is 44. Born in 1981, he has coached since 2015.", False),
    # FC207: the verb written once
    Row("FC207", "Of the 75 bills tabled, 40 were passed, 28 withdrawn and 12 defeated.", True),
    Row("FC207", "Of the 2,030 votes cast at the branch meeting, 1,150 were in favour, 820 "
        "against and 90 void.", True),
    Row("FC207", "Of the 75 bills tabled, 40 were passed, 23 withdrawn and 12 defeated.", False),
    Row("FC207", "Of the 2,030 votes cast at the branch meeting, 1,150 were in favour, 790 "
        "against and 90 void.", False),
    Row("FC207", "Of the 300 staff, 150 are full-time, 120 women and 90 graduates.", False),
    Row("FC207", "Of the 75 bills tabled, 40 were passed and 50 debated twice.", False),
    # FC207: a rest in the whole's own sentence
    Row("FC207", "The council's £12m budget has £7.1m for roads, with the remaining £5.9m "
        "going to parks.", True),
    Row("FC207", "Voters cast 5,200 ballots, 3,100 for Ames, and the remaining 2,500 were "
        "split among four rivals.", True),
    Row("FC207", "The firm earned £12m and paid £7.1m in dividends, with the remaining £3.9m "
        "kept as reserves.", True),
    Row("FC207", "The council's £12m budget has £7.1m for roads, with the remaining £4.9m "
        "going to parks.", False),
    Row("FC207", "Voters cast 5,200 ballots, 3,100 for Ames, and the remaining 2,100 were "
        "split among four rivals.", False),
    Row("FC207", "The firm earned £12m and paid £7.1m in dividends, with the remaining £4.9m "
        "kept as reserves.", False),
    # FC204: a demonstrative and the whole named again
    Row("FC204", "The orchestra has 64 musicians. 71 of those players are on short contracts.",
        True),
    Row("FC204", "Haddow Farm covers 300 acres. Of that ground, 340 acres is under barley.", True),
    Row("FC204", "Police made 45 arrests at the match. Of those detentions, 52 were for "
        "disorder.", True),
    Row("FC204", "Lenders approved £3bn of mortgages in May. Of that money, £3.6bn went to "
        "first-time buyers.", True),
    Row("FC204", "The orchestra has 64 musicians. 41 of those players are on short contracts.",
        False),
    Row("FC204", "Haddow Farm covers 300 acres. Of that ground, 240 acres is under barley.", False),
    Row("FC204", "Lenders approved £3bn of mortgages in May. Of that money, £1.6bn went to "
        "first-time buyers.", False),
    Row("FC204", "The orchestra has 64 musicians and 90 staff. 71 of those players are on "
        "short contracts.", False),
    Row("FC204", "The hall seats 120 people. Of those, 300 tickets were sold.", False),
    # FC206: an age in words as an apposition; "and now N years old"
    Row("FC206", "Okafor, thirty-one, who was born in 1979, runs the Lagos office.", True),
    Row("FC206", "Priya Nair, sixty, was born in Leeds in 1953 and still swims daily.", True),
    Row("FC206", "The new bishop, Aled Rhys, forty, who was born in 1962, was installed on "
        "Sunday.", True),
    Row("FC206", "The footbridge, built in 1912 and now 124 years old, will close.", True),
    Row("FC206", "Opened in 1975 and now 61 years old, the lido needs repairs.", True),
    Row("FC206", "The chapel, consecrated in 1850 and now 200 years old, needs a new roof.",
        True),
    Row("FC206", "Okafor, forty-six, who was born in 1979, runs the Lagos office.", False),
    Row("FC206", "Priya Nair, seventy-two, was born in Leeds in 1953 and still swims daily.",
        False),
    Row("FC206", "Okafor, thirty-one, who was born in 1979, joined the bank in 2010.", False),
    Row("FC206", "Of the pupils from Leeds, twelve, born in 2010, won places.", False),
    Row("FC206", "The footbridge, built in 1912 and now 113 years old, will close.", False),
    Row("FC206", "The museum, founded in 1990 and now home to 30-year-old exhibits, reopens.",
        False),
]


test_round11_sized_rows = row_test(ROWS)
