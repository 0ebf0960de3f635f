"""FC207: a figure before a list that carries a bare label of its own, as every part
does ("46% equities, 31% bonds and 23% property"), is the list's first item, not a total
whose parts follow (factcheck.checks._listed._bare_labels); a total qualified by words of
its own ("31 goals this season, 18 in the league ...") or a list naming a whole partition
is still read. Rows in our own words; the draft date is rows.DESK_AS_OF."""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    # items of one list, each with its own label (they make 100%): silent
    ("The pension fund is split 46% equities, 31% bonds and 23% property.", False),
    ("Spending at the depot went 40% wages, 35% buildings and 25% equipment last year.",
     False),
    ("The valley's harvest was 52% wheat, 30% barley and 18% oats in 2024.", False),
    ("The county's electricity came sixty per cent gas, twenty-five per cent wind and "
     "fifteen per cent solar.", False),
    # near-twins: a total before its parts, qualified by its own words or named by a
    # whole partition, still adds up wrong: fires
    ("The striker scored 31 goals this season, 18 in the league and 16 in the cup.", True),
    ("The appeal raised £92,000, £50,000 from donors and £49,000 from events.", True),
    ("The rowing team won 45 medals, 20 gold, 15 silver and 12 bronze.", True),
    ("Nineteen apprentices started this spring, eight women and thirteen men.", True),
]

test_labelled_items = fires_test("FC207", ROWS)
