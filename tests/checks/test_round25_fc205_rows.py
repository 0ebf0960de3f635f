"""Round 25, FC205: a share bounded below ("just over half", "more than 40%", "at least
60%") is a share of its whole at its floor, so shares whose floors add up past 100%
exceed it (factcheck.checks._shares.floor). Our own phrasings; near twins whose floors
fit, or whose bound is "about" or "under", stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

FLOOR_ROWS = [
    # a share bounded below, and the other shares of its whole past 100%
    ("Just over half of the patients on the ward went home within a week, while 74% "
     "stayed longer.", True),
    ("More than half of the staff work in the office, while 60% work from home.", True),
    ("Over 40% of the town's homes are rented, while 65% are owned outright.", True),
    ("At least 60% of the pupils walk to school, while 45% come by bus.", True),
    ("Well over half of the orchard's trees are apple, and 58% are pear.", True),
    # near twins: the floors fit, or the bound sets no floor
    ("Just over half of the patients on the ward went home within a week, while 44% "
     "stayed longer.", False),
    ("More than half of the staff work in the office, while 40% work from home.", False),
    ("Under half of the staff work in the office, while 55% work from home.", False),
    ("About half of the staff work in the office, while 52% work from home.", False),
    ("Over 40% of the town's homes are rented, while 55% are owned outright.", False),
    ("Roughly 80% of the homes polled have a garden, and 60% have a garage.", False),
    ("Some 80% of the flats surveyed have a balcony, and 65% have a lift.", False),
]

test_share_at_its_floor = fires_test("FC205", FLOOR_ROWS)

# The first holder of a poll's list stands on its share with a scope after it ("in the
# latest poll", "among likely voters"); the later holders, their verb left out, share
# that scope, so the list is one partition (factcheck.checks._story._lends_scope).
LENT_SCOPE_ROWS = [
    ("Labour is on 39% in the latest poll, the Tories on 34%, the Greens on 15% and "
     "others on 18%.", True),
    ("In the council race, Hale stands on 46% among likely voters, Moss on 41% and Ward "
     "on 19%.", True),
    ("The Liberals are on 44 per cent in Thursday's survey, the Nationals on 38 per cent "
     "and the Greens on 24 per cent.", True),
    # near twins: the shares fit, each holder names a scope of its own, or a verb again
    ("Labour is on 39% in the latest poll, the Tories on 34% and the Greens on 15%.",
     False),
    ("Labour is on 39% in Wales, the Tories on 34% in Scotland and the Greens on 30% in "
     "England.", False),
    ("Labour is on 59% in Wales, and the Tories are on 64% in Scotland.", False),
    ("The Liberals are on 44 per cent in Thursday's survey, the Nationals on 38 per cent "
     "and the Greens on 17 per cent.", False),
]

test_scope_lent_to_the_list = fires_test("FC205", LENT_SCOPE_ROWS)

# A later clause that repeats the verb and ends on a negative object ("said they had cut
# none", "owed nothing") answers the earlier clause's question the other way: one
# question, so its shares are one partition (factcheck.checks._answers.negated_pair).
NONE_ROWS = [
    ("In the growers' poll, 70% said they had lost stock to frost and 45% said they had "
     "lost none.", True),
    ("Of the shops asked, 62% said they had cut staff, while 48% said they had cut none.",
     True),
    ("Among the families surveyed, 55% said they had missed a meal, and 52% said they had "
     "missed none.", True),
    ("Asked about debts, 58% said they owed something and 49% said they owed nothing.",
     True),
    # near twins: the shares fit, the negative is no elided answer, or two questions
    ("In the growers' poll, 70% said they had lost stock to frost and 25% said they had "
     "lost none.", False),
    ("In the growers' poll, 70% said they had lost stock to frost and 45% said none of "
     "their hives had survived.", False),
    ("In the poll, 70% said prices were too high, 65% said wages were too low.", False),
    ("In the poll, 40% said none of the options suited them, while 65% said the price "
     "was too high.", False),
]

test_answered_with_none = fires_test("FC205", NONE_ROWS)
