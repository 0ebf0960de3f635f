"""FC205: one group split among three or more shares under a verb that divides it,
written once before the list, each share with a label of its own ("Members split 52%
Reform, 31% Renewal and 24% Unity"): one partition, so a sum well over 100% is wrong
(factcheck.checks._allotted.divided, read by factcheck.checks._shares.gapped). Rows in
our own words; the draft date is rows.DESK_AS_OF."""

from __future__ import annotations

import pytest

from tests.checks.rows import fires_test

ROWS = [
    # a divided group whose labelled shares add up to well over 100%: fires
    ("Delegates split fifty-two per cent Reform, thirty-one per cent Renewal and "
     "twenty-four per cent Unity.", True),
    ("Last season's crowd was split 57% home fans, 38% away fans and 12% neutrals.", True),
    ("Commuters in the town split 46% car, 35% bus, 17% bike and 12% foot.", True),
    # known miss: the parse gives "are divided" no clause verb (an adjective), so no
    # verb is written once before the list
    pytest.param("The orchard's trees are divided 44% apple, 39% pear, 21% plum and 9% "
                 "cherry.", True, marks=pytest.mark.xfail(
                     strict=True, reason="the parse gives the list no clause verb")),
    ("Residents of the estate split 48% owners, 36% tenants and 27% lodgers, the survey "
     "found.", True),
    # near-twins: the shares fit, each has a scope of its own, several answers allowed,
    # changes, or the verb divides nothing
    ("Delegates split fifty-two per cent Reform, thirty-one per cent Renewal and "
     "seventeen per cent Unity.", False),
    ("Last season's crowd was split 57% home fans, 33% away fans and 10% neutrals.", False),
    ("Support for the bypass was split 61% in the north, 58% in the south and 40% in the "
     "west.", False),
    ("Delegates, who could back more than one motion, split 52% Reform, 41% Renewal and "
     "30% Unity.", False),
    ("The orchard's yields were divided 44% higher, 39% lower and 21% flat.", False),
    ("Last year the trees grew 44% apple, 39% pear and 21% plum in the survey plots.",
     False),
]

test_divided_group = fires_test("FC205", ROWS)
