"""FC202: two figures keyed to one thing but more than FAR_APART times apart with other
significant digits measure different things (a fare and a project's cost), so they are not
compared; the same gap with the same digits is a slip of scale and still fires
(factcheck.checks._conflict_terms.far_apart). Rows in our own words; the draft date
is rows.DESK_AS_OF."""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    # far apart, other digits: other things, silent
    ("A single fare will be £2.50. The £350m cost was shared by the city and the state.",
     False),
    ("Entry to the pool costs £6. The £14m cost of the new roof was met by the council.",
     False),
    ("A day pass is priced at nine euros. The €420 million cost of the line was borne by "
     "the region.", False),
    # near-twins: a slip of scale keeps the digits, or the figures are close: fires
    ("The scheme will cost £2.1 billion. The scheme's £2.1 million cost was approved on "
     "Monday.", True),
    ("The museum's entry fee is £12. The museum's £1,200 entry fee puts off families.", True),
    ("The council set its budget at £48m. The council's £4.8m budget was agreed on "
     "Monday.", True),
    ("The council set its budget at £48m. The council's £45m budget was agreed on Monday.",
     True),
]

test_far_apart = fires_test("FC202", ROWS)
