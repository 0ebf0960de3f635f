"""FC207, round 18: the rest of a whole after parts named in one list ("It spent £5,000 on
books and £4,000 on laptops; the remaining £7,000 ..."): the parts are peers, so only all
of them with the rest can make the whole, not one of them with the rest
(checks._across._one_list). Rows in our own words: sums that now fire, then near-twins
that must stay silent (a sum that is right, a single part, a part of another part).
"""

from __future__ import annotations

import pytest

from tests.checks.rows import finds, fires_test

ROWS = [
    ("The school raised £12,000. It spent £5,000 on books and £4,000 on laptops; the "
     "remaining £7,000 went on the roof.", True),
    ("The festival sold 9,000 tickets. 4,000 went to locals and 2,500 to tourists; the "
     "rest, 5,000, went to schools.", True),
    ("The agency has a £30m budget. It gives £12m to rail and £9m to buses; the remaining "
     "£18m goes to roads.", True),
    ("The school raised £12,000. It spent £5,000 on books and £4,000 on laptops; the "
     "remaining £3,000 went on the roof.", False),
    ("The festival sold 9,000 tickets. 4,000 went to locals and 2,500 to tourists; the "
     "rest, 2,500, went to schools.", False),
    ("The agency has a £30m budget. It gives £12m to rail and £9m to buses; the remaining "
     "£9m goes to roads.", False),
    ("The agency has a £30m budget. It gives £12m to rail; the remaining £18m goes to "
     "roads.", False),
    ("The county has 840 nurses, 300 of them in Ashby. 250 work in Coleton and the other "
     "540 in the city.", False),
]


test_rest_after_a_list = fires_test("FC207", ROWS)


@pytest.mark.xfail(strict=True, reason="the rest is read as the rest of the part that points "
                   "back ('£5m of it'), not of the budget: a false alarm left alone")
def test_rest_after_a_part_of_a_part() -> None:
    assert not finds("The agency has a £30m budget. It gives £12m to rail, £5m of it for "
                     "new lines; the remaining £18m goes to roads.", "FC207")
