"""FC207: the figure read as a list's whole is the list's own first item when it opens its
clause after a comma and is joined to the first part by a list separator
(checks._unread_parts; the lead's fix after blind set 17, where two correct sums were
called wrong). Such a sum says nothing; a whole set off by a colon or a verb still decides.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    # correct lists whose first item was read as the whole of the rest (the first row
    # fired on 064117f; the others are guards of the same shape, silent before and after)
    ("Of pupils at Carrow High, 48% walk, 32% take the bus and 20% are driven.", False),
    ("Of residents polled in Ashby, 61% want the bypass, 24% oppose it and 15% are unsure.",
     False),
    ("Of shoppers at the Brindle market, 55% came by car, 30% by bus and 15% on foot.", False),
    ("Of the lodge's 64 beds, 30 are in dormitories, 20 in twin rooms and the other 14 in "
     "cabins.", False),
    ("Across the Velm district, 12 schools are primary, 5 are secondary and 3 are special "
     "schools.", False),
    # near-twins: a whole set off by a colon or written as the verb's total still decides
    ("The trust spent £52,000: £30,000 on repairs and £12,000 on heating.", True),
    ("The fleet of 40 buses is made up of 22 diesel, 10 hybrid and 4 electric buses.", True),
    ("The county won 19 medals: six gold, seven silver and four bronze.", True),
]

test_listed_whole = fires_test("FC207", ROWS)
